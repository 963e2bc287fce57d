#include "deadline/calendar.hpp"

#include "deadline/recurrence.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace eduroadmap::detail {

namespace bg = boost::gregorian;

namespace {

// Boost's calendar covers 1400..9999; one year of margin for spans into the next year.
bool year_in_range(int year) { return year >= 1401 && year <= 9998; }

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
        return span_window({p.index, p.index}, year);
    case Unit::quarter:
        if (p.index < 1 || p.index > 4) return std::nullopt;
        return span_window({3 * p.index - 2, 3 * p.index}, year);
    case Unit::half:
        if (p.index < 1 || p.index > 2) return std::nullopt;
        return span_window({6 * p.index - 5, 6 * p.index}, year);
    case Unit::school_quarter: {
        if (p.index < 1 || p.index > 4) return std::nullopt;
        return span_window(school_quarter_months[p.index - 1], year);
    }
    case Unit::year:
        return span_window({1, 12}, year);
    case Unit::school_year:
        return span_window({9, 8}, year);
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
        return school_quarter_months[p.index - 1];
    case Unit::day:
    case Unit::year:
    case Unit::school_year: break;
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
