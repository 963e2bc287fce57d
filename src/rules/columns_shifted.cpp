// columns-shifted: cells that read as another column — a responsibles cell
// that holds a date («сентябрь-май», «два раза в год (декабрь, май)») or a
// deadline cell that names bodies of the responsibles registry. One finding
// per row; a run of consecutive shifted rows of one section is one cause
// (Timashevsk's leaders' track, where the form of work slid into the
// deadline column, the dates into the responsibles column and the
// responsibles into the result column). A shifted row is reported even when
// its deadline cell still reads as a date: the responsibles cell gives it
// away. The finding replaces the symptoms it explains: the deadline and
// responsibles findings of those cells (deadline-unrecognized,
// deadline-missing, responsible-unknown, …) are not reported.
#include "rules/rule.hpp"

#include "numbering.hpp"
#include "text.hpp"

#include <eduroadmap/responsibles.hpp>

#include <algorithm>
#include <optional>

namespace eduroadmap::detail {
namespace {

bool reads_as_date(const Deadline &d) {
    return d.kind == DeadlineKind::fixed || d.kind == DeadlineKind::recurring || d.kind == DeadlineKind::continuous;
}

// What a row's cells hold instead of their own column; nothing for a row in place.
std::optional<std::string> shifted_cell(const ResolvedRoadmap &rm, const ResolvedMeasure &m,
                                        const ResponsibleMatcher &matcher) {
    const Window &period = rm.roadmap->period.window;
    for (const ResponsibleMention &mention : m.responsibles)
        if (!mention.matched() && reads_as_date(resolve_deadline(mention.text, period))) return "responsibles";
    if (m.deadline.kind == DeadlineKind::unrecognized && !matcher.empty()) {
        const std::vector<ResponsibleMention> names = matcher.match(ResponsibleCell{{m.deadline.text}, false});
        if (!names.empty() && std::all_of(names.begin(), names.end(),
                                          [](const ResponsibleMention &n) { return n.matched(); }))
            return "deadline";
    }
    return std::nullopt;
}

void check_columns_shifted(const ResolvedRoadmap &rm, Findings &out) {
    const ResponsibleMatcher matcher(rm.roadmap->responsibles);
    std::vector<std::pair<std::size_t, std::string>> rows; // shifted rows: measure index, the cell
    for (std::size_t i = 0; i < rm.measures.size(); ++i)
        if (std::optional<std::string> cell = shifted_cell(rm, rm.measures[i], matcher)) rows.emplace_back(i, *cell);
    for (std::size_t a = 0; a < rows.size();) {
        std::size_t b = a; // the run is rows[a..b]
        while (b + 1 < rows.size() && rows[b + 1].first == rows[b].first + 1 &&
               rm.measures[rows[b + 1].first].ref.section == rm.measures[rows[a].first].ref.section)
            ++b;
        const Measure &first = *rm.measures[rows[a].first].ref.measure;
        for (std::size_t k = a; k <= b; ++k) {
            const ResolvedMeasure &m = rm.measures[rows[k].first];
            const std::string &cell = rows[k].second, path = m.ref.path();
            // Quoted on one line: a message is one line in every output format.
            const std::string shown = squeeze_spaces(cell == "responsibles" && m.ref.measure->responsibles &&
                                                             !m.ref.measure->responsibles->names.empty()
                                                         ? m.ref.measure->responsibles->names.front()
                                                         : m.deadline.text);
            Found &f = out.add(path + "." + cell, {{"number", m.ref.measure->number}, {"cell", cell}, {"cell_ru", cell == "deadline" ? "сроков" : "ответственных"}, {"text", shown}});
            // The run's first row names the cause: inserting rows elsewhere keeps it.
            if (b > a) f.because("run:" + first.number + "|" + first.title, "run", {{"from", display_number(first.number)}});
            for (const char *rule : {"deadline-unrecognized", "deadline-missing", "deadline-outside-period",
                                     "deadline-ambiguous", "deadline-before-approval"})
                f.explain(rule, path + ".deadline");
            for (const char *rule : {"responsible-unknown", "responsible-missing"})
                f.explain(rule, path + ".responsibles");
        }
        a = b + 1;
    }
}

} // namespace

extern const Rule rule_columns_shifted{
    {"columns-shifted", Severity::warning, "Cells that read as another column: the columns of a row are shifted.",
     "графы строки сдвинуты: в графе {cell_ru} стоит «{text}»",
     "the row's columns are shifted: the {cell} cell holds '{text}'",
     "разнесите содержимое по графам: сроки — в deadline:, ответственных — в responsibles:",
     "move the contents to their columns: dates to deadline:, bodies to responsibles:",
     "rules.md#columns-shifted", false /* needs the catalog */,
     RuleCategory::cells,
     "Ячейки читаются как другой столбец: столбцы строки сдвинуты."},
    check_columns_shifted,
    {{"run", "графы сдвинуты в {count} строках подряд, начиная с мероприятия {from}: сроки, ответственные и форма работы стоят не в своих графах",
      "the columns are shifted in {count} consecutive rows from measure {from}: dates, responsibles and forms of work stand in the wrong columns",
      "разнесите содержимое по графам: сроки — в deadline:, ответственных — в responsibles:, форму — в form:",
      "move the contents to their columns: dates to deadline:, bodies to responsibles:, the form of work to form:"}}};

} // namespace eduroadmap::detail
