// The ZIP container of .docx and .odt files, read with libzip from memory
// under the reader's limits: entry count at opening, and every part's size
// both as declared and as actually decompressed.
#ifndef EDUROADMAP_SRC_WORD_ARCHIVE_HPP
#define EDUROADMAP_SRC_WORD_ARCHIVE_HPP

#include <eduroadmap/word.hpp>

#include <cstdint>
#include <optional>
#include <string>

struct zip;

namespace eduroadmap::detail::word {

class Archive {
public:
    // Opens the archive in @p data (which must outlive the Archive).
    // Throws ReadFailure: damaged_archive, too_many_entries; unreadable when
    // libzip cannot be loaded (libzip.hpp).
    Archive(const char *data, std::size_t size, const WordLimits &limits);
    ~Archive();
    Archive(const Archive &) = delete;
    Archive &operator=(const Archive &) = delete;

    // True when the archive has an entry of that name (case-insensitive, as
    // package part names are).
    bool has(const std::string &name) const;

    // The uncompressed bytes of entry @p name, or nothing when there is none.
    // At most @p max_bytes (and the part and total limits): throws
    // ReadFailure part_too_large / total_too_large when the entry declares or
    // yields more, damaged_archive when it cannot be decompressed.
    std::optional<std::string> read(const std::string &name, std::uint64_t max_bytes = UINT64_MAX);

private:
    const struct LibZip *z_ = nullptr; // loaded by the constructor
    struct zip *zip_ = nullptr;
    const WordLimits &limits_;
    std::uint64_t total_read_ = 0;
};

} // namespace eduroadmap::detail::word

#endif
