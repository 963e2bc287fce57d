#include "rules/heading_row.hpp"

#include "numbering.hpp"
#include "text.hpp"

#include <algorithm>

namespace eduroadmap::detail {

bool is_heading_row(const ResolvedRoadmap &rm, std::size_t index) {
    if (index + 1 >= rm.measures.size()) return false;
    const ResolvedMeasure &row = rm.measures[index];
    const ResolvedMeasure &next = rm.measures[index + 1];
    const Measure &m = *row.ref.measure;
    const bool cells_empty = row.deadline.kind == DeadlineKind::unspecified && row.responsibles.empty() &&
                             (!m.result || !has_letter_or_digit(*m.result));
    if (!cells_empty || next.ref.section != row.ref.section) return false;
    const std::vector<unsigned> parent = parse_number(m.number);
    const std::vector<unsigned> child = parse_number(next.ref.measure->number);
    return !parent.empty() && child.size() > parent.size() &&
           std::equal(parent.begin(), parent.end(), child.begin());
}

} // namespace eduroadmap::detail
