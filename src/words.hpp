// Titles as folded words, and stem phrases found in them: the common ground
// of catalog matching, stage inference and the reading of expected results.
#ifndef EDUROADMAP_SRC_WORDS_HPP
#define EDUROADMAP_SRC_WORDS_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap::detail {

// The words of @p text, folded (text.hpp: lower case, ё = е): maximal runs
// of letters and digits. Everything else (spaces, punctuation, quotes,
// dashes) separates words, so «план-график» is two words.
std::vector<std::string> folded_words(std::string_view text);

// Splits a phrase of stems written with spaces («низк результат») into
// folded stems.
std::vector<std::string> stems_of(std::string_view phrase);

// True when @p stems follow each other from @p at, each word starting with
// its stem.
bool stems_at(const std::vector<std::string> &words, const std::vector<std::string> &stems, std::size_t at);

// The first position at or after @p from where @p stems follow each other,
// each word starting with its stem; nothing when absent or @p stems is empty.
std::optional<std::size_t> find_stems(const std::vector<std::string> &words, const std::vector<std::string> &stems,
                                      std::size_t from = 0);

// True when @p word starts with @p stem.
bool starts_with(std::string_view word, std::string_view stem) noexcept;

// The first four bytes of @p text (two Cyrillic letters) as one number, a
// key under which stems are filed so that a word is tried only against the
// stems it may start with (starts_with(word, stem) implies equal keys).
// @p text must have at least prefix_key_bytes bytes.
inline constexpr std::size_t prefix_key_bytes = 4;
std::uint32_t prefix_key(std::string_view text) noexcept;

} // namespace eduroadmap::detail

#endif
