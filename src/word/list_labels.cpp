#include "word/list_labels.hpp"

#include "text.hpp"

#include <array>

namespace eduroadmap::detail::word {

namespace {

// Word's and LibreOffice's Russian list alphabet: the letters that never
// start a word (Ё, Й, Ъ, Ь) are skipped; Ы stays.
constexpr std::array<char32_t, 29> russian_lower = {U'а', U'б', U'в', U'г', U'д', U'е', U'ж', U'з', U'и', U'к',
                                                    U'л', U'м', U'н', U'о', U'п', U'р', U'с', U'т', U'у', U'ф',
                                                    U'х', U'ц', U'ч', U'ш', U'щ', U'ы', U'э', U'ю', U'я'};

std::string roman(int value, bool upper) {
    static constexpr std::pair<int, const char *> parts[] = {
        {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
        {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
    std::string out;
    for (const auto &[amount, letters] : parts)
        for (; value >= amount; value -= amount) out += letters;
    if (upper)
        for (char &c : out) c = static_cast<char>(c - 'a' + 'A');
    return out;
}

template <std::size_t N> std::string letters(int value, const std::array<char32_t, N> &alphabet, Letters how) {
    std::string out;
    if (how == Letters::repeat) {
        const std::size_t times = (static_cast<std::size_t>(value) - 1) / N + 1;
        const char32_t letter = alphabet[(static_cast<std::size_t>(value) - 1) % N];
        for (std::size_t i = 0; i < times && i < 64; ++i) append_utf8(out, letter);
        return out;
    }
    std::u32string reversed;
    for (std::size_t n = static_cast<std::size_t>(value); n > 0; n = (n - 1) / N) reversed += alphabet[(n - 1) % N];
    for (auto it = reversed.rbegin(); it != reversed.rend(); ++it) append_utf8(out, *it);
    return out;
}

constexpr std::array<char32_t, 26> latin(bool upper) {
    std::array<char32_t, 26> out{};
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = static_cast<char32_t>((upper ? U'A' : U'a') + i);
    return out;
}

constexpr std::array<char32_t, 29> russian(bool upper) {
    std::array<char32_t, 29> out = russian_lower;
    if (upper)
        for (char32_t &c : out) c = c - U'а' + U'А';
    return out;
}

} // namespace

std::string format_number(int value, NumberStyle style, Letters how) {
    switch (style) {
    case NumberStyle::none: return {};
    case NumberStyle::decimal: return std::to_string(value);
    case NumberStyle::decimal_zero: return (value >= 0 && value < 10 ? "0" : "") + std::to_string(value);
    default: break;
    }
    if (value < 1) return std::to_string(value);
    switch (style) {
    case NumberStyle::upper_roman: return value < 4000 ? roman(value, true) : std::to_string(value);
    case NumberStyle::lower_roman: return value < 4000 ? roman(value, false) : std::to_string(value);
    case NumberStyle::upper_latin: return letters(value, latin(true), how);
    case NumberStyle::lower_latin: return letters(value, latin(false), how);
    case NumberStyle::upper_russian: return letters(value, russian(true), how);
    case NumberStyle::lower_russian: return letters(value, russian(false), how);
    default: return std::to_string(value);
    }
}

NumberStyle docx_number_style(std::string_view f) noexcept {
    if (f == "decimalZero") return NumberStyle::decimal_zero;
    if (f == "upperRoman") return NumberStyle::upper_roman;
    if (f == "lowerRoman") return NumberStyle::lower_roman;
    if (f == "upperLetter") return NumberStyle::upper_latin;
    if (f == "lowerLetter") return NumberStyle::lower_latin;
    if (f == "russianUpper") return NumberStyle::upper_russian;
    if (f == "russianLower") return NumberStyle::lower_russian;
    if (f == "none" || f == "bullet") return NumberStyle::none;
    return NumberStyle::decimal;
}

NumberStyle odf_number_style(std::string_view f) noexcept {
    if (f.empty()) return NumberStyle::none;
    if (f == "1") return NumberStyle::decimal;
    if (f == "I") return NumberStyle::upper_roman;
    if (f == "i") return NumberStyle::lower_roman;
    if (f == "A") return NumberStyle::upper_latin;
    if (f == "a") return NumberStyle::lower_latin;
    // LibreOffice's names of its Russian sequences: "А, Б, .. (ru)", "а, б, .. (ru)".
    if (f.substr(0, 2) == "\xD0\x90") return NumberStyle::upper_russian; // А
    if (f.substr(0, 2) == "\xD0\xB0") return NumberStyle::lower_russian; // а
    if (f.substr(0, 2) == "01") return NumberStyle::decimal_zero;
    return NumberStyle::decimal;
}

std::string bullet_text(std::string_view stored) {
    std::string out;
    std::size_t pos = 0;
    while (pos < stored.size()) {
        char32_t c = decode_utf8(stored, pos);
        switch (c) {
        case 0xF0B7:
        case 0xF0A8:
        case 0xF06C:
        case 0xF09F: c = U'•'; break; // Symbol, Wingdings
        case 0xF0A7:
        case 0xF06E: c = U'▪'; break;
        case 0xF0D8: c = U'➢'; break;
        case 0xF076: c = U'❖'; break;
        case 0xF0FC: c = U'✓'; break;
        case 0xF02D: c = U'-'; break;
        default:
            if (c >= 0xF000 && c <= 0xF0FF) c = U'•'; // another symbol-font glyph: a bullet all the same
        }
        append_utf8(out, c);
    }
    return out;
}

} // namespace eduroadmap::detail::word
