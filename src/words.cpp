#include "words.hpp"

#include "text.hpp"

#include <cstring>

namespace eduroadmap::detail {

std::vector<std::string> folded_words(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    const auto end_word = [&] {
        if (word.empty()) return;
        words.push_back(std::move(word));
        word.clear();
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
                word.push_back(static_cast<char>(lower));
            else if (b0 >= '0' && b0 <= '9')
                word.push_back(static_cast<char>(b0));
            else
                end_word();
            continue;
        }
        if (b0 >= 0xD0u && b0 <= 0xD3u && pos + 1 < text.size() &&
            (static_cast<unsigned char>(text[pos + 1]) & 0xC0u) == 0x80u) {
            const char32_t cp = fold_code_point(((b0 & 0x1Fu) << 6) | (static_cast<unsigned char>(text[pos + 1]) & 0x3Fu));
            word.push_back(static_cast<char>(0xC0u | (cp >> 6)));
            word.push_back(static_cast<char>(0x80u | (cp & 0x3Fu)));
            pos += 2;
            continue;
        }
        char32_t cp = decode_utf8(text, pos);
        if (is_ignorable(cp)) continue; // a soft hyphen inside a word keeps it whole
        cp = fold_code_point(cp);
        if (is_letter_or_digit(cp))
            append_utf8(word, cp);
        else
            end_word();
    }
    end_word();
    return words;
}

std::vector<std::string> stems_of(std::string_view phrase) { return folded_words(phrase); }

bool starts_with(std::string_view word, std::string_view stem) noexcept {
    // The last byte of the stem first: most words differ there or early, and
    // the first byte of every Cyrillic letter is D0 or D1, so a whole
    // comparison would mostly be spent on bytes that agree.
    if (word.size() < stem.size()) return false;
    if (stem.empty()) return true;
    return word[stem.size() - 1] == stem.back() && word[1 % stem.size()] == stem[1 % stem.size()] &&
           word.compare(0, stem.size(), stem) == 0;
}

std::uint32_t prefix_key(std::string_view text) noexcept {
    std::uint32_t key = 0;
    std::memcpy(&key, text.data(), prefix_key_bytes);
    return key;
}

bool stems_at(const std::vector<std::string> &words, const std::vector<std::string> &stems, std::size_t at) {
    if (at + stems.size() > words.size()) return false;
    for (std::size_t k = 0; k < stems.size(); ++k)
        if (!starts_with(words[at + k], stems[k])) return false;
    return true;
}

std::optional<std::size_t> find_stems(const std::vector<std::string> &words, const std::vector<std::string> &stems,
                                      std::size_t from) {
    if (stems.empty() || words.size() < stems.size()) return std::nullopt;
    for (std::size_t i = from; i + stems.size() <= words.size(); ++i)
        if (stems_at(words, stems, i)) return i;
    return std::nullopt;
}

} // namespace eduroadmap::detail
