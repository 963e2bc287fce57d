/// @file status_html.hpp
/// @brief The execution of a plan on a date (status.hpp) as HTML
/// (docs/status.md, "HTML"): the page `eduroadmap status --format html`
/// writes.
///
/// The page is the report's: its stylesheet and skeleton, everything
/// inline, no script and no request; every text from a plan is escaped.
/// Edge code: it writes text and reads nothing.
#ifndef EDUROADMAP_STATUS_HTML_HPP
#define EDUROADMAP_STATUS_HTML_HPP

#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/status.hpp>

#include <string>
#include <string_view>

namespace eduroadmap {

/// @brief Where an occurrence stands, in words: «выполнено», «просрочено», … / done, overdue, ….
std::string_view execution_label(Execution execution, Language language) noexcept;

/// @brief The execution report as an HTML fragment: the counts for the plan,
/// per direction and per responsible with the share done of what was due;
/// the overdue occurrences (with `--quarter`: what slipped) with their
/// measure, window and latest mark; then each measure with its occurrences
/// and marks. Element ids start with @p anchor.
std::string status_html(const StatusReport &report, Language language, std::string_view anchor = "status");

/// @brief A complete, self-contained page with status_html(); @p name is
/// the plan's file, shown under the title.
std::string status_page(const StatusReport &report, std::string_view name, Language language);

} // namespace eduroadmap

#endif
