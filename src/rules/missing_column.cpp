#include "rules/missing_column.hpp"

#include "numbering.hpp"
#include "text.hpp"

namespace eduroadmap::detail {

void report_missing_column(const ResolvedRoadmap &rm, const std::vector<bool> &missing,
                           const std::vector<bool> &counted, const std::function<Found &(std::size_t)> &report) {
    const Roadmap &roadmap = *rm.roadmap;
    std::size_t rows = 0, empty = 0;
    std::vector<std::size_t> section_rows(roadmap.sections.size(), 0), section_empty(roadmap.sections.size(), 0);
    for (std::size_t i = 0; i < rm.measures.size(); ++i) {
        if (!counted[i]) continue;
        const std::size_t s = rm.measures[i].ref.section;
        ++rows, ++section_rows[s];
        if (missing[i]) ++empty, ++section_empty[s];
    }
    // Runs of consecutive rows of one section with the cell missing.
    std::vector<std::size_t> run_start(rm.measures.size()), run_length(rm.measures.size(), 0);
    for (std::size_t i = 0; i < rm.measures.size(); ++i) {
        if (!missing[i]) continue;
        const bool continues = i > 0 && missing[i - 1] && rm.measures[i - 1].ref.section == rm.measures[i].ref.section;
        run_start[i] = continues ? run_start[i - 1] : i;
        ++run_length[run_start[i]];
    }
    const bool whole_table = empty >= missing_table_rows && empty >= missing_table_share * static_cast<double>(rows);
    const auto in_section = [&](std::size_t s) {
        return section_empty[s] >= missing_section_rows &&
               section_empty[s] >= missing_section_share * static_cast<double>(section_rows[s]);
    };
    // What is left after the table, the sections and the runs: empty cells
    // scattered over the plan, one cause when there are several (the author
    // left that column unfinished), each its own when alone. A row without a
    // title is not counted: title-missing reports it, and its empty cells are
    // not (a lone empty cell beside two empty rows is no «2 or more»).
    std::size_t scattered = 0;
    for (std::size_t i = 0; i < rm.measures.size(); ++i)
        scattered += missing[i] && !whole_table && !in_section(rm.measures[i].ref.section) &&
                     run_length[run_start[i]] < missing_run_rows &&
                     has_letter_or_digit(rm.measures[i].ref.measure->title);
    for (std::size_t i = 0; i < rm.measures.size(); ++i) {
        if (!missing[i]) continue;
        Found &f = report(i);
        const std::size_t s = rm.measures[i].ref.section;
        if (whole_table) {
            f.because("table", missing_in_table);
        } else if (in_section(s)) {
            const Section &section = roadmap.sections[s];
            const std::string number = display_number(section.number);
            const std::string name = number.empty() ? "«" + squeeze_spaces(section.title) + "»" : number;
            // The section's number and title, not its place: inserting a section elsewhere keeps the id.
            f.because("section:" + section.number + "|" + section.title, missing_in_section, {{"section", name}});
        } else if (run_length[run_start[i]] >= missing_run_rows) {
            const Measure &first = *rm.measures[run_start[i]].ref.measure;
            f.because("run:" + first.number + "|" + first.title, missing_in_run,
                      {{"from", display_number(first.number)}});
        } else if (scattered >= missing_scattered_rows) {
            f.because("scattered", missing_scattered);
        }
    }
}

} // namespace eduroadmap::detail
