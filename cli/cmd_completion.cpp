// eduroadmap completion bash|zsh|fish: a shell completion script, written
// from the commands and options the tool itself registers (command_tree.hpp),
// so it never falls behind. Installed at build time for each shell
// (docs/cli.md, "Shell completion"), or `source <(eduroadmap completion bash)`.
#include "command_tree.hpp"
#include "commands.hpp"

#include <iostream>
#include <memory>

namespace eduroadmap::cli {

void add_completion_command(CLI::App &app) {
    auto shell = std::make_shared<std::string>();
    CLI::App *cmd = app.add_subcommand("completion", "Print a shell completion script (bash, zsh or fish)");
    cmd->add_option("shell", *shell, "The shell: bash, zsh or fish")
        ->required()
        ->check(CLI::IsMember({"bash", "zsh", "fish"}));
    // The script is made when it runs, from every command registered by then.
    // The callback owns `shell`: CLI11 writes the argument into it while parsing.
    cmd->callback([&app, shell] {
        const ToolSpec tool = describe_tool(app, "eduroadmap");
        if (*shell == "zsh")
            std::cout << zsh_completion(tool);
        else if (*shell == "fish")
            std::cout << fish_completion(tool);
        else
            std::cout << bash_completion(tool);
    });
}

} // namespace eduroadmap::cli
