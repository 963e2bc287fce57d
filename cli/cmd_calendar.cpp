// `eduroadmap calendar FILE [-o plan.ics] [--responsible R] [--direction D]`:
// the windows of a roadmap's measures as RFC 5545 iCalendar, one all-day
// event per window (docs/query.md, "Calendar").
#include "commands.hpp"
#include "files.hpp"
#include "roadmap_input.hpp"

#include <eduroadmap/calendar.hpp>

#include <memory>
#include <string>

namespace eduroadmap::cli {
namespace {

struct CalendarArgs {
    std::string file;
    std::string output;
    std::string responsible;
    std::string direction;
    std::string catalog;
    std::string lang;
};

void run(const CalendarArgs &args) {
    std::unique_ptr<RoadmapInput> in = open_roadmap("calendar", args.file, args.catalog, args.lang);
    if (!in) return;
    Query filters;
    filters.responsible = args.responsible;
    filters.direction = args.direction;
    CalendarOptions options;
    if (!args.lang.empty()) options.language = parse_language(args.lang);
    // Written byte for byte: the CRLF line endings are part of the format.
    if (!write_output(args.output, to_icalendar(query(in->resolved, filters), options), "calendar"))
        exit_status() = usage;
}

} // namespace

void add_calendar_command(CLI::App &app) {
    auto args = std::make_shared<CalendarArgs>();
    CLI::App *cmd =
        app.add_subcommand("calendar", "Write the measures' windows as an iCalendar file (RFC 5545), one event each");
    cmd->add_option("file", args->file, "Roadmap file (- for stdin)")->required();
    cmd->add_option("-o,--output", args->output, "Output file, e.g. plan.ics (default: stdout)");
    cmd->add_option("--responsible", args->responsible, "Only this responsible: registry id, name or alias");
    cmd->add_option("--direction", args->direction, "Only this direction: catalog code, slug, or title words");
    cmd->add_option("--catalog", args->catalog, "Direction catalog: a built-in id or a catalog file");
    cmd->add_option("--lang", args->lang, "Language of the event descriptions (default: the roadmap's)")
        ->check(CLI::IsMember({"ru", "en"}));
    cmd->callback([args] { run(*args); });
}

} // namespace eduroadmap::cli
