// Validation results of many files: what each output format is written from.
#ifndef EDUROADMAP_CLI_REPORT_HPP
#define EDUROADMAP_CLI_REPORT_HPP

#include <eduroadmap/io.hpp>
#include <eduroadmap/validate.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap::cli {

// One validated file and what governed its validation.
struct FileReport {
    std::string path;   // as given on the command line or found in a directory; `-` for stdin
    std::string text;   // the text read from stdin, for source lines in the text format
    Report report;      // the findings
    std::string config{}; // the configuration file used (as displayed), empty when none
    Severity fail_level = Severity::error; // findings at this level or above fail the file
    std::size_t max_bytes = Limits{}.max_file_bytes; // the size limit the file was read under
    std::size_t index = 0; // its place among the files of the run (SARIF's artifact index)
};

// True when @p d makes its file fail: it is at the file's fail level or
// above, or it says the file is not readable YAML (yaml-syntax, input-limit,
// duplicate-key — whatever their configured severity: malformed YAML never passes).
bool is_failing(const FileReport &file, const Diagnostic &d);
// True when some finding of the file is failing.
bool fails(const FileReport &file);

// What the summary of a run needs of one file: kept once the file's findings
// are written, so that a streamed run holds no file's findings longer.
struct FileSummary {
    Tally found;                           // every finding
    Tally failing;                         // the findings that fail the file (is_failing)
    std::size_t causes = 0;                // the findings grouped by cause (Entries)
    Severity fail_level = Severity::error; // the file's fail level
    std::string path, catalog, config;     // as in the FileReport, for a streamed format's ending
    bool fails() const noexcept { return failing.errors + failing.warnings + failing.infos > 0; }
};
FileSummary summarize(const FileReport &file);
std::vector<FileSummary> summarize(const std::vector<FileReport> &reports);
// True when some summarized file fails.
bool any_fails(const std::vector<FileSummary> &files);
// The counts of every file together: found, failing and causes (the rest left default).
FileSummary total(const std::vector<FileSummary> &files);
// @p more's counts added to @p to.
void add(Tally &to, const Tally &more) noexcept;

// What a run was checked against, for the provenance machine-readable formats record.
struct Provenance {
    std::set<std::string> catalogs; // the catalogs of the files (Report::catalog), distinct
    std::set<std::string> configs;  // the configuration files used, distinct
};
Provenance provenance(const std::vector<FileSummary> &files);

// --lang when given, else @p configured, else the locale (LC_ALL,
// LC_MESSAGES, LANG: ru_* → Russian), else English.
Language choose_language(const std::string &flag, std::optional<Language> configured = std::nullopt);
// Whether to colour output for --color @p mode (`always`, `never`, `auto`):
// `auto` is off when NO_COLOR is set (https://no-color.org), else on when
// FORCE_COLOR is set and not 0, else on when @p terminal (output goes to a terminal).
bool wants_colour(std::string_view mode, bool terminal);
// True when standard output is a terminal.
bool stdout_is_terminal();

// The source lines the findings of a validated file point at, read once:
// from its stdin text, or from the file itself, stopping after the last
// line needed and reading no further than the limit the file was validated
// under. Only those lines are kept, each cut at max_line_bytes for display.
class SourceLines {
public:
    static constexpr std::size_t max_line_bytes = 1024;
    explicit SourceLines(const FileReport &file);
    // Line @p n (1-based) without its line break; empty when it was not
    // needed or there is none.
    std::string_view line(int n) const;

private:
    std::map<int, std::string> lines_; // the needed lines by number
};

// A path for reports read by CI systems: an absolute path under the current
// directory becomes relative to it; any other path is kept as given.
std::string display_path(const std::string &path);

// A page of the documentation (`rules.md`, or a rule's RuleInfo::docs,
// `rules.md#<id>`) under the project's docs URL (the CMake cache variable
// EDUROADMAP_DOCS_URL).
std::string docs_url(std::string_view page);

// `file:line:col: severity: message [rule]`, the source line with a caret,
// the hint, and a summary line.
void write_text_report(std::ostream &out, const std::vector<FileReport> &reports, Language language, bool colour);

} // namespace eduroadmap::cli

#endif
