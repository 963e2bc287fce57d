// indicator-target-invalid: a target that cannot be right — a percentage
// outside 0–100, a target on the wrong side of the baseline for the
// comparator, a period that cannot be read or lies outside the plan period,
// or a value whose kind does not fit the unit (a boolean target that is not
// yes/no, yes/no for a number).
#include "rules/rule.hpp"

#include <eduroadmap/indicators.hpp>

#include <sstream>

namespace eduroadmap::detail {
namespace {

std::string show(const IndicatorValue &v) {
    if (v.is_boolean) return v.boolean ? "true" : "false";
    std::ostringstream s;
    s << v.number;
    return s.str();
}

struct Problem {
    std::string field; // `value` or `period`
    std::string ru, en;
};

std::vector<Problem> problems(const Indicator &ind, const Target &t, const PlanPeriod &plan) {
    std::vector<Problem> out;
    const std::string v = show(t.value);
    auto window = target_window(t.period);
    if (!window)
        out.push_back({"period", "период «" + t.period + "» не читается (год, 2020-2022, 2023/2024 или дата)",
                       "period '" + t.period + "' cannot be read (a year, 2020-2022, 2023/2024 or a date)"});
    else if (plan.known && !window->overlaps(plan.window))
        out.push_back({"period", "период " + t.period + " вне периода плана " + to_iso(plan.window),
                       "period " + t.period + " lies outside the plan period " + to_iso(plan.window)});
    if (ind.unit == Unit::boolean && !t.value.is_boolean)
        out.push_back({"value", "показатель да/нет, а цель " + v + " (нужно true или false)",
                       "a yes/no indicator with the target " + v + " (write true or false)"});
    if (ind.unit != Unit::boolean && t.value.is_boolean)
        out.push_back({"value", "цель " + v + " для числового показателя", "target " + v + " for a numeric indicator"});
    if (t.value.is_boolean) return out;
    if (ind.unit == Unit::percent && (t.value.number < 0 || t.value.number > 100))
        out.push_back({"value", "процент " + v + " вне 0–100", "percentage " + v + " outside 0–100"});
    if (ind.baseline && !ind.baseline->value.is_boolean) {
        const double base = ind.baseline->value.number;
        const std::string b = show(ind.baseline->value);
        if (ind.comparator == Comparator::at_least && t.value.number < base)
            out.push_back({"value", "цель " + v + " ниже базового значения " + b + " при сравнении >=",
                           "target " + v + " is below the baseline " + b + " for comparator >="});
        if (ind.comparator == Comparator::at_most && t.value.number > base)
            out.push_back({"value", "цель " + v + " выше базового значения " + b + " при сравнении <=",
                           "target " + v + " is above the baseline " + b + " for comparator <="});
    }
    return out;
}

void check_indicator_target_invalid(const ResolvedRoadmap &rm, Findings &out) {
    const Roadmap &r = *rm.roadmap;
    for (std::size_t i = 0; i < r.indicators.size(); ++i)
        for (std::size_t j = 0; j < r.indicators[i].targets.size(); ++j)
            for (Problem &p : problems(r.indicators[i], r.indicators[i].targets[j], r.period))
                out.add("indicators[" + std::to_string(i) + "].targets[" + std::to_string(j) + "]." + p.field,
                        {{"id", r.indicators[i].id}, {"reason_ru", std::move(p.ru)}, {"reason_en", std::move(p.en)}});
}

} // namespace

extern const Rule rule_indicator_target_invalid{
    {"indicator-target-invalid", Severity::warning, "An indicator target that cannot be right.",
     "цель показателя «{id}» некорректна: {reason_ru}",
     "target of indicator '{id}' is invalid: {reason_en}",
     "", "", // no hint
     "rules.md#indicator-target-invalid", false /* needs the catalog */,
     RuleCategory::cycle,
     "Целевое значение показателя, которое не может быть верным."},
    check_indicator_target_invalid};

} // namespace eduroadmap::detail
