// How many times the shared parts of a resolved roadmap have been built
// since the program started. resolve() builds each once and every rule reads
// that one; the test suite counts through these that a validation builds
// each exactly once.
#ifndef EDUROADMAP_SRC_BUILD_COUNTS_HPP
#define EDUROADMAP_SRC_BUILD_COUNTS_HPP

#include <cstddef>

namespace eduroadmap::detail {

// DependencyGraph constructions.
std::size_t dependency_graphs_built() noexcept;
// coverage() calls.
std::size_t coverage_matrices_built() noexcept;

} // namespace eduroadmap::detail

#endif
