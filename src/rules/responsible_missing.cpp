// responsible-missing: a measure whose responsibles cell is absent, empty,
// or names nobody (only dashes or punctuation: «-», «?»).
#include "rules/measure_label.hpp"
#include "rules/rule.hpp"

namespace eduroadmap::detail {

void check_responsible_missing(const ResolvedRoadmap &rm, Findings &out) {
    for (const ResolvedMeasure &m : rm.measures)
        if (m.responsibles.empty()) out.add(m.ref.path() + ".responsibles", {{"number", measure_label(m)}});
}

} // namespace eduroadmap::detail
