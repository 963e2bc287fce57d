// --format sarif: SARIF 2.1.0 (OASIS), what GitHub code scanning reads. One
// run; the driver carries the whole rule catalog with help and links into
// docs/rules.md; one result per cause, at its primary finding's file, line
// and column, its other places as relatedLocations.
#include "formats.hpp"

#include <eduroadmap/version.hpp>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <utility>

namespace eduroadmap::cli {

namespace {
using json = nlohmann::ordered_json;

// Percent-encodes everything but unreserved characters and `/` (RFC 3986).
std::string uri_encode(const std::string &path) {
    std::string out;
    for (unsigned char c : path) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
            c == '_' || c == '~' || c == '/') {
            out += static_cast<char>(c);
        } else {
            char hex[4];
            std::snprintf(hex, sizeof hex, "%%%02X", c);
            out += hex;
        }
    }
    return out;
}

// An artifact's location: relative paths against %SRCROOT% (the current
// directory), absolute ones as file URIs.
json artifact_location(const std::string &path) {
    std::string shown = display_path(path);
    if (std::filesystem::path(shown).is_absolute()) return {{"uri", "file://" + uri_encode(shown)}};
    return {{"uri", uri_encode(shown)}, {"uriBaseId", "%SRCROOT%"}};
}

constexpr SeverityNames level_of{"error", "warning", "note"};

// `deadline-missing` → `DeadlineMissing`.
std::string pascal_case(std::string_view id) {
    std::string out;
    bool up = true;
    for (char c : id) {
        if (c == '-') {
            up = true;
            continue;
        }
        out += up && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        up = false;
    }
    return out;
}

json rule_descriptor(const RuleInfo &r) {
    const std::string url = docs_url(r.docs), summary(r.summary_en);
    return {{"id", r.id},
            {"name", pascal_case(r.id)},
            {"shortDescription", {{"text", summary}}},
            {"fullDescription", {{"text", summary}}},
            {"help",
             {{"text", summary + " See " + url + " for an example that triggers it and how to fix or suppress it."},
              {"markdown", "**" + summary + "**\n\nSee [" + std::string(r.id) + "](" + url +
                               ") in the rule catalog for an example that triggers it and how to fix or suppress it."}}},
            {"helpUri", url},
            {"defaultConfiguration", {{"level", level_of(r.default_severity)}}}};
}

std::optional<std::size_t> rule_index(std::string_view id) {
    const auto &catalog = rule_catalog();
    for (std::size_t i = 0; i < catalog.size(); ++i)
        if (catalog[i].id == id) return i;
    return std::nullopt;
}

// A SARIF location: file, line and column, the node path, and what it is (its
// document reference, or a related place's label).
json location_of(const std::string &file, const Location &at, const std::string &path,
                 std::size_t artifact, const std::string &text) {
    json physical{{"artifactLocation", artifact_location(file)}};
    physical["artifactLocation"]["index"] = artifact;
    if (at.line > 0) {
        physical["region"] = {{"startLine", at.line}};
        if (at.column > 0) physical["region"]["startColumn"] = at.column;
    }
    json location{{"physicalLocation", std::move(physical)}};
    if (!path.empty()) location["logicalLocations"] = json::array({{{"fullyQualifiedName", path}, {"kind", "element"}}});
    if (!text.empty()) location["message"] = {{"text", text}};
    return location;
}

// One result per cause: the primary finding's place in `locations`, every
// other finding's place and every place they name in `relatedLocations`.
json result(const FileReport &f, const Entry &e, std::size_t artifact, Language language) {
    const Diagnostic &d = *e.primary;
    std::string text = entry_message(f, e, language);
    if (std::string h = entry_hint(f, e, language); !h.empty()) text += "\n" + std::string(hint_label(language)) + h;
    json related = json::array();
    int id = 1;
    for (const Diagnostic *m : members(f, e)) {
        if (m != &d)
            related.push_back(location_of(file_of(f, *m), m->location, m->path, artifact,
                                          describe(m->document, language)));
        for (const RelatedLocation &r : m->related) {
            std::string label = language == Language::ru ? r.label_ru : r.label_en;
            if (std::string doc = describe(r.document, language); !doc.empty()) label += " (" + doc + ")";
            related.push_back(location_of(file_of(f, *m), r.location, r.path, artifact, label));
        }
    }
    for (json &r : related) r["id"] = id++;
    json r{{"ruleId", e.group->rule}};
    if (auto i = rule_index(e.group->rule)) r["ruleIndex"] = *i;
    r["level"] = level_of(e.group->severity);
    r["message"] = {{"text", text}};
    r["locations"] =
        json::array({location_of(file_of(f, d), d.location, d.path, artifact, describe(d.document, language))});
    if (!related.empty()) r["relatedLocations"] = std::move(related);
    r["partialFingerprints"] = {{"eduroadmap/v2", e.group->id}};
    r["properties"] = {{"count", e.group->count()}};
    return r;
}

std::string srcroot_uri() {
    std::error_code ec;
    std::string cwd = std::filesystem::current_path(ec).generic_string();
    if (cwd.empty() || cwd.back() != '/') cwd += '/';
    return "file://" + uri_encode(cwd);
}

// Streamed a file at a time (formats.cpp): the log up to the results is
// written before the first result, each file's results as it is done, and
// the artifacts and provenance, which need every file, after them; the
// bytes of dumping the whole log at once.
constexpr const char *results_mark = "\x01results\x01";

// The log with a mark where the results go, dumped: what comes before them
// and what comes after.
std::pair<std::string, std::string> around_results(const Output &how, json artifacts, const Provenance &used) {
    json rules = json::array();
    for (const RuleInfo &r : rule_catalog()) rules.push_back(rule_descriptor(r));
    json run{{"tool",
              {{"driver",
                {{"name", "eduroadmap"},
                 {"version", version()},
                 {"semanticVersion", version()},
                 {"informationUri", docs_url("rules.md")},
                 {"rules", std::move(rules)}}}}},
             {"invocations", json::array({{{"executionSuccessful", true}}})},
             {"originalUriBaseIds", {{"%SRCROOT%", {{"uri", srcroot_uri()}}}}},
             {"language", to_string(how.language)},
             {"columnKind", "unicodeCodePoints"},
             {"results", results_mark},
             {"artifacts", std::move(artifacts)},
             {"properties", {{"catalogs", used.catalogs}, {"configs", used.configs}}}};
    const json sarif{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                     {"version", "2.1.0"},
                     {"runs", json::array({std::move(run)})}};
    const std::string text = sarif.dump(2, ' ', false, json::error_handler_t::replace);
    const std::string mark = json(results_mark).dump();
    const std::size_t at = text.find(mark);
    return {text.substr(0, at), text.substr(at + mark.size())};
}

// A result's indent: inside the log, its runs, the run and its results.
constexpr std::size_t result_indent = 8;

} // namespace

std::string sarif_begin(const Output &how) { return around_results(how, json::array(), {}).first + "[\n"; }

void write_sarif_file(std::ostream &out, const FileReport &f, const Output &how) {
    const Entries entries(f);
    bool first = true;
    for (const Entry &e : entries.list()) {
        out << (first ? "" : ",\n")
            << indented(result(f, e, f.index, how.language).dump(2, ' ', false, json::error_handler_t::replace),
                        result_indent);
        first = false;
    }
}

void write_sarif_end(std::ostream &out, const std::vector<FileSummary> &files, const Output &how) {
    json artifacts = json::array();
    for (const FileSummary &f : files) {
        json properties = json::object();
        if (!f.catalog.empty()) properties["catalog"] = f.catalog;
        if (!f.config.empty()) properties["config"] = f.config;
        artifacts.push_back({{"location", artifact_location(f.path)}, {"properties", std::move(properties)}});
    }
    const auto [before, after] = around_results(how, std::move(artifacts), provenance(files));
    if (total(files).causes == 0) out << before << "[]";
    else out << "\n" << std::string(result_indent - 2, ' ') << "]";
    out << after << "\n";
}

} // namespace eduroadmap::cli
