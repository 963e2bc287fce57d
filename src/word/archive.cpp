#include "word/archive.hpp"

#include "word/failure.hpp"
#include "word/libzip.hpp"

#include <algorithm>
#include <cstring>

namespace eduroadmap::detail::word {

namespace {

std::uint64_t little_endian(const char *at, int bytes) {
    std::uint64_t value = 0;
    for (int i = bytes - 1; i >= 0; --i) value = value << 8 | static_cast<unsigned char>(at[i]);
    return value;
}

// The most entries any end-of-central-directory record in the archive's
// tail declares (the zip64 record included). libzip allocates an entry per
// declared entry when it opens the archive, before it can be asked how many
// there are: 600,000 entries cost it 230 MB and seconds. So the count is
// read here, from the records libzip itself would trust, and refused first.
std::uint64_t declared_entries(const char *data, std::size_t size) {
    constexpr std::size_t end_record = 22, locator = 20, zip64_record = 56;
    if (size < end_record) return 0;
    std::uint64_t most = 0;
    const std::size_t lowest =
        size - end_record > 0xFFFF ? size - end_record - 0xFFFF : 0; // after a comment of up to 64 KiB
    for (std::size_t at = size - end_record + 1; at-- > lowest;) {
        if (std::memcmp(data + at, "PK\x05\x06", 4) != 0) continue;
        most = std::max(most, little_endian(data + at + 10, 2));
        if (at < locator || std::memcmp(data + at - locator, "PK\x06\x07", 4) != 0) continue;
        const std::uint64_t record = little_endian(data + at - locator + 8, 8);
        if (size >= zip64_record && record <= size - zip64_record && std::memcmp(data + record, "PK\x06\x06", 4) == 0)
            most = std::max(most, little_endian(data + record + 32, 8));
    }
    return most;
}

std::string error_text(const LibZip &z, zip_error_t &error) {
    std::string text = z.error_strerror(&error);
    z.error_fini(&error);
    return text;
}

} // namespace

Archive::Archive(const char *data, std::size_t size, const WordLimits &limits) : limits_(limits) {
    if (const std::uint64_t entries = declared_entries(data, size); entries > limits.max_entries)
        throw ReadFailure(WordStatus::too_many_entries, {}, limits.max_entries, entries);
    std::string why;
    z_ = libzip(&why);
    if (!z_) throw ReadFailure(WordStatus::unreadable, {}, 0, 0, "libzip: " + why);
    const LibZip &z = *z_;
    zip_error_t error;
    z.error_init(&error);
    zip_source_t *source = z.source_buffer_create(data, size, 0, &error);
    if (!source) throw ReadFailure(WordStatus::damaged_archive, {}, 0, 0, error_text(z, error));
    // ZIP_CHECKCONS: the local headers must agree with the central directory,
    // which catches truncated and spliced archives at opening.
    zip_ = z.open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!zip_) {
        z.source_free(source); // still ours when opening failed
        throw ReadFailure(WordStatus::damaged_archive, {}, 0, 0, error_text(z, error));
    }
    z.error_fini(&error);
    const zip_int64_t entries = z.get_num_entries(zip_, 0);
    if (entries < 0 || static_cast<std::uint64_t>(entries) > limits_.max_entries) {
        z.discard(zip_);
        zip_ = nullptr;
        throw ReadFailure(WordStatus::too_many_entries, {}, limits.max_entries,
                          static_cast<std::uint64_t>(std::max<zip_int64_t>(entries, 0)));
    }
}

Archive::~Archive() {
    if (zip_) z_->discard(zip_); // read-only: nothing to write back
}

bool Archive::has(const std::string &name) const { return z_->name_locate(zip_, name.c_str(), ZIP_FL_NOCASE) >= 0; }

std::optional<std::string> Archive::read(const std::string &name, std::uint64_t max_bytes) {
    const LibZip &z = *z_;
    const zip_int64_t index = z.name_locate(zip_, name.c_str(), ZIP_FL_NOCASE);
    if (index < 0) return std::nullopt;
    const auto at = static_cast<zip_uint64_t>(index);
    const std::uint64_t limit = std::min(max_bytes, limits_.max_part_bytes);
    const std::uint64_t total_left = limits_.max_total_bytes - std::min(total_read_, limits_.max_total_bytes);

    // The declared size first: a ZIP bomb is refused before anything is inflated.
    zip_stat_t stat;
    z.stat_init(&stat);
    if (z.stat_index(zip_, at, 0, &stat) != 0)
        throw ReadFailure(WordStatus::damaged_archive, name, 0, 0, z.strerror(zip_));
    if (stat.valid & ZIP_STAT_SIZE) {
        if (stat.size > limit) throw ReadFailure(WordStatus::part_too_large, name, limit, stat.size);
        if (stat.size > total_left)
            throw ReadFailure(WordStatus::total_too_large, name, limits_.max_total_bytes, total_read_ + stat.size);
    }

    zip_file_t *file = z.fopen_index(zip_, at, 0);
    if (!file) throw ReadFailure(WordStatus::damaged_archive, name, 0, 0, z.strerror(zip_));
    // Then the actual size, counted while inflating: a header that lies about
    // the size does not get past the limit either.
    std::string out;
    char chunk[64 * 1024];
    for (;;) {
        const zip_int64_t n = z.fread(file, chunk, sizeof chunk);
        if (n < 0) {
            std::string reason = z.file_strerror(file);
            z.fclose(file);
            throw ReadFailure(WordStatus::damaged_archive, name, 0, 0, reason);
        }
        if (n == 0) break;
        const auto got = static_cast<std::uint64_t>(n);
        if (out.size() + got > limit) {
            z.fclose(file);
            throw ReadFailure(WordStatus::part_too_large, name, limit, out.size() + got);
        }
        if (out.size() + got > total_left) {
            z.fclose(file);
            throw ReadFailure(WordStatus::total_too_large, name, limits_.max_total_bytes,
                              total_read_ + out.size() + got);
        }
        out.append(chunk, static_cast<std::size_t>(n));
    }
    z.fclose(file);
    total_read_ += out.size();
    return out;
}

} // namespace eduroadmap::detail::word
