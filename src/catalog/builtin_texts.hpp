// The texts of the built-in catalogs, generated at build time from
// catalogs/*.yaml (cmake/EmbedCatalogs.cmake); the default one first.
#ifndef EDUROADMAP_SRC_CATALOG_BUILTIN_TEXTS_HPP
#define EDUROADMAP_SRC_CATALOG_BUILTIN_TEXTS_HPP

#include <cstddef>

namespace eduroadmap::detail {

struct BuiltinCatalogText {
    const char *id;   // the file name without .yaml
    const char *text; // the file's YAML text
};

extern const BuiltinCatalogText builtin_catalog_texts[];
extern const std::size_t builtin_catalog_count;

} // namespace eduroadmap::detail

#endif
