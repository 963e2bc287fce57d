#include "import/source.hpp"

#include "text.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace eduroadmap::detail::importer {
namespace {

// Ill-formed bytes become U+FFFD; C0 controls other than the tab (form
// feeds of page breaks, stray NULs) become spaces: they are layout, not text.
std::string repair(std::string_view line, bool &was_ill_formed) {
    std::string out;
    out.reserve(line.size());
    was_ill_formed = false;
    for (std::size_t pos = 0; pos < line.size();) {
        char32_t cp = decode_utf8(line, pos);
        if (cp == invalid_code_point) {
            was_ill_formed = true;
            cp = 0xFFFD;
        } else if ((cp < 0x20 && cp != U'\t') || cp == 0x7F) {
            cp = U' ';
        }
        append_utf8(out, cp);
    }
    return out;
}

bool iequals_ascii(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

// HTML tags Word's export writes into cells. Block tags start a new line.
struct TagName {
    std::string_view name;
    bool block;
};
constexpr std::array<TagName, 17> known_tags{{{"p", true},      {"br", true},    {"li", true},   {"ul", true},
                                              {"ol", true},     {"div", true},   {"i", false},   {"b", false},
                                              {"u", false},     {"em", false},   {"strong", false}, {"span", false},
                                              {"sup", false},   {"sub", false},  {"a", false},   {"font", false},
                                              {"s", false}}};

// The length of a known tag starting at @p pos (`<p>`, `</p>`, `<ul style="…">`,
// `<br/>`) and whether it is a block tag; 0 when no known tag starts there.
std::size_t tag_at(std::string_view s, std::size_t pos, bool &block, std::string_view *name_out = nullptr) {
    if (s[pos] != '<') return 0;
    std::size_t i = pos + 1;
    if (i < s.size() && s[i] == '/') ++i;
    std::size_t name_start = i;
    while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i]))) ++i;
    std::string_view name = s.substr(name_start, i - name_start);
    const TagName *tag = nullptr;
    for (const TagName &t : known_tags)
        if (iequals_ascii(t.name, name)) tag = &t;
    if (!tag) return 0;
    if (i < s.size() && s[i] != '>' && s[i] != '/' && s[i] != ' ') return 0; // «<pre», «<bold»
    std::size_t close = s.find_first_of("<>", i);
    if (close == std::string_view::npos || s[close] != '>') return 0;
    block = tag->block;
    if (name_out) *name_out = tag->name;
    return close + 1 - pos;
}

// Removes the export's markup, turning block tags into line breaks.
std::string strip_markup(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        bool block = false;
        if (std::size_t n = tag_at(text, pos, block)) {
            if (block) out += '\n';
            pos += n;
            continue;
        }
        if (text.compare(pos, 2, "**") == 0) {
            pos += 2;
            continue;
        }
        if (text.compare(pos, 10, "[bookmark:") == 0) {
            std::size_t close = text.find(']', pos);
            if (close != std::string_view::npos) {
                pos = close + 1;
                continue;
            }
        }
        out += text[pos++];
    }
    return out;
}

// The bullet an HTML list's content starts with, when it starts with one.
std::string_view leading_bullet(std::string_view text) {
    for (std::string_view b : {"•", "·", "▪", "-", "–", "—", "*"})
        if (text.size() > b.size() && text.compare(0, b.size(), b) == 0 && text[b.size()] == ' ') return b;
    return {};
}

} // namespace

ImportMessage remark(int line, ImportMessage::Kind kind, std::string en, std::string ru) {
    ImportMessage m;
    m.line = line;
    m.kind = kind;
    m.text = std::move(en);
    m.text_ru = std::move(ru);
    return m;
}

std::vector<SourceLine> split_lines(std::string_view text, std::vector<ImportMessage> &messages) {
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.remove_prefix(3);
    std::vector<SourceLine> lines;
    int number = 0;
    for (std::size_t pos = 0; pos <= text.size();) {
        std::size_t end = text.find_first_of("\r\n", pos);
        if (end == std::string_view::npos) end = text.size();
        ++number;
        bool ill_formed = false;
        lines.push_back({number, repair(text.substr(pos, end - pos), ill_formed)});
        if (ill_formed)
            messages.push_back(remark(number, ImportMessage::Kind::guess,
                                      "the line is not valid UTF-8; ill-formed bytes were replaced by U+FFFD",
                                      "строка не в UTF-8; неверные байты заменены на U+FFFD"));
        if (end == text.size()) break;
        pos = end + (text.compare(end, 2, "\r\n") == 0 ? 2 : 1);
        if (pos == text.size()) break; // a final line break ends the last line
    }
    return lines;
}

std::string trim(std::string_view text) {
    std::size_t begin = text.size(), end = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t start = pos;
        char32_t cp = decode_utf8(text, pos);
        if (is_space(cp) || is_ignorable(cp)) continue;
        if (begin == text.size()) begin = start;
        end = pos;
    }
    return begin < end ? std::string(text.substr(begin, end - begin)) : std::string();
}

bool is_blank(std::string_view line) { return trim(line).empty(); }

bool starts_lower(std::string_view text, bool bracket) {
    if (text.empty()) return false;
    std::size_t pos = 0;
    char32_t cp = decode_utf8(text, pos);
    if (bracket && (cp == U'(' || cp == U'«' || cp == U'"' || cp == U'„')) return true;
    return is_letter(cp) && fold_code_point(cp) == cp;
}

namespace {
// Whether @p text has a letter that folding leaves as it is (lower case) or changes (a capital).
bool has_letter(std::string_view text, bool lower) {
    for (std::size_t pos = 0; pos < text.size();) {
        char32_t cp = decode_utf8(text, pos);
        if (is_letter(cp) && (fold_code_point(cp) == cp) == lower) return true;
    }
    return false;
}
} // namespace

bool has_lower(std::string_view text) { return has_letter(text, true); }
bool has_capital(std::string_view text) { return has_letter(text, false); }

bool is_ruling(std::string_view line) {
    bool rule = false;
    for (char c : line) {
        if (c == '-' || c == '_' || c == '=' || c == '|' || c == '+') rule = true;
        else if (c != ' ' && c != '\t') return false;
    }
    return rule;
}

std::vector<std::string> split_cells(std::string_view line) {
    std::vector<std::string> cells;
    for (std::size_t pos = 0;;) {
        std::size_t tab = line.find('\t', pos);
        cells.emplace_back(line.substr(pos, tab == std::string_view::npos ? std::string_view::npos : tab - pos));
        if (tab == std::string_view::npos) break;
        pos = tab + 1;
    }
    return cells;
}

std::vector<std::string> lines_in(std::string_view text) {
    std::vector<std::string> out;
    for (std::size_t pos = 0; pos <= text.size();) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        if (end > pos) out.emplace_back(text.substr(pos, end - pos));
        pos = end + 1;
    }
    return out;
}

std::string join(const std::vector<std::string> &parts, std::string_view separator) {
    std::string out;
    for (const std::string &p : parts) {
        if (p.empty()) continue;
        if (!out.empty()) out += separator;
        out += p;
    }
    return out;
}

std::string clean(std::string_view text) {
    std::string stripped = strip_markup(text);
    std::vector<std::string> lines;
    for (std::size_t pos = 0; pos <= stripped.size();) {
        std::size_t end = stripped.find('\n', pos);
        if (end == std::string::npos) end = stripped.size();
        lines.push_back(trim(std::string_view(stripped).substr(pos, end - pos)));
        pos = end + 1;
    }
    return join(lines, "\n");
}

TitleText clean_title(std::string_view text) {
    // Find the first list tag; a list whose content starts with a bullet
    // becomes the items, anything else stays in the title.
    for (std::size_t pos = text.find('<'); pos != std::string_view::npos; pos = text.find('<', pos + 1)) {
        bool block = false;
        std::string_view name;
        std::size_t n = tag_at(text, pos, block, &name);
        if (!n || (name != "ul" && name != "ol") || text[pos + 1] == '/') continue;
        std::size_t body = pos + n;
        std::size_t close = body;
        for (; close < text.size(); ++close) {
            std::string_view closing;
            std::size_t m = text[close] == '<' ? tag_at(text, close, block, &closing) : 0;
            if (m && text[close + 1] == '/' && (closing == "ul" || closing == "ol")) break;
        }
        std::string list = clean(text.substr(body, close - body));
        std::string_view bullet = leading_bullet(list);
        if (bullet.empty()) break;
        TitleText t;
        std::vector<std::string> lines{clean(text.substr(0, pos))};
        std::string flat = list;
        std::replace(flat.begin(), flat.end(), '\n', ' ');
        std::string marker = " " + std::string(bullet) + " ";
        for (std::size_t start = 0; start < flat.size();) {
            std::size_t next = flat.find(marker, start + bullet.size());
            t.items.push_back(trim(std::string_view(flat).substr(start, next == std::string::npos ? next : next - start)));
            if (next == std::string::npos) break;
            start = next + 1;
        }
        std::size_t after = text.find('>', close);
        if (close < text.size() && after != std::string_view::npos) lines.push_back(clean(text.substr(after + 1)));
        t.text = join(lines, "\n");
        return t;
    }
    return {clean(text), {}};
}

} // namespace eduroadmap::detail::importer
