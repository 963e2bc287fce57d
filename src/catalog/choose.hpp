// The names the C API used before choose_catalog() became public (catalog_io.hpp).
#ifndef EDUROADMAP_SRC_CATALOG_CHOOSE_HPP
#define EDUROADMAP_SRC_CATALOG_CHOOSE_HPP

#include <eduroadmap/catalog_io.hpp>

namespace eduroadmap::detail {

using ChosenCatalog = CatalogChoice;
using eduroadmap::choose_catalog;

} // namespace eduroadmap::detail

#endif
