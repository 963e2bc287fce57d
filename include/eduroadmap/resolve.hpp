/// @file resolve.hpp
/// @brief The resolved roadmap: what the printed text means — deadlines as
/// windows (and, as the library grows, responsibles as registry entries,
/// sections as catalog directions, stages).
#ifndef EDUROADMAP_RESOLVE_HPP
#define EDUROADMAP_RESOLVE_HPP

#include <eduroadmap/deadline.hpp>
#include <eduroadmap/model.hpp>

#include <vector>

namespace eduroadmap {

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
};

/// @brief A roadmap with everything the library can resolve. Borrows from the
/// roadmap it was made from, which must outlive it and stay unchanged.
struct ResolvedRoadmap {
    const Roadmap *roadmap = nullptr;      ///< the model
    std::vector<ResolvedMeasure> measures; ///< every measure, in printed order
};

/// @brief Resolves a measure's deadline: the printed text against the plan
/// period, unless the author pinned kind, windows or an RRULE.
Deadline resolve_deadline(const DeadlineSpec &spec, const Window &period);

/// @brief The default id of every measure (see ResolvedMeasure::id), in printed order.
std::vector<std::string> measure_ids(const Roadmap &roadmap);

/// @brief Resolves every measure of @p roadmap.
ResolvedRoadmap resolve(const Roadmap &roadmap);

} // namespace eduroadmap

#endif
