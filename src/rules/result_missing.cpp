// result-missing: a measure whose expected-result cell is absent, empty, or
// holds no letter or digit (a printed «-» or «?»); not a heading row whose
// sub-items carry the cells (heading_row.hpp).
#include "rules/heading_row.hpp"
#include "rules/measure_label.hpp"
#include "rules/rule.hpp"

#include "text.hpp"

namespace eduroadmap::detail {
namespace {

void check_result_missing(const ResolvedRoadmap &rm, Findings &out) {
    for (std::size_t i = 0; i < rm.measures.size(); ++i) {
        const ResolvedMeasure &m = rm.measures[i];
        const std::optional<std::string> &result = m.ref.measure->result;
        if ((!result || !has_letter_or_digit(*result)) && !is_heading_row(rm, i))
            out.add(m.ref.path() + ".result", {{"number", measure_label(m)}});
    }
}

} // namespace

extern const Rule rule_result_missing{
    {"result-missing", Severity::warning, "A measure has no expected result.",
     "у мероприятия {number} не указан ожидаемый результат",
     "measure {number} has no expected result",
     "", "", // no hint
     "rules.md#result-missing", false /* needs the catalog */},
    check_result_missing};

} // namespace eduroadmap::detail
