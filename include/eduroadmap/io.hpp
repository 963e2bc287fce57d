/// @file io.hpp
/// @brief Loading roadmaps from YAML (with a source map and diagnostics) and
/// writing them back to YAML or JSON.
///
/// This is the edge of the library that touches text and files; the model
/// (model.hpp) and the rest of the core know nothing of YAML and read no
/// file. The other edge headers that build on this one are the only public
/// headers that include it: catalog_io.hpp (reading and choosing catalogs),
/// validate_io.hpp (validating files and texts), config.hpp (configuration
/// files) and import.hpp (plans saved as text); the umbrella eduroadmap.hpp
/// includes them all. file.hpp (the one file reader) and word.hpp (.docx and
/// .odt) are edge headers too, and need nothing from here.
#ifndef EDUROADMAP_IO_HPP
#define EDUROADMAP_IO_HPP

#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/limits.hpp>
#include <eduroadmap/model.hpp>
#include <eduroadmap/source_map.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap {

/// @brief Options of the loader.
struct LoadOptions {
    Limits limits; ///< input limits
};

/// @brief A roadmap as loaded from a file: the model and where each node came from.
struct LoadedRoadmap {
    Roadmap roadmap;   ///< the model
    SourceMap sources; ///< node path → file, line, column
};

/// @brief What loading produced: the roadmap when the text could be read as
/// one (possibly with problems), and every problem found on the way.
struct LoadResult {
    std::optional<LoadedRoadmap> document;   ///< absent when nothing usable was read
    std::vector<Diagnostic> diagnostics;    ///< loader findings, in file order
    /// @brief True when a roadmap was read and no finding is an error.
    bool ok() const noexcept;
};

/// @brief Loads a roadmap from YAML text.
/// @param text the UTF-8 YAML text (a leading byte-order mark is accepted)
/// @param file the name used in locations (`<string>` by default)
/// @param options limits and other options
/// @return the roadmap and the loader's diagnostics; never throws for bad
///         input (only std::bad_alloc may escape)
LoadResult load_string(std::string_view text, const std::string &file = "<string>",
                       const LoadOptions &options = {});

/// @brief Loads a roadmap from a file. An unreadable file gives the
/// diagnostic `yaml-syntax` with the system's reason and no roadmap.
LoadResult load_file(const std::string &path, const LoadOptions &options = {});

/// @brief Writes @p roadmap as YAML in the format of docs/format.md.
/// Loading the result gives back an equal roadmap.
std::string to_yaml(const Roadmap &roadmap);

/// @brief The widest indent to_json() accepts, in spaces per level.
inline constexpr int max_json_indent = 16;

/// @brief Writes @p roadmap as JSON with the same structure as the YAML form.
/// @param indent spaces per level, 0 to max_json_indent; negative for one line
/// @throws std::invalid_argument when @p indent is above max_json_indent
std::string to_json(const Roadmap &roadmap, int indent = 2);

} // namespace eduroadmap

#endif
