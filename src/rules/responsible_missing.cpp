// responsible-missing: a measure whose responsibles cell is absent, empty,
// or names nobody (only dashes or punctuation: «-», «?»); not a heading row
// whose sub-items carry the cells (heading_row.hpp).
#include "rules/heading_row.hpp"
#include "rules/measure_label.hpp"
#include "rules/rule.hpp"

namespace eduroadmap::detail {
namespace {

void check_responsible_missing(const ResolvedRoadmap &rm, Findings &out) {
    for (std::size_t i = 0; i < rm.measures.size(); ++i) {
        const ResolvedMeasure &m = rm.measures[i];
        if (m.responsibles.empty() && !is_heading_row(rm, i))
            out.add(m.ref.path() + ".responsibles", {{"number", measure_label(m)}});
    }
}

} // namespace

extern const Rule rule_responsible_missing{
    {"responsible-missing", Severity::warning, "A measure names no responsible.",
     "у мероприятия {number} не указан ответственный",
     "measure {number} has no responsible",
     "", "", // no hint
     "rules.md#responsible-missing", false /* needs the catalog */},
    check_responsible_missing};

} // namespace eduroadmap::detail
