/// @file validate.hpp
/// @brief Validation: run the rules over a roadmap and get a report.
///
/// The pure core: validate() takes the model, its source map and the
/// catalog, and reads nothing. Validating a file or a text (loading it and
/// choosing its catalog, which may read a catalog file) is at the edge:
/// validate_io.hpp.
#ifndef EDUROADMAP_VALIDATE_HPP
#define EDUROADMAP_VALIDATE_HPP

#include <eduroadmap/catalog.hpp>
#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/limits.hpp>
#include <eduroadmap/model.hpp>
#include <eduroadmap/source_map.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace eduroadmap {

struct ResolvedRoadmap;

/// @brief The `input-limit` finding when the deadlines of @p resolved have
/// more windows together than @p limits allow (Limits::max_windows); nothing
/// otherwise. Counts without computing a window (ResolvedRoadmap::window_count).
/// validate() reports it; the commands that list every window refuse such a
/// roadmap with it.
std::optional<Diagnostic> window_budget_finding(const ResolvedRoadmap &resolved, const Limits &limits);

/// @brief What to check and how seriously.
struct ValidateOptions {
    /// Per-rule severity overrides; `std::nullopt` disables the rule.
    std::map<std::string, std::optional<Severity>, std::less<>> rules;
    /// Input limits: for loading (validate_io.hpp), and the window budget
    /// validate() checks (Limits::max_windows).
    Limits limits;
    /// Direction catalog to check against: a built-in id (`fioko-2020`) or a
    /// catalog file's path. Empty: the one the roadmap names (`catalog:`).
    /// The edge (validate_io.hpp, choose_catalog) finds it; the pure
    /// validate() is given the catalog itself and does not read this.
    std::string catalog;
    /// Stages of the management cycle each direction must cover
    /// (`cycle-stage-missing`). Empty: the default set — monitoring,
    /// analysis, recommendations, decisions, review.
    std::vector<Stage> required_stages;
};

/// @brief One catalog direction of the roadmap at a glance: the last part of
/// a report's summary.
struct DirectionDigest {
    std::string code;            ///< the catalog code («1.3»)
    std::string title;           ///< its official title
    std::size_t measures = 0;    ///< measures of its sections
    std::vector<Stage> missing;  ///< required stages of the management cycle nothing covers
    std::size_t groups = 0;      ///< groups (causes) whose primary location lies in its sections
    /// Members compared by operator==.
    auto tie() const { return std::tie(code, title, measures, missing, groups); }
    EDUROADMAP_VALUE_EQUALITY(DirectionDigest)
};

/// @brief The findings for one roadmap, sorted by line, then column, then rule.
struct Report {
    std::string file;                    ///< the file the findings refer to
    std::vector<Diagnostic> diagnostics; ///< all findings, loader's and rules'
    /// The findings grouped by cause (Diagnostic::group), in the order a
    /// plan's owner fixes them: by RuleCategory (file, structure, cycle,
    /// dates, cells, then every info), within a category the larger group
    /// first, then by line.
    std::vector<DiagnosticGroup> groups{};
    /// The catalog directions the roadmap has sections for, in catalog order;
    /// empty when the rules that need the catalog were skipped.
    std::vector<DirectionDigest> directions{};
    /// The direction catalog the roadmap was checked against. From the pure
    /// validate(): the id of the catalog it was given. From validate_io.hpp:
    /// the reference as named, ValidateOptions::catalog when set, else the
    /// roadmap's `catalog:` (an id or a path); when the text is not a
    /// roadmap, ValidateOptions::catalog.
    std::string catalog{};
    /// @brief Counts by severity.
    Tally counts() const noexcept { return tally(diagnostics); }
    /// @brief True when some finding is at least @p level.
    bool has_at_least(Severity level) const noexcept;
};

/// @brief Runs every enabled rule over @p roadmap, matching its sections
/// against @p catalog. Locations come from @p sources (whose file names the
/// report); suppressions (`lint: {ignore: …}`) and severity overrides apply.
/// Pure: reads no file, whatever ValidateOptions::catalog or the roadmap's
/// `catalog:` say. Safe to call from many threads at once.
Report validate(const Roadmap &roadmap, const SourceMap &sources, const Catalog &catalog,
                const ValidateOptions &options = {});

} // namespace eduroadmap

#endif
