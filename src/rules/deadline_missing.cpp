// deadline-missing: a measure whose deadline cell is absent or empty
// («?», «-» are printed placeholders and count as empty); not a heading row
// whose sub-items carry the cells (heading_row.hpp).
#include "rules/heading_row.hpp"
#include "rules/rule.hpp"

namespace eduroadmap::detail {
namespace {

void check_deadline_missing(const ResolvedRoadmap &rm, Findings &out) {
    for (std::size_t i = 0; i < rm.measures.size(); ++i) {
        const ResolvedMeasure &m = rm.measures[i];
        if (m.deadline.kind == DeadlineKind::unspecified && !is_heading_row(rm, i))
            out.add(m.ref.path() + ".deadline", {{"number", m.ref.measure->number}, {"text", m.deadline.text}});
    }
}

} // namespace

extern const Rule rule_deadline_missing{
    {"deadline-missing", Severity::warning, "A measure has no deadline.",
     "у мероприятия {number} не указан срок",
     "measure {number} has no deadline",
     "", "", // no hint
     "rules.md#deadline-missing", false /* needs the catalog */},
    check_deadline_missing};

} // namespace eduroadmap::detail
