// Validating files and texts: load, choose the catalog, then the engine
// (validate.cpp) with the loader's and the catalog's findings.
#include "validate_engine.hpp"

#include <eduroadmap/catalog_io.hpp>
#include <eduroadmap/validate_io.hpp>

namespace eduroadmap {
namespace {

Report validate_loaded(std::string file, std::vector<Diagnostic> loader, const LoadedRoadmap *loaded,
                       const ValidateOptions &options) {
    detail::Validation v{std::move(file), options.catalog, std::move(loader)};
    if (!loaded) return detail::run_validation(std::move(v), options);
    CatalogChoice chosen = choose_catalog(loaded->roadmap, options, v.file);
    v.catalog_name = chosen.reference;
    if (chosen.problem) {
        chosen.problem->location = loaded->sources.locate(chosen.problem->path);
        v.earlier.push_back(std::move(*chosen.problem));
    }
    v.roadmap = &loaded->roadmap;
    v.sources = &loaded->sources;
    v.catalog = chosen.usable ? chosen.catalog : nullptr;
    return detail::run_validation(std::move(v), options);
}

// The loader's findings are moved, not copied: the result is not kept.
Report validate_moved(LoadResult loaded, const std::string &file, const ValidateOptions &options) {
    return validate_loaded(file, std::move(loaded.diagnostics), loaded.document ? &*loaded.document : nullptr,
                           options);
}

} // namespace

Report validate(const LoadedRoadmap &roadmap, const ValidateOptions &options) {
    return validate_loaded(roadmap.sources.file(), {}, &roadmap, options);
}

Report validate(const LoadResult &loaded, const std::string &file, const ValidateOptions &options) {
    return validate_loaded(file, loaded.diagnostics, loaded.document ? &*loaded.document : nullptr, options);
}

Report validate_string(std::string_view text, const std::string &file, const ValidateOptions &options) {
    return validate_moved(load_string(text, file, {options.limits}), file, options);
}

Report validate_file(const std::string &path, const ValidateOptions &options) {
    return validate_moved(load_file(path, {options.limits}), path, options);
}

} // namespace eduroadmap
