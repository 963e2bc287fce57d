/// @file limits.hpp
/// @brief Limits that keep hostile or broken input from exhausting the
/// machine. A plain value: the loaders (io.hpp) and validate() enforce it,
/// and ValidateOptions carries it to them. docs/limits.md lists every limit
/// with its default, its ceiling and what happens when it is hit.
#ifndef EDUROADMAP_LIMITS_HPP
#define EDUROADMAP_LIMITS_HPP

#include <cstddef>

namespace eduroadmap {

/// @brief Limits on the input. Exceeding one is the diagnostic `input-limit`.
///
/// A configuration (`.eduroadmap.yaml`, `limits:`) may lower any limit and
/// raise it up to its ceiling (Limits::ceiling()); a value above the ceiling
/// is a configuration error, so a pull request that edits the configuration
/// cannot make the checks unbounded.
struct Limits {
    std::size_t max_file_bytes = 16u * 1024u * 1024u; ///< size of the input
    std::size_t max_depth = 64;                       ///< nesting of collections
    std::size_t max_nodes = 1'000'000;                ///< nodes after alias expansion
    /// Windows of all deadlines of one roadmap together (a weekly deadline
    /// over four years has 209). Recurring deadlines are kept as rules, so
    /// only commands that list every window (query without a time filter,
    /// calendar, export) would pay for them; beyond this the roadmap is
    /// refused with `input-limit`.
    std::size_t max_windows = 100'000;

    /// @brief The highest value a configuration may give each limit.
    static constexpr Limits ceiling() noexcept { return Limits{64u * 1024u * 1024u, 256, 4'000'000, 1'000'000}; }
};

} // namespace eduroadmap

#endif
