// period-missing: the document states no plan period; the file marks the
// period it gives as guessed (`period_source: guessed`, what `eduroadmap
// import` writes when it read the period from the years of the deadlines or
// of the order). Every date check rests on that guess. Fixed deadlines
// outside the guessed period are counted here, not reported one by one
// (deadline-outside-period skips a guessed period): they show the guess is
// wrong, not that the measures are.
#include "rules/outside_period.hpp"
#include "rules/rule.hpp"

#include <algorithm>

namespace eduroadmap::detail {
namespace {

// "; deadlines outside it: 7 (2021-01-01..2021-12-31)", in both languages,
// or nothing when every fixed deadline touches the guessed period.
std::pair<std::string, std::string> deadlines_outside(const ResolvedRoadmap &rm) {
    if (!rm.roadmap->period.known) return {};
    const Window &period = rm.roadmap->period.window;
    std::size_t count = 0;
    std::optional<Window> span;
    for (const ResolvedMeasure &m : rm.measures) {
        if (m.deadline.kind != DeadlineKind::fixed) continue;
        const std::optional<Window> w = first_outside_period(m.deadline.windows, period);
        if (!w) continue;
        ++count;
        span = span ? Window(std::min(span->start(), w->start()), std::max(span->end(), w->end())) : *w;
    }
    if (count == 0) return {};
    const std::string tail = std::to_string(count) + " (" + to_iso(*span) + ")";
    return {"; вне его лежат сроки мероприятий: " + tail, "; deadlines outside it: " + tail};
}

void check_period_missing(const ResolvedRoadmap &rm, Findings &out) {
    const Roadmap &r = *rm.roadmap;
    if (r.period_source != PeriodSource::guessed) return;
    auto [outside_ru, outside_en] = deadlines_outside(rm);
    out.add("period_source", {{"period", r.period.text.empty() ? to_iso(r.period.window) : r.period.text},
                              {"outside_ru", std::move(outside_ru)},
                              {"outside_en", std::move(outside_en)}});
}

} // namespace

extern const Rule rule_period_missing{
    {"period-missing", Severity::warning, "The document states no plan period; the period is guessed.",
     "в документе не указан период плана: период {period} выведен из сроков мероприятий{outside_ru}",
     "the document states no plan period: {period} is guessed from the deadlines{outside_en}",
     "укажите период в названии плана или в приказе (в файле — period: и period_source: stated)",
     "state the period in the plan's title or its order (period: and period_source: stated in the file)",
     "rules.md#period-missing", false /* needs the catalog */,
     RuleCategory::structure,
     "В документе не указан период плана; период угадан."},
    check_period_missing};

} // namespace eduroadmap::detail
