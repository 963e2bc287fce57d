// Rows printed only as headings of their sub-items: «5. Организация … включая:»
// with empty deadline, responsibles and result cells, followed by «5.1»,
// «5.2» that carry them (Bashmakovo). The missing-cell rules leave such a row
// alone: its cells are not missing, they are filled one level down.
#ifndef EDUROADMAP_SRC_RULES_HEADING_ROW_HPP
#define EDUROADMAP_SRC_RULES_HEADING_ROW_HPP

#include <eduroadmap/resolve.hpp>

#include <cstddef>

namespace eduroadmap::detail {

// True when measure @p index of @p rm has all three cells empty and the next
// measure of the same section is numbered below it (5. → 5.1, II.3 → II.3.1).
bool is_heading_row(const ResolvedRoadmap &rm, std::size_t index);

} // namespace eduroadmap::detail

#endif
