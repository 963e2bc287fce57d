// The parts of the HTML report (include/eduroadmap/report_html.hpp), one
// file each; report_html.cpp puts them on the page.
#ifndef EDUROADMAP_REPORT_PARTS_HPP
#define EDUROADMAP_REPORT_PARTS_HPP

#include <eduroadmap/report_html.hpp>

#include <cstddef>
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

// The parts of one plan; ids start with @p anchor.
std::string coverage_html(const ReportPlan &plan, const ReportOptions &options, std::string_view anchor);
std::string timeline_html(const ReportPlan &plan, const ReportOptions &options, std::string_view anchor);
std::string workload_html(const ReportPlan &plan, const ReportOptions &options, std::string_view anchor);
std::string indicators_html(const ReportPlan &plan, const ReportOptions &options, std::string_view anchor);

} // namespace eduroadmap::report

#endif
