// `eduroadmap deadline [--period P] [--format json|text] TEXT...`: resolves
// deadline texts against a plan period, one result per line.
#include "commands.hpp"

#include <eduroadmap/deadline.hpp>
#include <eduroadmap/json.hpp>

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
    std::vector<std::string> texts;
};

std::optional<int> year_of(std::string_view s) {
    if (s.size() != 4) return std::nullopt;
    int y = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        y = y * 10 + (c - '0');
    }
    if (y < 1401 || y > 9998) return std::nullopt;
    return y;
}

Date jan1(int y) { return Date(static_cast<unsigned short>(y), 1, 1); }
Date dec31(int y) { return Date(static_cast<unsigned short>(y), 12, 31); }

// `START..END`, `2020-2022`, `2021` or the school year `2023/2024`.
std::optional<Window> parse_period(std::string_view p) {
    if (const std::size_t dots = p.find(".."); dots != std::string_view::npos) {
        const auto a = parse_iso_date(p.substr(0, dots)), b = parse_iso_date(p.substr(dots + 2));
        if (!a || !b || *b < *a) return std::nullopt;
        return Window(*a, *b);
    }
    if (auto y = year_of(p)) return Window(jan1(*y), dec31(*y));
    if (p.size() == 9 && (p[4] == '-' || p[4] == '/')) {
        const auto a = year_of(p.substr(0, 4)), b = year_of(p.substr(5));
        if (!a || !b) return std::nullopt;
        if (p[4] == '/') {
            if (*b != *a + 1) return std::nullopt;
            return Window(Date(static_cast<unsigned short>(*a), 9, 1), Date(static_cast<unsigned short>(*b), 8, 31));
        }
        if (*b < *a) return std::nullopt;
        return Window(jan1(*a), dec31(*b));
    }
    return std::nullopt;
}

std::string to_text(const Deadline &d) {
    std::string line = d.text + " → " + render_deadline(d);
    if (!d.windows.empty()) {
        line += ":";
        for (const Window &w : d.windows) line += " " + to_iso(w);
    }
    if (d.ambiguous) line += " [неоднозначно]";
    return line;
}

void print(const Deadline &d, bool json) { std::cout << (json ? to_json(d) : to_text(d)) << '\n'; }

void run(const DeadlineOptions &o) {
    const int this_year = boost::gregorian::day_clock::local_day().year();
    Window period(jan1(this_year), dec31(this_year));
    if (!o.period.empty()) {
        const auto p = parse_period(o.period);
        if (!p) {
            std::cerr << "eduroadmap deadline: bad --period «" << o.period
                      << "»: expected START..END, 2020-2022, 2021 or 2023/2024\n";
            exit_status() = usage;
            return;
        }
        period = *p;
    }
    const bool json = o.format == "json";
    for (const std::string &text : o.texts) {
        if (text != "-") {
            print(resolve_deadline(text, period), json);
            continue;
        }
        for (std::string line; std::getline(std::cin, line);) {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            print(resolve_deadline(line, period), json);
        }
    }
    std::cout.flush();
    exit_status() = ok;
}

} // namespace

void add_deadline_command(CLI::App &app) {
    auto options = std::make_shared<DeadlineOptions>();
    CLI::App *cmd = app.add_subcommand("deadline", "Resolve deadline texts («Сроки») against a plan period");
    cmd->add_option("--period", options->period,
                    "Plan period: START..END (ISO dates), 2020-2022, 2021 or 2023/2024 (default: this calendar year)");
    cmd->add_option("--format", options->format, "Output: json (one object per line) or text")
        ->check(CLI::IsMember({"json", "text"}));
    cmd->add_option("text", options->texts, "Deadline texts; - reads one text per line from standard input")
        ->required();
    cmd->callback([options] { run(*options); });
}

} // namespace eduroadmap::cli
