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
    std::vector<const ResolvedMeasure *> past;
    for (const ResolvedMeasure &m : rm.measures) {
        const Schedule &ws = m.deadline.windows;
        if (ws.empty() || m.deadline.kind == DeadlineKind::unspecified) continue;
        // A window ending on or after the approval overlaps [approved, the last date a plan can name]:
        // found without expanding a recurrence (docs/limits.md).
        if (ws.in(Window(approved, Date(max_plan_year, 12, 31))).empty()) past.push_back(&m);
    }
    for (const ResolvedMeasure *m : past) {
        Found &f = out.add(m->ref.path() + ".deadline", {{"number", m->ref.measure->number},
                                                          {"text", m->deadline.text},
                                                          {"end", to_iso(m->deadline.windows.back().end())},
                                                          {"approved", to_iso(approved)}});
        f.explain("deadline-outside-period", m->ref.path() + ".deadline"); // one cause: already past
        // Several such measures are one cause: the plan was approved after
        // they were due (a late approval, or last year's plan carried over).
        if (past.size() >= 2) f.because("approved", "plan", {{"approved", to_iso(approved)}});
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
     RuleCategory::dates,
     "Срок истекает раньше, чем план утверждён."},
    check_deadline_before_approval,
    {{"plan", "у {count} мероприятий срок истёк ещё до утверждения плана ({approved})",
      "{count} measures were due before the plan was approved ({approved})",
      "уточните сроки: либо план утверждён позже, чем составлен, либо сроки перенесены из прошлого плана",
      "check the deadlines: the plan was approved after it was written, or they were carried over from an earlier plan"}}};

} // namespace eduroadmap::detail
