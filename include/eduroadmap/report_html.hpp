/// @file report_html.hpp
/// @brief The report people open, print or send (docs/report.md): one
/// self-contained HTML page per set of plans — for each plan a card, the
/// management-cycle scorecard, the findings, the coverage heat-map, a
/// timeline, the workload of each responsible and the indicators; for
/// several plans, a first page comparing them; for a plan given with an
/// earlier version, what changed since (diff_html.hpp).
///
/// Everything is inline (CSS and SVG): no script, font, image or request;
/// it prints to A4 and reads on a phone. Colours pass WCAG AA contrast and
/// never carry meaning alone; every text from a plan is escaped. Edge code:
/// it writes text and reads nothing — the caller validates, scores and reads
/// the source text.
#ifndef EDUROADMAP_REPORT_HTML_HPP
#define EDUROADMAP_REPORT_HTML_HPP

#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/diff.hpp>
#include <eduroadmap/resolve.hpp>
#include <eduroadmap/score.hpp>
#include <eduroadmap/validate.hpp>
#include <eduroadmap/window.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap {

/// @brief One plan of a report: what the caller resolved, validated and
/// scored, all borrowed.
struct ReportPlan {
    std::string name;                         ///< shown beside its title: the file path
    const ResolvedRoadmap *roadmap = nullptr; ///< the plan, resolved (its roadmap must be set)
    const Report *findings = nullptr;         ///< its validation report
    const Scorecard *card = nullptr;          ///< its scorecard
    /// The file's text, for the source lines the findings quote; empty: no excerpts.
    std::string_view source{};
    /// The plan compared with an earlier version of it (`report --since
    /// OLD`), whose `after` is #roadmap: the plan gets a "changes since the
    /// previous version" part, linked from its navigation. Null: none.
    const RoadmapDiff *since = nullptr;
    std::string since_name{}; ///< the earlier version's file, as that part names it
};

/// @brief How the report is written.
struct ReportOptions {
    Language language = Language::ru; ///< the page's language
    Date as_of{2000, 1, 1};           ///< the date the timeline marks (the CLI's --as-of, default today)
    /// Timeline rows drawn per direction at most; the rest are counted in a
    /// visible note («и ещё 12 мероприятий»), never dropped silently.
    std::size_t max_timeline_rows = 40;
    /// Locations quoted with their source line per finding group at most;
    /// the rest are listed by reference only.
    std::size_t max_excerpts = 5;
};

/// @brief The complete, self-contained page for @p plans (at least one).
/// Several plans start with a comparison page.
std::string report_html(const std::vector<ReportPlan> &plans, const ReportOptions &options);

/// @brief The findings of one plan as an HTML fragment: groups of findings
/// ranked by severity, then size; each with its rule, its count, its
/// message and hint, and its locations as the document numbers them
/// («мероприятие 12 раздела 3»), quoted from @p plan's source. Element ids
/// start with @p anchor.
///
/// Groups are the findings of one rule: the one place to switch to
/// Report::groups (findings grouped by cause) where the library has them.
std::string findings_html(const ReportPlan &plan, const ReportOptions &options, std::string_view anchor);

/// @brief The number of finding groups findings_html() shows for @p report.
std::size_t finding_group_count(const Report &report);

/// @brief The report's stylesheet: the scorecard's (scorecard_css()) and the
/// report's own classes (all start with `erm-`), print rules included.
std::string report_css();

/// @brief A text colour on a fill the report uses, as `#rrggbb`.
struct ColourPair {
    std::string text;       ///< foreground
    std::string background; ///< fill
};

/// @brief Every text colour on every fill of the report's stylesheet, read
/// from report_css(): each rule that sets a `background` with its `color`,
/// or with the page's text colour when it sets none; and the page's text on white.
std::vector<ColourPair> report_colour_pairs();

/// @brief The WCAG 2.x contrast ratio of two `#rrggbb` colours (1 to 21);
/// 0 when either is not of that form.
double contrast_ratio(std::string_view a, std::string_view b) noexcept;

} // namespace eduroadmap

#endif
