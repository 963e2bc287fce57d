// eduroadmap score FILE… [--model M] [--format text|json|csv|html] [--lang ru|en]
// [--catalog C] [-o OUT]: the management-cycle scorecard of each plan —
// per catalog direction, each component of the cycle scored 0, 1 or 2, with
// the evidence and the reason (docs/score.md).
#include "columns.hpp"
#include "commands.hpp"
#include "csv.hpp"
#include "files.hpp"
#include "formats.hpp"
#include "report.hpp"
#include "roadmap_input.hpp"
#include "score_model.hpp"
#include "walk.hpp"

#include <eduroadmap/json.hpp>
#include <eduroadmap/score.hpp>
#include <eduroadmap/score_html.hpp>

#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>
#include <sstream>

namespace eduroadmap::cli {
namespace {

struct ScoreArgs {
    std::vector<std::string> files;
    WalkFilter walk;
    std::string model;
    std::string format = "text";
    bool bom = false;
    std::string catalog;
    std::string lang;
    std::string output;
};

// One scored plan.
struct Scored {
    std::string path;
    Scorecard card;
};

// The short column headings of the text table (as `coverage` prints them).
const char *short_heading(Stage component) {
    static const char *heads[] = {"goal", "indic", "data", "monit", "analy", "recom", "meas", "decis", "revie"};
    return heads[static_cast<std::size_t>(component)];
}

std::string total_text(double total, double maximum, double share) {
    return points_text(total) + "/" + points_text(maximum) + " " + percent_text(share);
}

void write_text(std::ostream &out, const std::vector<Scored> &plans, Language lang) {
    const bool ru = lang == Language::ru;
    for (std::size_t p = 0; p < plans.size(); ++p) {
        const Scorecard &card = plans[p].card;
        if (p) out << '\n';
        out << plans[p].path << ": " << card.roadmap << (ru ? ", модель " : ", model ") << card.model
            << (ru ? ", каталог " : ", catalog ") << card.catalog << "\n"
            << (ru ? "самооценка по управленческому циклу, не официальная оценка; 0 — нет, 1 — есть, но слабо, 2 — есть и обоснованно\n\n"
                   : "a self-assessment along the management cycle, not an official score; 0 absent, 1 weak, 2 sound\n\n");
        out << pad(ru ? "направление" : "direction", 36);
        for (const ComponentRule &rule : card.components) out << pad_left(short_heading(rule.component), 6);
        out << "  " << (ru ? "итого" : "total") << '\n';
        for (const ScoredDirection &d : card.directions) {
            out << pad(d.code + " " + d.slug, 36);
            if (d.sections.empty())
                out << pad("  " + std::string(ru ? "нет раздела" : "no section"), 6 * card.components.size());
            else
                for (const ComponentScore &c : d.components) out << pad_left(std::to_string(c.points), 6);
            out << "  " << total_text(d.total, d.maximum, d.share()) << '\n';
        }
        out << pad(ru ? "план в целом" : "the plan", 36 + 6 * card.components.size()) << "  "
            << total_text(card.total, card.maximum, card.share()) << '\n';
        for (const ScoredDirection &d : card.directions) {
            out << '\n' << d.code << ' ' << d.title << ": " << total_text(d.total, d.maximum, d.share()) << '\n';
            for (const ComponentScore &c : d.components)
                out << "  " << c.points << "  " << pad(std::string(component_name(c.component, lang)), 34) << ' '
                    << c.reason.text(lang) << '\n';
        }
    }
}

void write_json(std::ostream &out, const std::vector<Scored> &plans) {
    nlohmann::ordered_json files = nlohmann::ordered_json::array();
    for (const Scored &p : plans) {
        // The file first, then the library's form of the scorecard.
        const nlohmann::ordered_json card = nlohmann::ordered_json::parse(to_json(p.card));
        nlohmann::ordered_json entry{{"file", p.path}};
        for (auto it = card.begin(); it != card.end(); ++it) entry[it.key()] = it.value();
        files.push_back(std::move(entry));
    }
    out << nlohmann::ordered_json{{"files", std::move(files)}}.dump(2, ' ', false,
                                                                   nlohmann::ordered_json::error_handler_t::replace)
        << '\n';
}

// One row per plan × direction × component.
void write_csv(std::ostream &out, const std::vector<Scored> &plans, Language lang, bool bom) {
    CsvTable csv(out, bom);
    csv.row({"file", "roadmap", "direction", "slug", "component", "points", "weight", "weighted", "max", "reason",
             "evidence"});
    for (const Scored &p : plans)
        for (const ScoredDirection &d : p.card.directions)
            for (const ComponentScore &c : d.components) {
                std::string evidence;
                for (const Evidence &e : c.evidence) evidence += (evidence.empty() ? "" : " ") + e.id;
                csv.row({p.path, p.card.roadmap, d.code, d.slug, std::string(to_string(c.component)),
                         std::to_string(c.points), points_text(c.weight), points_text(c.weighted()),
                         points_text(c.maximum()), c.reason.text(lang), evidence});
            }
}

void run(const ScoreArgs &args) {
    if (!check_bom("score", args.format, args.bom)) return;
    const Language lang = choose_language(args.lang);
    std::unique_ptr<ScoreModel> model = choose_score_model("score", args.model, lang);
    if (!model) return;
    ConfigChoice configs("", true);
    std::vector<std::string> files;
    if (!find_roadmaps("score", args.files, args.walk, &configs, files)) return;
    // A file that does not load is reported and skipped; the others are scored.
    int worst = ok;
    std::vector<Scored> plans;
    std::optional<Language> configured;
    for (const std::string &file : files) {
        auto in = open_roadmap("score", file, args.catalog, args.lang);
        if (!in) {
            worst = std::max(worst, exit_status());
            continue;
        }
        if (plans.empty()) configured = in->configured_language;
        plans.push_back({file, score(in->resolved, *model)});
    }
    const Language shown = choose_language(args.lang, configured);
    std::ostringstream out;
    if (args.format == "json")
        write_json(out, plans);
    else if (args.format == "csv")
        write_csv(out, plans, shown, args.bom);
    else if (args.format == "html") {
        std::vector<ScorecardEntry> entries;
        for (const Scored &p : plans) entries.push_back({p.path, &p.card});
        out << scorecard_page(entries, shown);
    } else
        write_text(out, plans, shown);
    if (!write_output(args.output, out.str(), "score")) worst = std::max<int>(worst, usage);
    exit_status() = worst;
}

} // namespace

void add_score_command(CLI::App &app) {
    auto args = std::make_shared<ScoreArgs>();
    CLI::App *cmd = app.add_subcommand(
        "score", "The management-cycle scorecard: per direction, each component of the cycle scored 0, 1 or 2, "
                 "with the evidence (a self-assessment, not an official score)");
    cmd->add_option("files", args->files,
                    "Roadmap files (always used) or directories (searched for roadmaps, as validate does); - for stdin")
        ->required();
    add_walk_options(*cmd, args->walk);
    cmd->add_option("--model", args->model,
                    "Scoring model: a built-in id (fioko-2020, the default) or a model file (docs/score.md)");
    cmd->add_option("--format", args->format, "Output format")->check(CLI::IsMember({"text", "json", "csv", "html"}));
    add_bom_flag(*cmd, args->bom);
    cmd->add_option("--catalog", args->catalog,
                    "Direction catalog: a built-in id (fioko-2020, lenobl-2021) or a catalog file "
                    "(default: the configuration's, else the roadmap's catalog:)");
    cmd->add_option("--lang", args->lang, "Language of the text, CSV and HTML formats")
        ->check(CLI::IsMember({"ru", "en"}));
    cmd->add_option("-o,--output", args->output, "Write to this file instead of standard output");
    cmd->callback([args] { run(*args); });
}

} // namespace eduroadmap::cli
