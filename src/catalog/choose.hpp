// What validation asks of catalog choice beyond choose_catalog() (catalog_io.hpp).
#ifndef EDUROADMAP_SRC_CATALOG_CHOOSE_HPP
#define EDUROADMAP_SRC_CATALOG_CHOOSE_HPP

#include <eduroadmap/catalog_io.hpp>

#include <string_view>

namespace eduroadmap::detail {

using ChosenCatalog = CatalogChoice;
using eduroadmap::choose_catalog;

// True for the rules whose findings mean nothing without the right catalog.
bool needs_catalog(std::string_view rule) noexcept;

} // namespace eduroadmap::detail

#endif
