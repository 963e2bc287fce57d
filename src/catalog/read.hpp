// Reading a catalog with a given way to find the catalogs it may extend: the
// built-in catalogs are read with it while they are being built.
#ifndef EDUROADMAP_SRC_CATALOG_READ_HPP
#define EDUROADMAP_SRC_CATALOG_READ_HPP

#include <eduroadmap/catalog.hpp>

#include <functional>
#include <string>
#include <string_view>

namespace eduroadmap::detail {

// The built-in catalog with that id, or nullptr.
using CatalogLookup = std::function<const Catalog *(std::string_view id)>;

CatalogLoadResult read_catalog(std::string_view text, const std::string &file, const LoadOptions &options,
                               const CatalogLookup &builtins);

} // namespace eduroadmap::detail

#endif
