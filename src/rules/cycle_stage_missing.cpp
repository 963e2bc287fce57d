// cycle-stage-missing: a direction whose measures (stages declared or
// inferred) and passport blocks leave a required stage of the management
// cycle uncovered (ResolvedRoadmap::required_stages; by default monitoring,
// analysis, recommendations, decisions, review). One finding per direction,
// at its first section, naming every stage it misses.
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
        std::string stages, stages_ru;
        for (Stage stage : row.missing) {
            stages += (stages.empty() ? "" : ", ") + std::string(to_string(stage));
            stages_ru += (stages_ru.empty() ? "«" : "», «") + std::string(russian_name(stage));
        }
        out.add(section_path(row.sections.front()) + ".title", {{"direction", d.code},
                                                                {"title", d.title},
                                                                {"stages", stages},
                                                                {"stages_ru", stages_ru + "»"},
                                                                {"missing", std::to_string(row.missing.size())}});
    }
}

} // namespace

extern const Rule rule_cycle_stage_missing{
    {"cycle-stage-missing", Severity::warning, "A direction leaves a stage of the management cycle uncovered.",
     "направление {direction}: нет этапов управленческого цикла: {stages_ru}",
     "direction {direction}: no measure or passport block covers the stages {stages}",
     "добавьте мероприятия этих этапов или укажите этап (stage:) у существующих",
     "add measures for these stages, or declare stage: on existing ones",
     "rules.md#cycle-stage-missing", true /* needs the catalog */,
     RuleCategory::cycle},
    check_cycle_stage_missing};

} // namespace eduroadmap::detail
