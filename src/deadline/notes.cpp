#include "deadline/notes.hpp"

#include "text.hpp"

namespace eduroadmap::detail {

namespace {

bool strippable(char32_t cp, bool leading) {
    switch (cp) {
    case U' ': case U'\t': case U'\n': case U'\r': case U'\v': case U'\f':
    case U',': case U';': case U':': case U'.': case U'-': case 0x2026u: return true;
    case U')': return leading;  // closes a group read before the note
    case U'(': return !leading; // opens nothing
    default: return cp >= 0x80u && (is_space(cp) || is_ignorable(cp) || is_dash(cp));
    }
}

} // namespace

void trim_note(std::string_view text, std::size_t &b, std::size_t &e) {
    while (b < e) {
        std::size_t next = b;
        const char32_t cp = decode_utf8(text.substr(0, e), next);
        if (cp == invalid_code_point || !strippable(cp, true)) break;
        b = next;
    }
    while (e > b) {
        std::size_t start = e - 1;
        if (static_cast<unsigned char>(text[start]) < 0x80u) { // ASCII: no decoding needed
            if (!strippable(static_cast<unsigned char>(text[start]), false)) break;
            e = start;
            continue;
        }
        // back to the first byte of the last code point
        for (int k = 0; k < 3 && start > b && (static_cast<unsigned char>(text[start]) & 0xC0u) == 0x80u; ++k) --start;
        std::size_t next = start;
        const char32_t cp = decode_utf8(text.substr(0, e), next);
        if (cp == invalid_code_point || next != e || !strippable(cp, false)) break;
        e = start;
    }
}

namespace {

// Index of the parenthesis closing the one at @p open, or npos.
std::size_t matching(std::string_view text, std::size_t open, std::size_t e) {
    int depth = 0;
    for (std::size_t k = open; k < e; ++k) {
        if (text[k] == '(') ++depth;
        if (text[k] == ')' && --depth == 0) return k;
    }
    return std::string_view::npos;
}

} // namespace

Note note_between(std::string_view text, std::size_t begin, std::size_t end) {
    Note note;
    std::size_t b = begin, e = end;
    trim_note(text, b, e);
    note.begin = b;
    note.end = e;
    // «(по отдельному графику)» is the note «по отдельному графику». A few
    // rounds suffice for real notes and keep the work linear on any input.
    for (int round = 0; round < 3 && e > b && text[b] == '('; ++round) {
        const std::size_t close = matching(text, b, e);
        if (close != std::string_view::npos && close + 1 != e) break;
        ++b;
        if (close != std::string_view::npos) --e;
        trim_note(text, b, e);
    }
    int depth = 0;
    for (std::size_t k = b; k < e; ++k) depth += text[k] == '(' ? 1 : text[k] == ')' ? -1 : 0;
    if (depth < 0 && e > b && text[e - 1] == ')') {
        --e;
        trim_note(text, b, e);
    }
    note.text = squeeze_spaces(text.substr(b, e - b));
    if (note.text.empty()) note.begin = note.end = 0;
    return note;
}

} // namespace eduroadmap::detail
