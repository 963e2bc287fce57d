// indicator-missing-for-direction (info): a direction with measures but no
// indicator — none defined for it (`direction:`), none in its passports, and
// none fed by its measures. Its progress cannot be judged.
#include "rules/directions.hpp"
#include "rules/rule.hpp"

#include <eduroadmap/coverage.hpp>

#include <algorithm>

namespace eduroadmap::detail {
namespace {

void check_indicator_missing_for_direction(const ResolvedRoadmap &rm, Findings &out) {
    const Roadmap &r = *rm.roadmap;
    std::vector<bool> has(rm.catalog->directions.size(), false);
    for (const Indicator &i : r.indicators)
        if (auto d = rm.catalog->find(i.direction)) has[*d] = true;
    for (std::size_t s = 0; s < rm.sections.size(); ++s)
        if (rm.sections[s].direction && r.sections[s].passport && !r.sections[s].passport->indicators.empty())
            has[*rm.sections[s].direction] = true;
    for (const ResolvedMeasure &m : rm.measures)
        if (rm.sections[m.ref.section].direction && !m.ref.measure->indicators.empty())
            has[*rm.sections[m.ref.section].direction] = true;
    // A plan without any indicator is one cause, not one per direction.
    const bool none = std::find(has.begin(), has.end(), true) == has.end();
    for (const CoverageRow &row : rm.coverage->rows)
        if (row.direction && row.measure_count > 0 && !has[*row.direction]) {
            Found &f = out.add(section_path(row.sections.front()) + ".title",
                               {{"direction", direction_at(rm, *row.direction).code},
                                {"title", direction_at(rm, *row.direction).title}});
            if (none) f.because("no-indicators", "plan");
        }
}

} // namespace

extern const Rule rule_indicator_missing_for_direction{
    {"indicator-missing-for-direction", Severity::info, "A direction without any indicator.",
     "у направления {direction} нет показателей",
     "direction {direction} has no indicators",
     "", "", // no hint
     "rules.md#indicator-missing-for-direction", true /* needs the catalog */,
     RuleCategory::cycle,
     "Направление без единого показателя."},
    check_indicator_missing_for_direction,
    {{"plan", "в плане нет ни одного показателя: ни одно из {count} направлений нельзя оценить",
      "the plan defines no indicators: none of its {count} directions can be judged",
      "добавьте показатели (в файле — indicators:) и свяжите с ними мероприятия",
      "add indicators (indicators: in the file) and link measures to them"}}
};

} // namespace eduroadmap::detail
