// --format gitlab: a GitLab Code Quality report (a JSON array of issues in
// the Code Climate shape) that the merge-request widget shows. Each issue has
// a stable fingerprint (fingerprint.hpp) and its provenance.
#include "fingerprint.hpp"
#include "formats.hpp"

#include <eduroadmap/version.hpp>

#include <nlohmann/json.hpp>

namespace eduroadmap::cli {

namespace {
using json = nlohmann::ordered_json;

constexpr SeverityNames severity_of{"major", "minor", "info"};
} // namespace

void write_gitlab(std::ostream &out, const std::vector<FileReport> &reports, const Output &how) {
    json issues = json::array();
    for (const FileReport &f : reports) {
        const std::vector<std::string> prints = fingerprints(f);
        for (std::size_t k = 0; k < f.report.diagnostics.size(); ++k) {
            const Diagnostic &d = f.report.diagnostics[k];
            json issue{{"type", "issue"},
                       {"check_name", d.rule},
                       {"description", message(d, how.language)},
                       {"severity", severity_of(d.severity)},
                       {"categories", json::array({d.severity == Severity::error ? "Bug Risk" : "Clarity"})},
                       {"location",
                        {{"path", display_path(file_of(f, d))}, {"lines", {{"begin", std::max(d.location.line, 1)}}}}},
                       {"fingerprint", prints[k]},
                       {"engine_name", "eduroadmap"}};
            if (std::string h = hint(d, how.language); !h.empty()) issue["content"] = {{"body", h}};
            issue["provenance"] = {{"version", version()},
                                   {"catalog", f.report.catalog.empty() ? json(nullptr) : json(f.report.catalog)},
                                   {"config", f.config.empty() ? json(nullptr) : json(f.config)}};
            issues.push_back(std::move(issue));
        }
    }
    out << issues.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
}

} // namespace eduroadmap::cli
