// Catalogs from files: the lookup that reads an `extends:` path, reading a
// catalog file, and finding a catalog by built-in id or path.
#include "load/input.hpp"

#include <eduroadmap/catalog_io.hpp>

#include <filesystem>

namespace eduroadmap {
namespace {

bool is_path(std::string_view reference) {
    namespace fs = std::filesystem;
    fs::path p(reference);
    return reference.find('/') != std::string_view::npos || p.extension() == ".yaml" || p.extension() == ".yml";
}

} // namespace

CatalogLookup catalog_files(const Limits &limits) {
    return [limits](std::string_view reference, const std::string &from) {
        namespace fs = std::filesystem;
        fs::path p{std::string(reference)};
        if (p.is_relative()) p = fs::path(from).parent_path() / p;
        CatalogText found;
        found.file = p.string();
        found.text = detail::read_input_file(found.file, limits, found.diagnostics);
        return found;
    };
}

CatalogLoadResult load_catalog_string(std::string_view text, const std::string &file, const LoadOptions &options) {
    return load_catalog_string(text, file, options, catalog_files(options.limits));
}

CatalogLoadResult load_catalog_file(const std::string &path, const LoadOptions &options) {
    CatalogLoadResult result;
    auto data = detail::read_input_file(path, options.limits, result.diagnostics);
    if (!data) return result;
    return load_catalog_string(*data, path, options);
}

CatalogLoadResult find_catalog(std::string_view reference, const std::string &base_directory) {
    CatalogLoadResult result;
    if (const Catalog *builtin = builtin_catalog(reference)) {
        result.catalog = *builtin;
        return result;
    }
    if (!is_path(reference)) {
        std::string ids;
        for (const std::string &id : builtin_catalog_ids()) ids += (ids.empty() ? "" : ", ") + id;
        result.diagnostics.push_back(detail::file_error(
            std::string(reference), 0, 0, "catalog-invalid",
            {{"catalog", std::string(reference)},
             {"reason", "not a built-in catalog (" + ids + ") nor a path to a catalog file (*.yaml)"}}));
        return result;
    }
    namespace fs = std::filesystem;
    fs::path p{std::string(reference)};
    if (p.is_relative() && !base_directory.empty()) p = fs::path(base_directory) / p;
    return load_catalog_file(p.lexically_normal().string());
}

} // namespace eduroadmap
