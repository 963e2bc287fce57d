// Reading a catalog with a given way to find the built-in catalogs it may
// extend: the built-in catalogs are read with it while they are being built.
#ifndef EDUROADMAP_SRC_CATALOG_READ_HPP
#define EDUROADMAP_SRC_CATALOG_READ_HPP

#include <eduroadmap/catalog_io.hpp>

#include <functional>
#include <string>
#include <string_view>

namespace eduroadmap::detail {

// The built-in catalog with that id, or nullptr.
using BuiltinLookup = std::function<const Catalog *(std::string_view id)>;

// Reads a catalog; an `extends:` is looked up in @p builtins, else through
// @p lookup (when it is empty, the `extends:` is catalog-invalid).
CatalogLoadResult read_catalog(std::string_view text, const std::string &file, const LoadOptions &options,
                               const BuiltinLookup &builtins, const CatalogLookup &lookup);

} // namespace eduroadmap::detail

#endif
