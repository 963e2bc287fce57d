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
    const bool whole_table = empty >= missing_table_rows && empty >= missing_table_share * static_cast<double>(rows);
    for (std::size_t i = 0; i < rm.measures.size(); ++i) {
        if (!missing[i]) continue;
        Found &f = report(i);
        const std::size_t s = rm.measures[i].ref.section;
        if (whole_table) {
            f.because("table", missing_in_table);
        } else if (section_empty[s] >= missing_section_rows && section_empty[s] == section_rows[s]) {
            const Section &section = roadmap.sections[s];
            const std::string number = display_number(section.number);
            const std::string name = number.empty() ? "«" + squeeze_spaces(section.title) + "»" : number;
            // The section's number and title, not its place: inserting a section elsewhere keeps the id.
            f.because("section:" + section.number + "|" + section.title, missing_in_section, {{"section", name}});
        }
    }
}

} // namespace eduroadmap::detail
