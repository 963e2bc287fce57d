// cycle-stage-missing: a direction whose measures (stages declared or
// inferred) and passport blocks leave a required stage of the management
// cycle uncovered (ResolvedRoadmap::required_stages; by default monitoring,
// analysis, recommendations, decisions, review). One finding per stage, at
// the direction's first section.
#include "rules/directions.hpp"
#include "rules/rule.hpp"

#include <eduroadmap/coverage.hpp>

namespace eduroadmap::detail {
namespace {

void check_cycle_stage_missing(const ResolvedRoadmap &rm, Findings &out) {
    for (const CoverageRow &row : rm.coverage->rows) {
        if (!row.direction || row.missing.empty()) continue;
        bool passport = false;
        for (const CoverageCell &cell : row.cells) passport = passport || !cell.passports.empty();
        if (row.measure_count == 0 && !passport) continue; // direction-empty says it
        const CatalogDirection &d = direction_at(rm, *row.direction);
        for (Stage stage : row.missing)
            out.add(section_path(row.sections.front()) + ".title", {{"direction", d.code},
                                                                    {"title", d.title},
                                                                    {"stage", std::string(to_string(stage))},
                                                                    {"stage_ru", std::string(russian_name(stage))}});
    }
}

} // namespace

extern const Rule rule_cycle_stage_missing{
    {"cycle-stage-missing", Severity::warning, "A direction leaves a stage of the management cycle uncovered.",
     "направление {direction}: нет этапа управленческого цикла «{stage_ru}» ({stage})",
     "direction {direction}: no measure or passport block covers the stage '{stage}'",
     "добавьте мероприятие этого этапа или укажите stage: у существующего",
     "add a measure for this stage, or declare stage: on an existing one",
     "rules.md#cycle-stage-missing", true /* needs the catalog */},
    check_cycle_stage_missing};

} // namespace eduroadmap::detail
