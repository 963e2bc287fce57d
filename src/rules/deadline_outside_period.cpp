// deadline-outside-period: a fixed window lying wholly outside the plan
// period («Декабрь 2020» in a plan for 2021). Not against a guessed period
// (`period_source: guessed`): nobody stated the period the deadline would
// fall outside of; period-missing counts those deadlines instead.
#include "rules/outside_period.hpp"
#include "rules/rule.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <optional>

namespace eduroadmap::detail {

// Windows are sorted by start: those ending before the period come first,
// those starting after it last; the windows in between are not looked at.
std::optional<Window> first_outside_period(const Schedule &windows, const Window &period) {
    for (const Window &w : windows) {
        if (!(w.start() < period.start())) break;
        if (w.end() < period.start()) return w;
    }
    if (windows.empty() || !(period.end() < windows.back().start())) return std::nullopt;
    const Date after = period.end() + boost::gregorian::days(1);
    for (const Window &w : windows.in(Window(after, std::max(after, windows.back().end()))))
        if (period.end() < w.start()) return w;
    return std::nullopt;
}

namespace {

void check_deadline_outside_period(const ResolvedRoadmap &rm, Findings &out) {
    if (!rm.roadmap->period.known) return; // period-invalid or missing-field says why
    if (rm.roadmap->period_source == PeriodSource::guessed) return; // period-missing's cause
    const Window &period = rm.roadmap->period.window;
    for (const ResolvedMeasure &m : rm.measures) {
        if (m.deadline.kind != DeadlineKind::fixed) continue;
        if (const std::optional<Window> w = first_outside_period(m.deadline.windows, period))
            out.add(m.ref.path() + ".deadline", {{"number", m.ref.measure->number},
                                                 {"text", m.deadline.text},
                                                 {"window", to_iso(*w)},
                                                 {"period", to_iso(period)}})
                .because("window:" + to_iso(*w)); // one finding per measure; the same date outside is one cause
    }
}

} // namespace

extern const Rule rule_deadline_outside_period{
    {"deadline-outside-period", Severity::warning, "A fixed deadline lies wholly outside the plan period.",
     "срок «{text}» ({window}) вне периода плана {period}",
     "deadline '{text}' ({window}) lies outside the plan period {period}",
     "", "", // no hint
     "rules.md#deadline-outside-period", false /* needs the catalog */,
     RuleCategory::dates,
     "Фиксированный срок целиком лежит вне периода плана."},
    check_deadline_outside_period};

} // namespace eduroadmap::detail
