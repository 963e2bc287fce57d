/// @file file.hpp
/// @brief Reading a file, or standard input, whole under a size limit.
///
/// The one reader behind the loader, the configuration, the catalogs, the
/// importer and the command-line tool. It reads what is there — memory grows
/// with the input, never with the limit — and refuses a larger input without
/// reading past the limit: a regular file by its size, before reading
/// anything; a stream (standard input, a pipe) once one byte more than the
/// limit has arrived.
#ifndef EDUROADMAP_FILE_HPP
#define EDUROADMAP_FILE_HPP

#include <eduroadmap/diagnostics.hpp>

#include <cstddef>
#include <optional>
#include <string>

namespace eduroadmap {

/// @brief Why an input could not be read.
struct ReadError {
    /// @brief What went wrong.
    enum class Kind {
        cannot_open, ///< the file does not exist or may not be opened
        too_large,   ///< the input is larger than the limit
        failed,      ///< reading stopped with an error (a directory, an I/O error)
    };
    Kind kind = Kind::failed; ///< what went wrong
    /// One line in English without the file name: `cannot open: No such file
    /// or directory`, `file too large: 20000000 bytes, the limit is 16777216 bytes`,
    /// `standard input too large: more than 16777216 bytes, the limit is 16777216 bytes`.
    std::string message;
    std::size_t size = 0;  ///< too_large: the input's size in bytes; 0 when a stream was cut at the limit
    std::size_t limit = 0; ///< the limit it was read under, in bytes
    /// cannot_open, failed: the system's reason alone (`No such file or directory`); empty otherwise.
    std::string reason{};
};

/// @brief The bytes of an input, or why they could not be read.
struct ReadResult {
    std::string bytes;             ///< the whole input, byte for byte; empty on error
    std::optional<ReadError> error; ///< set when the input could not be read
    /// @brief True when the input was read.
    bool ok() const noexcept { return !error; }
};

/// @brief Reads the file at @p path whole, when it has at most @p max_bytes bytes.
/// Thread-safe. Never throws for a file that cannot be read: the error says why.
ReadResult read_file_limited(const std::string &path, std::size_t max_bytes);

/// @brief Reads standard input to its end, when it has at most @p max_bytes bytes.
/// Reads at most `max_bytes + 1` bytes: a longer input is left unread past that.
ReadResult read_stdin_limited(std::size_t max_bytes);

/// @brief The finding a roadmap, configuration or catalog loader reports when
/// @p error stopped it from reading @p file: `input-limit` (limit `file size`)
/// for an input over the limit, else `yaml-syntax` with the reason
/// (docs/rules.md). Located at line 1, column 1 of @p file for the limit,
/// at the file as a whole (line 0) otherwise.
Diagnostic read_error_finding(const ReadError &error, const std::string &file);

} // namespace eduroadmap

#endif
