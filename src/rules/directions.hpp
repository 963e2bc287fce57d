// What the direction, cycle and indicator rules share: names of catalog
// directions and sections for messages.
#ifndef EDUROADMAP_SRC_RULES_DIRECTIONS_HPP
#define EDUROADMAP_SRC_RULES_DIRECTIONS_HPP

#include <eduroadmap/resolve.hpp>

#include <cstddef>
#include <string>

namespace eduroadmap::detail {

// The catalog direction of index @p d.
inline const CatalogDirection &direction_at(const ResolvedRoadmap &rm, std::size_t d) {
    return rm.catalog->directions[d];
}

// Number of measures of a section, groups included.
inline std::size_t measures_in(const Section &s) {
    std::size_t n = s.measures.size();
    for (const Group &g : s.groups) n += g.measures.size();
    return n;
}

inline std::string section_path(std::size_t s) { return "sections[" + std::to_string(s) + "]"; }
inline std::string declared_path(std::size_t i) { return "declared_directions[" + std::to_string(i) + "]"; }

// A declared direction as the note prints it: «№5 Система …».
inline std::string declared_label(const DeclaredDirection &d) {
    return d.number.empty() ? d.title : "№" + d.number + " " + d.title;
}

// Where the section headings skip the number of the note's item @p number:
// the path of the heading after the gap («sections[4].number», the «6» after
// «4» when item 5 has no section), or empty when a section carries that
// number or the headings do not skip it. direction-missing and
// duplicate-direction explain that numbering-gap finding: the headings follow
// the note's list, and the skipped item is their cause.
std::string heading_gap_for(const Roadmap &r, const std::string &number);

} // namespace eduroadmap::detail

#endif
