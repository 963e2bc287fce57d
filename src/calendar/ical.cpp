#include "calendar/ical.hpp"

#include "text.hpp"

namespace eduroadmap::detail {

std::string ical_text(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t pos = 0; pos < text.size();) {
        char32_t cp = decode_utf8(text, pos);
        switch (cp) {
        case U'\\': out += "\\\\"; break;
        case U';': out += "\\;"; break;
        case U',': out += "\\,"; break;
        case U'\r':
            if (pos < text.size() && text[pos] == '\n') ++pos; // CRLF is one break
            out += "\\n";
            break;
        case U'\n': out += "\\n"; break;
        default:
            if ((cp < 0x20 && cp != U'\t') || cp == 0x7F) break; // not allowed in TEXT
            append_utf8(out, cp == invalid_code_point ? char32_t(0xFFFD) : cp);
        }
    }
    return out;
}

void append_ical_line(std::string &out, std::string_view line) {
    constexpr std::size_t limit = 75;
    bool first = true;
    while (true) {
        std::size_t room = first ? limit : limit - 1; // a continuation line spends one octet on its space
        std::size_t cut = line.size();
        if (cut > room) {
            cut = room;
            while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0u) == 0x80u) --cut; // not inside a sequence
            if (cut == 0) cut = room; // not UTF-8 at all: cut anyway, to make progress
        }
        if (!first) out += ' ';
        out.append(line.data(), cut);
        out += "\r\n";
        line.remove_prefix(cut);
        if (line.empty()) break;
        first = false;
    }
}

} // namespace eduroadmap::detail
