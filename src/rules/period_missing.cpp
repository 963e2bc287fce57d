// period-missing: the document states no plan period; the file marks the
// period it gives as guessed (`period_source: guessed`, what `eduroadmap
// import` writes when it read the period from the years of the deadlines or
// of the order). Every date check rests on that guess.
#include "rules/rule.hpp"

namespace eduroadmap::detail {
namespace {

void check_period_missing(const ResolvedRoadmap &rm, Findings &out) {
    const Roadmap &r = *rm.roadmap;
    if (r.period_source != PeriodSource::guessed) return;
    out.add("period_source", {{"period", r.period.text.empty() ? to_iso(r.period.window) : r.period.text}});
}

} // namespace

extern const Rule rule_period_missing{
    {"period-missing", Severity::warning, "The document states no plan period; the period is guessed.",
     "в документе не указан период плана: период {period} выведен из сроков мероприятий",
     "the document states no plan period: {period} is guessed from the deadlines",
     "укажите период в названии плана или в приказе (в файле — period: и period_source: stated)",
     "state the period in the plan's title or its order (period: and period_source: stated in the file)",
     "rules.md#period-missing", false /* needs the catalog */,
     RuleCategory::structure,
     "В документе не указан период плана; период угадан."},
    check_period_missing};

} // namespace eduroadmap::detail
