// `eduroadmap query FILE [filters] [--group-by KEY] [--format json|csv|text]`:
// the measures of a roadmap that match every filter given, with the windows
// that matched (docs/query.md).
#include "columns.hpp"
#include "commands.hpp"
#include "csv.hpp"
#include "roadmap_input.hpp"
#include "report.hpp"

#include <eduroadmap/query.hpp>
#include <eduroadmap/resolve.hpp>

#include <algorithm>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace eduroadmap::cli {
namespace {

struct QueryArgs {
    std::string file;
    std::string direction, responsible, stage, status, text;
    std::string due_between, active_between, overdue_as_of;
    std::string group_by = "none";
    std::string format = "text";
    bool bom = false;
    std::string catalog;
    std::string lang;
};

Query to_query(const QueryArgs &a) {
    Query q;
    q.direction = a.direction;
    q.responsible = a.responsible;
    q.text = a.text;
    if (!a.stage.empty()) q.stage = parse_stage(a.stage);
    if (!a.status.empty()) q.status = parse_status(a.status);
    if (!a.due_between.empty()) q.due_between = parse_date_range(a.due_between);
    if (!a.active_between.empty()) q.active_between = parse_date_range(a.active_between);
    if (!a.overdue_as_of.empty()) q.overdue_as_of = parse_iso_date(a.overdue_as_of);
    q.group_by = parse_group_by(a.group_by).value_or(GroupBy::none);
    return q;
}

std::string join(const std::vector<std::string> &items, const char *separator) {
    std::string out;
    for (const std::string &s : items) out += (out.empty() ? "" : separator) + s;
    return out;
}

std::vector<std::string> windows_text(const std::vector<Window> &windows) {
    std::vector<std::string> out;
    for (const Window &w : windows) out.push_back(to_iso(w));
    return out;
}

std::vector<std::string> ids(const std::vector<const ResolvedMeasure *> &measures) {
    std::vector<std::string> out;
    for (const ResolvedMeasure *m : measures) out.push_back(m->id);
    return out;
}

std::string cell(const Measure &m) {
    return m.responsibles ? join(m.responsibles->names, ", ") : std::string();
}

void write_csv(std::ostream &stream, const QueryResult &r, bool bom) {
    CsvTable out(stream, bom);
    if (r.query.group_by != GroupBy::none) {
        out.row({"key", "label", "period", "start", "end", "due", "active", "due_ids", "active_ids"});
        for (const Aggregate &a : r.groups)
            out.row({a.key, a.label, a.period, to_iso(a.window.start()), to_iso(a.window.end()),
                          std::to_string(a.due.size()), std::to_string(a.active.size()), join(ids(a.due), " "),
                          join(ids(a.active), " ")});
        return;
    }
    out.row({"id", "number", "section", "direction", "title", "responsibles", "responsible_ids", "stage",
                  "status", "deadline", "kind", "windows"});
    for (const QueryMatch &match : r.matches) {
        const ResolvedMeasure &m = *match.measure;
        const Measure &model = *m.ref.measure;
        MeasureDirection d = direction_of(*r.roadmap, m);
        std::vector<std::string> named;
        for (const ResponsibleMention &mention : m.responsibles)
            if (mention.matched() && std::find(named.begin(), named.end(), mention.id) == named.end())
                named.push_back(mention.id);
        out.row({m.id, model.number, r.roadmap->roadmap->sections[m.ref.section].title,
                      d.code.empty() ? d.slug : d.code,
                      model.title, cell(model), join(named, " "), std::string(to_string(m.stage.stage)),
                      std::string(to_string(status_of(model))),
                      m.deadline.text, std::string(to_string(m.deadline.kind)),
                      join(windows_text(match.windows), " ")});
    }
}

// ---- text table ----

void write_table(std::ostream &out, const std::vector<std::vector<std::string>> &rows) {
    std::vector<std::size_t> widths;
    for (const auto &row : rows)
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (widths.size() <= i) widths.push_back(0);
            widths[i] = std::max(widths[i], columns(row[i]));
        }
    for (const auto &row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size()) line += std::string(widths[i] - columns(row[i]) + 2, ' ');
        }
        out << line << "\n";
    }
}

void write_text(std::ostream &out, const QueryResult &r, Language lang) {
    const bool ru = lang == Language::ru;
    std::vector<std::vector<std::string>> rows;
    if (r.query.group_by != GroupBy::none) {
        rows.push_back(ru ? std::vector<std::string>{"ключ", "название", "период", "срок", "в работе"}
                          : std::vector<std::string>{"key", "label", "period", "due", "active"});
        for (const Aggregate &a : r.groups)
            rows.push_back({a.key, clip(a.label, 40), a.period, std::to_string(a.due.size()),
                            std::to_string(a.active.size())});
        write_table(out, rows);
        out << (ru ? "групп: " : "groups: ") << r.groups.size() << (ru ? ", мероприятий: " : ", measures: ")
            << r.matches.size() << "\n";
        return;
    }
    rows.push_back(ru ? std::vector<std::string>{"id", "окна", "ответственные", "мероприятие"}
                      : std::vector<std::string>{"id", "windows", "responsibles", "measure"});
    for (const QueryMatch &match : r.matches) {
        std::vector<std::string> w = windows_text(match.windows);
        std::string shown = w.empty() ? render_deadline(match.measure->deadline)
                                      : w.front() + (w.size() > 1 ? " (+" + std::to_string(w.size() - 1) + ")" : "");
        rows.push_back({match.measure->id, shown, clip(cell(*match.measure->ref.measure), 30),
                        clip(match.measure->ref.measure->title, 70)});
    }
    write_table(out, rows);
    out << (ru ? "мероприятий: " : "measures: ") << r.matches.size() << "\n";
}

void run(const QueryArgs &args) {
    if (!check_bom("query", args.format, args.bom)) return;
    std::unique_ptr<RoadmapInput> in = open_roadmap("query", args.file, args.catalog, args.lang);
    if (!in) return;
    QueryResult result = query(in->resolved, to_query(args));
    if (args.format == "json") std::cout << to_json(result, 2) << "\n";
    else if (args.format == "csv") write_csv(std::cout, result, args.bom);
    else write_text(std::cout, result, choose_language(args.lang, in->configured_language));
}

CLI::Validator date_range_check() {
    return CLI::Validator(
        [](std::string &s) -> std::string {
            return parse_date_range(s) ? "" : "'" + s + "' is not a date range (START..END, YYYY, YYYY-MM, YYYY-Qn)";
        },
        "RANGE");
}

CLI::Validator date_check() {
    return CLI::Validator(
        [](std::string &s) -> std::string { return parse_iso_date(s) ? "" : "'" + s + "' is not a date YYYY-MM-DD"; },
        "DATE");
}

} // namespace

void add_query_command(CLI::App &app) {
    auto args = std::make_shared<QueryArgs>();
    CLI::App *cmd = app.add_subcommand("query", "List the measures of a roadmap that match filters (docs/query.md)");
    cmd->add_option("file", args->file, "Roadmap file (- for stdin)")->required();
    cmd->add_option("--direction", args->direction, "Catalog code, slug, or words of the section title");
    cmd->add_option("--responsible", args->responsible, "Registry id, short or full name, or alias");
    cmd->add_option("--stage", args->stage, "Stage of the management cycle")
        ->check(CLI::IsMember({"goals", "indicators", "data-collection", "monitoring", "analysis", "recommendations",
                               "measures", "decisions", "review"}));
    cmd->add_option("--status", args->status, "Status of the measure")
        ->check(CLI::IsMember({"planned", "in_progress", "done", "cancelled", "overdue"}));
    cmd->add_option("--text", args->text, "Words that must occur in the title, items, form, result or note");
    cmd->add_option("--due-between", args->due_between, "A window ends in this range: A..B (inclusive)")
        ->check(date_range_check());
    cmd->add_option("--active-between", args->active_between, "A window overlaps this range: A..B (inclusive)")
        ->check(date_range_check());
    cmd->add_option("--overdue-as-of", args->overdue_as_of, "A window ended before DATE and is not marked done")
        ->check(date_check());
    cmd->add_option("--group-by", args->group_by, "Count the matches per responsible per month, per direction per "
                                                  "quarter, or per month")
        ->check(CLI::IsMember({"responsible", "direction", "month", "none"}));
    cmd->add_option("--format", args->format, "Output format")->check(CLI::IsMember({"text", "json", "csv"}));
    add_bom_flag(*cmd, args->bom);
    cmd->add_option("--catalog", args->catalog,
                    "Direction catalog: a built-in id or a catalog file (default: the configuration's, else the "
                    "roadmap's catalog:)");
    cmd->add_option("--lang", args->lang, "Language of the text table and of load errors")
        ->check(CLI::IsMember({"ru", "en"}));
    cmd->callback([args] { run(*args); });
}

} // namespace eduroadmap::cli
