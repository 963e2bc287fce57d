#include "words.hpp"

#include "text.hpp"

#include <cstring>

namespace eduroadmap::detail {

void FoldedWords::append(std::string_view text) {
    buffer_.reserve(buffer_.size() + text.size()); // folding mostly keeps the length
    std::size_t begin = buffer_.size();
    const auto end_word = [&] {
        if (buffer_.size() == begin) return;
        words_.emplace_back(static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(buffer_.size() - begin));
        begin = buffer_.size();
    };
    for (std::size_t pos = 0; pos < text.size();) {
        // The common cases without decoding (every rule reads titles this
        // way): ASCII, and two-byte Cyrillic (U+0400–U+04FF, all letters,
        // folding within the block).
        const auto b0 = static_cast<unsigned char>(text[pos]);
        if (b0 < 0x80u) {
            ++pos;
            const auto lower = static_cast<unsigned char>(b0 | 0x20u);
            if (lower >= 'a' && lower <= 'z')
                buffer_.push_back(static_cast<char>(lower));
            else if (b0 >= '0' && b0 <= '9')
                buffer_.push_back(static_cast<char>(b0));
            else
                end_word();
            continue;
        }
        if (b0 >= 0xD0u && b0 <= 0xD3u && pos + 1 < text.size() &&
            (static_cast<unsigned char>(text[pos + 1]) & 0xC0u) == 0x80u) {
            // fold_code_point within the block, which stays in it: А..Я and
            // Ѐ..Џ to lower case, ё to е.
            char32_t cp = ((b0 & 0x1Fu) << 6) | (static_cast<unsigned char>(text[pos + 1]) & 0x3Fu);
            if (cp >= 0x0410u && cp <= 0x042Fu) cp += 0x20u;
            else if (cp <= 0x040Fu) cp += 0x50u;
            if (cp == 0x0451u) cp = 0x0435u;
            buffer_.push_back(static_cast<char>(0xC0u | (cp >> 6)));
            buffer_.push_back(static_cast<char>(0x80u | (cp & 0x3Fu)));
            pos += 2;
            continue;
        }
        char32_t cp = decode_utf8(text, pos);
        if (is_ignorable(cp)) continue; // a soft hyphen inside a word keeps it whole
        cp = fold_code_point(cp);
        if (is_letter_or_digit(cp))
            append_utf8(buffer_, cp);
        else
            end_word();
    }
    end_word();
}

std::vector<std::string> folded_words(std::string_view text) {
    const FoldedWords folded(text);
    std::vector<std::string> words;
    words.reserve(folded.size());
    for (std::size_t i = 0; i < folded.size(); ++i) words.emplace_back(folded[i]);
    return words;
}

std::vector<std::string> stems_of(std::string_view phrase) { return folded_words(phrase); }

std::uint32_t prefix_key(std::string_view text) noexcept {
    std::uint32_t key = 0;
    std::memcpy(&key, text.data(), prefix_key_bytes);
    return key;
}

} // namespace eduroadmap::detail
