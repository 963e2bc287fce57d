/// @file source_map.hpp
/// @brief Where things stand in a source file: a Location, and the SourceMap
/// from node paths to locations that the loader fills and diagnostics read.
///
/// Plain values with no I/O: the core (validation, rules) reads a source map
/// without knowing how it was made.
#ifndef EDUROADMAP_SOURCE_MAP_HPP
#define EDUROADMAP_SOURCE_MAP_HPP

#include <eduroadmap/detail/value_equality.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace eduroadmap {

/// @brief A place in a source file: 1-based line and column (0 when unknown).
struct Location {
    std::string file; ///< file name as given to the loader (`<string>`, `-` for stdin)
    int line = 0;     ///< 1-based line, 0 when unknown
    int column = 0;   ///< 1-based column in characters (code points), 0 when unknown
    /// Members compared by operator==.
    auto tie() const { return std::tie(file, line, column); }
    EDUROADMAP_VALUE_EQUALITY(Location)
};

/// @brief Where each node of a loaded file stands: node path → location.
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
    /// @brief Makes room for @p paths records at once (a loader knows its
    /// node count), so that a large document is not rehashed as it grows.
    void reserve(std::size_t paths) { locations_.reserve(paths); }
    /// @brief Number of recorded paths.
    std::size_t size() const noexcept { return locations_.size(); }
    /// @brief The file all locations refer to.
    const std::string &file() const noexcept { return file_; }
    /// @brief Sets the file name used by locate() for unknown paths.
    void set_file(std::string file) { file_ = std::move(file); }

private:
    // A recorded location: the file by its index in files_ (every node of a
    // document names the same file: it is kept once, not once per node).
    struct Spot {
        std::uint32_t file;
        int line, column;
    };
    std::string file_;
    std::vector<std::string> files_;
    std::unordered_map<std::string, Spot> locations_; // hashed: a roadmap has one entry per node
};

} // namespace eduroadmap

#endif
