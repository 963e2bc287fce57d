// deadline-missing: a measure whose deadline cell is absent or empty
// («?», «-» are printed placeholders and count as empty); not a heading row
// whose sub-items carry the cells (heading_row.hpp).
#include "rules/heading_row.hpp"
#include "rules/measure_label.hpp"
#include "rules/missing_column.hpp"
#include "rules/rule.hpp"

namespace eduroadmap::detail {
namespace {

void check_deadline_missing(const ResolvedRoadmap &rm, Findings &out) {
    std::vector<bool> missing(rm.measures.size()), counted(rm.measures.size());
    for (std::size_t i = 0; i < rm.measures.size(); ++i) {
        counted[i] = !is_heading_row(rm, i);
        missing[i] = counted[i] && rm.measures[i].deadline.kind == DeadlineKind::unspecified;
    }
    report_missing_column(rm, missing, counted, [&](std::size_t i) -> Found & {
        const ResolvedMeasure &m = rm.measures[i];
        return out.add(m.ref.path() + ".deadline", {{"number", measure_label(m)}, {"text", m.deadline.text}});
    });
}

} // namespace

extern const Rule rule_deadline_missing{
    {"deadline-missing", Severity::warning, "A measure has no deadline.",
     "у мероприятия {number} не указан срок",
     "measure {number} has no deadline",
     "", "", // no hint
     "rules.md#deadline-missing", false /* needs the catalog */,
     RuleCategory::cells,
     "У мероприятия нет срока."},
    check_deadline_missing,
    {{missing_in_table, "в таблице нет графы сроков: срок не указан у {count} мероприятий",
      "the table has no deadline column: {count} measures state no deadline",
      "добавьте в таблицу графу «Сроки» (в файле — deadline:)", "add a deadline column to the table (deadline: in the file)"},
     {missing_in_section, "в разделе {section} срок не указан у {count} мероприятий",
      "in section {section}, {count} measures state no deadline", "", ""},
     {missing_in_run, "в {count} строках подряд, начиная с мероприятия {from}, не указан срок",
      "{count} consecutive rows from measure {from} state no deadline", "", ""},
     {missing_scattered, "срок не указан у {count} мероприятий в разных частях плана",
      "{count} measures in different parts of the plan state no deadline", "", ""}}
};

} // namespace eduroadmap::detail
