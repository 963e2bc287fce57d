// cycle-stage-missing: a direction whose measures (stages declared or
// inferred) and passport blocks leave a required stage of the management
// cycle uncovered (ResolvedRoadmap::required_stages; by default monitoring,
// analysis, recommendations, decisions, review). One finding per direction,
// at its first section, naming every stage it misses; several such
// directions share one cause, the plan's (its group counts each stage).
#include "rules/directions.hpp"
#include "rules/rule.hpp"

#include <eduroadmap/coverage.hpp>

#include <algorithm>

namespace eduroadmap::detail {
namespace {

// Directions with a missing stage, each with its row.
std::vector<const CoverageRow *> incomplete_rows(const ResolvedRoadmap &rm) {
    std::vector<const CoverageRow *> rows;
    for (const CoverageRow &row : rm.coverage->rows) {
        if (!row.direction || row.missing.empty()) continue;
        bool passport = false;
        for (const CoverageCell &cell : row.cells) passport = passport || !cell.passports.empty();
        if (row.measure_count == 0 && !passport) continue; // direction-empty says it
        rows.push_back(&row);
    }
    return rows;
}

// ««анализ результатов» — в 8, «рекомендации» — в 7» and its English form:
// how many of @p rows miss each stage, most missed first.
std::vector<MessageArg> stage_counts(const std::vector<const CoverageRow *> &rows) {
    std::vector<std::pair<Stage, int>> counts;
    for (const CoverageRow *row : rows)
        for (Stage stage : row->missing) {
            auto it = std::find_if(counts.begin(), counts.end(), [&](const auto &c) { return c.first == stage; });
            if (it == counts.end()) counts.emplace_back(stage, 1);
            else ++it->second;
        }
    std::stable_sort(counts.begin(), counts.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    std::string ru, en;
    for (const auto &[stage, n] : counts) {
        ru += (ru.empty() ? "«" : ", «") + std::string(russian_name(stage)) + "» — в " + std::to_string(n);
        en += (en.empty() ? "" : ", ") + std::string(to_string(stage)) + " in " + std::to_string(n);
    }
    return {{"directions", std::to_string(rows.size())}, {"by_stage_ru", ru}, {"by_stage", en}};
}

void check_cycle_stage_missing(const ResolvedRoadmap &rm, Findings &out) {
    const std::vector<const CoverageRow *> rows = incomplete_rows(rm);
    // Several directions with gaps are one cause: the plan does not run the
    // management cycle. One group for the plan, one finding per direction;
    // the per-direction digest still names each direction's stages.
    const std::vector<MessageArg> plan_args = rows.size() >= 2 ? stage_counts(rows) : std::vector<MessageArg>{};
    for (const CoverageRow *row : rows) {
        const CatalogDirection &d = direction_at(rm, *row->direction);
        std::string stages, stages_ru;
        for (Stage stage : row->missing) {
            stages += (stages.empty() ? "" : ", ") + std::string(to_string(stage));
            stages_ru += (stages_ru.empty() ? "«" : "», «") + std::string(russian_name(stage));
        }
        Found &f = out.add(section_path(row->sections.front()) + ".title", {{"direction", d.code},
                                                                           {"title", d.title},
                                                                           {"stages", stages},
                                                                           {"stages_ru", stages_ru + "»"},
                                                                           {"missing", std::to_string(row->missing.size())}});
        if (!plan_args.empty()) f.because("plan", "plan", plan_args);
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
     RuleCategory::cycle,
     "Направление не охватывает этап управленческого цикла."},
    check_cycle_stage_missing,
    {{"plan", "управленческий цикл не замкнут в {directions} направлениях: нет этапов {by_stage_ru}",
      "the management cycle is incomplete in {directions} directions: missing {by_stage}",
      "добавьте мероприятия этих этапов или укажите этап (stage:) у существующих; по направлениям — в сводке",
      "add measures for these stages, or declare stage: on existing ones; the digest lists them per direction"}}};

} // namespace eduroadmap::detail
