// Numbers of automatic lists as word processors print them: decimal, Roman,
// Latin and Russian letters. Shared by the .docx and the .odt reader, which
// differ only in how they name the formats and assemble the label.
#ifndef EDUROADMAP_SRC_WORD_LIST_LABELS_HPP
#define EDUROADMAP_SRC_WORD_LIST_LABELS_HPP

#include <string>
#include <string_view>

namespace eduroadmap::detail::word {

enum class NumberStyle {
    decimal,       // 1, 2, 3
    decimal_zero,  // 01, 02, … 10
    upper_roman,   // I, II, III
    lower_roman,   // i, ii, iii
    upper_latin,   // A … Z, then AA, BB (Word) or AA, AB (see Letters)
    lower_latin,   // a … z
    upper_russian, // А … Я without Ё, Й, Ъ, Ь
    lower_russian, // а … я likewise
    none,          // no number
};

// How letters go on after the alphabet: Word repeats the letter (AA, BB, …,
// AAA); ODF without num-letter-sync counts like spreadsheet columns (AA, AB).
enum class Letters { repeat, bijective };

// The number @p value in @p style. Values below 1 in letter and Roman styles
// are written in decimal, as word processors fall back to.
std::string format_number(int value, NumberStyle style, Letters letters = Letters::repeat);

// Word's w:numFmt value; decimal for the formats not rendered here
// (ordinal words, CJK counting), as a printed number is still better than none.
NumberStyle docx_number_style(std::string_view num_fmt) noexcept;

// ODF's style:num-format value ("1", "a", "I", "а, б, .. (ru)", "").
NumberStyle odf_number_style(std::string_view num_format) noexcept;

// A bullet character as printed: Word's Symbol and Wingdings bullets are
// private-use code points of those fonts.
std::string bullet_text(std::string_view stored);

} // namespace eduroadmap::detail::word

#endif
