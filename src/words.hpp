// Titles as folded words, and stem phrases found in them: the common ground
// of catalog matching, stage inference and the reading of expected results.
#ifndef EDUROADMAP_SRC_WORDS_HPP
#define EDUROADMAP_SRC_WORDS_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace eduroadmap::detail {

// The words of texts, folded (text.hpp: lower case, ё = е): maximal runs of
// letters and digits. Everything else (spaces, punctuation, quotes, dashes)
// separates words, so «план-график» is two words. The words live in one
// buffer, not a string each: the rules and stage inference fold every title
// and result, and a string per word was most of their time. A word is valid
// until the next append() or clear().
class FoldedWords {
public:
    FoldedWords() = default;
    explicit FoldedWords(std::string_view text) { append(text); }

    // Adds the words of @p text after those already held.
    void append(std::string_view text);
    // Forgets the words, keeping the memory for the next text.
    void clear() noexcept { buffer_.clear(), words_.clear(); }

    std::size_t size() const noexcept { return words_.size(); }
    bool empty() const noexcept { return words_.empty(); }
    std::string_view operator[](std::size_t i) const noexcept {
        return std::string_view(buffer_).substr(words_[i].first, words_[i].second);
    }

private:
    std::string buffer_;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> words_; // offset and length in buffer_
};

// The words of @p text, folded (FoldedWords), as strings.
std::vector<std::string> folded_words(std::string_view text);

// Splits a phrase of stems written with spaces («низк результат») into
// folded stems.
std::vector<std::string> stems_of(std::string_view phrase);

// True when @p word starts with @p stem.
inline bool starts_with(std::string_view word, std::string_view stem) noexcept {
    // The last byte of the stem first: most words differ there or early, and
    // the first byte of every Cyrillic letter is D0 or D1, so a whole
    // comparison would mostly be spent on bytes that agree.
    if (word.size() < stem.size()) return false;
    if (stem.empty()) return true;
    return word[stem.size() - 1] == stem.back() && word[1 % stem.size()] == stem[1 % stem.size()] &&
           word.compare(0, stem.size(), stem) == 0;
}

// True when @p stems follow each other from @p at in @p words (FoldedWords
// or strings), each word starting with its stem.
template <class Words>
bool stems_at(const Words &words, const std::vector<std::string> &stems, std::size_t at) {
    if (at + stems.size() > words.size()) return false;
    for (std::size_t k = 0; k < stems.size(); ++k)
        if (!starts_with(words[at + k], stems[k])) return false;
    return true;
}

// The first position at or after @p from where @p stems follow each other,
// each word starting with its stem; nothing when absent or @p stems is empty.
template <class Words>
std::optional<std::size_t> find_stems(const Words &words, const std::vector<std::string> &stems, std::size_t from = 0) {
    if (stems.empty() || words.size() < stems.size()) return std::nullopt;
    for (std::size_t i = from; i + stems.size() <= words.size(); ++i)
        if (stems_at(words, stems, i)) return i;
    return std::nullopt;
}

// The first four bytes of @p text (two Cyrillic letters) as one number, a
// key under which stems are filed so that a word is tried only against the
// stems it may start with (starts_with(word, stem) implies equal keys).
// @p text must have at least prefix_key_bytes bytes.
inline constexpr std::size_t prefix_key_bytes = 4;
std::uint32_t prefix_key(std::string_view text) noexcept;

} // namespace eduroadmap::detail

#endif
