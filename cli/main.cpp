// eduroadmap: validate, query and convert education-quality roadmaps.
// Each subcommand lives in its own cmd_<name>.cpp and is registered here.
#include "build_info.hpp"
#include "commands.hpp"
#include "did_you_mean.hpp"

#include <eduroadmap/version.hpp>

#include <exception>
#include <iostream>

namespace eduroadmap::cli {
int &exit_status() {
    static int status = ok;
    return status;
}
} // namespace eduroadmap::cli

int main(int argc, char **argv) {
    namespace cli = eduroadmap::cli;
    CLI::App app{"eduroadmap — validate, query and convert municipal education-quality roadmaps"};
    // The library's version and the commit the tool was built from.
    app.set_version_flag("--version",
                         std::string("eduroadmap ") + eduroadmap::version() + " (commit " ERM_GIT_COMMIT ")");
    app.require_subcommand(1);
    cli::add_validate_command(app);
    cli::add_deadline_command(app);
    cli::add_export_command(app);
    cli::add_query_command(app);
    cli::add_calendar_command(app);
    cli::add_coverage_command(app);
    cli::add_indicators_command(app);
    cli::add_import_command(app);
    cli::add_score_command(app);
    cli::add_report_command(app);
    cli::add_rules_command(app);
    cli::add_explain_command(app);
    cli::add_init_command(app);
    cli::add_completion_command(app);
    cli::add_man_command(app);
    cli::add_diff_command(app);
    cli::add_status_command(app);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError &e) {
        const std::vector<std::string> args(argv + 1, argv + argc);
        // A mistyped subcommand: say so (CLI11 would only say one is required).
        if (e.get_exit_code() != 0 && !cli::unknown_subcommand(app, args).empty()) {
            std::cerr << cli::suggestions(app, args) << "Run with --help for the commands.\n";
            return cli::usage;
        }
        int code = app.exit(e);
        if (code != 0) std::cerr << cli::suggestions(app, args);
        // --help and --version are successes; every other parse error is a bad invocation.
        return code == 0 ? 0 : cli::usage;
    } catch (const std::exception &e) {
        std::cerr << "eduroadmap: " << e.what() << "\n";
        return cli::usage;
    }
    return cli::exit_status();
}
