/// @file suggest.hpp
/// @brief "Did you mean": the closest of a list of names to one that names
/// none of them (an unknown rule id, field, registry entry or direction).
///
/// Texts are compared folded — case-insensitive, ё = е — and by code point,
/// so a Cyrillic letter counts as one. Pure functions, safe from any thread.
#ifndef EDUROADMAP_SUGGEST_HPP
#define EDUROADMAP_SUGGEST_HPP

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap {

/// @brief The Levenshtein distance between the folded forms of @p a and
/// @p b, in code points: how many letters must be inserted, removed or
/// replaced to turn one into the other («Мониторинг» and «мониторин» are 1 apart).
std::size_t edit_distance(std::string_view a, std::string_view b);

/// @brief The candidate closest to @p word by edit_distance(), or an empty
/// string when none is close enough to be a misspelling of it (at most about
/// a third of the longer text's letters may differ). On a tie the earlier
/// candidate wins; a candidate that differs only in case or ё is always the
/// best. The candidate is returned as given.
std::string closest(std::string_view word, const std::vector<std::string_view> &candidates);
/// @brief closest() over a list written in place: `closest(key, {"id", "title"})`.
std::string closest(std::string_view word, std::initializer_list<std::string_view> candidates);

} // namespace eduroadmap

#endif
