// UTF-8 decoding and text folding shared by the whole library: the deadline
// resolver, responsible and catalog matching all compare folded text.
// Locale-independent by design: plans are Russian whatever the host's locale.
#ifndef EDUROADMAP_SRC_TEXT_HPP
#define EDUROADMAP_SRC_TEXT_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace eduroadmap::detail {

/// Returned by decode_utf8 for an ill-formed sequence (not a Unicode scalar value).
inline constexpr char32_t invalid_code_point = 0xFFFFFFFFu;

/// Decodes the code point starting at byte @p pos and advances @p pos past it.
/// An ill-formed sequence (bad lead or continuation byte, overlong form,
/// surrogate, above U+10FFFF, truncated) yields invalid_code_point and advances
/// by exactly one byte, so a caller always makes progress.
/// Precondition: pos < text.size().
char32_t decode_utf8(std::string_view text, std::size_t &pos) noexcept;

/// Appends the UTF-8 form of @p cp; anything that is not a scalar value is
/// written as U+FFFD.
void append_utf8(std::string &out, char32_t cp);

/// True for whitespace: ASCII space, tab, line breaks, NBSP (U+00A0, U+202F)
/// and the other Unicode space separators.
bool is_space(char32_t cp) noexcept;

/// True for a hyphen or dash: '-', U+2010..U+2015, U+2212.
bool is_dash(char32_t cp) noexcept;

/// True for invisible format characters Word leaves inside words: soft
/// hyphen, zero-width space/joiners, word joiner, BOM.
bool is_ignorable(char32_t cp) noexcept;

/// True for a Cyrillic (U+0400..U+04FF) or ASCII Latin letter.
bool is_letter(char32_t cp) noexcept;

/// True for an ASCII digit '0'..'9', whatever the host's locale.
inline bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }

/// True for a letter (is_letter) or an ASCII digit: what makes up a word.
bool is_letter_or_digit(char32_t cp) noexcept;

/// True when @p text holds a letter or a digit — it says something, unlike
/// an empty cell or a printed placeholder («-», «?», spaces).
bool has_letter_or_digit(std::string_view text) noexcept;

/// Folds one code point: Cyrillic and Latin to lower case, ё to е, every dash
/// to '-'. Anything else is returned unchanged.
char32_t fold_code_point(char32_t cp) noexcept;

/// fold_code_point for a code point of the Cyrillic block (U+0400..U+04FF),
/// where folding stays within the block: the fast path of fold() and of
/// the folded words, which take two-byte Cyrillic without decoding.
inline char32_t fold_cyrillic(char32_t cp) noexcept {
    if (cp >= 0x0410u && cp <= 0x042Fu) return cp + 0x20u; // А..Я
    if (cp <= 0x040Fu) cp += 0x50u;                         // Ѐ..Џ, Ё among them
    return cp == 0x0451u ? 0x0435u : cp;                    // ё → е
}

/// The folded code point (fold_cyrillic) of the two-byte Cyrillic letter
/// starting at byte @p pos of @p text, or 0 when something else starts
/// there: the fast path of fold() and of the folded words, without decoding.
inline char32_t folded_cyrillic_at(std::string_view text, std::size_t pos) noexcept {
    const auto b0 = static_cast<unsigned char>(text[pos]);
    if (b0 < 0xD0u || b0 > 0xD3u || pos + 1 >= text.size()) return 0;
    const auto b1 = static_cast<unsigned char>(text[pos + 1]);
    if ((b1 & 0xC0u) != 0x80u) return 0;
    return fold_cyrillic(((b0 & 0x1Fu) << 6) | (b1 & 0x3Fu));
}

/// Folds a text for comparison: fold_code_point on every code point,
/// ignorable characters dropped, runs of whitespace turned into one space,
/// leading and trailing whitespace removed, ill-formed bytes replaced by
/// U+FFFD. The result is valid UTF-8, and fold(fold(x)) == fold(x).
std::string fold(std::string_view text);

/// Collapses runs of whitespace into one space and trims, keeping everything
/// else byte for byte (case included). For notes shown to people.
std::string squeeze_spaces(std::string_view text);

/// True when @p text is well-formed UTF-8. Otherwise, when @p error_offset is
/// not null, stores the byte offset of the first ill-formed sequence there.
bool is_valid_utf8(std::string_view text, std::size_t *error_offset = nullptr) noexcept;

} // namespace eduroadmap::detail

#endif
