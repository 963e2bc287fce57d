/// @file window.hpp
/// @brief Calendar value types: a date and an inclusive date range (Window).
///
/// All calendar arithmetic in eduroadmap is done with Boost.Date_Time; these
/// types only give the domain its names.
#ifndef EDUROADMAP_WINDOW_HPP
#define EDUROADMAP_WINDOW_HPP

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace eduroadmap {

/// A calendar day (proleptic Gregorian), as Boost.Date_Time models it.
using Date = boost::gregorian::date;

/// @brief An inclusive range of calendar days [start, end].
///
/// A Window is never empty and never inverted: the constructor rejects
/// `end < start` and special values (not-a-date, infinities). Two dates
/// cannot be swapped by accident because the accessors are named.
class Window {
public:
    /// @brief Makes the window [start, end].
    /// @throws std::invalid_argument if either date is special or end < start.
    Window(Date start, Date end);

    /// @brief A window of one day.
    static Window day(Date d) { return Window(d, d); }

    /// First day of the window.
    Date start() const noexcept { return start_; }
    /// Last day of the window (inclusive).
    Date end() const noexcept { return end_; }
    /// Number of days in the window (at least 1).
    long days() const noexcept { return (end_ - start_).days() + 1; }

    /// True when @p d lies inside the window.
    bool contains(Date d) const noexcept { return start_ <= d && d <= end_; }
    /// True when the two windows share at least one day.
    bool overlaps(const Window &other) const noexcept {
        return start_ <= other.end_ && other.start_ <= end_;
    }
    /// The days both windows share, or nothing when they are disjoint.
    std::optional<Window> intersect(const Window &other) const;

    /// The same range as a Boost half-open date_period [start, end + 1).
    boost::gregorian::date_period as_period() const {
        return {start_, end_ + boost::gregorian::days(1)};
    }

    /// Windows order by start, then by end.
    friend bool operator<(const Window &a, const Window &b) noexcept {
        return a.start_ < b.start_ || (a.start_ == b.start_ && a.end_ < b.end_);
    }
    /// Equal when both ends are equal.
    friend bool operator==(const Window &a, const Window &b) noexcept {
        return a.start_ == b.start_ && a.end_ == b.end_;
    }
    /// Not equal.
    friend bool operator!=(const Window &a, const Window &b) noexcept { return !(a == b); }

private:
    Date start_;
    Date end_;
};

/// @brief The first year of the calendar plans and deadlines are dated in.
///
/// Deadlines name years 1900..2199, plan periods lie inside them
/// (parse_plan_period, `period-invalid`), and the deadline resolver clamps
/// any period it is given into 1900-01-01..2199-12-31, so that no window it
/// makes lies outside what it reads back (render_deadline).
inline constexpr int min_plan_year = 1900;
/// @brief The last year of that calendar.
inline constexpr int max_plan_year = 2199;

/// @brief @p w clamped into 1900-01-01..2199-12-31: each end moved inside
/// (a window wholly before the calendar becomes its first day, one wholly
/// after it its last).
Window clamp_to_plan_calendar(const Window &w) noexcept;

/// @brief Formats a date as ISO 8601 `YYYY-MM-DD`.
std::string to_iso(Date d);

/// @brief Formats a window as `YYYY-MM-DD..YYYY-MM-DD`.
std::string to_iso(const Window &w);

/// @brief Parses a strict ISO 8601 calendar date `YYYY-MM-DD`.
/// @return the date, or nothing when the text is not exactly such a valid date.
std::optional<Date> parse_iso_date(std::string_view text) noexcept;

} // namespace eduroadmap

#endif
