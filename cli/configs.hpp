// Which configuration governs each file of a `validate` run: the one named
// by --config, else the nearest `.eduroadmap.yaml` upwards from the file's
// directory (standard input: from the current directory), else the defaults.
#ifndef EDUROADMAP_CLI_CONFIGS_HPP
#define EDUROADMAP_CLI_CONFIGS_HPP

#include "report.hpp"

#include <eduroadmap/config.hpp>

#include <map>
#include <optional>
#include <ostream>
#include <string_view>
#include <memory>
#include <string>
#include <vector>

namespace eduroadmap::cli {

class ConfigChoice {
public:
    // @p explicit_file: the --config file (empty: discover); @p discover:
    // false for --no-config (then the defaults govern every file).
    ConfigChoice(std::string explicit_file, bool discover);

    // The configuration governing @p path, nullptr for the defaults. When
    // that configuration cannot be used, nullptr as well and its problems
    // are added to problems(). Each file is read once.
    const Config *for_path(const std::string &path);

    // The configuration files that could not be used, with their findings.
    const std::vector<FileReport> &problems() const { return problems_; }

private:
    const Config *load(const std::string &file);

    std::string explicit_file_;
    bool discover_;
    std::map<std::string, std::unique_ptr<Config>> loaded_; // by file; null when unusable
    std::map<std::string, std::string> found_in_;           // directory → configuration file ("" for none)
    std::vector<FileReport> problems_;
};

// Writes the problems of the configurations @p choice could not use to
// @p err, for `eduroadmap <command>`; true when there were any (the command
// then exits with status 2).
bool report_config_problems(std::ostream &err, std::string_view command, const ConfigChoice &choice,
                            Language language);

// The language of a command, by the one rule every command follows:
// --lang (@p flag, when not empty), else the `language:` of the
// configuration governing @p path (a file or directory; `-` or `.`: the
// current directory), else the locale (choose_language()). A configuration
// that cannot be used is reported for `eduroadmap <command>` on standard
// error, the exit status becomes 2 and nothing is returned.
std::optional<Language> command_language(std::string_view command, const std::string &flag,
                                         const std::string &path = "-");

} // namespace eduroadmap::cli

#endif
