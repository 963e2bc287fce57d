#include "rules/heading_row.hpp"

#include "numbering.hpp"
#include "text.hpp"

#include <algorithm>

namespace eduroadmap::detail {

bool says_something(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        char32_t cp = decode_utf8(text, pos);
        if (is_letter(cp) || (cp >= U'0' && cp <= U'9')) return true;
    }
    return false;
}

bool is_heading_row(const ResolvedRoadmap &rm, std::size_t index) {
    if (index + 1 >= rm.measures.size()) return false;
    const ResolvedMeasure &row = rm.measures[index];
    const ResolvedMeasure &next = rm.measures[index + 1];
    const Measure &m = *row.ref.measure;
    const bool cells_empty = row.deadline.kind == DeadlineKind::unspecified && row.responsibles.empty() &&
                             (!m.result || !says_something(*m.result));
    if (!cells_empty || next.ref.section != row.ref.section) return false;
    const std::vector<unsigned> parent = parse_number(m.number);
    const std::vector<unsigned> child = parse_number(next.ref.measure->number);
    return !parent.empty() && child.size() > parent.size() &&
           std::equal(parent.begin(), parent.end(), child.begin());
}

} // namespace eduroadmap::detail
