/// @file diff_html.hpp
/// @brief Two versions of a plan compared (diff.hpp) as HTML (docs/diff.md,
/// "HTML"): the page `eduroadmap diff --format html` writes, and the
/// fragment the report's "changes since" part shows (report_html.hpp).
///
/// The page is the report's: its stylesheet and skeleton, everything
/// inline, no script and no request; every text from a plan is escaped.
/// Edge code: it writes text and reads nothing.
#ifndef EDUROADMAP_DIFF_HTML_HPP
#define EDUROADMAP_DIFF_HTML_HPP

#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/diff.hpp>

#include <string>
#include <string_view>

namespace eduroadmap {

/// @brief The names the page gives the two versions: their files.
struct DiffNames {
    std::string before; ///< the old version's file
    std::string after;  ///< the new version's file
};

/// @brief The difference as an HTML fragment: the counts, the plan's
/// metadata, sections, registry and indicators before and after, the change
/// per direction in measures, covered stages and score, then the measures
/// added, removed, moved (section before and after) and changed (each field
/// old → new, a deadline with its windows before and after), and the
/// renumbered ones folded in a `<details>`. Element ids start with @p anchor.
std::string diff_html(const RoadmapDiff &difference, const DiffNames &names, Language language,
                      std::string_view anchor = "diff");

/// @brief A complete, self-contained page with diff_html().
std::string diff_page(const RoadmapDiff &difference, const DiffNames &names, Language language);

} // namespace eduroadmap

#endif
