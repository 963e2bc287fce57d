// responsible-missing: a measure whose responsibles cell is absent, empty,
// or names nobody (only dashes or punctuation: «-», «?»); not a heading row
// whose sub-items carry the cells (heading_row.hpp).
#include "rules/heading_row.hpp"
#include "rules/measure_label.hpp"
#include "rules/missing_column.hpp"
#include "rules/rule.hpp"

namespace eduroadmap::detail {
namespace {

void check_responsible_missing(const ResolvedRoadmap &rm, Findings &out) {
    std::vector<bool> missing(rm.measures.size()), counted(rm.measures.size());
    for (std::size_t i = 0; i < rm.measures.size(); ++i) {
        counted[i] = !is_heading_row(rm, i);
        missing[i] = counted[i] && rm.measures[i].responsibles.empty();
    }
    report_missing_column(rm, missing, counted, [&](std::size_t i) -> Found & {
        return out.add(rm.measures[i].ref.path() + ".responsibles", {{"number", measure_label(rm.measures[i])}});
    });
}

} // namespace

extern const Rule rule_responsible_missing{
    {"responsible-missing", Severity::warning, "A measure names no responsible.",
     "у мероприятия {number} не указан ответственный",
     "measure {number} has no responsible",
     "", "", // no hint
     "rules.md#responsible-missing", false /* needs the catalog */,
     RuleCategory::cells,
     "У мероприятия не указан ответственный."},
    check_responsible_missing,
    {{missing_in_table, "в таблице нет графы ответственных: они не указаны у {count} мероприятий",
      "the table has no responsibles column: {count} measures name no responsible",
      "добавьте в таблицу графу «Ответственные» (в файле — responsibles:)",
      "add a responsibles column to the table (responsibles: in the file)"},
     {missing_in_section, "в разделе {section} ответственные не указаны у {count} мероприятий",
      "in section {section}, {count} measures name no responsible", "", ""},
     {missing_in_run, "в {count} строках подряд, начиная с мероприятия {from}, не указаны ответственные",
      "{count} consecutive rows from measure {from} name no responsible", "", ""},
     {missing_scattered, "ответственные не указаны у {count} мероприятий в разных частях плана",
      "{count} measures in different parts of the plan name no responsible", "", ""}}
};

} // namespace eduroadmap::detail
