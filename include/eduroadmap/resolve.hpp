/// @file resolve.hpp
/// @brief The resolved roadmap: what the printed text means — deadlines as
/// windows, responsibles as registry entries, sections as catalog
/// directions, each measure's stage — and what several rules and queries
/// share, built once: the dependency graph and the coverage matrix.
#ifndef EDUROADMAP_RESOLVE_HPP
#define EDUROADMAP_RESOLVE_HPP

#include <eduroadmap/catalog.hpp>
#include <eduroadmap/deadline.hpp>
#include <eduroadmap/model.hpp>
#include <eduroadmap/responsibles.hpp>
#include <eduroadmap/stages.hpp>

#include <memory>
#include <vector>

namespace eduroadmap {

class DependencyGraph; // dependencies.hpp
struct Coverage;       // coverage.hpp

/// @brief A measure with what the library resolved about it.
struct ResolvedMeasure {
    MeasureRef ref;    ///< where it stands (borrows from the roadmap)
    /// The measure's id: its explicit `id`, else its printed number without
    /// trailing dots («12.» → «12»), qualified by the section's 1-based
    /// position when that number occurs in more than one section
    /// («s3/5»); an unnumbered measure is «s3/#4» (its 1-based place in
    /// the section's list, groups counted in order).
    std::string id;
    Deadline deadline; ///< resolved against the plan period; kind `unspecified` when absent
    /// The bodies its responsibles cell names, matched against the roadmap's
    /// registry (see ResponsibleMatcher::match); empty when the cell is
    /// absent or names nobody.
    std::vector<ResponsibleMention> responsibles{};
    /// Its stage of the management cycle: declared, or inferred from the title, form and result.
    MeasureStage stage{};
};

/// @brief A roadmap with everything the library can resolve. Borrows from the
/// roadmap it was made from, which must outlive it and stay unchanged.
struct ResolvedRoadmap {
    const Roadmap *roadmap = nullptr;      ///< the model
    std::vector<ResolvedMeasure> measures; ///< every measure, in printed order
    /// The direction catalog the sections were matched against (borrowed:
    /// a built-in catalog, or the one given in ResolveOptions).
    const Catalog *catalog = nullptr;
    /// How each section matched a direction of #catalog, by section index.
    std::vector<DirectionMatch> sections{};
    /// How each entry of Roadmap::declared_directions matched, by index.
    std::vector<DirectionMatch> declared_directions{};
    /// The stages each direction must cover (`cycle-stage-missing`, coverage).
    std::vector<Stage> required_stages{};
    /// The `depends_on` graph of #measures (include dependencies.hpp to use
    /// it), built once by resolve() for every rule and query that needs it.
    /// Null in a ResolvedRoadmap not made by resolve().
    std::shared_ptr<const DependencyGraph> dependencies{};
    /// The coverage matrix of #sections × stages (include coverage.hpp),
    /// built once by resolve(); equal to coverage(*this). Null in a
    /// ResolvedRoadmap not made by resolve().
    std::shared_ptr<const Coverage> coverage{};
    /// The windows of every measure's deadline together (Schedule::size(),
    /// counted without computing them), for the window budget
    /// (Limits::max_windows).
    std::size_t window_count = 0;
};

/// @brief What resolution matches against.
struct ResolveOptions {
    /// The direction catalog; must outlive the resolved roadmap. Null: the
    /// built-in catalog the roadmap names (`catalog:`), or `fioko-2020` when
    /// it names none or a file (a file is read at the edge: choose_catalog,
    /// catalog_io.hpp).
    const Catalog *catalog = nullptr;
    /// The stages each direction must cover; empty: default_required_stages().
    std::vector<Stage> required_stages{};
};

/// @brief Resolves a measure's deadline: the printed text against the plan
/// period, unless the author pinned kind, windows or an RRULE.
Deadline resolve_deadline(const DeadlineSpec &spec, const Window &period);

/// @brief The default id of every measure (see ResolvedMeasure::id), in printed order.
std::vector<std::string> measure_ids(const Roadmap &roadmap);

/// @brief Resolves every measure of @p roadmap, matching sections against the
/// built-in catalog the roadmap names (default `fioko-2020`).
ResolvedRoadmap resolve(const Roadmap &roadmap);

/// @brief Resolves every measure of @p roadmap with the given catalog and
/// required stages (see ResolveOptions).
ResolvedRoadmap resolve(const Roadmap &roadmap, const ResolveOptions &options);

} // namespace eduroadmap

#endif
