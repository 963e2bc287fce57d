// Finding the roadmap files a command was given.
#ifndef EDUROADMAP_CLI_FILES_HPP
#define EDUROADMAP_CLI_FILES_HPP

#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap::cli {

// Expands @p paths: files as given, directories searched recursively for
// *.yaml and *.yml (skipping hidden files and directories, such as .git and
// the .eduroadmap.yaml configuration), `-` for standard input; the result is sorted by path
// (bytewise) without duplicates. False with @p problem set when a path does
// not exist or a directory cannot be read.
bool collect_roadmap_files(const std::vector<std::string> &paths, std::vector<std::string> &files,
                           std::string &problem);

// The whole of standard input.
std::string read_stdin();

// Writes @p text byte for byte to the file @p output, or to standard output
// when @p output is empty or `-`. When the file cannot be written, says so on
// standard error («eduroadmap COMMAND: cannot write …») and returns false.
bool write_output(const std::string &output, const std::string &text, std::string_view command);

} // namespace eduroadmap::cli

#endif
