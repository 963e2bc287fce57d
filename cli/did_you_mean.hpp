// "Did you mean": when CLI11 rejects an invocation, the subcommand or option
// closest to what was typed (closest() of suggest.hpp).
#ifndef EDUROADMAP_CLI_DID_YOU_MEAN_HPP
#define EDUROADMAP_CLI_DID_YOU_MEAN_HPP

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace eduroadmap::cli {

// The word in @p args (the command line without the program name) that
// stands where a subcommand must, when it names none of @p app's; empty
// otherwise (a known subcommand, only options, or nothing).
std::string unknown_subcommand(const CLI::App &app, const std::vector<std::string> &args);

// What to tell the user after @p app rejected @p args: for an unknown
// subcommand «unknown command 'valdate'; did you mean 'validate'?», for each
// unknown option of the subcommand that was run (or of the tool) «did you
// mean '--format'?» under CLI11's own message. Lines end with a line break;
// empty when there is nothing to suggest.
std::string suggestions(const CLI::App &app, const std::vector<std::string> &args);

} // namespace eduroadmap::cli

#endif
