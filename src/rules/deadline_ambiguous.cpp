// deadline-ambiguous: a month, quarter or span without a year that occurs
// more than once in the plan period (the first occurrence was taken).
#include "rules/rule.hpp"

namespace eduroadmap::detail {
namespace {

void check_deadline_ambiguous(const ResolvedRoadmap &rm, Findings &out) {
    if (!rm.roadmap->period.known) return; // period-invalid or missing-field says why
    for (const ResolvedMeasure &m : rm.measures)
        if (m.deadline.ambiguous)
            out.add(m.ref.path() + ".deadline", {{"number", m.ref.measure->number},
                                                 {"text", m.deadline.text},
                                                 {"period", to_iso(rm.roadmap->period.window)}});
}

} // namespace

extern const Rule rule_deadline_ambiguous{
    {"deadline-ambiguous", Severity::info, "A deadline without a year that occurs more than once in the period.",
     "срок «{text}» без года неоднозначен в периоде {period}",
     "deadline '{text}' has no year and is ambiguous in the period {period}",
     "", "", // no hint
     "rules.md#deadline-ambiguous", false /* needs the catalog */,
     RuleCategory::dates,
     "Срок без года, который встречается в периоде плана не один раз."},
    check_deadline_ambiguous};

} // namespace eduroadmap::detail
