// load_string / load_file: the checked YAML input (load/input.hpp), then the model.
#include "load/build.hpp"
#include "load/input.hpp"
#include "load/reader.hpp"

#include <eduroadmap/io.hpp>

namespace eduroadmap {

bool LoadResult::ok() const noexcept {
    if (!document) return false;
    for (const Diagnostic &d : diagnostics)
        if (d.severity == Severity::error) return false;
    return true;
}

LoadResult load_string(std::string_view text, const std::string &file, const LoadOptions &options) {
    LoadResult result;
    auto doc = detail::parse_input(text, file, options.limits, result.diagnostics);
    if (!doc) return result;
    LoadedRoadmap loaded;
    loaded.sources.set_file(file);
    detail::Reader reader(*doc, file, result.diagnostics, loaded.sources);
    loaded.roadmap = detail::build_roadmap(*doc, reader);
    result.document = std::move(loaded);
    return result;
}

LoadResult load_file(const std::string &path, const LoadOptions &options) {
    LoadResult r;
    auto data = detail::read_input_file(path, options.limits, r.diagnostics);
    if (!data) return r;
    return load_string(*data, path, options);
}

} // namespace eduroadmap
