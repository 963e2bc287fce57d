// Validation results of many files and their output formats.
#ifndef EDUROADMAP_CLI_REPORT_HPP
#define EDUROADMAP_CLI_REPORT_HPP

#include <eduroadmap/validate.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace eduroadmap::cli {

struct FileReport {
    std::string path;
    std::string text; // the file's text, for source lines in the text format
    Report report;
};

// Validates a file, or standard input for `-`.
FileReport validate_path(const std::string &path, const ValidateOptions &options = {});

// --lang when given, else the locale (LC_ALL, LC_MESSAGES, LANG: ru_* → Russian), else English.
Language choose_language(const std::string &flag);
bool stdout_is_terminal();
bool any_at_least(const std::vector<FileReport> &reports, Severity level);

// `file:line:col: severity: message [rule]`, the source line with a caret,
// the hint, and a summary line.
void write_text_report(std::ostream &out, const std::vector<FileReport> &reports, Language language, bool colour);
// The JSON report of DESIGN.md §7.
void write_json_report(std::ostream &out, const std::vector<FileReport> &reports, Language language);

} // namespace eduroadmap::cli

#endif
