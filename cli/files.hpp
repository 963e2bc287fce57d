// Finding the roadmap files a command was given.
#ifndef EDUROADMAP_CLI_FILES_HPP
#define EDUROADMAP_CLI_FILES_HPP

#include <eduroadmap/file.hpp>
#include <eduroadmap/io.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap::cli {

// The bytes of the file @p path, or of standard input for `-`, when there
// are at most @p max_bytes of them (read_file_limited, read_stdin_limited).
ReadResult read_input(const std::string &path, std::size_t max_bytes);

// The roadmap in @p path, or on standard input for `-`, loaded under
// @p limits; an input that cannot be read gives its finding.
LoadResult load_input(const std::string &path, const Limits &limits = Limits{});

// Writes @p text byte for byte to the file @p output, or to standard output
// when @p output is empty or `-`. When the file cannot be written, says so on
// standard error («eduroadmap COMMAND: cannot write …») and returns false.
bool write_output(const std::string &output, const std::string &text, std::string_view command);

} // namespace eduroadmap::cli

#endif
