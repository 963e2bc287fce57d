/// @file validate.hpp
/// @brief Validation: run the rules over a loaded roadmap and get a report.
#ifndef EDUROADMAP_VALIDATE_HPP
#define EDUROADMAP_VALIDATE_HPP

#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/io.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace eduroadmap {

/// @brief What to check and how seriously.
struct ValidateOptions {
    /// Per-rule severity overrides; `std::nullopt` disables the rule.
    std::map<std::string, std::optional<Severity>, std::less<>> rules;
    /// Input limits for loading.
    Limits limits;
    /// Direction catalog to check against: a built-in id (`fioko-2020`) or a
    /// catalog file's path. Empty: the one the roadmap names (`catalog:`).
    std::string catalog;
    /// Stages of the management cycle each direction must cover
    /// (`cycle-stage-missing`). Empty: the default set — monitoring,
    /// analysis, recommendations, decisions, review.
    std::vector<Stage> required_stages;
};

/// @brief The findings for one roadmap, sorted by line, then column, then rule.
struct Report {
    std::string file;                    ///< the file the findings refer to
    std::vector<Diagnostic> diagnostics; ///< all findings, loader's and rules'
    /// The direction catalog the roadmap was checked against: ValidateOptions::catalog
    /// when set, else the roadmap's `catalog:`; empty when the text is not a roadmap.
    std::string catalog{};
    /// @brief Counts by severity.
    Tally counts() const noexcept { return tally(diagnostics); }
    /// @brief True when some finding is at least @p level.
    bool has_at_least(Severity level) const noexcept;
};

/// @brief Runs every enabled rule over @p roadmap. Locations come from its
/// source map; suppressions (`lint: {ignore: …}`) and severity overrides apply.
Report validate(const LoadedRoadmap &roadmap, const ValidateOptions &options = {});

/// @brief Validates what load_string() or load_file() produced: the loader's
/// findings and, when a roadmap was read, the rules' (as validate_string()
/// does, without loading again). @p file names the report.
Report validate(const LoadResult &loaded, const std::string &file, const ValidateOptions &options = {});

/// @brief Loads @p text and validates it. Loader problems are findings of the
/// report; when the text is not a roadmap at all, they are the only findings.
Report validate_string(std::string_view text, const std::string &file = "<string>",
                       const ValidateOptions &options = {});

/// @brief Loads the file at @p path and validates it (see validate_string).
Report validate_file(const std::string &path, const ValidateOptions &options = {});

} // namespace eduroadmap

#endif
