// result-missing: a measure whose expected-result cell is absent, empty, or
// holds no letter or digit (a printed «-» or «?»); not a heading row whose
// sub-items carry the cells (heading_row.hpp).
#include "rules/heading_row.hpp"
#include "rules/measure_label.hpp"
#include "rules/missing_column.hpp"
#include "rules/rule.hpp"

#include "text.hpp"

namespace eduroadmap::detail {
namespace {

void check_result_missing(const ResolvedRoadmap &rm, Findings &out) {
    std::vector<bool> missing(rm.measures.size()), counted(rm.measures.size());
    for (std::size_t i = 0; i < rm.measures.size(); ++i) {
        const std::optional<std::string> &result = rm.measures[i].ref.measure->result;
        counted[i] = !is_heading_row(rm, i);
        missing[i] = counted[i] && (!result || !has_letter_or_digit(*result));
    }
    report_missing_column(rm, missing, counted, [&](std::size_t i) -> Found & {
        return out.add(rm.measures[i].ref.path() + ".result", {{"number", measure_label(rm.measures[i])}});
    });
}

} // namespace

extern const Rule rule_result_missing{
    {"result-missing", Severity::warning, "A measure has no expected result.",
     "у мероприятия {number} не указан ожидаемый результат",
     "measure {number} has no expected result",
     "", "", // no hint
     "rules.md#result-missing", false /* needs the catalog */,
     RuleCategory::cells,
     "У мероприятия нет ожидаемого результата."},
    check_result_missing,
    {{missing_in_table, "в таблице нет графы ожидаемого результата: результат не указан у {count} мероприятий",
      "the table has no expected-result column: {count} measures state no result",
      "добавьте в таблицу графу «Ожидаемый результат» (в файле — result:)",
      "add an expected-result column to the table (result: in the file)"},
     {missing_in_section, "в разделе {section} ожидаемый результат не указан у {count} мероприятий",
      "in section {section}, {count} measures state no expected result", "", ""},
     {missing_in_run, "в {count} строках подряд, начиная с мероприятия {from}, не указан ожидаемый результат",
      "{count} consecutive rows from measure {from} state no expected result", "", ""},
     {missing_scattered, "ожидаемый результат не указан у {count} мероприятий в разных частях плана",
      "{count} measures in different parts of the plan state no expected result", "", ""}}
};

} // namespace eduroadmap::detail
