// deadline-ambiguous: a month, quarter or span without a year that occurs
// more than once in the plan period (the first occurrence was taken).
#include "rules/rule.hpp"

namespace eduroadmap::detail {

void check_deadline_ambiguous(const ResolvedRoadmap &rm, Findings &out) {
    if (!rm.roadmap->period.known) return; // period-invalid or missing-field says why
    for (const ResolvedMeasure &m : rm.measures)
        if (m.deadline.ambiguous)
            out.add(m.ref.path() + ".deadline", {{"number", m.ref.measure->number},
                                                 {"text", m.deadline.text},
                                                 {"period", to_iso(rm.roadmap->period.window)}});
}

} // namespace eduroadmap::detail
