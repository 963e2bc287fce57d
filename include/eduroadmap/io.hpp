/// @file io.hpp
/// @brief Loading roadmaps from YAML (with a source map and diagnostics) and
/// writing them back to YAML or JSON.
///
/// This is the edge of the library that touches text and files; the model
/// (model.hpp) knows nothing of YAML.
#ifndef EDUROADMAP_IO_HPP
#define EDUROADMAP_IO_HPP

#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/model.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace eduroadmap {

/// @brief Limits that keep hostile or broken input from exhausting the machine.
/// Exceeding one is the diagnostic `input-limit`.
struct Limits {
    std::size_t max_file_bytes = 16u * 1024u * 1024u; ///< size of the input
    std::size_t max_depth = 64;                       ///< nesting of collections
    std::size_t max_nodes = 1'000'000;                ///< nodes after alias expansion
};

/// @brief Options of the loader.
struct LoadOptions {
    Limits limits; ///< input limits
};

/// @brief Where each node of the loaded file stands: node path → location.
///
/// Paths are those of diagnostics: `title`, `sections[2].measures[4].deadline`,
/// `responsibles[0].short`. Keys of mappings are recorded as `path#key`
/// (the position of the key itself, used for unknown and duplicate keys).
class SourceMap {
public:
    /// @brief Records the location of @p path (the first record wins).
    void add(std::string path, Location location);
    /// @brief The location of @p path or, when it has none (a missing field),
    /// of its nearest recorded ancestor; the file with line 0 when none is known.
    Location locate(std::string_view path) const;
    /// @brief The location of exactly @p path, when recorded.
    std::optional<Location> find(std::string_view path) const;
    /// @brief Number of recorded paths.
    std::size_t size() const noexcept { return locations_.size(); }
    /// @brief The file all locations refer to.
    const std::string &file() const noexcept { return file_; }
    /// @brief Sets the file name used by locate() for unknown paths.
    void set_file(std::string file) { file_ = std::move(file); }

private:
    std::string file_;
    std::unordered_map<std::string, Location> locations_; // hashed: a roadmap has one entry per node
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
