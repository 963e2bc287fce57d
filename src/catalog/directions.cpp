#include "catalog/directions.hpp"

#include <algorithm>

namespace eduroadmap::detail {

void resolve_directions(const Roadmap &roadmap, const ResolveOptions &options, ResolvedRoadmap &out) {
    out.catalog = options.catalog;
    if (!out.catalog) out.catalog = builtin_catalog(roadmap.catalog);
    if (!out.catalog) out.catalog = &default_catalog();
    out.sections.clear();
    out.sections.reserve(roadmap.sections.size());
    for (const Section &s : roadmap.sections) out.sections.push_back(match_section(*out.catalog, s));
    out.declared_directions.clear();
    for (const DeclaredDirection &d : roadmap.declared_directions)
        out.declared_directions.push_back(match_title(*out.catalog, d.title));
    // Each stage once, in the order first given: a list of any length makes
    // at most nine, so the rules that walk it stay linear in the roadmap.
    out.required_stages.clear();
    for (Stage s : options.required_stages.empty() ? default_required_stages() : options.required_stages)
        if (std::find(out.required_stages.begin(), out.required_stages.end(), s) == out.required_stages.end())
            out.required_stages.push_back(s);
}

} // namespace eduroadmap::detail
