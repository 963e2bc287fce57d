// deadline-before-approval: a measure whose every deadline window ends
// before the date of the order that approved the plan — it was already past
// when the plan was approved («Февраль 2021» in a plan approved on
// 01.03.2021). A window reaching the approval date or later («с 07 октября
// 2019», continuous to the end of the period) is not reported.
#include "rules/rule.hpp"


namespace eduroadmap::detail {
namespace {

void check_deadline_before_approval(const ResolvedRoadmap &rm, Findings &out) {
    const Roadmap &r = *rm.roadmap;
    if (!r.approved_by || !r.approved_by->date) return;
    const Date approved = *r.approved_by->date;
    if (approved.year() > max_plan_year) return; // the loader reports such a date
    for (const ResolvedMeasure &m : rm.measures) {
        const Schedule &ws = m.deadline.windows;
        if (ws.empty() || m.deadline.kind == DeadlineKind::unspecified) continue;
        // A window ending on or after the approval overlaps [approved, the last date a plan can name]:
        // found without expanding a recurrence (docs/limits.md).
        if (!ws.in(Window(approved, Date(max_plan_year, 12, 31))).empty()) continue;
        out.add(m.ref.path() + ".deadline", {{"number", m.ref.measure->number},
                                             {"text", m.deadline.text},
                                             {"end", to_iso(ws.back().end())},
                                             {"approved", to_iso(approved)}})
            .because("end:" + to_iso(ws.back().end())) // the same past date in many rows is one cause
            .explain("deadline-outside-period", m.ref.path() + ".deadline"); // one cause: already past

    }
}

} // namespace

extern const Rule rule_deadline_before_approval{
    {"deadline-before-approval", Severity::warning, "A deadline ends before the plan was approved.",
     "срок «{text}» истёк ({end}) ещё до утверждения плана ({approved})",
     "deadline '{text}' ended ({end}) before the plan was approved ({approved})",
     "уточните срок: мероприятие нельзя выполнить до утверждения плана",
     "check the deadline: a measure cannot be carried out before its plan is approved",
     "rules.md#deadline-before-approval", false /* needs the catalog */,
     RuleCategory::dates},
    check_deadline_before_approval};

} // namespace eduroadmap::detail
