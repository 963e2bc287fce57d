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

// Streamed a file at a time (formats.cpp): each file's issues, two spaces
// in, as elements of the one array; the bytes of dumping it whole.
void write_gitlab_file(std::ostream &out, const FileReport &f, const Output &how) {
    const Entries entries(f);
    bool first = true;
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
        out << (first ? "" : ",\n") << indented(issue.dump(2, ' ', false, json::error_handler_t::replace), 2);
        first = false;
    }
}

std::string gitlab_begin(const Output &) { return "[\n"; }

void write_gitlab_end(std::ostream &out, const std::vector<FileSummary> &files, const Output &) {
    out << (total(files).causes == 0 ? "[]\n" : "\n]\n");
}

} // namespace eduroadmap::cli
