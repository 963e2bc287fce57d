// deadline-missing: a measure whose deadline cell is absent or empty
// («?», «-» are printed placeholders and count as empty).
#include "rules/rule.hpp"

namespace eduroadmap::detail {

void check_deadline_missing(const ResolvedRoadmap &rm, Findings &out) {
    for (const ResolvedMeasure &m : rm.measures)
        if (m.deadline.kind == DeadlineKind::unspecified)
            out.add(m.ref.path() + ".deadline", {{"number", m.ref.measure->number}, {"text", m.deadline.text}});
}

} // namespace eduroadmap::detail
