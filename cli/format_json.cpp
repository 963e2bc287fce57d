// --format json: the JSON report of `validate` (files, diagnostics, summary), with provenance.
#include "formats.hpp"

#include <eduroadmap/version.hpp>

#include <nlohmann/json.hpp>

namespace eduroadmap::cli {

namespace {
using json = nlohmann::ordered_json;

json text_or_null(const std::string &s) { return s.empty() ? json(nullptr) : json(s); }
} // namespace

void write_json(std::ostream &out, const std::vector<FileReport> &reports, const Output &how) {
    json files = json::array();
    for (const FileReport &f : reports) {
        Tally t = f.report.counts();
        json diags = json::array();
        for (const Diagnostic &d : f.report.diagnostics)
            diags.push_back(json{{"rule", d.rule},
                                 {"severity", to_string(d.severity)},
                                 {"message", message(d, how.language)},
                                 {"line", d.location.line},
                                 {"column", d.location.column},
                                 {"path", d.path},
                                 {"hint", text_or_null(hint(d, how.language))}});
        files.push_back(json{{"path", f.path},
                             {"errors", t.errors},
                             {"warnings", t.warnings},
                             {"infos", t.infos},
                             {"diagnostics", std::move(diags)},
                             {"catalog", text_or_null(f.report.catalog)},
                             {"config", text_or_null(f.config)},
                             {"fail_level", to_string(f.fail_level)},
                             {"failed", fails(f)}});
    }
    Tally t = total(reports);
    json report{{"files", std::move(files)},
                {"summary", {{"files", reports.size()}, {"errors", t.errors}, {"warnings", t.warnings}, {"infos", t.infos}}},
                {"tool", {{"name", "eduroadmap"}, {"version", version()}}},
                {"language", to_string(how.language)}};
    // Invalid UTF-8 can only come from a file name; replace it rather than fail.
    out << report.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
}

} // namespace eduroadmap::cli
