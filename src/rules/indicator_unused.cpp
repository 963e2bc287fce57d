// indicator-unused (info): an indicator that no measure and no passport
// refers to — defined, but nothing in the plan feeds it.
#include "rules/rule.hpp"

#include <set>

namespace eduroadmap::detail {
namespace {

void check_indicator_unused(const ResolvedRoadmap &rm, Findings &out) {
    const Roadmap &r = *rm.roadmap;
    std::set<std::string, std::less<>> used;
    for (const Section &s : r.sections)
        if (s.passport) used.insert(s.passport->indicators.begin(), s.passport->indicators.end());
    for (const ResolvedMeasure &m : rm.measures)
        used.insert(m.ref.measure->indicators.begin(), m.ref.measure->indicators.end());
    for (std::size_t i = 0; i < r.indicators.size(); ++i)
        if (!used.count(r.indicators[i].id))
            out.add("indicators[" + std::to_string(i) + "].id", {{"id", r.indicators[i].id}});
}

} // namespace

extern const Rule rule_indicator_unused{
    {"indicator-unused", Severity::info, "An indicator that no measure or passport refers to.",
     "показатель «{id}» нигде не используется",
     "indicator '{id}' is never used",
     "", "", // no hint
     "rules.md#indicator-unused", false /* needs the catalog */,
     RuleCategory::cycle,
     "Показатель, на который не ссылается ни мероприятие, ни паспорт."},
    check_indicator_unused};

} // namespace eduroadmap::detail
