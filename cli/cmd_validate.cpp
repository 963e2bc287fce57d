// eduroadmap validate [--format text|json|junit|sarif|github|gitlab] [--lang ru|en]
//                     [--config FILE | --no-config] [--fail-level error|warning|info | --strict]
//                     [--catalog C] [--jobs N] [--include G] [--exclude G] [-o FILE] [--quiet]
//                     [--color auto|always|never] PATH...
#include "commands.hpp"
#include "configs.hpp"
#include "files.hpp"
#include "formats.hpp"
#include "parallel.hpp"
#include "report.hpp"
#include "walk.hpp"

#include <eduroadmap/catalog_io.hpp>
#include <eduroadmap/validate_io.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

namespace eduroadmap::cli {
namespace {

struct ValidateArgs {
    std::vector<std::string> paths;
    std::string format = "text";
    std::string lang;
    std::string config;
    bool no_config = false;
    std::string catalog; // --catalog: overrides the configuration's and the roadmaps'
    std::string fail_level;
    bool strict = false;
    unsigned jobs = 0;
    WalkFilter walk;
    std::string output; // -o: the report's file (empty: standard output)
    bool quiet = false;
    std::string colour = "auto";
};

// The first configured language, in file order.
std::optional<Language> configured_language(const std::vector<const Config *> &configs) {
    for (const Config *c : configs)
        if (c && c->language) return c->language;
    return std::nullopt;
}

void run(const ValidateArgs &args) {
    ConfigChoice choice(args.config, !args.no_config);
    std::vector<std::string> files;
    if (!find_roadmaps("validate", args.paths, args.walk, &choice, files)) return;
    std::vector<const Config *> configs;
    configs.reserve(files.size());
    for (const std::string &f : files) configs.push_back(choice.for_path(f));
    const Language language = choose_language(args.lang, configured_language(configs));
    if (report_config_problems(std::cerr, "validate", choice, language)) {
        exit_status() = usage;
        return;
    }

    if (!args.catalog.empty()) {
        CatalogLoadResult catalog = find_catalog(args.catalog);
        if (!catalog.ok()) {
            std::cerr << "eduroadmap validate: --catalog «" << args.catalog << "» cannot be used\n";
            FileReport bad{args.catalog, {}, {args.catalog, catalog.diagnostics}};
            write_findings(std::cerr, bad, Output{language, false});
            exit_status() = usage;
            return;
        }
    }

    std::optional<Severity> fail_level = parse_severity(args.fail_level);
    if (args.strict) fail_level = Severity::warning;
    const ValidateOptions defaults;
    auto options_of = [&](std::size_t i) {
        ValidateOptions options = configs[i] ? configs[i]->validate : defaults;
        if (!args.catalog.empty()) options.catalog = args.catalog;
        return options;
    };
    // Standard input is read here, once, before the workers start.
    ReadResult stdin_input;
    if (auto dash = std::find(files.begin(), files.end(), "-"); dash != files.end())
        stdin_input = read_stdin_limited(options_of(dash - files.begin()).limits.max_file_bytes);

    auto validate_one = [&](std::size_t i, FileReport &r) {
        const ValidateOptions options = options_of(i);
        r.path = files[i];
        r.index = i;
        r.max_bytes = options.limits.max_file_bytes;
        if (files[i] != "-") {
            r.report = validate_file(files[i], options);
        } else if (stdin_input.ok()) {
            r.report = validate_string(stdin_input.bytes, "-", options);
            r.text = stdin_input.bytes;
        } else {
            r.report = Report{"-", {read_error_finding(*stdin_input.error, "-")}};
        }
        r.config = configs[i] ? configs[i]->file : std::string();
        r.fail_level = fail_level ? *fail_level
                                  : configs[i] && configs[i]->fail_level ? *configs[i]->fail_level : Severity::error;
    };

    const Format *format = find_format(args.format);
    const bool to_file = !args.output.empty() && args.output != "-";
    // A report file is coloured only when asked: FORCE_COLOR is for logs, not files.
    const bool colour = to_file ? args.colour == "always" : wants_colour(args.colour, stdout_is_terminal());
    const Output how{language, args.format == "text" && colour, args.quiet};
    // The report file is opened before any work, so that a path that cannot
    // be written costs no validation.
    std::ofstream report_file;
    if (to_file) report_file.open(args.output, std::ios::binary);
    if (to_file && !report_file) {
        std::cerr << "eduroadmap validate: cannot write " << args.output << "\n";
        exit_status() = usage;
        return;
    }
    std::ostream &out = to_file ? static_cast<std::ostream &>(report_file) : std::cout;
    const unsigned jobs = args.jobs ? args.jobs : hardware_jobs();

    bool failed = false;
    if (format->write_file) {
        // Streamed: each file is written, in path order, as soon as it and the
        // files before it are done; then only its summary is kept. Memory is
        // bounded by the files in flight (a few per worker), not the run.
        std::vector<std::string> parts(files.size());
        std::vector<FileSummary> summaries(files.size());
        StreamedParts written(*format, out, how);
        parallel_ordered(
            files.size(), jobs, 4 * std::size_t{jobs},
            [&](std::size_t i) {
                FileReport report;
                validate_one(i, report);
                std::ostringstream part;
                format->write_file(part, report, how);
                parts[i] = part.str();
                summaries[i] = summarize(report);
            },
            [&](std::size_t i) {
                written.write(parts[i]);
                std::string().swap(parts[i]);
            });
        format->write_end(out, summaries, how);
        failed = any_fails(summaries);
    } else {
        // A run (junit, github): each report, in path order, as soon as it
        // and the reports before it are done; then only its summary is kept.
        std::unique_ptr<FormatRun> run;
        try {
            run = format->start(out, how);
        } catch (const std::runtime_error &e) {
            std::cerr << "eduroadmap validate: " << e.what() << "\n";
            exit_status() = usage;
            return;
        }
        std::vector<FileReport> reports(files.size());
        std::vector<FileSummary> summaries(files.size());
        parallel_ordered(
            files.size(), jobs, 4 * std::size_t{jobs},
            [&](std::size_t i) {
                validate_one(i, reports[i]);
                summaries[i] = summarize(reports[i]);
            },
            [&](std::size_t i) {
                run->add(reports[i]);
                reports[i] = FileReport();
            });
        try {
            run->end(summaries);
        } catch (const std::runtime_error &e) {
            std::cerr << "eduroadmap validate: " << e.what() << "\n";
            exit_status() = usage;
            return;
        }
        failed = any_fails(summaries);
    }
    out.flush();
    if (!out) {
        std::cerr << "eduroadmap validate: cannot write " << (to_file ? args.output : "standard output") << "\n";
        exit_status() = usage;
        return;
    }
    exit_status() = failed ? findings : ok;
}

} // namespace

void add_validate_command(CLI::App &app) {
    auto args = std::make_shared<ValidateArgs>();
    CLI::App *cmd = app.add_subcommand("validate", "Validate roadmap YAML files and report findings");
    cmd->add_option("paths", args->paths,
                    "Roadmap files (always checked) or directories (searched recursively for *.yaml, *.yml "
                    "that declare schema: eduroadmap/…); - for stdin")
        ->required();
    std::vector<std::string> names;
    std::string help = "Output format:";
    for (const Format &f : output_formats()) {
        names.emplace_back(f.name);
        help += "\n  " + std::string(f.name) + ": " + std::string(f.description);
    }
    cmd->add_option("--format", args->format, help)->check(CLI::IsMember(names));
    cmd->add_option("--lang", args->lang, "Message language (default: the configuration's, else from the locale)")
        ->check(CLI::IsMember({"ru", "en"}));
    CLI::Option *config =
        cmd->add_option("--config", args->config,
                        "Configuration file (default: the nearest .eduroadmap.yaml upwards from each file)");
    cmd->add_flag("--no-config", args->no_config, "Use no configuration file")->excludes(config);
    CLI::Option *level = cmd->add_option("--fail-level", args->fail_level,
                                         "Lowest severity that fails the run (default: the configuration's, else error)")
                             ->check(CLI::IsMember({"error", "warning", "info"}));
    cmd->add_flag("--strict", args->strict, "Same as --fail-level warning")->excludes(level);
    cmd->add_option("--catalog", args->catalog,
                    "Direction catalog: a built-in id (fioko-2020, lenobl-2021) or a catalog file "
                    "(default: the configuration's, else each roadmap's catalog:)");
    cmd->add_option("-j,--jobs", args->jobs, "Files validated at once (default: one per core)")
        ->check(CLI::Range(1u, 1024u));
    add_walk_options(*cmd, args->walk);
    cmd->add_option("-o,--output", args->output, "Write the report to this file (default: standard output)");
    cmd->add_flag("-q,--quiet", args->quiet,
                  "Text format: only the findings that fail the run, and the summary only when it fails");
    cmd->add_option("--color", args->colour,
                    "Colour the text format: auto (a terminal, unless NO_COLOR; FORCE_COLOR forces), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    cmd->callback([args] { run(*args); });
}

} // namespace eduroadmap::cli
