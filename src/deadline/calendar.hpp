// Calendar units named in deadline text (a day, a month, a quarter, a school
// year …) and their windows, with or without a written year.
#ifndef EDUROADMAP_SRC_DEADLINE_CALENDAR_HPP
#define EDUROADMAP_SRC_DEADLINE_CALENDAR_HPP

#include <eduroadmap/deadline.hpp>

#include <optional>

namespace eduroadmap::detail {

enum class Unit : std::uint8_t { day, month, quarter, half, school_quarter, year, school_year };

/// One calendar unit as written: «15 ноября», «сентябрь 2023», «III квартал», «2021».
struct Point {
    Unit unit = Unit::year;
    int index = 0;  // month of day/month; number of quarter, half-year, school quarter
    int day = 0;    // Unit::day only
    int year = 0;   // calendar year of the window's start (school_year: its first year); 0 = not written
    bool school_suffix = false; // a year followed by «учебный год»
};

/// One list item: a point or a span «X – Y».
struct Item {
    Point first;
    Point last; // == first unless span
    bool span = false;
};

/// The window of @p p in calendar year @p year (ignoring p.year), or nothing
/// when it does not exist (31 April, 29 February of a common year).
std::optional<Window> unit_window(const Point &p, int year);

/// The month span a unit covers in every year: months, quarters, half-years
/// and school quarters have one; days and years do not.
std::optional<MonthSpan> month_span(const Point &p);

/// An item resolved against the plan period.
struct Resolved {
    Window window;
    bool ambiguous = false;
};

/// Resolves an item: written years as written; a unit without a year at its
/// occurrence inside @p period (the first one, ambiguous when there are more);
/// spans per docs/deadlines.md ("Resolution rules"). Nothing when the dates do
/// not exist or the span is inverted.
std::optional<Resolved> resolve_item(const Item &item, const Window &period);

} // namespace eduroadmap::detail

#endif
