/// @file score_html.hpp
/// @brief The scorecard as HTML (docs/score.md, "HTML"): a self-contained
/// page for `eduroadmap score --format html`, and the pieces a larger
/// report reuses — the table of one plan and the stylesheet it needs.
///
/// Everything is inline: no script, no font, no request. Points are written
/// as numbers beside their colour (colour never carries meaning alone), the
/// colours pass WCAG AA contrast, tables have header cells, and the page
/// declares its language. Edge code: it writes text and reads nothing.
#ifndef EDUROADMAP_SCORE_HTML_HPP
#define EDUROADMAP_SCORE_HTML_HPP

#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/score.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap {

/// @brief Escapes `&`, `<`, `>`, `"` and `'` for HTML text and attribute values.
std::string html_escape(std::string_view text);

/// @brief The stylesheet of the scorecard's classes (all start with `erm-score`),
/// print rules included; for a `<style>` element.
std::string scorecard_css();

/// @brief One plan's scorecard as an HTML fragment: the table directions ×
/// components with totals per direction and for the plan (each cell a link
/// to its evidence, its reason as a tooltip), then per direction the
/// components' points, reasons and evidence. Element ids start with
/// @p anchor (so that several plans fit on one page).
std::string scorecard_html(const Scorecard &card, Language language, std::string_view anchor = "score");

/// @brief A plan and the name its heading shows (its file).
struct ScorecardEntry {
    std::string name;                 ///< shown as the plan's heading (a file path)
    const Scorecard *card = nullptr;  ///< borrowed
};

/// @brief A complete, self-contained HTML page with the scorecard of every
/// plan given, in order.
std::string scorecard_page(const std::vector<ScorecardEntry> &plans, Language language);

} // namespace eduroadmap

#endif
