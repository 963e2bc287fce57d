#include "deadline/lexer.hpp"

#include "text.hpp"

#include <algorithm>

namespace eduroadmap::detail {

namespace {

constexpr std::uint32_t max_number = 999999;

Tok punctuation(char32_t cp) noexcept {
    switch (cp) {
    case U',': return Tok::comma;
    case U';': return Tok::semicolon;
    case U':': return Tok::colon;
    case U'.': case 0x2026u: return Tok::dot; // «…» ends a phrase like a dot
    case U'/': return Tok::slash;
    case U'(': case U'[': return Tok::lparen;
    case U')': case U']': return Tok::rparen;
    case U'?': return Tok::question;
    case U'"': case U'\'': case 0x00ABu: case 0x00BBu: case 0x2018u: case 0x2019u: case 0x201Cu: case 0x201Du:
    case 0x201Eu:
        return Tok::quote;
    default: return is_dash(cp) ? Tok::dash : Tok::other;
    }
}

} // namespace

void lex(std::string_view text, Lexed &out) {
    out.size = 0;
    out.past_end = Token{};
    out.past_end.begin = out.past_end.end = text.size();
    bool glued = false;
    // Words longer than any lexicon entry are simply unknown; no need to keep them.
    char word[48];
    std::size_t word_size = 0;
    bool word_overflow = false;

    std::size_t pos = 0;
    while (pos < text.size() && out.size < max_tokens) {
        const std::size_t begin = pos;
        if (text[pos] == ' ' || text[pos] == '\n') { // the common separators, without decoding
            ++pos;
            glued = false;
            continue;
        }
        const char32_t cp = decode_utf8(text, pos);
        if (cp != invalid_code_point && is_space(cp)) {
            glued = false;
            continue;
        }
        if (cp != invalid_code_point && is_ignorable(cp)) continue;

        Token &t = out.tokens[out.size++];
        t = Token{};
        t.glued = glued && out.size > 1;
        t.begin = begin;
        glued = true;

        if (cp >= U'0' && cp <= U'9') {
            t.kind = Tok::number;
            std::uint32_t value = 0;
            std::size_t digits = 0;
            std::size_t p = begin;
            while (p < text.size() && text[p] >= '0' && text[p] <= '9') {
                value = std::min(max_number, value * 10 + static_cast<std::uint32_t>(text[p] - '0'));
                ++digits;
                ++p;
            }
            t.value = value;
            t.digits = static_cast<std::uint8_t>(std::min<std::size_t>(digits, 255));
            pos = p;
        } else if (cp != invalid_code_point && is_letter(cp)) {
            t.kind = Tok::word;
            word_size = 0;
            word_overflow = false;
            std::size_t p = begin;
            while (p < text.size()) {
                const auto byte = static_cast<unsigned char>(text[p]);
                if (byte < 0x80u) { // ASCII letters fold by themselves
                    const auto lower = static_cast<unsigned char>(byte | 0x20u);
                    if (lower < 'a' || lower > 'z') break;
                    if (word_size < sizeof word) word[word_size++] = static_cast<char>(lower);
                    else word_overflow = true;
                    ++p;
                    continue;
                }
                std::size_t next = p;
                const char32_t c = decode_utf8(text, next);
                if (c == invalid_code_point) break;
                if (!is_letter(c) && !is_ignorable(c)) break;
                if (is_letter(c)) {
                    // Folded Cyrillic and Latin letters keep their UTF-8 length.
                    const char32_t f = fold_code_point(c);
                    const std::size_t n = f < 0x80u ? 1 : 2;
                    if (word_size + n > sizeof word) {
                        word_overflow = true;
                    } else if (n == 1) {
                        word[word_size++] = static_cast<char>(f);
                    } else {
                        word[word_size++] = static_cast<char>(0xC0u | (f >> 6));
                        word[word_size++] = static_cast<char>(0x80u | (f & 0x3Fu));
                    }
                }
                p = next;
            }
            pos = p;
            if (!word_overflow) {
                const Lexeme lx = lookup_word(std::string_view(word, word_size));
                t.word = lx.word;
                t.value = lx.value;
            }
        } else {
            t.kind = cp == invalid_code_point ? Tok::other : punctuation(cp);
        }
        t.end = pos;
    }
}

} // namespace eduroadmap::detail
