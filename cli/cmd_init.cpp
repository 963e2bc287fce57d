// eduroadmap init [DIR] [--id ID] [--title T] [--period P] [--force]: starts a
// roadmap — a template with the nine directions of the default catalog, each
// with a measure for every stage of the management cycle the rules require,
// and a commented `.eduroadmap.yaml` — that validates cleanly as written.
#include "commands.hpp"

#include <eduroadmap/catalog.hpp>
#include <eduroadmap/config.hpp>
#include <eduroadmap/model.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

namespace eduroadmap::cli {
namespace {

namespace fs = std::filesystem;

struct InitArgs {
    std::string directory = ".";
    std::string id = "roadmap";
    std::string title = "План мероприятий («дорожная карта») по повышению качества образования";
    std::string period; // default: this year and the next two
    bool force = false;
};

// The schema editors validate against (yaml-language-server's modeline).
constexpr const char *schema_modeline =
    "# yaml-language-server: $schema=https://eduroadmap.github.io/schema/eduroadmap-1.schema.json\n";

// A YAML double-quoted scalar: JSON's string form is one.
std::string quoted(const std::string &text) {
    return nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// One placeholder measure per required stage: what it is called, its form of result.
struct StageMeasure {
    const char *stage, *title, *deadline, *result;
};
constexpr StageMeasure stage_measures[] = {
    {"monitoring", "Мониторинг", "Ежегодно, сентябрь", "Данные мониторинга"},
    {"analysis", "Анализ результатов мониторинга", "Ежегодно, октябрь", "Аналитическая справка"},
    {"recommendations", "Адресные рекомендации по итогам анализа", "Ежегодно, ноябрь", "Методические рекомендации"},
    {"decisions", "Принятие управленческих решений по итогам анализа", "Ежегодно, декабрь", "Приказ"},
    {"review", "Анализ эффективности принятых мер", "Ежегодно, май", "Отчёт об эффективности принятых мер"},
};

// «indicator-1-3» for direction 1.3.
std::string indicator_id(const CatalogDirection &direction) {
    std::string id = "indicator-" + direction.code;
    std::replace(id.begin(), id.end(), '.', '-');
    return id;
}

std::string roadmap_template(const InitArgs &args, const std::string &period) {
    std::string out = schema_modeline;
    out += "# A roadmap started by `eduroadmap init`: the nine directions of the catalog fioko-2020,\n"
           "# each with a measure for every stage of the management cycle that the rules require\n"
           "# and an indicator.\n"
           "# Replace the placeholders with the plan's own rows (docs/format.md).\n"
           "schema: eduroadmap/1\n"
           "id: " + args.id + "\n"
           "title: " + quoted(args.title) + "\n"
           "catalog: fioko-2020\n"
           "period: " + quoted(period) + "\n"
           "responsibles:\n"
           "  - id: uo\n"
           "    short: УО\n"
           "    full: Управление образования\n"
           "sections:\n";
    const Catalog &catalog = default_catalog();
    for (std::size_t d = 0; d < catalog.directions.size(); ++d) {
        const CatalogDirection &direction = catalog.directions[d];
        out += "  - number: " + quoted(std::to_string(d + 1)) + "\n    title: " + quoted(direction.title) +
               "\n    direction: " + quoted(direction.code) + "\n    measures:\n";
        std::size_t n = 0;
        for (const StageMeasure &m : stage_measures) {
            out += "      - number: " + quoted(std::to_string(d + 1) + "." + std::to_string(++n) + ".") +
                   "\n        title: " + quoted(std::string(m.title) + ": " + direction.title) +
                   "\n        deadline: " + quoted(m.deadline) + "\n        responsibles: УО\n        result: " +
                   quoted(m.result) + "\n        stage: " + m.stage + "\n";
            // Monitoring feeds the direction's indicator.
            if (n == 1) out += "        indicators: [" + indicator_id(direction) + "]\n";
        }
    }
    // One indicator per direction, so that each direction has one and each is used.
    out += "indicators:\n";
    for (const CatalogDirection &direction : catalog.directions)
        out += "  - id: " + indicator_id(direction) + "\n    title: " +
               quoted("Показатель направления " + direction.code + " (замените своим)") + "\n    direction: " +
               quoted(direction.code) + "\n    unit: percent\n";
    return out;
}

constexpr const char *config_template = R"(# .eduroadmap.yaml: how `eduroadmap validate` checks the roadmaps below this
# directory (docs/config.md). Every key is optional; uncomment to use.

# Language of messages: ru or en (default: the locale). --lang overrides it.
# language: ru

# The direction catalog: a built-in id or a catalog file (default: each roadmap's).
# catalog: fioko-2020

# The lowest severity that fails a run: error (default), warning or info.
# fail_level: warning

# Per-rule severities: error, warning, info, off, on (`eduroadmap rules` lists them).
# rules:
#   numbering-gap: off

# Which files a directory walk checks, relative to this file.
# include: [roadmaps/*]
# exclude: [archive, "*.draft.yaml"]
)";

// Writes @p text to @p path and names it on standard output; false when it cannot be written.
bool write_file(const fs::path &path, const std::string &text) {
    std::ofstream out(path, std::ios::binary);
    if (!(out << text)) {
        std::cerr << "eduroadmap init: cannot write " << path.string() << "\n";
        return false;
    }
    std::cout << path.string() << "\n";
    return true;
}

void run(const InitArgs &args) {
    std::string period = args.period;
    if (period.empty()) {
        const int year = boost::gregorian::day_clock::local_day().year();
        period = std::to_string(year) + "-" + std::to_string(year + 2);
    }
    std::string reason;
    if (!parse_plan_period(period, reason)) {
        std::cerr << "eduroadmap init: bad --period «" << period << "»: " << reason << "\n";
        exit_status() = usage;
        return;
    }
    std::error_code ec;
    fs::create_directories(args.directory, ec);
    const fs::path dir(args.directory), roadmap = dir / (args.id + ".yaml"), config = dir / config_file_name;
    // Neither is written when either is refused: a half-made start is worse than none.
    if (!args.force && (fs::exists(roadmap, ec) || fs::exists(config, ec))) {
        std::cerr << "eduroadmap init: " << (fs::exists(roadmap, ec) ? roadmap : config).string()
                  << " exists (--force overwrites it)\n";
        exit_status() = usage;
        return;
    }
    if (!write_file(roadmap, roadmap_template(args, period)) || !write_file(config, config_template))
        exit_status() = usage;
}

} // namespace

void add_init_command(CLI::App &app) {
    auto args = std::make_shared<InitArgs>();
    CLI::App *cmd = app.add_subcommand(
        "init", "Start a roadmap: a template with the nine directions and a commented .eduroadmap.yaml");
    cmd->add_option("directory", args->directory, "Where to write them (default: the current directory)");
    cmd->add_option("--id", args->id, "The roadmap's id and file name (default: roadmap)")
        ->check([](const std::string &id) {
            return !id.empty() && id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos
                       ? std::string()
                       : std::string("an id is [a-z0-9-]+");
        });
    cmd->add_option("--title", args->title, "The plan's title");
    cmd->add_option("--period", args->period, "Plan period: 2025-2027, 2025/2026, START..END (default: this year and the next two)");
    cmd->add_flag("--force", args->force, "Overwrite existing files");
    cmd->callback([args] { run(*args); });
}

} // namespace eduroadmap::cli
