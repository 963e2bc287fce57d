// Which catalog a validation uses: ValidateOptions::catalog when set (a
// built-in id or a path, relative to the working directory), else the
// roadmap's `catalog:` (a built-in id or a path relative to the roadmap).
#ifndef EDUROADMAP_SRC_CATALOG_CHOOSE_HPP
#define EDUROADMAP_SRC_CATALOG_CHOOSE_HPP

#include <eduroadmap/catalog.hpp>
#include <eduroadmap/validate.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace eduroadmap::detail {

struct ChosenCatalog {
    std::shared_ptr<const Catalog> owned; // a catalog read from a file
    const Catalog *catalog = nullptr;     // what to resolve against (never null)
    bool usable = true;                   // false: the named catalog could not be had
    std::optional<Diagnostic> problem;    // catalog-invalid, at `catalog` or at the file
};

ChosenCatalog choose_catalog(const Roadmap &roadmap, const ValidateOptions &options, const std::string &file);

// True for the rules whose findings mean nothing without the right catalog.
bool needs_catalog(std::string_view rule) noexcept;

} // namespace eduroadmap::detail

#endif
