// What every YAML input goes through before it is read as a roadmap or a
// configuration: the file read under the size limit, the byte-order mark,
// the UTF-8 check, and the one YAML document.
#ifndef EDUROADMAP_SRC_LOAD_INPUT_HPP
#define EDUROADMAP_SRC_LOAD_INPUT_HPP

#include "yaml/document.hpp"

#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/file.hpp>
#include <eduroadmap/io.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap::detail {

// The contents of the file at @p path (read_file_limited under the size
// limit). Nothing, with the finding of read_error_finding, when it cannot be
// read or is too large.
std::optional<std::string> read_input_file(const std::string &path, const Limits &limits,
                                           std::vector<Diagnostic> &out);

// The error of an @p input ("file", "standard input") over @p limit bytes;
// @p size is its size, 0 when only known to be larger.
ReadError too_large(std::size_t size, std::size_t limit, const char *input);

// Parses @p text as one YAML document after the size limit (`input-limit`),
// the byte-order mark and the UTF-8 check (`yaml-syntax` at the bad byte).
// Nothing when no document could be read; the problems are in @p out.
std::optional<YamlDocument> parse_input(std::string_view text, const std::string &file, const Limits &limits,
                                        std::vector<Diagnostic> &out);

// A finding about the file as a whole or a position in it (severity error).
Diagnostic file_error(const std::string &file, int line, int column, std::string rule,
                      std::vector<MessageArg> args);

} // namespace eduroadmap::detail

#endif
