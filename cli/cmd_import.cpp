// eduroadmap import FILE [-o OUT.yaml] [--id ID] [--period P] [--lang ru|en]
#include "commands.hpp"
#include "configs.hpp"
#include "files.hpp"
#include "report.hpp"

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
    std::string lang;
};

// «plan.txt:12: …» for a line, «plan.docx: table 2, row 5, column 3: …» for a Word file.
void print_messages(const std::string &file, const ImportResult &r, Language language) {
    const bool ru = language == Language::ru;
    for (const ImportMessage &m : r.messages) {
        std::cerr << file;
        if (m.line > 0) std::cerr << ':' << m.line;
        else if (std::string where = m.where(language); !where.empty()) std::cerr << ": " << where;
        std::cerr << ": "
                  << (m.kind == ImportMessage::Kind::error   ? (ru ? "ошибка: " : "error: ")
                      : m.kind == ImportMessage::Kind::guess ? (ru ? "проверьте: " : "check: ")
                                                             : "")
                  << m.message(language) << "\n";
    }
}

void run(const ImportArgs &args) {
    // --lang, else the configuration governing the input file, else the locale.
    const std::optional<Language> chosen = command_language("import", args.lang, args.file);
    if (!chosen) return;
    const Language language = *chosen;
    const bool ru = language == Language::ru;
    ImportOptions options;
    options.id = args.id;
    options.period = args.period;
    options.file = args.file == "-" ? std::string() : args.file;
    const std::string shown = args.file == "-" ? "<stdin>" : args.file;
    ReadResult in = read_input(args.file, import_input_limit(options));
    if (!in.ok()) {
        std::cerr << "eduroadmap import: " << shown << ": " << in.error->message << "\n";
        // A file that is not there is a bad invocation; one that cannot be taken in is not importable.
        exit_status() = in.error->kind == ReadError::Kind::cannot_open ? usage : findings;
        return;
    }
    ImportResult r = import_document(in.bytes.data(), in.bytes.size(), options);
    print_messages(shown, r, language);
    if (!r.ok()) {
        std::cerr << shown << (ru ? ": ничего не записано: документ не импортирован\n"
                                  : ": nothing written: the document could not be imported\n");
        exit_status() = findings;
        return;
    }
    std::string yaml = to_yaml(r.roadmap);
    // The output must load: check it before anyone relies on it.
    LoadResult check = load_string(yaml, args.output.empty() ? "<output>" : args.output);
    if (!check.ok()) {
        std::cerr << shown
                  << (ru ? ": внутренняя ошибка: импортированная дорожная карта не загружается; сообщите об этом\n"
                         : ": internal error: the imported roadmap does not load back; please report it\n");
        exit_status() = findings;
        return;
    }
    std::cerr << shown << ": " << import_summary(r, language) << "\n";
    if (!write_output(args.output, yaml, "import")) exit_status() = usage;
}

} // namespace

void add_import_command(CLI::App &app) {
    auto args = std::make_shared<ImportArgs>();
    CLI::App *cmd = app.add_subcommand(
        "import", "Import a plan into roadmap YAML: a Word (.docx) or OpenDocument (.odt) file, or its tables saved "
                  "as text (tab-separated or one cell per line)");
    cmd->add_option("file", args->file, "The .docx, .odt or text file (- for stdin)")->required();
    cmd->add_option("-o,--output", args->output, "Output YAML file (default: stdout)");
    cmd->add_option("--id", args->id, "Roadmap id (default: from the file name)");
    cmd->add_option("--period", args->period,
                    "Plan period: 2021, 2020-2022, 2023/2024 or START..END (default: from the title)");
    cmd->add_option("--lang", args->lang, "Language of the messages (default: the configuration's, else from the locale)")
        ->check(CLI::IsMember({"ru", "en"}));
    cmd->callback([args] { run(*args); });
}

} // namespace eduroadmap::cli
