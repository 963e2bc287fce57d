#include "text.hpp"

namespace eduroadmap::detail {

namespace {

constexpr char32_t replacement_character = 0xFFFD;

bool is_continuation(unsigned char b) noexcept { return (b & 0xC0u) == 0x80u; }

} // namespace

char32_t decode_utf8(std::string_view text, std::size_t &pos) noexcept {
    const auto at = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char b0 = at(pos);
    if (b0 < 0x80u) {
        ++pos;
        return b0;
    }
    // Length and the allowed range of the second byte (RFC 3629 table), which
    // rules out overlong forms, surrogates and values above U+10FFFF.
    std::size_t length = 0;
    unsigned char lo = 0x80u, hi = 0xBFu;
    char32_t cp = 0;
    if (b0 >= 0xC2u && b0 <= 0xDFu) {
        length = 2;
        cp = b0 & 0x1Fu;
    } else if (b0 >= 0xE0u && b0 <= 0xEFu) {
        length = 3;
        cp = b0 & 0x0Fu;
        if (b0 == 0xE0u) lo = 0xA0u;
        if (b0 == 0xEDu) hi = 0x9Fu;
    } else if (b0 >= 0xF0u && b0 <= 0xF4u) {
        length = 4;
        cp = b0 & 0x07u;
        if (b0 == 0xF0u) lo = 0x90u;
        if (b0 == 0xF4u) hi = 0x8Fu;
    } else {
        ++pos;
        return invalid_code_point;
    }
    if (text.size() - pos < length || at(pos + 1) < lo || at(pos + 1) > hi) {
        ++pos;
        return invalid_code_point;
    }
    for (std::size_t i = 1; i < length; ++i) {
        const unsigned char b = at(pos + i);
        if (!is_continuation(b)) {
            ++pos;
            return invalid_code_point;
        }
        cp = (cp << 6) | (b & 0x3Fu);
    }
    pos += length;
    return cp;
}

void append_utf8(std::string &out, char32_t cp) {
    if (cp > 0x10FFFFu || (cp >= 0xD800u && cp <= 0xDFFFu)) cp = replacement_character;
    if (cp < 0x80u) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800u) {
        out.push_back(static_cast<char>(0xC0u | (cp >> 6)));
        out.push_back(static_cast<char>(0x80u | (cp & 0x3Fu)));
    } else if (cp < 0x10000u) {
        out.push_back(static_cast<char>(0xE0u | (cp >> 12)));
        out.push_back(static_cast<char>(0x80u | ((cp >> 6) & 0x3Fu)));
        out.push_back(static_cast<char>(0x80u | (cp & 0x3Fu)));
    } else {
        out.push_back(static_cast<char>(0xF0u | (cp >> 18)));
        out.push_back(static_cast<char>(0x80u | ((cp >> 12) & 0x3Fu)));
        out.push_back(static_cast<char>(0x80u | ((cp >> 6) & 0x3Fu)));
        out.push_back(static_cast<char>(0x80u | (cp & 0x3Fu)));
    }
}

bool is_space(char32_t cp) noexcept {
    switch (cp) {
    case U' ': case U'\t': case U'\n': case U'\v': case U'\f': case U'\r':
    case 0x0085u: case 0x00A0u: case 0x1680u: case 0x2028u: case 0x2029u:
    case 0x202Fu: case 0x205Fu: case 0x3000u:
        return true;
    default:
        return cp >= 0x2000u && cp <= 0x200Au;
    }
}

bool is_dash(char32_t cp) noexcept { return cp == U'-' || (cp >= 0x2010u && cp <= 0x2015u) || cp == 0x2212u; }

bool is_ignorable(char32_t cp) noexcept {
    return cp == 0x00ADu || (cp >= 0x200Bu && cp <= 0x200Du) || cp == 0x2060u || cp == 0xFEFFu;
}

bool is_letter(char32_t cp) noexcept {
    return (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z') || (cp >= 0x0400u && cp <= 0x04FFu);
}

bool is_letter_or_digit(char32_t cp) noexcept { return is_letter(cp) || (cp >= U'0' && cp <= U'9'); }

bool has_letter_or_digit(std::string_view text) noexcept {
    for (std::size_t pos = 0; pos < text.size();)
        if (is_letter_or_digit(decode_utf8(text, pos))) return true;
    return false;
}

char32_t fold_code_point(char32_t cp) noexcept {
    if (cp >= U'A' && cp <= U'Z') return cp + 0x20u;
    if (cp >= 0x0400u && cp <= 0x04FFu) return fold_cyrillic(cp);
    if (is_dash(cp)) return U'-';
    return cp;
}

std::string fold(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    for (std::size_t pos = 0; pos < text.size();) {
        // The common cases without decoding, as FoldedWords reads them: a
        // printable ASCII character, and two-byte Cyrillic (U+0400–U+04FF,
        // folding within the block; no space, dash or ignorable there).
        const auto b0 = static_cast<unsigned char>(text[pos]);
        if (b0 > 0x20u && b0 < 0x7Fu) {
            if (pending_space) out.push_back(' ');
            pending_space = false;
            out.push_back(static_cast<char>(b0 >= 'A' && b0 <= 'Z' ? b0 | 0x20u : b0));
            ++pos;
            continue;
        }
        if (const char32_t cp = folded_cyrillic_at(text, pos)) {
            if (pending_space) out.push_back(' ');
            pending_space = false;
            out.push_back(static_cast<char>(0xC0u | (cp >> 6)));
            out.push_back(static_cast<char>(0x80u | (cp & 0x3Fu)));
            pos += 2;
            continue;
        }
        char32_t cp = decode_utf8(text, pos);
        if (cp == invalid_code_point) cp = replacement_character;
        if (is_ignorable(cp)) continue;
        if (is_space(cp)) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out.push_back(' ');
        pending_space = false;
        append_utf8(out, fold_code_point(cp));
    }
    return out;
}

std::string squeeze_spaces(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    std::size_t run = 0; // start of the run of non-space bytes being copied
    const auto flush = [&](std::size_t end) {
        if (run == end) return;
        if (pending_space) out.push_back(' ');
        pending_space = false;
        out.append(text.substr(run, end - run));
    };
    for (std::size_t pos = 0; pos < text.size();) {
        const auto byte = static_cast<unsigned char>(text[pos]);
        std::size_t next = pos + 1;
        // ASCII decides itself; only multi-byte sequences need decoding.
        const bool space = byte < 0x80u ? byte == ' ' || (byte >= '\t' && byte <= '\r')
                                        : is_space(decode_utf8(text, next = pos));
        if (space) {
            flush(pos);
            pending_space = !out.empty();
            run = next;
        }
        pos = next;
    }
    flush(text.size());
    return out;
}

bool is_valid_utf8(std::string_view text, std::size_t *error_offset) noexcept {
    for (std::size_t pos = 0; pos < text.size();) {
        // Fast paths for what roadmaps are made of (the loader checks every byte):
        // ASCII, and the two-byte sequences of Cyrillic.
        const auto b0 = static_cast<unsigned char>(text[pos]);
        if (b0 < 0x80u) {
            ++pos;
            continue;
        }
        if (b0 >= 0xC2u && b0 <= 0xDFu && pos + 1 < text.size() &&
            (static_cast<unsigned char>(text[pos + 1]) & 0xC0u) == 0x80u) {
            pos += 2;
            continue;
        }
        const std::size_t begin = pos;
        if (decode_utf8(text, pos) == invalid_code_point) {
            if (error_offset) *error_offset = begin;
            return false;
        }
    }
    return true;
}

} // namespace eduroadmap::detail
