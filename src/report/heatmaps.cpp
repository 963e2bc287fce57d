// The report's two heat-maps: coverage (directions × stages of the
// management cycle) and workload (measures due per responsible per month).
// Each cell prints its count; the fill only repeats it.
#include "report/parts.hpp"

#include <eduroadmap/coverage.hpp>
#include <eduroadmap/query.hpp>
#include <eduroadmap/score_html.hpp>

#include <algorithm>
#include <map>
#include <sstream>

namespace eduroadmap {
namespace report {

std::string heat_class(std::size_t count) {
    const std::size_t level = count == 0 ? 0 : count == 1 ? 1 : count <= 3 ? 2 : count <= 6 ? 3 : 4;
    return "erm-h" + std::to_string(level);
}

namespace {

void legend(std::ostream &out, Language lang) {
    out << "<p class=\"erm-muted\">" << tr(lang, "Шкала: ", "Scale: ");
    const std::pair<std::size_t, const char *> steps[] = {{0, "0"}, {1, "1"}, {2, "2–3"}, {4, "4–6"}, {7, "7+"}};
    for (const auto &step : steps) out << "<span class=\"" << heat_class(step.first) << "\">&nbsp;" << step.second << "&nbsp;</span> ";
    out << "</p>\n";
}

} // namespace

std::string coverage_html(const ReportPlan &plan, const ReportOptions &options, std::string_view anchor) {
    const Language lang = options.language;
    const ResolvedRoadmap &rm = *plan.roadmap;
    const Coverage computed = rm.coverage ? Coverage{} : coverage(rm);
    const Coverage &cov = rm.coverage ? *rm.coverage : computed;
    std::ostringstream out;
    out << "<p>"
        << tr(lang,
              "Число мероприятий каждого направления на каждом этапе управленческого цикла; ◆ — этап описан в паспорте "
              "направления; ✗ — обязательный этап не покрыт.",
              "Measures of each direction at each stage of the management cycle; ◆ the stage is described in the "
              "direction's passport; ✗ a required stage nothing covers.")
        << "</p>\n";
    legend(out, lang);
    out << "<div class=\"erm-scroll\"><table class=\"erm-table\" id=\"" << anchor << "-table\"><thead><tr><th scope=\"col\">"
        << tr(lang, "Направление", "Direction") << "</th>";
    for (Stage stage : all_stages) out << "<th scope=\"col\">" << html_escape(component_name(stage, lang)) << "</th>";
    out << "<th scope=\"col\">" << tr(lang, "Всего", "Total") << "</th></tr></thead>\n<tbody>\n";
    for (const CoverageRow &row : cov.rows) {
        std::string label;
        if (row.direction && cov.catalog)
            label = cov.catalog->directions[*row.direction].code + " " + cov.catalog->directions[*row.direction].title;
        else if (!row.sections.empty())
            label = std::string(tr(lang, "вне каталога: ", "outside the catalog: ")) +
                    rm.roadmap->sections[row.sections.front()].title;
        out << "<tr><th scope=\"row\">" << html_escape(shorten(label, 90)) << "</th>";
        for (Stage stage : all_stages) {
            const CoverageCell &cell = row.cell(stage);
            const bool missing = std::find(row.missing.begin(), row.missing.end(), stage) != row.missing.end();
            out << "<td class=\"erm-n " << heat_class(cell.measures.size()) << "\">" << cell.measures.size();
            if (!cell.passports.empty()) out << " ◆";
            if (missing) out << " ✗";
            out << "</td>";
        }
        out << "<td class=\"erm-n\">" << row.measure_count << "</td></tr>\n";
    }
    out << "</tbody></table></div>\n";
    return out.str();
}

std::string workload_html(const ReportPlan &plan, const ReportOptions &options, std::string_view anchor) {
    const Language lang = options.language;
    const ResolvedRoadmap &rm = *plan.roadmap;
    const std::vector<Aggregate> cells = workload_by_responsible(rm);
    std::ostringstream out;
    if (cells.empty()) {
        out << "<p>" << tr(lang, "Нет мероприятий со сроками и ответственными.", "No measures with deadlines and responsibles.")
            << "</p>\n";
        return out.str();
    }
    // Columns: every month from the first to the last counted; rows: responsibles in the query's order.
    std::vector<std::string> months;
    std::vector<std::string> rows;
    std::map<std::pair<std::string, std::string>, std::size_t> due;
    for (const Aggregate &a : cells) {
        const std::string row = a.label.empty() ? a.key : a.label;
        if (std::find(rows.begin(), rows.end(), row) == rows.end()) rows.push_back(row);
        due[{row, a.period}] += a.due.size();
    }
    Date first = cells.front().window.start(), last = cells.front().window.start();
    for (const Aggregate &a : cells) first = std::min(first, a.window.start()), last = std::max(last, a.window.start());
    for (Date d = first; d <= last; d += boost::gregorian::months(1)) {
        char name[32];
        std::snprintf(name, sizeof name, "%04d-%02d", int(d.year()), int(d.month()));
        months.push_back(name);
    }
    out << "<p>"
        << tr(lang, "Число мероприятий, срок которых истекает в месяце, по ответственным (столбцы — месяцы ГГГГ-ММ).",
              "Measures whose window ends in the month, per responsible (columns are months YYYY-MM).")
        << "</p>\n";
    legend(out, lang);
    out << "<div class=\"erm-scroll\"><table class=\"erm-table\" id=\"" << anchor << "-table\"><thead><tr><th scope=\"col\">"
        << tr(lang, "Ответственный", "Responsible") << "</th>";
    for (const std::string &m : months) out << "<th scope=\"col\">" << m << "</th>";
    out << "<th scope=\"col\">" << tr(lang, "Всего", "Total") << "</th></tr></thead>\n<tbody>\n";
    for (const std::string &row : rows) {
        std::size_t total = 0;
        out << "<tr><th scope=\"row\">" << html_escape(shorten(row, 60)) << "</th>";
        for (const std::string &m : months) {
            auto it = due.find({row, m});
            const std::size_t n = it == due.end() ? 0 : it->second;
            total += n;
            out << "<td class=\"erm-n " << heat_class(n) << "\">" << n << "</td>";
        }
        out << "<td class=\"erm-n\">" << total << "</td></tr>\n";
    }
    out << "</tbody></table></div>\n";
    return out.str();
}

} // namespace report
} // namespace eduroadmap
