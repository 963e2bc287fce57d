#include "deadline/calendar.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace eduroadmap::detail {

namespace bg = boost::gregorian;

namespace {

// School quarters as month spans: 09-01..10-31, 11-01..12-31, 01-01..03-31, 04-01..05-31.
constexpr MonthSpan school_quarters[4] = {{9, 10}, {11, 12}, {1, 3}, {4, 5}};

// Boost's calendar covers 1400..9999; one year of margin for spans into the next year.
bool year_in_range(int year) { return year >= 1401 && year <= 9998; }

Date first_day(int year, int month) {
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month), 1);
}

Window months_window(int year, int first_month, int last_month) {
    const int last_year = last_month < first_month ? year + 1 : year;
    return Window(first_day(year, first_month), first_day(last_year, last_month).end_of_month());
}

// Occurrences of an undated point are looked for in the years around the period.
struct Occurrence {
    std::optional<Window> window;
    int count = 0; // how many the period holds
};

bool holds(const Window &period, const Window &w) { return period.contains(w.start()) && period.contains(w.end()); }

// The occurrences the period holds whole; failing that, those it overlaps
// («III квартал» in a school year: July–September of both years, in part).
Occurrence occurrence_in(const Point &p, const Window &period) {
    Occurrence whole, part;
    const int from = period.start().year() - 1, to = period.end().year() + 1;
    for (int y = from; y <= to; ++y) {
        const auto w = unit_window(p, y);
        if (!w || !w->overlaps(period)) continue;
        Occurrence &o = holds(period, *w) ? whole : part;
        if (++o.count == 1) o.window = w;
    }
    if (whole.window) return whole;
    Occurrence o = part;
    if (o.window) return o;
    // Nothing inside a short period: the next occurrence after its start
    // (29 February may be four years away).
    for (int y = from; y <= to + 8; ++y) {
        const auto w = unit_window(p, y);
        if (w && w->start() >= period.start()) {
            o.window = w;
            break;
        }
    }
    return o;
}

// The last occurrence of @p p starting no later than @p limit.
std::optional<Window> last_not_after(const Point &p, Date limit) {
    for (int y = limit.year(); y >= limit.year() - 8; --y)
        if (auto w = unit_window(p, y); w && w->start() <= limit) return w;
    return std::nullopt;
}

// The first occurrence of @p p starting no earlier than @p limit.
std::optional<Window> first_not_before(const Point &p, Date limit) {
    for (int y = limit.year() - 1; y <= limit.year() + 8; ++y)
        if (auto w = unit_window(p, y); w && w->start() >= limit) return w;
    return std::nullopt;
}

} // namespace

std::optional<Window> unit_window(const Point &p, int year) {
    if (!year_in_range(year)) return std::nullopt;
    switch (p.unit) {
    case Unit::day: {
        if (p.index < 1 || p.index > 12 || p.day < 1) return std::nullopt;
        const auto y = static_cast<unsigned short>(year), m = static_cast<unsigned short>(p.index);
        if (p.day > bg::gregorian_calendar::end_of_month_day(y, m)) return std::nullopt;
        return Window::day(Date(y, m, static_cast<unsigned short>(p.day)));
    }
    case Unit::month:
        if (p.index < 1 || p.index > 12) return std::nullopt;
        return months_window(year, p.index, p.index);
    case Unit::quarter:
        if (p.index < 1 || p.index > 4) return std::nullopt;
        return months_window(year, 3 * p.index - 2, 3 * p.index);
    case Unit::half:
        if (p.index < 1 || p.index > 2) return std::nullopt;
        return months_window(year, 6 * p.index - 5, 6 * p.index);
    case Unit::school_quarter: {
        if (p.index < 1 || p.index > 4) return std::nullopt;
        const MonthSpan s = school_quarters[p.index - 1];
        return months_window(year, s.first, s.last);
    }
    case Unit::year:
        return months_window(year, 1, 12);
    case Unit::school_year:
        return months_window(year, 9, 8);
    }
    return std::nullopt;
}

std::optional<MonthSpan> month_span(const Point &p) {
    switch (p.unit) {
    case Unit::month: return MonthSpan{p.index, p.index};
    case Unit::quarter: return MonthSpan{3 * p.index - 2, 3 * p.index};
    case Unit::half: return MonthSpan{6 * p.index - 5, 6 * p.index};
    case Unit::school_quarter:
        if (p.index < 1 || p.index > 4) break;
        return school_quarters[p.index - 1];
    case Unit::year: return MonthSpan{1, 12};
    case Unit::school_year: return MonthSpan{9, 8};
    case Unit::day: break;
    }
    return std::nullopt;
}

std::optional<Resolved> resolve_item(const Item &item, const Window &period) {
    const Point &a = item.first;
    if (!item.span) {
        if (a.year) {
            if (auto w = unit_window(a, a.year)) return Resolved{*w, false};
            return std::nullopt;
        }
        const Occurrence o = occurrence_in(a, period);
        if (!o.window) return std::nullopt;
        return Resolved{*o.window, o.count > 1};
    }

    const Point &b = item.last;
    std::optional<Window> from, to;
    bool ambiguous = false;
    if (a.year && b.year) {
        from = unit_window(a, a.year);
        to = unit_window(b, b.year);
    } else if (b.year) { // «Февраль - апрель 2021»: the start is its last occurrence not after the end
        to = unit_window(b, b.year);
        if (to) from = last_not_after(a, to->start());
    } else {
        if (a.year) {
            from = unit_window(a, a.year);
        } else { // «сентябрь-май»: the start as a bare unit inside the period
            const Occurrence o = occurrence_in(a, period);
            from = o.window;
            ambiguous = o.count > 1;
        }
        if (from) to = first_not_before(b, from->start()); // the next occurrence of the end
    }
    if (!from || !to || to->end() < from->start()) return std::nullopt;
    return Resolved{Window(from->start(), to->end()), ambiguous};
}

} // namespace eduroadmap::detail
