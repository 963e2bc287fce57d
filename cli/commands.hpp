// The eduroadmap command-line tool: one file per subcommand, registered in main.cpp.
#ifndef EDUROADMAP_CLI_COMMANDS_HPP
#define EDUROADMAP_CLI_COMMANDS_HPP

#include <CLI/CLI.hpp>

#include <functional>

namespace eduroadmap::cli {

/// The exit status a subcommand sets once it has run. CLI11 callbacks return
/// nothing, so each command stores its status here for main() to return.
int &exit_status();

/// Exit statuses every command shares (README, "The command-line tool").
enum Exit : int { ok = 0, findings = 1, usage = 2 };

void add_validate_command(CLI::App &app);
void add_deadline_command(CLI::App &app);
void add_export_command(CLI::App &app);
void add_query_command(CLI::App &app);
void add_calendar_command(CLI::App &app);
void add_coverage_command(CLI::App &app);
void add_indicators_command(CLI::App &app);
void add_import_command(CLI::App &app);
void add_score_command(CLI::App &app);
void add_report_command(CLI::App &app);
void add_rules_command(CLI::App &app);
void add_explain_command(CLI::App &app);
void add_init_command(CLI::App &app);
void add_completion_command(CLI::App &app);
void add_man_command(CLI::App &app);
void add_diff_command(CLI::App &app);
void add_status_command(CLI::App &app);

} // namespace eduroadmap::cli

#endif
