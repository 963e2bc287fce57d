/// @file catalog_io.hpp
/// @brief The edge of direction catalogs: reading a catalog from YAML text or
/// a file, finding one by built-in id or path, and choosing the catalog a
/// roadmap is checked against (docs/catalogs.md).
///
/// catalog.hpp is the pure part (the model, matching, the built-in
/// catalogs). Here text and files come in: a catalog's `extends:` that names
/// no built-in catalog is found through a CatalogLookup the caller gives
/// (catalog_files() reads files; a server may hand out texts it keeps
/// elsewhere).
#ifndef EDUROADMAP_CATALOG_IO_HPP
#define EDUROADMAP_CATALOG_IO_HPP

#include <eduroadmap/catalog.hpp>
#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/io.hpp>
#include <eduroadmap/validate.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap {

/// @brief What reading a catalog produced.
struct CatalogLoadResult {
    std::optional<Catalog> catalog;      ///< absent when nothing usable was read
    std::vector<Diagnostic> diagnostics; ///< problems, with file, line and column
    /// @brief True when a catalog was read and no finding is an error.
    bool ok() const noexcept;
};

/// @brief What a CatalogLookup found for a reference.
struct CatalogText {
    /// The catalog's YAML text; absent when it could not be had.
    std::optional<std::string> text;
    /// The name its locations use; also what the text's own relative
    /// `extends:` is resolved against.
    std::string file;
    /// Why there is no text (e.g. `yaml-syntax` with the system's reason for
    /// an unreadable file); the first one becomes the `catalog-invalid` reason.
    std::vector<Diagnostic> diagnostics;
};

/// @brief Finds the text of the catalog an `extends:` names when it is no
/// built-in id. Called with the reference as written (`region.yaml`) and the
/// file of the catalog that extends (its CatalogText::file, or the `file`
/// given to load_catalog_string). May be called from many threads at once
/// when catalogs are read from many threads.
using CatalogLookup = std::function<CatalogText(std::string_view reference, const std::string &from)>;

/// @brief The lookup that reads catalog files: a relative reference is taken
/// relative to the directory of `from`; files are read under @p limits.
CatalogLookup catalog_files(const Limits &limits = {});

/// @brief Reads a catalog from YAML text (format: docs/catalogs.md). An
/// `extends:` is a built-in id or else found through @p lookup (an empty
/// lookup: built-in ids only). Nothing else is read.
/// @param text the UTF-8 YAML text
/// @param file the name used in locations; handed to @p lookup as `from`
/// @param options input limits
/// @param lookup how to find the catalog an `extends:` names
/// @return the catalog and any problems (unknown-field, missing-field,
///         wrong-type, duplicate-id, catalog-invalid, yaml-syntax, …); never
///         throws for bad input
CatalogLoadResult load_catalog_string(std::string_view text, const std::string &file, const LoadOptions &options,
                                      const CatalogLookup &lookup);

/// @brief Reads a catalog from YAML text; an `extends:` path is read from a
/// file relative to @p file (catalog_files()).
CatalogLoadResult load_catalog_string(std::string_view text, const std::string &file = "<string>",
                                      const LoadOptions &options = {});

/// @brief Reads a catalog file (see load_catalog_string); an `extends:` path
/// is read relative to it.
CatalogLoadResult load_catalog_file(const std::string &path, const LoadOptions &options = {});

/// @brief Finds the catalog a roadmap or an option names: a built-in id, else
/// a path to a catalog file, relative to @p base_directory unless absolute.
/// @param reference `fioko-2020`, `catalogs/region.yaml`, …
/// @param base_directory the roadmap's directory (empty: the current one)
CatalogLoadResult find_catalog(std::string_view reference, const std::string &base_directory = {});

/// @brief The catalog a roadmap is checked against (choose_catalog).
struct CatalogChoice {
    /// What was named: ValidateOptions::catalog, else the roadmap's
    /// `catalog:`; empty when neither names one.
    std::string reference;
    /// A catalog read from a file; keeps #catalog alive (null for a built-in one).
    std::shared_ptr<const Catalog> owned;
    /// What to check against; never null: default_catalog() when nothing is
    /// named or the named catalog could not be had.
    const Catalog *catalog = nullptr;
    /// False when the named catalog could not be had: the rules whose
    /// findings need the right catalog (RuleInfo::needs_catalog) are skipped.
    bool usable = true;
    /// `catalog-invalid` when not #usable: at the node path `catalog` when
    /// the roadmap named it, at the file (path empty) when the options did.
    /// Its location is for the caller to fill from the source map.
    std::optional<Diagnostic> problem;
};

/// @brief Chooses the catalog for @p roadmap: ValidateOptions::catalog when
/// set (a built-in id, or a path relative to the working directory), else
/// the roadmap's `catalog:` (a built-in id, or a path relative to the
/// roadmap's directory), else the default. Reads a catalog file when one is
/// named.
/// @param roadmap the roadmap
/// @param options only ValidateOptions::catalog is read
/// @param file the roadmap's file as loaded; `<string>` and `-` have no directory
CatalogChoice choose_catalog(const Roadmap &roadmap, const ValidateOptions &options, const std::string &file);

} // namespace eduroadmap

#endif
