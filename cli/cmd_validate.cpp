// eduroadmap validate [--format text|json] [--lang ru|en] [--strict] PATH...
#include "commands.hpp"
#include "files.hpp"
#include "report.hpp"

#include <eduroadmap/validate.hpp>

#include <iostream>
#include <memory>

namespace eduroadmap::cli {
namespace {

struct ValidateArgs {
    std::vector<std::string> paths;
    std::string format = "text";
    std::string lang;
    std::string config;
    bool strict = false;
};

void run(const ValidateArgs &args) {
    std::vector<std::string> files;
    std::string problem;
    if (!collect_roadmap_files(args.paths, files, problem)) {
        std::cerr << "eduroadmap validate: " << problem << "\n";
        exit_status() = usage;
        return;
    }
    Language language = choose_language(args.lang);
    std::vector<FileReport> reports;
    reports.reserve(files.size());
    for (const std::string &f : files) reports.push_back(validate_path(f));
    if (args.format == "json")
        write_json_report(std::cout, reports, language);
    else
        write_text_report(std::cout, reports, language, stdout_is_terminal());
    Severity threshold = args.strict ? Severity::warning : Severity::error;
    exit_status() = any_at_least(reports, threshold) ? findings : ok;
}

} // namespace

void add_validate_command(CLI::App &app) {
    auto args = std::make_shared<ValidateArgs>();
    CLI::App *cmd = app.add_subcommand("validate", "Validate roadmap YAML files and report findings");
    cmd->add_option("paths", args->paths, "Roadmap files or directories (searched for *.yaml, *.yml); - for stdin")
        ->required();
    cmd->add_option("--format", args->format, "Output format")->check(CLI::IsMember({"text", "json"}));
    cmd->add_option("--lang", args->lang, "Message language (default: from the locale)")
        ->check(CLI::IsMember({"ru", "en"}));
    cmd->add_flag("--strict", args->strict, "Fail on warnings too");
    cmd->callback([args] { run(*args); });
}

} // namespace eduroadmap::cli
