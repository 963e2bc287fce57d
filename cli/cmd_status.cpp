// `eduroadmap status FILE --as-of DATE [--quarter 2024Q1] [--format
// text|json|csv|html]`: the execution of a plan on a date, per measure and per
// occurrence, counted per direction and per responsible (docs/status.md).
#include "columns.hpp"
#include "commands.hpp"
#include "csv.hpp"
#include "report.hpp"
#include "roadmap_input.hpp"

#include <eduroadmap/query.hpp>
#include <eduroadmap/status.hpp>
#include <eduroadmap/status_html.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cmath>
#include <iostream>
#include <memory>
#include <regex>

namespace eduroadmap::cli {
namespace {

struct StatusArgs {
    std::string file;
    std::string as_of;
    std::string quarter;
    std::string format = "text";
    bool bom = false;
    std::string catalog;
    std::string lang;
};

// `2024Q1` or `2024-Q1`: the calendar quarter.
std::optional<Window> parse_quarter(const std::string &text) {
    static const std::regex form("^([0-9]{4})-?[Qq]([1-4])$");
    std::smatch m;
    if (!std::regex_match(text, m, form)) return std::nullopt;
    return parse_date_range(m[1].str() + "-Q" + m[2].str());
}

std::string share_text(const ExecutionTally &t) {
    std::optional<double> s = t.share_done();
    return s ? std::to_string(static_cast<int>(std::lround(*s * 100))) + "%" : "—";
}

void tally_table(std::ostream &out, const char *heading, const std::vector<ExecutionTally> &tallies, bool ru) {
    out << heading << ":\n";
    out << "  " << pad(ru ? "код" : "key", 12) << ' ' << pad(ru ? "название" : "label", 40) << ' '
        << pad_left(ru ? "мер." : "meas.", 5) << ' ' << pad_left(ru ? "к сроку" : "due", 7) << ' '
        << pad_left(ru ? "выполн." : "done", 7) << ' ' << pad_left(ru ? "доля" : "share", 5) << ' '
        << pad_left(ru ? "просроч." : "overdue", 8) << "\n";
    for (const ExecutionTally &t : tallies)
        out << "  " << pad(t.key.empty() ? "—" : t.key, 12) << ' ' << pad(t.label, 40) << ' '
            << pad_left(std::to_string(t.measures), 5) << ' ' << pad_left(std::to_string(t.due), 7) << ' '
            << pad_left(std::to_string(t.due_done), 7) << ' ' << pad_left(share_text(t), 5) << ' '
            << pad_left(std::to_string(t.overdue), 8) << "\n";
}

void write_text(std::ostream &out, const StatusReport &r, bool ru) {
    const Language lang = ru ? Language::ru : Language::en;
    out << (ru ? "Исполнение плана " : "Execution of ") << r.roadmap->roadmap->id << (ru ? " на " : " as of ")
        << to_iso(r.options.as_of);
    if (r.options.due_in) out << (ru ? ", сроки в " : ", due in ") << to_iso(*r.options.due_in);
    out << "\n";
    const ExecutionTally &t = r.total;
    out << (ru ? "Мероприятий " : "Measures ") << t.measures << (ru ? "; к сроку " : "; due ") << t.due
        << (ru ? ", выполнено " : ", done ") << t.due_done << " (" << share_text(t) << ")"
        << (ru ? "; просрочено " : "; overdue ") << t.overdue << (ru ? ", в работе " : ", in progress ")
        << t.in_progress << (ru ? ", предстоит " : ", upcoming ") << t.upcoming
        << (ru ? ", отменено " : ", cancelled ") << t.cancelled << (ru ? ", без срока " : ", no date ") << t.no_date
        << "\n";
    tally_table(out, ru ? "По направлениям" : "By direction", r.by_direction, ru);
    tally_table(out, ru ? "По ответственным" : "By responsible", r.by_responsible, ru);
    out << (ru ? "Мероприятия" : "Measures") << ":\n";
    for (const MeasureExecution &x : r.measures) {
        out << "  " << pad(x.measure->id, 8) << ' ' << pad(std::string(execution_label(x.execution, lang)), 11) << ' '
            << pad(x.measure->deadline.text, 24) << ' ' << clip(x.measure->ref.measure->title, 70) << "\n";
        for (const Occurrence &o : x.occurrences) {
            if (o.execution == Execution::upcoming && !r.options.due_in) continue; // the plan ahead is not news
            out << "      " << to_iso(o.window) << ' ' << execution_label(o.execution, lang);
            if (o.mark) {
                out << " — " << to_iso(o.mark->date) << ' ' << o.mark->status;
                if (!o.mark->note.empty()) out << ": " << clip(o.mark->note, 60);
            }
            out << "\n";
        }
    }
}

void write_csv(std::ostream &stream, const StatusReport &r, bool bom) {
    CsvTable out(stream, bom);
    out.row({"id", "number", "direction", "responsibles", "title", "deadline", "execution", "due", "due_done", "done",
             "overdue", "in_progress", "upcoming", "cancelled", "marks"});
    for (const MeasureExecution &x : r.measures) {
        const ResolvedMeasure &m = *x.measure;
        std::string responsibles, marks;
        for (const ResponsibleMention &mention : m.responsibles)
            responsibles += (responsibles.empty() ? "" : " ") + (mention.matched() ? mention.id : mention.text);
        for (const Occurrence &o : x.occurrences)
            if (o.mark)
                marks += (marks.empty() ? "" : "; ") + to_iso(o.mark->date) + " " + o.mark->status +
                         (o.mark->note.empty() ? "" : " " + o.mark->note);
        const MeasureDirection d = direction_of(*r.roadmap, m);
        out.row({m.id, m.ref.measure->number, d.code, responsibles, m.ref.measure->title, m.deadline.text,
                 std::string(to_string(x.execution)), std::to_string(x.due), std::to_string(x.due_done),
                 std::to_string(x.done), std::to_string(x.overdue), std::to_string(x.in_progress),
                 std::to_string(x.upcoming), std::to_string(x.cancelled), marks});
    }
}

void run(const StatusArgs &args) {
    if (!check_bom("status", args.format, args.bom)) return;
    StatusOptions options;
    if (!args.quarter.empty()) {
        options.due_in = parse_quarter(args.quarter);
        if (!options.due_in) {
            std::cerr << "eduroadmap status: bad --quarter «" << args.quarter << "»: expected YYYYQn, e.g. 2024Q1\n";
            exit_status() = usage;
            return;
        }
    }
    if (!args.as_of.empty()) {
        std::optional<Date> d = parse_iso_date(args.as_of);
        if (!d) {
            std::cerr << "eduroadmap status: bad --as-of «" << args.as_of << "»: expected YYYY-MM-DD\n";
            exit_status() = usage;
            return;
        }
        options.as_of = *d;
    } else if (options.due_in) {
        options.as_of = options.due_in->end() + boost::gregorian::days(1); // the report made after the quarter
    } else {
        std::cerr << "eduroadmap status: --as-of DATE is required (or --quarter)\n";
        exit_status() = usage;
        return;
    }
    std::unique_ptr<RoadmapInput> in = open_roadmap("status", args.file, args.catalog, args.lang);
    if (!in) return;
    const StatusReport report = status(in->resolved, options);
    const Language lang = choose_language(args.lang, in->configured_language);
    if (args.format == "json") std::cout << to_json(report, 2) << "\n";
    else if (args.format == "csv") write_csv(std::cout, report, args.bom);
    else if (args.format == "html") std::cout << status_page(report, args.file, lang);
    else write_text(std::cout, report, lang == Language::ru);
    std::cout.flush();
    exit_status() = ok;
}

} // namespace

void add_status_command(CLI::App &app) {
    auto args = std::make_shared<StatusArgs>();
    CLI::App *cmd = app.add_subcommand(
        "status", "The execution of a plan on a date: done, in progress, overdue, upcoming (docs/status.md)");
    cmd->add_option("file", args->file, "Roadmap file (- for stdin)")->required();
    cmd->add_option("--as-of", args->as_of,
                    "The date, YYYY-MM-DD (default with --quarter: the day after the quarter)");
    cmd->add_option("--quarter", args->quarter, "Only what fell due in this calendar quarter: YYYYQn, e.g. 2024Q1");
    cmd->add_option("--format", args->format, "Output format")->check(CLI::IsMember({"text", "json", "csv", "html"}));
    add_bom_flag(*cmd, args->bom);
    cmd->add_option("--catalog", args->catalog, "Direction catalog: a built-in id or a catalog file");
    cmd->add_option("--lang", args->lang, "Language of the text and HTML formats")->check(CLI::IsMember({"ru", "en"}));
    cmd->callback([args] { run(*args); });
}

} // namespace eduroadmap::cli
