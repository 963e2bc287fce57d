// "Did you mean": the closest candidate by edit distance over folded text
// (case- and ё-insensitive, by code point, so Cyrillic counts per letter).
#ifndef EDUROADMAP_SRC_SUGGEST_HPP
#define EDUROADMAP_SRC_SUGGEST_HPP

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap::detail {

// Levenshtein distance between the folded forms of @p a and @p b, in code points.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to @p word, or empty when none is close enough
// (about a third of the longer word's letters may differ; on a tie the first
// candidate wins). A candidate that differs only in case or ё is the best.
std::string closest(std::string_view word, const std::vector<std::string_view> &candidates);
std::string closest(std::string_view word, std::initializer_list<std::string_view> candidates);

} // namespace eduroadmap::detail

#endif
