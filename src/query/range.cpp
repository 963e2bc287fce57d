// Date ranges as the CLI and JSON queries write them, and GroupBy names.
#include <eduroadmap/query.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

namespace eduroadmap {
namespace {

// Reads exactly @p digits ASCII digits at the start of @p text.
std::optional<int> digits(std::string_view text, std::size_t count) {
    if (text.size() != count) return std::nullopt;
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<Window> months(int year, int first, int last) {
    if (year < 1400 || year > 9999) return std::nullopt;
    Date start(year, first, 1);
    return Window(start, Date(year, last, 1).end_of_month());
}

// A single period: YYYY, YYYY-MM, YYYY-Qn or YYYY-MM-DD.
std::optional<Window> period(std::string_view text) {
    if (auto year = digits(text, 4)) return months(*year, 1, 12);
    if (text.size() < 5 || text[4] != '-') return std::nullopt;
    auto year = digits(text.substr(0, 4), 4);
    if (!year) return std::nullopt;
    std::string_view rest = text.substr(5);
    if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'q'))
        if (auto q = digits(rest.substr(1), 1); q && *q >= 1 && *q <= 4) return months(*year, *q * 3 - 2, *q * 3);
    if (auto month = digits(rest, 2); month && *month >= 1 && *month <= 12) return months(*year, *month, *month);
    if (auto day = parse_iso_date(text)) return Window::day(*day);
    return std::nullopt;
}

} // namespace

std::optional<Window> parse_date_range(std::string_view text) noexcept {
    try {
        std::size_t dots = text.find("..");
        if (dots == std::string_view::npos) return period(text);
        auto start = parse_iso_date(text.substr(0, dots));
        auto end = parse_iso_date(text.substr(dots + 2));
        if (!start || !end || *end < *start) return std::nullopt;
        return Window(*start, *end);
    } catch (const std::exception &) { // dates outside Boost's calendar
        return std::nullopt;
    }
}

std::string_view to_string(GroupBy group_by) noexcept {
    switch (group_by) {
    case GroupBy::none: return "none";
    case GroupBy::responsible: return "responsible";
    case GroupBy::direction: return "direction";
    case GroupBy::month: return "month";
    }
    return "none";
}

std::optional<GroupBy> parse_group_by(std::string_view name) noexcept {
    for (GroupBy g : {GroupBy::none, GroupBy::responsible, GroupBy::direction, GroupBy::month})
        if (to_string(g) == name) return g;
    return std::nullopt;
}

} // namespace eduroadmap
