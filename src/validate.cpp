// The validation engine: run the rules over the resolved roadmap, apply
// suppressions and severities, attach locations, sort. Pure: what to check
// and against which catalog comes in; nothing is read here.
#include "findings/document_ref.hpp"
#include "findings/groups.hpp"
#include "rules/rule.hpp"
#include "validate_engine.hpp"

#include <eduroadmap/resolve.hpp>
#include <eduroadmap/validate.hpp>

#include <algorithm>
#include <optional>
#include <tuple>

namespace eduroadmap {
namespace {

struct Suppression {
    std::string prefix; // node path; "" is the whole roadmap
    const std::vector<std::string> *ignore;
};

std::vector<Suppression> suppressions(const Roadmap &rm) {
    std::vector<Suppression> out{{"", &rm.lint.ignore}};
    for (std::size_t s = 0; s < rm.sections.size(); ++s)
        if (!rm.sections[s].lint.ignore.empty())
            out.push_back({"sections[" + std::to_string(s) + "]", &rm.sections[s].lint.ignore});
    for (const MeasureRef &m : all_measures(rm))
        if (!m.measure->lint.ignore.empty()) out.push_back({m.path(), &m.measure->lint.ignore});
    return out;
}

bool within(std::string_view path, std::string_view prefix) {
    if (prefix.empty()) return true;
    if (path.substr(0, prefix.size()) != prefix) return false;
    return path.size() == prefix.size() || path[prefix.size()] == '.' || path[prefix.size()] == '[';
}

bool suppressed(const Diagnostic &d, const std::vector<Suppression> &list) {
    for (const Suppression &s : list)
        if (within(d.path, s.prefix) && std::find(s.ignore->begin(), s.ignore->end(), d.rule) != s.ignore->end())
            return true;
    return false;
}

// Applies the configured severity; false when the rule is disabled.
bool apply_severity(Diagnostic &d, const ValidateOptions &options) {
    auto it = options.rules.find(d.rule);
    if (it == options.rules.end()) return true;
    if (!it->second) return false;
    d.severity = *it->second;
    return true;
}

void sort_findings(std::vector<detail::Found> &found) {
    std::stable_sort(found.begin(), found.end(), [](const detail::Found &a, const detail::Found &b) {
        const Diagnostic &x = a.diagnostic, &y = b.diagnostic;
        return std::tie(x.location.line, x.location.column, x.rule) < std::tie(y.location.line, y.location.column, y.rule);
    });
}

void run_rules(const detail::Validation &v, const ResolvedRoadmap &resolved, const std::vector<Suppression> &sup,
               const ValidateOptions &options, std::vector<detail::Found> &kept) {
    detail::SharedReading shared(resolved);
    for (const detail::Rule *rule : detail::rules()) {
        const RuleInfo &info = rule->info;
        if (!rule->check || (!v.catalog && info.needs_catalog)) continue;
        auto cfg = options.rules.find(info.id);
        if (cfg != options.rules.end() && !cfg->second) continue;
        detail::Findings out(info.id, v.sources, shared);
        rule->check(resolved, out);
        for (detail::Found &f : out.found()) {
            f.diagnostic.severity = info.default_severity;
            if (!apply_severity(f.diagnostic, options) || suppressed(f.diagnostic, sup)) continue;
            kept.push_back(std::move(f));
        }
    }
}

// Where each kept finding, and each place it names, stands: in the file and in the document.
void locate(const detail::Validation &v, std::vector<detail::Found> &kept) {
    for (detail::Found &f : kept) {
        Diagnostic &d = f.diagnostic;
        if (d.location.line == 0 && d.location.file.empty()) d.location = v.sources->locate(d.path);
        d.document = detail::document_ref(*v.roadmap, d.path);
        for (RelatedLocation &r : d.related) {
            r.location = v.sources->locate(r.path);
            r.document = detail::document_ref(*v.roadmap, r.path);
        }
    }
}

} // namespace

namespace detail {

Report run_validation(Validation v, const ValidateOptions &options) {
    Report report;
    report.file = std::move(v.file);
    report.catalog = std::move(v.catalog_name);
    std::vector<Suppression> sup;
    if (v.roadmap) sup = suppressions(*v.roadmap);
    std::vector<Found> kept;
    for (Diagnostic &d : v.earlier)
        if (apply_severity(d, options) && !suppressed(d, sup)) kept.push_back(Found{std::move(d), {}, {}, {}, {}});
    std::optional<ResolvedRoadmap> resolved;
    if (v.roadmap) {
        const Catalog &catalog = v.catalog ? *v.catalog : default_catalog();
        resolved = resolve(*v.roadmap, ResolveOptions{&catalog, options.required_stages});
        // Over the window budget is an error that no setting lowers (docs/limits.md).
        if (std::optional<Diagnostic> over = window_budget_finding(*resolved, options.limits))
            kept.push_back(Found{std::move(*over), {}, {}, {}, {}});
        run_rules(v, *resolved, sup, options, kept);
        drop_explained(kept);
        locate(v, kept);
    }
    sort_findings(kept);
    group_findings(v.roadmap, std::move(kept), report);
    if (resolved && v.catalog) report.directions = direction_digest(*resolved, report);
    return report;
}

} // namespace detail

std::optional<Diagnostic> window_budget_finding(const ResolvedRoadmap &resolved, const Limits &limits) {
    if (resolved.window_count <= limits.max_windows) return std::nullopt;
    Diagnostic d;
    d.rule = "input-limit";
    d.severity = Severity::error;
    d.path = "period"; // the period and the rules together make the windows
    d.args = {{"limit", "windows"},
              {"value", std::to_string(limits.max_windows)},
              {"detail", "the deadlines have " + std::to_string(resolved.window_count) +
                             " windows together (recurring deadlines over the plan period)"}};
    return d;
}

bool Report::has_at_least(Severity level) const noexcept {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [&](const Diagnostic &d) { return d.severity >= level; });
}

Report validate(const Roadmap &roadmap, const SourceMap &sources, const Catalog &catalog,
                const ValidateOptions &options) {
    return detail::run_validation({sources.file(), catalog.id, {}, &roadmap, &sources, &catalog}, options);
}

} // namespace eduroadmap
