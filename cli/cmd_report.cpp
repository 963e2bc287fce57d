// eduroadmap report FILE|DIR… -o report.html [--lang ru|en] [--as-of DATE]
// [--model M] [--catalog C] [--since OLD]: one self-contained HTML report of
// the plans — card, scorecard, findings, coverage, timeline, workload,
// indicators; for several plans a comparison first; with --since, the
// changes since that earlier version (docs/report.md).
#include "commands.hpp"
#include "configs.hpp"
#include "files.hpp"
#include "report.hpp"
#include "roadmap_input.hpp"
#include "score_model.hpp"
#include "walk.hpp"

#include <eduroadmap/diff.hpp>
#include <eduroadmap/report_html.hpp>
#include <eduroadmap/validate_io.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <iostream>
#include <memory>

namespace eduroadmap::cli {
namespace {

struct ReportArgs {
    std::vector<std::string> files;
    WalkFilter walk;
    std::string output;
    std::string lang;
    std::string as_of;
    std::string model;
    std::string catalog;
    std::string since;
};

// One plan and what the report borrows from it; held by pointer, since the
// resolved roadmap and the report plan point into it.
struct Plan {
    std::unique_ptr<RoadmapInput> input;
    Report findings;
    Scorecard card;
    std::string source;
    std::optional<RoadmapDiff> since; // against the earlier version, when given
};

// The plan --since compares with: the only one, else the one with the earlier
// version's id; null when none is (reported).
Plan *since_target(const std::vector<std::unique_ptr<Plan>> &plans, const RoadmapInput &earlier, Language lang) {
    if (plans.size() == 1) return plans.front().get();
    for (const auto &p : plans)
        if (p->input->resolved.roadmap->id == earlier.resolved.roadmap->id) return p.get();
    std::cerr << "eduroadmap report: "
              << (lang == Language::ru ? "--since: ни один план не имеет id «" : "--since: no plan has the id «")
              << earlier.resolved.roadmap->id << (lang == Language::ru ? "» прежней версии\n" : "» of the earlier version\n");
    return nullptr;
}

void run(const ReportArgs &args) {
    const Language flag_lang = choose_language(args.lang);
    Date as_of = boost::gregorian::day_clock::local_day();
    if (!args.as_of.empty()) {
        auto d = parse_iso_date(args.as_of);
        if (!d) {
            std::cerr << "eduroadmap report: bad --as-of «" << args.as_of << "»: expected YYYY-MM-DD\n";
            exit_status() = usage;
            return;
        }
        as_of = *d;
    }
    std::unique_ptr<ScoreModel> model = choose_score_model("report", args.model, flag_lang);
    if (!model) return;
    ConfigChoice configs("", true);
    std::vector<std::string> files;
    if (!find_roadmaps("report", args.files, args.walk, &configs, files)) return;
    // A file that does not load is reported and left out; the others make the report.
    int worst = ok;
    std::vector<std::unique_ptr<Plan>> plans;
    std::optional<Language> configured;
    for (const std::string &file : files) {
        auto plan = std::make_unique<Plan>();
        plan->input = open_roadmap("report", file, args.catalog, args.lang);
        if (!plan->input) {
            worst = std::max(worst, exit_status());
            continue;
        }
        const Config *config = configs.for_path(file);
        ValidateOptions options = config ? config->validate : ValidateOptions{};
        if (!args.catalog.empty()) options.catalog = args.catalog;
        plan->findings = validate(plan->input->loaded, file, options);
        plan->card = score(plan->input->resolved, *model);
        if (file != "-") {
            ReadResult text = read_input(file, options.limits.max_file_bytes);
            if (text.ok()) plan->source = std::move(text.bytes);
        }
        if (plans.empty()) configured = plan->input->configured_language;
        plans.push_back(std::move(plan));
    }
    if (plans.empty()) {
        std::cerr << "eduroadmap report: "
                  << (flag_lang == Language::ru ? "нет ни одного плана для отчёта\n" : "no plan to report on\n");
        exit_status() = std::max(worst, int(findings));
        return;
    }
    // The earlier version stays loaded: the difference borrows from it.
    std::unique_ptr<RoadmapInput> earlier;
    if (!args.since.empty()) {
        earlier = open_roadmap("report", args.since, args.catalog, args.lang);
        Plan *target = earlier ? since_target(plans, *earlier, flag_lang) : nullptr;
        if (!target) {
            exit_status() = usage; // as diff: an earlier version that cannot be used is bad input
            return;
        }
        target->since = diff(earlier->resolved, target->input->resolved);
    }
    ReportOptions options;
    // The one language rule of every command: --lang, the configuration, the locale.
    options.language = choose_language(args.lang, configured);
    options.as_of = as_of;
    std::vector<ReportPlan> entries;
    for (const auto &p : plans)
        entries.push_back({p->input->path, &p->input->resolved, &p->findings, &p->card, p->source,
                           p->since ? &*p->since : nullptr, args.since});
    if (!write_output(args.output, report_html(entries, options), "report")) worst = std::max<int>(worst, usage);
    exit_status() = worst;
}

} // namespace

void add_report_command(CLI::App &app) {
    auto args = std::make_shared<ReportArgs>();
    CLI::App *cmd = app.add_subcommand(
        "report", "One self-contained HTML report of the plans: card, scorecard, findings, coverage, timeline, "
                  "workload, indicators; several plans compared first");
    cmd->add_option("files", args->files,
                    "Roadmap files (always used) or directories (searched for roadmaps, as validate does); - for stdin")
        ->required();
    add_walk_options(*cmd, args->walk);
    cmd->add_option("-o,--output", args->output, "Write the HTML to this file (default: standard output)");
    cmd->add_option("--lang", args->lang, "Language of the report (default: the configuration's, else the locale)")
        ->check(CLI::IsMember({"ru", "en"}));
    cmd->add_option("--as-of", args->as_of, "The date the timeline and indicators are judged at, YYYY-MM-DD (default: today)");
    cmd->add_option("--model", args->model,
                    "Scoring model: a built-in id (fioko-2020, the default) or a model file (docs/score.md)");
    cmd->add_option("--catalog", args->catalog,
                    "Direction catalog: a built-in id (fioko-2020, lenobl-2021) or a catalog file "
                    "(default: the configuration's, else the roadmap's catalog:)");
    cmd->add_option("--since", args->since,
                    "An earlier version of the plan: the report adds the changes since it (with several plans, "
                    "to the one with its id)");
    cmd->callback([args] { run(*args); });
}

} // namespace eduroadmap::cli
