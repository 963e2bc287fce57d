// The tool's commands and options as plain data, walked once from the CLI11
// tree that main() builds. The shell completions and the manual page are
// written from it, so none of them keeps a list of its own that could drift.
#ifndef EDUROADMAP_CLI_COMMAND_TREE_HPP
#define EDUROADMAP_CLI_COMMAND_TREE_HPP

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace eduroadmap::cli {

// What an option's value is, for completing it.
enum class ValueKind {
    none,    // a flag: takes no value
    choice,  // one of OptionSpec::choices
    rule,    // a rule id (ToolSpec::rule_ids)
    number,  // a number: nothing to complete
    path,    // anything else: a file name completes it
};

struct OptionSpec {
    std::vector<std::string> long_names;  // without the dashes: "format"
    std::vector<std::string> short_names; // without the dash: "j"
    std::string positional;               // a positional argument's name, else empty
    std::string description;              // the help text; may hold several lines
    ValueKind kind = ValueKind::none;
    std::vector<std::string> choices; // kind == choice
    bool repeats = false;             // given more than once, or takes several values
    bool required = false;
};

struct CommandSpec {
    std::string name;
    std::string description;
    std::vector<OptionSpec> options;     // named options and flags, --help first
    std::vector<OptionSpec> positionals; // in order
};

struct ToolSpec {
    std::string name;
    std::string description;
    std::vector<OptionSpec> options; // the tool's own: --help, --version
    std::vector<CommandSpec> commands;
    std::vector<std::string> rule_ids; // what a ValueKind::rule value may be
};

// Marks a positional or option whose value is a rule id (eduroadmap explain RULE).
inline constexpr const char *rule_type_name = "RULE";

// The commands and options of @p app, in the order they were registered.
// Subcommands in no group (CLI11's way to hide one from --help) are left out.
ToolSpec describe_tool(const CLI::App &app, const std::string &name);

// The short form of a help text: its first line, without a closing colon
// (that introduces the lines after it).
std::string help_summary(const std::string &text);

// The words @p option's value may be: its choices, or the rule ids; empty
// when any value goes (a path, a number) or it takes none.
const std::vector<std::string> &value_words(const ToolSpec &tool, const OptionSpec &option);

// @p option's names as typed: the long ones («--jobs»), then the short («-j»).
std::vector<std::string> dashed_names(const OptionSpec &option);

// @p words joined with @p separator between them.
std::string join_words(const std::vector<std::string> &words, const std::string &separator);

// Bash, zsh and fish completion scripts for @p tool (completion_*.cpp).
std::string bash_completion(const ToolSpec &tool);
std::string zsh_completion(const ToolSpec &tool);
std::string fish_completion(const ToolSpec &tool);

// The manual page eduroadmap(1) in roff, for version @p version (man_page.cpp).
std::string man_page(const ToolSpec &tool, const std::string &version);

} // namespace eduroadmap::cli

#endif
