#include "words.hpp"

#include "text.hpp"

#include <cstring>

namespace eduroadmap::detail {

void FoldedWords::append(std::string_view text) {
    // A folded word is never longer than its text: ASCII letters and
    // two-byte Cyrillic fold to the same length, and nothing else is kept.
    // So the buffer is grown once and written through a pointer.
    const std::size_t base = buffer_.size();
    buffer_.resize(base + text.size());
    char *const origin = buffer_.data();
    char *out = origin + base, *begin = out;
    const auto end_word = [&] {
        if (out == begin) return;
        words_.emplace_back(static_cast<std::uint32_t>(begin - origin), static_cast<std::uint32_t>(out - begin));
        begin = out;
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
                *out++ = static_cast<char>(lower);
            else if (b0 >= '0' && b0 <= '9')
                *out++ = static_cast<char>(b0);
            else
                end_word();
            continue;
        }
        if (const char32_t cp = folded_cyrillic_at(text, pos)) {
            *out++ = static_cast<char>(0xC0u | (cp >> 6));
            *out++ = static_cast<char>(0x80u | (cp & 0x3Fu));
            pos += 2;
            continue;
        }
        std::size_t next = pos; // pos itself stays in a register: decode_utf8 takes a reference
        char32_t cp = decode_utf8(text, next);
        pos = next;
        if (is_ignorable(cp)) continue; // a soft hyphen inside a word keeps it whole
        cp = fold_code_point(cp);
        if (is_letter_or_digit(cp)) { // an ASCII or a Cyrillic letter, as long as the one it folds from
            if (cp < 0x80u) {
                *out++ = static_cast<char>(cp);
            } else {
                *out++ = static_cast<char>(0xC0u | (cp >> 6));
                *out++ = static_cast<char>(0x80u | (cp & 0x3Fu));
            }
        } else
            end_word();
    }
    end_word();
    buffer_.resize(static_cast<std::size_t>(out - origin));
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
