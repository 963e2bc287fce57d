// eduroadmap export FILE [--format yaml|json] [-o OUT]
#include "commands.hpp"
#include "configs.hpp"
#include "files.hpp"
#include "report.hpp"

#include <eduroadmap/io.hpp>

#include <fstream>
#include <iostream>
#include <memory>

namespace eduroadmap::cli {
namespace {

struct ExportArgs {
    std::string file;
    std::string format = "yaml";
    std::string output;
    std::string lang;
};

void run(const ExportArgs &args) {
    LoadResult loaded = load_input(args.file);
    if (!loaded.ok()) {
        // A roadmap that does not load cleanly is not exported: the output would lose what was wrong.
        FileReport r{args.file, {}, {args.file, loaded.diagnostics}};
        const std::optional<Language> language = command_language("export", args.lang, args.file);
        if (!language) return;
        write_text_report(std::cerr, {r}, *language, false);
        exit_status() = findings;
        return;
    }
    std::string text = args.format == "json" ? to_json(loaded.document->roadmap) + "\n"
                                             : to_yaml(loaded.document->roadmap);
    if (args.output.empty() || args.output == "-") {
        std::cout << text;
        return;
    }
    std::ofstream out(args.output, std::ios::binary);
    if (!(out << text)) {
        std::cerr << "eduroadmap export: cannot write " << args.output << "\n";
        exit_status() = usage;
    }
}

} // namespace

void add_export_command(CLI::App &app) {
    auto args = std::make_shared<ExportArgs>();
    CLI::App *cmd = app.add_subcommand("export", "Write a roadmap back as normalised YAML or as JSON");
    cmd->add_option("file", args->file, "Roadmap file (- for stdin)")->required();
    cmd->add_option("--format", args->format, "Output format")->check(CLI::IsMember({"yaml", "json"}));
    cmd->add_option("-o,--output", args->output, "Output file (default: stdout)");
    cmd->add_option("--lang", args->lang, "Message language for load errors")->check(CLI::IsMember({"ru", "en"}));
    cmd->callback([args] { run(*args); });
}

} // namespace eduroadmap::cli
