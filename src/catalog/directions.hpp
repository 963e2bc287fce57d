// The catalog part of resolution: sections and declared directions matched
// to the catalog, and the required stages.
#ifndef EDUROADMAP_SRC_CATALOG_DIRECTIONS_HPP
#define EDUROADMAP_SRC_CATALOG_DIRECTIONS_HPP

#include <eduroadmap/resolve.hpp>

namespace eduroadmap::detail {

// Fills catalog, sections, declared_directions and required_stages of @p out.
void resolve_directions(const Roadmap &roadmap, const ResolveOptions &options, ResolvedRoadmap &out);

} // namespace eduroadmap::detail

#endif
