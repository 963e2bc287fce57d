// Findings grouped by cause: what validation does after the rules ran —
// drop the symptoms a reported cause explains, give every finding the id of
// its cause, build the ranked groups and the per-direction digest.
#ifndef EDUROADMAP_SRC_FINDINGS_GROUPS_HPP
#define EDUROADMAP_SRC_FINDINGS_GROUPS_HPP

#include "rules/rule.hpp"

#include <eduroadmap/resolve.hpp>
#include <eduroadmap/validate.hpp>

#include <vector>

namespace eduroadmap::detail {

// Removes every finding that a finding still in @p found explains (Found::explains).
void drop_explained(std::vector<Found> &found);

// Moves @p found (sorted in report order) into report.diagnostics with their
// group ids, and fills report.groups, ranked. @p roadmap is null when the
// text is not a roadmap.
void group_findings(const Roadmap *roadmap, std::vector<Found> found, Report &report);

// The per-direction digest of the report (Report::directions) from the
// coverage of @p resolved and the report's groups.
std::vector<DirectionDigest> direction_digest(const ResolvedRoadmap &resolved, const Report &report);

} // namespace eduroadmap::detail

#endif
