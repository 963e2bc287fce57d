// deadline-outside-period: a fixed window lying wholly outside the plan
// period («Декабрь 2020» in a plan for 2021).
#include "rules/rule.hpp"

namespace eduroadmap::detail {
namespace {

void check_deadline_outside_period(const ResolvedRoadmap &rm, Findings &out) {
    if (!rm.roadmap->period.known) return; // period-invalid or missing-field says why
    const Window &period = rm.roadmap->period.window;
    for (const ResolvedMeasure &m : rm.measures) {
        if (m.deadline.kind != DeadlineKind::fixed) continue;
        for (const Window &w : m.deadline.windows)
            if (!w.overlaps(period)) {
                out.add(m.ref.path() + ".deadline", {{"number", m.ref.measure->number},
                                                     {"text", m.deadline.text},
                                                     {"window", to_iso(w)},
                                                     {"period", to_iso(period)}})
                    .because("window:" + to_iso(w)); // the same date outside the period is one cause
                break; // one finding per measure
            }
    }
}

} // namespace

extern const Rule rule_deadline_outside_period{
    {"deadline-outside-period", Severity::warning, "A fixed deadline lies wholly outside the plan period.",
     "срок «{text}» ({window}) вне периода плана {period}",
     "deadline '{text}' ({window}) lies outside the plan period {period}",
     "", "", // no hint
     "rules.md#deadline-outside-period", false /* needs the catalog */,
     RuleCategory::dates},
    check_deadline_outside_period};

} // namespace eduroadmap::detail
