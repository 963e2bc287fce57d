// `eduroadmap deadline [--period P] [--format json|text] [--lang ru|en] TEXT...`:
// resolves deadline texts against a plan period, one result per line.
#include "commands.hpp"
#include "configs.hpp"

#include <eduroadmap/deadline.hpp>
#include <eduroadmap/json.hpp>
#include <eduroadmap/model.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace eduroadmap::cli {

namespace {

struct DeadlineOptions {
    std::string period;
    std::string format = "json";
    std::string lang; // of the text format's remarks
    std::vector<std::string> texts;
};

// The longest text read from one line of standard input: deadline texts are
// a few words; a longer line is reported, not resolved nor read into memory.
constexpr std::size_t max_line_bytes = 64 * 1024;

// One line of @p in into @p line (without its line break), at most
// max_line_bytes of it; the rest of a longer line is skipped and @p too_long set.
bool read_line(std::istream &in, std::string &line, bool &too_long) {
    line.clear();
    too_long = false;
    for (int c; (c = in.get()) != std::char_traits<char>::eof();) {
        if (c == '\n') return true;
        if (line.size() < max_line_bytes) line += static_cast<char>(c);
        else too_long = true;
    }
    return !line.empty() || too_long;
}

std::string to_text(const Deadline &d, Language language) {
    std::string line = d.text + " → " + render_deadline(d);
    if (!d.windows.empty()) {
        line += ":";
        for (const Window &w : d.windows) line += " " + to_iso(w);
    }
    if (d.ambiguous) line += language == Language::ru ? " [неоднозначно]" : " [ambiguous]";
    return line;
}

// One result: its JSON object, or for @p text_language its text line.
void print(const Deadline &d, std::optional<Language> text_language) {
    std::cout << (text_language ? to_text(d, *text_language) : to_json(d)) << '\n';
}

void run(const DeadlineOptions &o) {
    const int this_year = boost::gregorian::day_clock::local_day().year();
    Window period(Date(static_cast<unsigned short>(this_year), 1, 1), Date(static_cast<unsigned short>(this_year), 12, 31));
    if (!o.period.empty()) {
        std::string reason;
        const auto p = parse_plan_period(o.period, reason);
        if (!p) {
            std::cerr << "eduroadmap deadline: bad --period «" << o.period << "»: " << reason << "\n";
            exit_status() = usage;
            return;
        }
        period = p->window;
    }
    // JSON has no language; the text format's follows --lang, the configuration, the locale.
    std::optional<Language> text_language;
    if (o.format == "text" && !(text_language = command_language("deadline", o.lang))) return;
    bool failed = false;
    for (const std::string &text : o.texts) {
        if (text != "-") {
            print(resolve_deadline(text, period), text_language);
            continue;
        }
        std::string line;
        bool too_long = false;
        for (std::size_t number = 1; read_line(std::cin, line, too_long); ++number) {
            if (too_long) {
                std::cerr << "eduroadmap deadline: line " << number << " of standard input is longer than "
                          << max_line_bytes << " bytes: not a deadline text, skipped\n";
                failed = true;
                continue;
            }
            if (!line.empty() && line.back() == '\r') line.pop_back();
            print(resolve_deadline(line, period), text_language);
        }
    }
    std::cout.flush();
    exit_status() = failed ? findings : ok;
}

} // namespace

void add_deadline_command(CLI::App &app) {
    auto options = std::make_shared<DeadlineOptions>();
    CLI::App *cmd = app.add_subcommand("deadline", "Resolve deadline texts («Сроки») against a plan period");
    cmd->add_option("--period", options->period,
                    "Plan period: START..END (ISO dates), 2020-2022, 2021 or 2023/2024 (default: this calendar year)");
    cmd->add_option("--format", options->format, "Output: json (one object per line) or text")
        ->check(CLI::IsMember({"json", "text"}));
    cmd->add_option("--lang", options->lang,
                    "Language of the text format (default: the configuration's, else from the locale)")
        ->check(CLI::IsMember({"ru", "en"}));
    cmd->add_option("text", options->texts, "Deadline texts; - reads one text per line from standard input")
        ->required();
    cmd->callback([options] { run(*options); });
}

} // namespace eduroadmap::cli
