// title-missing: a measure whose title is empty or holds no letter or digit.
// The loader requires the field; a numbered row the document printed with an
// empty «Мероприятие» cell (Timashevsk) loads with an empty title, and nobody
// can tell what such a measure is. Its other empty cells are not reported
// apart: the empty title is the row's one cause.
#include "rules/measure_label.hpp"
#include "rules/rule.hpp"

#include "text.hpp"

namespace eduroadmap::detail {
namespace {

void check_title_missing(const ResolvedRoadmap &rm, Findings &out) {
    for (const ResolvedMeasure &m : rm.measures) {
        if (has_letter_or_digit(m.ref.measure->title)) continue;
        Found &f = out.add(m.ref.path() + ".title", {{"number", measure_label(m)}});
        // An empty title is the row's cause: its other empty cells say nothing more.
        const std::string path = m.ref.path();
        f.explain("deadline-missing", path + ".deadline")
            .explain("responsible-missing", path + ".responsibles")
            .explain("result-missing", path + ".result");
    }
}

} // namespace

extern const Rule rule_title_missing{
    {"title-missing", Severity::warning, "A measure whose title is empty.",
     "у мероприятия {number} пустое название",
     "measure {number} has an empty title",
     "впишите мероприятие или удалите пустую строку",
     "write the measure or delete the empty row",
     "rules.md#title-missing", false /* needs the catalog */,
     RuleCategory::cells,
     "Мероприятие с пустым названием."},
    check_title_missing};

} // namespace eduroadmap::detail
