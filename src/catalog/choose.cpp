#include "catalog/choose.hpp"

#include <filesystem>

namespace eduroadmap::detail {

ChosenCatalog choose_catalog(const Roadmap &roadmap, const ValidateOptions &options, const std::string &file) {
    ChosenCatalog c;
    c.catalog = &default_catalog();
    const bool from_options = !options.catalog.empty();
    const std::string &reference = from_options ? options.catalog : roadmap.catalog;
    if (reference.empty()) return c;
    std::string base;
    if (!from_options && file != "<string>" && file != "-")
        base = std::filesystem::path(file).parent_path().string();
    CatalogLoadResult r = find_catalog(reference, base);
    if (r.ok()) {
        c.owned = std::make_shared<const Catalog>(std::move(*r.catalog));
        c.catalog = c.owned.get();
        return c;
    }
    c.usable = false;
    Diagnostic d;
    d.rule = "catalog-invalid";
    d.severity = Severity::error;
    d.path = from_options ? "" : "catalog";
    std::string reason = "not a catalog";
    for (const Diagnostic &p : r.diagnostics)
        if (p.severity == Severity::error) {
            reason = message(p, Language::en);
            if (p.rule == "catalog-invalid") reason = p.arg("reason");
            if (p.location.line > 0)
                reason = p.location.file + ":" + std::to_string(p.location.line) + ":" +
                         std::to_string(p.location.column) + ": " + reason;
            break;
        }
    d.args = {{"catalog", reference}, {"reason", reason}};
    c.problem = std::move(d);
    return c;
}

bool needs_catalog(std::string_view rule) noexcept {
    return rule == "unknown-direction" || rule == "duplicate-direction" || rule == "direction-missing" ||
           rule == "extra-section" || rule == "cycle-stage-missing" || rule == "indicator-missing-for-direction";
}

} // namespace eduroadmap::detail
