// Which files a command checks: explicit files as given, and in each
// directory the roadmaps — YAML files that declare `schema: eduroadmap/…` —
// narrowed by --include/--exclude and the configuration's include:/exclude:.
#ifndef EDUROADMAP_CLI_WALK_HPP
#define EDUROADMAP_CLI_WALK_HPP

#include "configs.hpp"

#include <CLI/CLI.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap::cli {

// How far into a file the schema declaration is looked for: past the
// comment block that opens a transcribed plan, short of reading the plan.
inline constexpr std::size_t schema_sniff_bytes = 16 * 1024;

// True when the first schema_sniff_bytes of @p path hold a top-level line
// `schema: eduroadmap/…` (the value may be quoted; a UTF-8 BOM is skipped).
bool declares_roadmap_schema(const std::string &path);

// True when @p pattern matches @p file relative to the directory @p base
// (both made absolute): a pattern with a `/` matches the relative path, one
// without matches the file's name; `*` and `?` are fnmatch(3)'s and cross
// `/`; a leading `**/` may match nothing; a pattern that matches a
// directory on the way (`drafts`, `drafts/`) matches everything in it.
bool glob_matches(const std::string &pattern, const std::string &file, const std::string &base);

// The --include and --exclude globs of a walking command.
struct WalkFilter {
    std::vector<std::string> include; // relative to each directory argument
    std::vector<std::string> exclude;
};

// Adds --include and --exclude to @p command.
void add_walk_options(CLI::App &command, WalkFilter &filter);

// What a walk found.
struct Walk {
    std::vector<std::string> files; // sorted bytewise, no duplicates; `-` for standard input
    std::size_t skipped_schema = 0; // YAML files found that declare no eduroadmap schema
    std::size_t skipped_glob = 0;   // roadmaps left out by include/exclude
};

// Expands @p paths: files as given (always checked), `-` for standard
// input, directories searched recursively for *.yaml and *.yml (hidden
// files and directories skipped: .git, the .eduroadmap.yaml configuration)
// that declare the roadmap schema, pass @p filter and the include:/exclude:
// of the configuration @p configs gives each file (nullptr: none).
// False with @p problem set when a path does not exist, a directory cannot
// be read, or nothing at all was found (the command then exits with status 2).
bool collect_roadmap_files(const std::vector<std::string> &paths, const WalkFilter &filter, ConfigChoice *configs,
                           Walk &walk, std::string &problem);

// collect_roadmap_files() for `eduroadmap <command>`: when it fails, says
// why on standard error, sets exit status 2 and returns false.
bool find_roadmaps(std::string_view command, const std::vector<std::string> &paths, const WalkFilter &filter,
                   ConfigChoice *configs, std::vector<std::string> &files);

} // namespace eduroadmap::cli

#endif
