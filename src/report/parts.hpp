// The parts of the HTML report (include/eduroadmap/report_html.hpp), one
// file each; report_html.cpp puts them on the page.
#ifndef EDUROADMAP_REPORT_PARTS_HPP
#define EDUROADMAP_REPORT_PARTS_HPP

#include <eduroadmap/report_html.hpp>

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace eduroadmap::report {

// The language's text: ru or en.
inline const char *tr(Language language, const char *ru, const char *en) { return language == Language::ru ? ru : en; }

// The heat-map class of a count: erm-h0 (none) … erm-h4 (many); the count is
// always printed beside it.
std::string heat_class(std::size_t count);

// @p text cut to at most @p max code points, with «…» when cut (UTF-8 safe).
std::string shorten(std::string_view text, std::size_t max);

// A date as people read it: 06.12.2026.
std::string date_text(Date date);

// The plan's title, else its id.
std::string plan_title(const ReportPlan &plan);
std::string plan_title(const Roadmap &roadmap);

// A complete page around @p body (HTML): the doctype, the language, the
// report's stylesheet, the heading @p title and the line @p subtitle under
// it (both plain text, escaped here). Every page eduroadmap writes in HTML
// (report, diff, status) is this one skeleton.
std::string page_html(Language language, std::string_view title, std::string_view subtitle, std::string_view body);

// A column heading in both languages.
struct Column {
    const char *ru;
    const char *en;
};

// A table's start: a box that scrolls sideways, the table (class erm-table
// and @p classes), its header row of @p columns (scope col), the body's
// opening tag. table_close ends all three.
std::string table_open(Language language, std::string_view classes, std::initializer_list<Column> columns);
inline constexpr const char *table_close = "</tbody></table></div>\n";

// "eduroadmap 1.2.0" and, when @p as_of is given, the date the page is as of: the subtitle's start.
std::string made_by(Language language, const std::optional<Date> &as_of);

// The parts of one plan; ids start with @p anchor.
std::string coverage_html(const ReportPlan &plan, const ReportOptions &options, std::string_view anchor);
std::string timeline_html(const ReportPlan &plan, const ReportOptions &options, std::string_view anchor);
std::string workload_html(const ReportPlan &plan, const ReportOptions &options, std::string_view anchor);
std::string indicators_html(const ReportPlan &plan, const ReportOptions &options, std::string_view anchor);

} // namespace eduroadmap::report

#endif
