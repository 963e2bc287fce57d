// eduroadmap import FILE [-o OUT.yaml] [--id ID] [--period P]
#include "commands.hpp"
#include "files.hpp"

#include <eduroadmap/import.hpp>
#include <eduroadmap/io.hpp>

#include <iostream>
#include <memory>

namespace eduroadmap::cli {
namespace {

struct ImportArgs {
    std::string file;
    std::string output;
    std::string id;
    std::string period;
};

std::string counted(std::size_t n, const std::string &noun) {
    return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

void print_messages(const std::string &file, const ImportResult &r) {
    for (const ImportMessage &m : r.messages) {
        std::cerr << file;
        if (m.line > 0) std::cerr << ':' << m.line;
        std::cerr << ": " << (m.kind == ImportMessage::Kind::error ? "error: " : m.kind == ImportMessage::Kind::guess ? "check: " : "")
                  << m.text << "\n";
    }
}

void run(const ImportArgs &args) {
    ImportOptions options;
    options.id = args.id;
    options.period = args.period;
    options.file = args.file == "-" ? std::string() : args.file;
    const std::string shown = args.file == "-" ? "<stdin>" : args.file;
    ReadResult in = read_input(args.file, options.limits.max_file_bytes);
    if (!in.ok()) {
        std::cerr << "eduroadmap import: " << shown << ": " << in.error->message << "\n";
        // A file that is not there is a bad invocation; one that cannot be taken in is not importable.
        exit_status() = in.error->kind == ReadError::Kind::cannot_open ? usage : findings;
        return;
    }
    ImportResult r = import_text(in.bytes, options);
    print_messages(shown, r);
    if (!r.ok()) {
        std::cerr << shown << ": nothing written: the text could not be imported\n";
        exit_status() = findings;
        return;
    }
    std::string yaml = to_yaml(r.roadmap);
    // The output must load: check it before anyone relies on it.
    LoadResult check = load_string(yaml, args.output.empty() ? "<output>" : args.output);
    if (!check.ok()) {
        std::cerr << shown << ": internal error: the imported roadmap does not load back; please report it\n";
        exit_status() = findings;
        return;
    }
    std::cerr << shown << ": " << counted(measure_count(r.roadmap), "measure") << " in "
              << counted(r.roadmap.sections.size(), "section") << " from " << counted(r.tables, "table") << " ("
              << to_string(r.layout) << "), " << counted(r.roadmap.responsibles.size(), "responsible")
              << ", period " << (r.roadmap.period.text.empty() ? to_iso(r.roadmap.period.window) : r.roadmap.period.text)
              << "; " << counted(r.roadmap.import_notes.size(), "line") << " not placed"
              << (r.roadmap.import_notes.empty() ? "" : " (kept under import_notes)") << "\n";
    if (!write_output(args.output, yaml, "import")) exit_status() = usage;
}

} // namespace

void add_import_command(CLI::App &app) {
    auto args = std::make_shared<ImportArgs>();
    CLI::App *cmd = app.add_subcommand(
        "import", "Import a plan table saved from Word as text (tab-separated or one cell per line) into roadmap YAML");
    cmd->add_option("file", args->file, "Text file saved from Word (- for stdin)")->required();
    cmd->add_option("-o,--output", args->output, "Output YAML file (default: stdout)");
    cmd->add_option("--id", args->id, "Roadmap id (default: from the file name)");
    cmd->add_option("--period", args->period,
                    "Plan period: 2021, 2020-2022, 2023/2024 or START..END (default: from the title)");
    cmd->callback([args] { run(*args); });
}

} // namespace eduroadmap::cli
