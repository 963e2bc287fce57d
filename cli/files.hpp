// Finding the roadmap files a command was given.
#ifndef EDUROADMAP_CLI_FILES_HPP
#define EDUROADMAP_CLI_FILES_HPP

#include <string>
#include <vector>

namespace eduroadmap::cli {

// Expands @p paths: files as given, directories searched recursively for
// *.yaml and *.yml (sorted), `-` for standard input. False with @p problem
// set when a path does not exist.
bool collect_roadmap_files(const std::vector<std::string> &paths, std::vector<std::string> &files,
                           std::string &problem);

// The whole of standard input.
std::string read_stdin();

} // namespace eduroadmap::cli

#endif
