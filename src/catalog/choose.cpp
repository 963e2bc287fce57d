// Which catalog a roadmap is checked against (docs/catalogs.md, «Which
// catalog a roadmap is checked against»).
#include <eduroadmap/catalog_io.hpp>

#include <filesystem>

namespace eduroadmap {
namespace {

// Why a catalog could not be had, in one line: the first error of reading it.
std::string reason_of(const CatalogLoadResult &r) {
    for (const Diagnostic &p : r.diagnostics)
        if (p.severity == Severity::error) {
            std::string reason = p.rule == "catalog-invalid" ? p.arg("reason") : message(p, Language::en);
            if (p.location.line > 0)
                reason = p.location.file + ":" + std::to_string(p.location.line) + ":" +
                         std::to_string(p.location.column) + ": " + reason;
            return reason;
        }
    return "not a catalog";
}

} // namespace

CatalogChoice choose_catalog(const Roadmap &roadmap, const ValidateOptions &options, const std::string &file) {
    CatalogChoice c;
    c.catalog = &default_catalog();
    const bool from_options = !options.catalog.empty();
    c.reference = from_options ? options.catalog : roadmap.catalog;
    if (c.reference.empty()) return c;
    if (const Catalog *builtin = builtin_catalog(c.reference)) {
        c.catalog = builtin;
        return c;
    }
    std::string base;
    if (!from_options && file != "<string>" && file != "-")
        base = std::filesystem::path(file).parent_path().string();
    CatalogLoadResult r = find_catalog(c.reference, base);
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
    d.args = {{"catalog", c.reference}, {"reason", reason_of(r)}};
    c.problem = std::move(d);
    return c;
}

} // namespace eduroadmap
