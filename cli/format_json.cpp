// --format json: the JSON report of `validate` (files, diagnostics, summary), with provenance.
#include "formats.hpp"

#include <eduroadmap/json.hpp>
#include <eduroadmap/version.hpp>

#include <nlohmann/json.hpp>

namespace eduroadmap::cli {

namespace {
using json = nlohmann::ordered_json;

json text_or_null(const std::string &s) { return s.empty() ? json(nullptr) : json(s); }
} // namespace

// The report is written a file at a time, as `validate` finishes each one
// (in path order; formats.cpp gives the opening and the separator): memory
// follows the files in flight, not the run. The bytes are those of dumping
// the whole report at once with an indent of 2.

// Each file's entry is the library's report form (<eduroadmap/json.hpp>)
// followed by what governed its validation, as an element of the report's
// "files" list: two levels in.
void write_json_file(std::ostream &out, const FileReport &f, const Output &how) {
    json entry = json::parse(to_json(f.report, how.language));
    entry["path"] = f.path;
    entry["catalog"] = text_or_null(f.report.catalog);
    entry["config"] = text_or_null(f.config);
    entry["fail_level"] = to_string(f.fail_level);
    entry["failed"] = fails(f);
    // Invalid UTF-8 can only come from a file name; replace it rather than fail.
    out << indented(entry.dump(2, ' ', false, json::error_handler_t::replace), 4);
}

std::string json_begin(const Output &) { return "{\n  \"files\": [\n"; }

void write_json_end(std::ostream &out, const std::vector<FileSummary> &files, const Output &how) {
    const FileSummary all = total(files);
    const json rest{{"summary",
                     {{"files", files.size()},
                      {"errors", all.found.errors},
                      {"warnings", all.found.warnings},
                      {"infos", all.found.infos},
                      {"groups", all.causes}}},
                    {"tool", {{"name", "eduroadmap"}, {"version", version()}}},
                    {"language", to_string(how.language)}};
    // `{\n  "summary": …}` without its opening brace, after the list.
    out << (files.empty() ? "{\n  \"files\": [],\n" : "\n  ],\n") << rest.dump(2).substr(2) << "\n";
}

} // namespace eduroadmap::cli
