// eduroadmap coverage FILE [--format text|json|csv] [--catalog C] [--lang ru|en]:
// the coverage matrix — directions × stages of the management cycle, with
// the measures behind each cell — and how each section matched a direction.
#include "columns.hpp"
#include "commands.hpp"
#include "csv.hpp"
#include "roadmap_input.hpp"
#include "report.hpp"

#include <eduroadmap/coverage.hpp>
#include <eduroadmap/json.hpp>

#include <algorithm>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>

namespace eduroadmap::cli {
namespace {

struct CoverageArgs {
    std::string file;
    std::string format = "text";
    bool bom = false;
    std::string catalog;
    std::string lang;
};

bool required(const Coverage &c, Stage s) { return std::find(c.required.begin(), c.required.end(), s) != c.required.end(); }

std::string row_code(const Coverage &c, const CoverageRow &row) {
    return row.direction ? c.catalog->directions[*row.direction].code : std::string();
}

std::string row_title(const Coverage &c, const CoverageRow &row, const Roadmap &rm) {
    if (row.direction) return c.catalog->directions[*row.direction].title;
    return rm.sections[row.sections.front()].title;
}

std::string ids(const RoadmapInput &in, const std::vector<std::size_t> &measures, const char *sep) {
    std::string out;
    for (std::size_t i : measures) out += (out.empty() ? "" : sep) + in.resolved.measures[i].id;
    return out;
}

// One line per row and stage.
void write_csv(const RoadmapInput &in, const Coverage &c, bool bom) {
    const Roadmap &rm = in.loaded.document->roadmap;
    CsvTable out(std::cout, bom);
    out.row({"direction", "title", "stage", "required", "covered", "measures", "passport_sections"});
    for (const CoverageRow &row : c.rows)
        for (Stage s : all_stages) {
            const CoverageCell &cell = row.cell(s);
            std::string passports;
            for (std::size_t p : cell.passports) passports += (passports.empty() ? "" : " ") + std::to_string(p);
            out.row({row_code(c, row), row_title(c, row, rm), std::string(to_string(s)),
                                required(c, s) ? "yes" : "no", cell.covered() ? "yes" : "no",
                                ids(in, cell.measures, " "), passports});
        }
}

void write_text(const RoadmapInput &in, const Coverage &c, Language lang) {
    const Roadmap &rm = in.loaded.document->roadmap;
    const bool ru = lang == Language::ru;
    std::cout << in.path << ": " << rm.id << (ru ? ", каталог " : ", catalog ") << c.catalog->id << "\n\n";
    std::cout << (ru ? "Разделы:\n" : "Sections:\n");
    for (std::size_t s = 0; s < rm.sections.size(); ++s) {
        const DirectionMatch &m = in.resolved.sections[s];
        std::ostringstream how;
        how << to_string(m.kind);
        if (m.kind == MatchKind::keywords || m.kind == MatchKind::unknown) how << ' ' << m.score;
        std::string target = m.direction ? in.catalog->directions[*m.direction].code
                                         : m.kind == MatchKind::unknown ? "?" : (ru ? "вне каталога" : "extra");
        std::cout << "  [" << s + 1 << "] " << pad(rm.sections[s].title, 60) << " → " << target << " (" << how.str()
                  << ")\n";
    }
    std::cout << "\n" << (ru ? "Мероприятий на этапе (P: блок паспорта; —: обязательный этап не покрыт; ·: этапа нет):\n"
                             : "Measures per stage (P: a passport block; —: a required stage not covered; ·: none):\n");
    const char *heads[] = {"goal", "indic", "data", "monit", "analy", "recom", "meas", "decis", "revie"};
    std::cout << pad(ru ? "направление" : "direction", 36);
    for (const char *h : heads) std::cout << std::setw(6) << h;
    std::cout << '\n';
    for (const CoverageRow &row : c.rows) {
        std::string label = row.direction ? row_code(c, row) + " " + c.catalog->directions[*row.direction].slug
                                          : "+ " + rm.sections[row.sections.front()].title;
        std::cout << pad(label, 36);
        if (row.sections.empty()) {
            std::cout << "  " << (ru ? "нет раздела" : "no section") << '\n';
            continue;
        }
        for (Stage s : all_stages) {
            const CoverageCell &cell = row.cell(s);
            std::string v = std::to_string(cell.measures.size()) + (cell.passports.empty() ? "" : "P");
            if (!cell.covered()) v = required(c, s) && row.direction ? "—" : "·";
            std::cout << pad_left(v, 6);
        }
        if (!row.missing.empty()) {
            std::cout << (ru ? "  нет: " : "  missing: ");
            for (std::size_t i = 0; i < row.missing.size(); ++i) std::cout << (i ? ", " : "") << to_string(row.missing[i]);
        }
        std::cout << '\n';
    }
}

void run(const CoverageArgs &args) {
    if (!check_bom("coverage", args.format, args.bom)) return;
    auto in = open_roadmap("coverage", args.file, args.catalog, args.lang);
    if (!in) return;
    const Coverage &c = *in->resolved.coverage;
    if (args.format == "json")
        std::cout << coverage_report_json(in->path, c, in->resolved, 2) << "\n";
    else if (args.format == "csv")
        write_csv(*in, c, args.bom);
    else
        write_text(*in, c, choose_language(args.lang, in->configured_language));
    std::cout.flush();
    exit_status() = ok;
}

} // namespace

void add_coverage_command(CLI::App &app) {
    auto args = std::make_shared<CoverageArgs>();
    CLI::App *cmd = app.add_subcommand(
        "coverage", "Coverage matrix: directions × stages of the management cycle, with the measures behind each cell");
    cmd->add_option("file", args->file, "Roadmap file (- for stdin)")->required();
    cmd->add_option("--format", args->format, "Output format")->check(CLI::IsMember({"text", "json", "csv"}));
    add_bom_flag(*cmd, args->bom);
    cmd->add_option("--catalog", args->catalog,
                    "Direction catalog: a built-in id (fioko-2020, lenobl-2021) or a catalog file "
                    "(default: the configuration's, else the roadmap's catalog:)");
    cmd->add_option("--lang", args->lang, "Language of the text format's headings")->check(CLI::IsMember({"ru", "en"}));
    cmd->callback([args] { run(*args); });
}

} // namespace eduroadmap::cli
