// The output formats of `eduroadmap validate --format`, one file each
// (format_<name>.cpp), registered in one table (formats.cpp).
#ifndef EDUROADMAP_CLI_FORMATS_HPP
#define EDUROADMAP_CLI_FORMATS_HPP

#include "entries.hpp"
#include "report.hpp"

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap::cli {

// How a report is written.
struct Output {
    Language language = Language::en; // of messages and hints
    bool colour = false;              // ANSI colours (the text format on a terminal)
    bool quiet = false;               // the text format: failing findings only, a summary only on failure
};

// A streamed format writes each file's part as soon as the file is
// validated (in path order), then an ending from the files' summaries.
using FileWriter = void (*)(std::ostream &out, const FileReport &file, const Output &how);
using EndWriter = void (*)(std::ostream &out, const std::vector<FileSummary> &files, const Output &how);

// A run of a format that cannot write each file's part as it comes: its
// beginning needs the run's totals (junit), or its order is not the files'
// (github: every file's errors before any warning). It takes the files one
// at a time, in path order, and keeps what comes later in temporary files
// (Spool), so that memory stays bounded by the files in flight.
class FormatRun {
public:
    virtual ~FormatRun() = default;
    virtual void add(const FileReport &file) = 0;
    // Writes the rest, from the summaries of every file added.
    virtual void end(const std::vector<FileSummary> &files) = 0;
};
// Starts a run writing to @p out; throws std::runtime_error when it cannot
// make its temporary files.
using RunStarter = std::unique_ptr<FormatRun> (*)(std::ostream &out, const Output &how);

struct Format {
    std::string_view name;        // the --format value
    std::string_view description; // for --help
    // Set for a format that streams: write_file for each file, `begin`
    // before the first part that is not empty and `separator` before each
    // later one, then write_end (which tells from the summaries whether any
    // part was written).
    FileWriter write_file = nullptr;
    EndWriter write_end = nullptr;
    std::string (*begin)(const Output &how) = nullptr; // nothing when null
    std::string_view separator = {};
    // Set for the others: the format is written through a FormatRun.
    RunStarter start = nullptr;
};

// The parts of a streamed run, written in path order with `begin` and
// `separator` placed.
class StreamedParts {
public:
    StreamedParts(const Format &format, std::ostream &out, const Output &how) : format_(format), out_(out), how_(how) {}
    void write(const std::string &part) {
        if (part.empty()) return;
        if (any_) out_ << format_.separator;
        else if (format_.begin) out_ << format_.begin(how_);
        out_ << part;
        any_ = true;
    }

private:
    const Format &format_;
    std::ostream &out_;
    const Output &how_;
    bool any_ = false;
};


// Every format, in the order --help lists them.
const std::vector<Format> &output_formats();
// The format named @p name, or nullptr.
const Format *find_format(std::string_view name);

void write_text(std::ostream &out, const std::vector<FileReport> &reports, const Output &how);
void write_json_file(std::ostream &out, const FileReport &file, const Output &how);
void write_json_end(std::ostream &out, const std::vector<FileSummary> &files, const Output &how);
void write_gitlab_file(std::ostream &out, const FileReport &file, const Output &how);
void write_gitlab_end(std::ostream &out, const std::vector<FileSummary> &files, const Output &how);
std::string json_begin(const Output &how);
std::string gitlab_begin(const Output &how);
void write_sarif_file(std::ostream &out, const FileReport &file, const Output &how);
void write_sarif_end(std::ostream &out, const std::vector<FileSummary> &files, const Output &how);
std::string sarif_begin(const Output &how);
// @p text with @p spaces more at the start of each line: a dumped JSON
// value placed inside an enclosing one.
std::string indented(std::string_view text, std::size_t spaces);
std::unique_ptr<FormatRun> start_junit(std::ostream &out, const Output &how);
std::unique_ptr<FormatRun> start_github(std::ostream &out, const Output &how);

// The findings of one file as the text format writes them, without the summary line.
void write_findings(std::ostream &out, const FileReport &file, const Output &how);
// The text format's ending: the summary line (with --quiet, only when the run fails).
void write_text_end(std::ostream &out, const std::vector<FileSummary> &files, const Output &how);

// The file a finding is about: its location's file, else the report's path.
const std::string &file_of(const FileReport &file, const Diagnostic &d);
// `file:line:col: severity: message [rule]` (no colour, no line break), the
// severity in words of @p language.
std::string compiler_line(const FileReport &file, const Diagnostic &d, Language language);
// The same for a cause: its primary location, its severity and its group message.
std::string compiler_line(const FileReport &file, const Entry &entry, Language language);
// The summary line of a run: `2 files checked: 1 errors, …` / `проверено файлов: 2; …`;
// when the run fails, then why: `; failed: 1 warning at fail level warning`.
std::string summary_line(const std::vector<FileSummary> &files, Language language);
// Why the run fails, `1 error and 2 warnings at fail level warning` /
// «1 ошибка и 2 предупреждения при уровне отказа warning»; empty when it passes.
std::string failure_reason(const std::vector<FileSummary> &files, Language language);
// What a format calls each severity.
struct SeverityNames {
    std::string_view error, warning, info;
    std::string_view operator()(Severity s) const noexcept {
        return s == Severity::error ? error : s == Severity::warning ? warning : info;
    }
};

// «подсказка: » / "hint: ".
std::string_view hint_label(Language language);

} // namespace eduroadmap::cli

#endif
