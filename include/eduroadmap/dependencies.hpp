/// @file dependencies.hpp
/// @brief The dependency graph of a roadmap's measures: what waits on what.
///
/// A measure may declare `depends_on: [id, …]`, the ids of measures that must
/// come first (ResolvedMeasure::id: the explicit `id`, else the printed
/// number, section-qualified as `s3/5` where numbers repeat across
/// sections). The graph answers the ordering questions a portal asks: in
/// which order can the measures be done, what is the longest chain of
/// prerequisites, which measures are held up when one is late, and — for the
/// rules `dependency-unknown`, `dependency-cycle` and `dependency-order` —
/// which references are broken and which measures wait on each other in a
/// circle.
///
/// Measures are named by their index in ResolvedRoadmap::measures (printed
/// order). The graph is built with Boost.Graph.
///
/// A DependencyGraph is immutable once built; every member is const and safe
/// to call from many threads at once. It does not borrow the roadmap.
#ifndef EDUROADMAP_DEPENDENCIES_HPP
#define EDUROADMAP_DEPENDENCIES_HPP

#include <eduroadmap/resolve.hpp>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap {

/// @brief One resolved `depends_on` entry: @ref measure depends on @ref prerequisite.
struct Dependency {
    std::size_t measure = 0;      ///< index of the measure that declares the entry
    std::size_t entry = 0;        ///< index of the entry in the measure's `depends_on` list
    std::size_t prerequisite = 0; ///< index of the measure the entry names
};

/// @brief A `depends_on` entry that names no measure of the roadmap.
struct UnknownDependency {
    std::size_t measure = 0; ///< index of the measure that declares the entry
    std::size_t entry = 0;   ///< index of the entry in the measure's `depends_on` list
    std::string id;          ///< the id as written
};

/// @brief The measures of one roadmap and their `depends_on` edges.
class DependencyGraph {
public:
    /// @brief Builds the graph of @p roadmap: one vertex per measure, one
    /// edge per `depends_on` entry that names a measure. An id that two
    /// measures share (the rule `duplicate-id`) names the first of them.
    /// The graph keeps what it needs; @p roadmap may go away afterwards.
    explicit DependencyGraph(const ResolvedRoadmap &roadmap);

    /// @brief Number of measures (vertices).
    std::size_t size() const noexcept;

    /// @brief The measure with id @p id, by index; nothing when no measure has it.
    std::optional<std::size_t> find(std::string_view id) const;

    /// @brief The id of measure @p measure (ResolvedMeasure::id).
    /// @throws std::out_of_range when @p measure >= size()
    const std::string &id(std::size_t measure) const;

    /// @brief Every entry that names a measure, in printed order of the
    /// declaring measure, then entry order.
    const std::vector<Dependency> &dependencies() const noexcept;

    /// @brief Every entry that names no measure, in the same order.
    const std::vector<UnknownDependency> &unknown() const noexcept;

    /// @brief The cycles of the graph, each in dependency order: measure
    /// `c[0]` depends on `c[1]`, …, and the last depends on `c[0]` again (the
    /// first member is not repeated). A measure that depends on itself is a
    /// cycle of one. Each cycle starts at its member printed first; cycles
    /// are ordered by that member. Found by a depth-first search: one cycle
    /// per back edge, so every measure on a cycle is on at least one
    /// reported cycle, without enumerating every circuit of a tangle.
    const std::vector<std::vector<std::size_t>> &cycles() const noexcept;

    /// @brief True when the graph has no cycle.
    bool acyclic() const noexcept;

    /// @brief Every measure, prerequisites before the measures that depend on
    /// them; measures not ordered by a dependency stay close to printed order.
    /// @return the order, or nothing when the graph has a cycle
    std::optional<std::vector<std::size_t>> topological_order() const;

    /// @brief The longest chain of dependencies: the most measures each of
    /// which depends on the one before it, first prerequisite first. On a
    /// tie, the chain that ends at the measure printed first.
    /// @return the chain (one measure when there are no dependencies; empty
    ///         for an empty roadmap or when the graph has a cycle)
    std::vector<std::size_t> longest_chain() const;

    /// @brief The measures that cannot finish before @p measure does: every
    /// measure that depends on it, directly or through others, in printed
    /// order. A measure on a cycle through @p measure is included; @p measure
    /// itself only when it is on a cycle.
    /// @throws std::out_of_range when @p measure >= size()
    std::vector<std::size_t> blocked_by(std::size_t measure) const;

    /// @brief The measures @p measure depends on directly, in entry order
    /// (each once).
    /// @throws std::out_of_range when @p measure >= size()
    std::vector<std::size_t> prerequisites(std::size_t measure) const;

private:
    struct Data;
    std::shared_ptr<const Data> data_;
};

} // namespace eduroadmap

#endif
