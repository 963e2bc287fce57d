/// @file limits.hpp
/// @brief Limits that keep hostile or broken input from exhausting the
/// machine. A plain value: the loaders (io.hpp) enforce it, and
/// ValidateOptions carries it to them.
#ifndef EDUROADMAP_LIMITS_HPP
#define EDUROADMAP_LIMITS_HPP

#include <cstddef>

namespace eduroadmap {

/// @brief Limits on the input. Exceeding one is the diagnostic `input-limit`.
struct Limits {
    std::size_t max_file_bytes = 16u * 1024u * 1024u; ///< size of the input
    std::size_t max_depth = 64;                       ///< nesting of collections
    std::size_t max_nodes = 1'000'000;                ///< nodes after alias expansion
};

} // namespace eduroadmap

#endif
