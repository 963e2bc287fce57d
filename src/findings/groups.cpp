// One entry per cause. A rule says which of its findings share a cause
// (Found::because) and which findings of other rules a finding explains
// (Found::explain); everything else here is the same for every rule.
//
// A group's id is stable: a 64-bit FNV-1a hash, as 16 hex digits, of the
// roadmap's id, the rule and the cause's key — the key the rule gave, else
// the finding's node path with every list index replaced by what the item
// says (StablePaths) and its message values. Neither line numbers nor list
// positions enter it, so edits elsewhere in the file leave it unchanged.
#include "findings/groups.hpp"

#include "findings/document_ref.hpp"

#include <eduroadmap/coverage.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>
#include <string_view>
#include <tuple>

namespace eduroadmap::detail {
namespace {

bool within(std::string_view path, std::string_view prefix) {
    if (prefix.empty()) return true;
    if (path.substr(0, prefix.size()) != prefix) return false;
    return path.size() == prefix.size() || path[prefix.size()] == '.' || path[prefix.size()] == '[';
}

std::uint64_t fnv1a(std::string_view bytes) {
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 0x100000001b3ull;
    }
    return h;
}

std::string hex(std::uint64_t value) {
    char out[17];
    std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(value));
    return out;
}

// True for a message value that names a place (`12:5`, a node path): those move with edits elsewhere.
bool names_a_place(const MessageArg &a) {
    const std::string &v = a.second;
    if (v.find('[') != std::string::npos && v.find(']') != std::string::npos) return true;
    const std::size_t colon = v.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == v.size()) return false;
    return v.find_first_not_of("0123456789:") == std::string::npos;
}

// The key of a finding without a cause of its own.
std::string own_key(StablePaths *paths, const Diagnostic &d) {
    std::string key = paths ? (*paths)(d.path) : d.path;
    for (const MessageArg &a : d.args)
        if (!names_a_place(a)) key += '\x1f' + a.first + '=' + a.second;
    return key;
}

RuleCategory category_of(const std::string &rule, Severity severity) {
    if (severity == Severity::info) return RuleCategory::information;
    const RuleInfo *info = find_rule(rule);
    return info ? info->category : RuleCategory::file;
}

// The section index a node path lies in, if any.
std::optional<std::size_t> section_of(std::string_view path) {
    if (path.substr(0, 9) != "sections[") return std::nullopt;
    std::size_t i = 9, value = 0;
    while (i < path.size() && path[i] >= '0' && path[i] <= '9' && i < 18) value = value * 10 + (path[i++] - '0');
    if (i == 9 || i >= path.size() || path[i] != ']') return std::nullopt;
    return value;
}

} // namespace

void drop_explained(std::vector<Found> &found) {
    std::vector<std::pair<std::string, std::string>> explained;
    for (const Found &f : found) explained.insert(explained.end(), f.explains.begin(), f.explains.end());
    if (explained.empty()) return;
    found.erase(std::remove_if(found.begin(), found.end(),
                               [&](const Found &f) {
                                   for (const auto &[rule, path] : explained)
                                       if (f.diagnostic.rule == rule && within(f.diagnostic.path, path)) return true;
                                   return false;
                               }),
                found.end());
}

void group_findings(const Roadmap *roadmap, std::vector<Found> found, Report &report) {
    const std::string roadmap_id = roadmap ? roadmap->id : report.file;
    std::map<std::string, std::size_t> by_key; // rule + key → index in report.groups
    std::optional<StablePaths> paths;
    if (roadmap) paths.emplace(*roadmap);
    report.diagnostics.reserve(found.size());
    for (Found &f : found) {
        Diagnostic &d = f.diagnostic;
        const std::string key = d.rule + '\xff' + (f.cause.empty() ? own_key(paths ? &*paths : nullptr, d) : f.cause);
        auto [it, added] = by_key.emplace(key, report.groups.size());
        if (added) {
            DiagnosticGroup g;
            g.id = hex(fnv1a(roadmap_id + '\xff' + key));
            g.rule = d.rule;
            g.severity = d.severity;
            g.text = std::string(f.cause_text);
            g.args = std::move(f.cause_args);
            report.groups.push_back(std::move(g));
        }
        DiagnosticGroup &g = report.groups[it->second];
        g.severity = std::max(g.severity, d.severity);
        g.members.push_back(report.diagnostics.size());
        d.group = g.id;
        report.diagnostics.push_back(std::move(d));
    }
    for (DiagnosticGroup &g : report.groups) {
        g.category = category_of(g.rule, g.severity);
        g.args.emplace_back("count", std::to_string(g.count()));
    }
    auto rank = [&](const DiagnosticGroup &g) {
        const Location &at = report.diagnostics[g.members.front()].location;
        return std::make_tuple(static_cast<int>(g.category), -static_cast<long>(g.count()), at.line, at.column,
                               std::string_view(g.rule));
    };
    std::stable_sort(report.groups.begin(), report.groups.end(),
                     [&](const DiagnosticGroup &a, const DiagnosticGroup &b) { return rank(a) < rank(b); });
}

std::vector<DirectionDigest> direction_digest(const ResolvedRoadmap &rm, const Report &report) {
    std::vector<DirectionDigest> out;
    if (!rm.coverage) return out;
    std::vector<std::optional<std::size_t>> row_of_section(rm.sections.size());
    for (const CoverageRow &row : rm.coverage->rows) {
        if (!row.direction || row.sections.empty()) continue;
        for (std::size_t s : row.sections)
            if (s < row_of_section.size()) row_of_section[s] = out.size();
        const CatalogDirection &d = rm.catalog->directions[*row.direction];
        out.push_back({d.code, d.title, row.measure_count, row.missing, 0});
    }
    for (const DiagnosticGroup &g : report.groups)
        if (std::optional<std::size_t> s = section_of(report.diagnostics[g.members.front()].path);
            s && *s < row_of_section.size() && row_of_section[*s])
            ++out[*row_of_section[*s]].groups;
    return out;
}

} // namespace eduroadmap::detail
