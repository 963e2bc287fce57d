// Splits deadline text into tokens: folded words with their lexicon role,
// numbers and punctuation, each with its byte range in the original text.
#ifndef EDUROADMAP_SRC_DEADLINE_LEXER_HPP
#define EDUROADMAP_SRC_DEADLINE_LEXER_HPP

#include "deadline/lexicon.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace eduroadmap::detail {

enum class Tok : std::uint8_t {
    word, number, dash, comma, semicolon, colon, dot, slash, lparen, rparen, question, quote, other,
    end, // past the last token
};

struct Token {
    Tok kind = Tok::end;
    Word word = Word::unknown;  // Tok::word: the lexicon role
    std::uint8_t digits = 0;    // Tok::number: how many digits were written («07» has 2)
    bool glued = false;         // nothing but ignorable characters since the previous token
    std::uint32_t value = 0;    // Tok::number: its value (saturated); Tok::word: the lexeme's value
    std::size_t begin = 0;      // byte range in the text
    std::size_t end = 0;
};

/// Deadline cells are short; anything past this many tokens is kept as note
/// unread, which bounds the parser's work whatever the input.
inline constexpr std::size_t max_tokens = 256;
// The dated windows one text may name (docs/deadlines.md): its rendering
// names each in at most ten tokens («постоянно с 7 октября 2019 по 31 августа
// 2024,»), and a rule's words after them take fewer than fifty, so that
// reading the rendering back stays within max_tokens.
inline constexpr std::size_t max_dated_windows = 20;
static_assert(max_dated_windows * 10 + 50 <= max_tokens, "a rendering must be read back whole");

struct Lexed {
    Token tokens[max_tokens];
    std::size_t size = 0;
    Token past_end; // kind end, at the end of the text

    /// The token at @p i, or the end sentinel past the last one.
    const Token &operator[](std::size_t i) const noexcept { return i < size ? tokens[i] : past_end; }
};

/// Tokenises @p text into @p out (whose previous content is discarded).
void lex(std::string_view text, Lexed &out);

} // namespace eduroadmap::detail

#endif
