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

// Each file's entry is the library's report form (<eduroadmap/json.hpp>)
// followed by what governed its validation.
void write_json(std::ostream &out, const std::vector<FileReport> &reports, const Output &how) {
    json files = json::array();
    for (const FileReport &f : reports) {
        json entry = json::parse(to_json(f.report, how.language));
        entry["path"] = f.path;
        entry["catalog"] = text_or_null(f.report.catalog);
        entry["config"] = text_or_null(f.config);
        entry["fail_level"] = to_string(f.fail_level);
        entry["failed"] = fails(f);
        files.push_back(std::move(entry));
    }
    Tally t = total(reports);
    json report{{"files", std::move(files)},
                {"summary",
                 {{"files", reports.size()},
                  {"errors", t.errors},
                  {"warnings", t.warnings},
                  {"infos", t.infos},
                  {"groups", entry_count(reports)}}},
                {"tool", {{"name", "eduroadmap"}, {"version", version()}}},
                {"language", to_string(how.language)}};
    // Invalid UTF-8 can only come from a file name; replace it rather than fail.
    out << report.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
}

} // namespace eduroadmap::cli
