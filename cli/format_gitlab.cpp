// --format gitlab: a GitLab Code Quality report (a JSON array of issues in
// the Code Climate shape) that the merge-request widget shows: one issue per
// cause, its fingerprint the cause's stable group id, with its other places,
// hint and provenance.
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
        const Entries entries(f);
        for (const Entry &e : entries.list()) {
            const Diagnostic &d = *e.primary;
            const Severity level = e.group->severity;
            json issue{{"type", "issue"},
                       {"check_name", e.group->rule},
                       {"description", entry_message(f, e, how.language)},
                       {"severity", severity_of(level)},
                       {"categories", json::array({level == Severity::error ? "Bug Risk" : "Clarity"})},
                       {"location",
                        {{"path", display_path(file_of(f, d))}, {"lines", {{"begin", std::max(d.location.line, 1)}}}}},
                       {"fingerprint", e.group->id},
                       {"engine_name", "eduroadmap"}};
            if (std::string body = entry_details(f, e, how.language); !body.empty()) issue["content"] = {{"body", body}};
            issue["provenance"] = {{"version", version()},
                                   {"catalog", f.report.catalog.empty() ? json(nullptr) : json(f.report.catalog)},
                                   {"config", f.config.empty() ? json(nullptr) : json(f.config)}};
            issues.push_back(std::move(issue));
        }
    }
    out << issues.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
}

} // namespace eduroadmap::cli
