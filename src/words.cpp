#include "words.hpp"

#include "text.hpp"

namespace eduroadmap::detail {

std::vector<std::string> folded_words(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    for (std::size_t pos = 0; pos < text.size();) {
        char32_t cp = decode_utf8(text, pos);
        if (is_ignorable(cp)) continue; // a soft hyphen inside a word keeps it whole
        cp = fold_code_point(cp);
        if (is_letter_or_digit(cp)) {
            append_utf8(word, cp);
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

std::vector<std::string> stems_of(std::string_view phrase) { return folded_words(phrase); }

bool starts_with(std::string_view word, std::string_view stem) noexcept {
    return word.size() >= stem.size() && word.compare(0, stem.size(), stem) == 0;
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
