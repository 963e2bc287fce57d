// eduroadmap indicators FILE [--as-of DATE] [--format text|json|csv] [--suggest]
//                            [--catalog C] [--lang ru|en]:
// progress of each indicator as of a date (latest actual against the target
// for that period, share reached, status), or, with --suggest, indicator
// definitions read from the measures' quantitative expected results.
#include "commands.hpp"
#include "csv.hpp"
#include "report.hpp"
#include "roadmap_input.hpp"

#include <eduroadmap/indicators.hpp>
#include <eduroadmap/json.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <iostream>
#include <memory>
#include <sstream>

namespace eduroadmap::cli {
namespace {

struct IndicatorsArgs {
    std::string file;
    std::string as_of;
    std::string format = "text";
    std::string catalog;
    std::string lang;
    bool suggest = false;
    bool bom = false;
};

std::string show(const IndicatorValue &v) {
    if (v.is_boolean) return v.boolean ? "true" : "false";
    std::ostringstream s;
    s << v.number;
    return s.str();
}

std::string percent(double share) {
    std::ostringstream s;
    s.precision(0);
    s << std::fixed << share * 100 << '%';
    return s.str();
}

void write_progress(const std::vector<IndicatorProgress> &all, const std::string &format, bool bom, Date as_of,
                    Language lang) {
    if (format == "json") {
        std::cout << to_json(all, as_of, 2) << "\n";
        return;
    }
    if (format == "csv") {
        CsvTable out(std::cout, bom);
        out.row({"id", "direction", "unit", "comparator", "target_period", "target", "latest_date",
                            "latest", "share", "expected", "status"});
        for (const IndicatorProgress &p : all) {
            const Indicator &i = *p.indicator;
            out.row({i.id, i.direction, std::string(to_string(i.unit)), std::string(to_string(i.comparator)),
                                p.target ? p.target->period : "", p.target ? show(p.target->value) : "",
                                p.latest ? to_iso(p.latest->date) : "", p.latest ? show(p.latest->value) : "",
                                p.share ? std::to_string(*p.share) : "", p.expected ? std::to_string(*p.expected) : "",
                                std::string(to_string(p.status))});
        }
        return;
    }
    const bool ru = lang == Language::ru;
    std::cout << (ru ? "Показатели на " : "Indicators as of ") << to_iso(as_of) << ":\n";
    if (all.empty()) std::cout << (ru ? "  показатели не определены\n" : "  no indicators are defined\n");
    for (const IndicatorProgress &p : all) {
        const Indicator &i = *p.indicator;
        std::cout << "  " << i.id << " [" << to_string(p.status) << "] " << i.title << "\n    ";
        if (p.target)
            std::cout << (ru ? "цель " : "target ") << to_string(i.comparator) << ' ' << show(p.target->value)
                      << (ru ? " за " : " for ") << p.target->period;
        if (p.latest)
            std::cout << (ru ? "; факт " : "; actual ") << show(p.latest->value) << " (" << to_iso(p.latest->date) << ")";
        else if (p.target)
            std::cout << (ru ? "; фактических значений нет" : "; no actual values");
        if (p.share) std::cout << (ru ? "; достигнуто " : "; reached ") << percent(*p.share);
        if (p.expected) std::cout << (ru ? "; ожидалось " : "; expected ") << *p.expected;
        std::cout << '\n';
    }
}

void write_suggestions(const std::vector<IndicatorSuggestion> &all, const std::string &format, bool bom) {
    if (format == "json") {
        std::cout << to_json(all, 2) << "\n";
        return;
    }
    if (format == "csv") {
        CsvTable out(std::cout, bom);
        out.row({"measure", "id", "direction", "unit", "comparator", "value", "subject", "text"});
        for (const IndicatorSuggestion &s : all)
            out.row({s.measure, s.indicator.id, s.indicator.direction, std::string(to_string(s.indicator.unit)),
                                std::string(to_string(s.indicator.comparator)), show(s.result.value), s.result.subject,
                                s.text});
        return;
    }
    std::cout << to_yaml(all); // text: ready-to-paste definitions, each with the measure it came from
}

void run(const IndicatorsArgs &args) {
    if (!check_bom("indicators", args.format, args.bom)) return;
    Date as_of = boost::gregorian::day_clock::local_day();
    if (!args.as_of.empty()) {
        auto d = parse_iso_date(args.as_of);
        if (!d) {
            std::cerr << "eduroadmap indicators: bad --as-of «" << args.as_of << "»: expected YYYY-MM-DD\n";
            exit_status() = usage;
            return;
        }
        as_of = *d;
    }
    auto in = open_roadmap("indicators", args.file, args.catalog, args.lang);
    if (!in) return;
    if (args.suggest)
        write_suggestions(suggest_indicators(in->resolved), args.format, args.bom);
    else
        write_progress(progress(in->loaded.document->roadmap, as_of), args.format, args.bom, as_of,
                       choose_language(args.lang, in->configured_language));
    std::cout.flush();
    exit_status() = ok;
}

} // namespace

void add_indicators_command(CLI::App &app) {
    auto args = std::make_shared<IndicatorsArgs>();
    CLI::App *cmd = app.add_subcommand(
        "indicators", "Progress of each indicator as of a date, or --suggest indicators from the expected results");
    cmd->add_option("file", args->file, "Roadmap file (- for stdin)")->required();
    cmd->add_option("--as-of", args->as_of, "Date to judge progress at, YYYY-MM-DD (default: today)");
    cmd->add_option("--format", args->format, "Output format")->check(CLI::IsMember({"text", "json", "csv"}));
    add_bom_flag(*cmd, args->bom);
    cmd->add_flag("--suggest", args->suggest,
                  "Print indicator definitions read from the measures' quantitative expected results");
    cmd->add_option("--catalog", args->catalog, "Direction catalog for the suggested indicators' directions");
    cmd->add_option("--lang", args->lang, "Language of the text format's headings")->check(CLI::IsMember({"ru", "en"}));
    cmd->callback([args] { run(*args); });
}

} // namespace eduroadmap::cli
