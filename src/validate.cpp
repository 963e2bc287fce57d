// The validation engine: load, run the rules, apply suppressions and
// severities, attach locations, sort.
#include "catalog/choose.hpp"
#include "rules/rule.hpp"

#include <eduroadmap/validate.hpp>

#include <algorithm>
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

void sort_findings(std::vector<Diagnostic> &ds) {
    std::stable_sort(ds.begin(), ds.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::tie(a.location.line, a.location.column, a.rule) <
               std::tie(b.location.line, b.location.column, b.rule);
    });
}

Report finish(std::string file, std::vector<Diagnostic> loader, const LoadedRoadmap *loaded,
              const ValidateOptions &options) {
    Report report;
    report.file = std::move(file);
    report.catalog = !options.catalog.empty() ? options.catalog : loaded ? loaded->roadmap.catalog : std::string();
    std::vector<Suppression> sup;
    if (loaded) sup = suppressions(loaded->roadmap);
    for (Diagnostic &d : loader)
        if (apply_severity(d, options) && !suppressed(d, sup)) report.diagnostics.push_back(std::move(d));
    if (loaded) {
        detail::ChosenCatalog catalog = detail::choose_catalog(loaded->roadmap, options, report.file);
        if (Diagnostic *d = catalog.problem ? &*catalog.problem : nullptr; d && apply_severity(*d, options) && !suppressed(*d, sup)) {
            d->location = loaded->sources.locate(d->path);
            report.diagnostics.push_back(std::move(*d));
        }
        ResolvedRoadmap resolved = resolve(loaded->roadmap, ResolveOptions{catalog.catalog, options.required_stages});
        for (const detail::Rule &rule : detail::rules()) {
            auto cfg = options.rules.find(rule.id);
            if (cfg != options.rules.end() && !cfg->second) continue;
            if (!catalog.usable && detail::needs_catalog(rule.id)) continue;
            detail::Findings out(rule.id, &loaded->sources);
            rule.check(resolved, out);
            const RuleInfo *info = find_rule(rule.id);
            for (Diagnostic &d : out.found()) {
                d.severity = info ? info->default_severity : Severity::error;
                if (!apply_severity(d, options) || suppressed(d, sup)) continue;
                d.location = loaded->sources.locate(d.path);
                report.diagnostics.push_back(std::move(d));
            }
        }
    }
    sort_findings(report.diagnostics);
    return report;
}

} // namespace

bool Report::has_at_least(Severity level) const noexcept {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [&](const Diagnostic &d) { return d.severity >= level; });
}

Report validate(const LoadedRoadmap &roadmap, const ValidateOptions &options) {
    return finish(roadmap.sources.file(), {}, &roadmap, options);
}

namespace {
Report validate_loaded(LoadResult loaded, const std::string &file, const ValidateOptions &options) {
    return finish(file, std::move(loaded.diagnostics), loaded.document ? &*loaded.document : nullptr, options);
}
} // namespace

Report validate(const LoadResult &loaded, const std::string &file, const ValidateOptions &options) {
    return finish(file, loaded.diagnostics, loaded.document ? &*loaded.document : nullptr, options);
}

Report validate_string(std::string_view text, const std::string &file, const ValidateOptions &options) {
    return validate_loaded(load_string(text, file, {options.limits}), file, options);
}

Report validate_file(const std::string &path, const ValidateOptions &options) {
    return validate_loaded(load_file(path, {options.limits}), path, options);
}

} // namespace eduroadmap
