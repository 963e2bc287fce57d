// The windows a recurrence rule generates inside a period, computed by
// calendar arithmetic instead of being written out: what a Schedule holds
// for a rule (schedule.hpp). The same windows, in the same order, as writing
// every occurrence out, intersecting it with the period and the rule's
// bounds, cutting it to the season and sorting (docs/deadlines.md,
// "Recurring deadlines"; tests/schedule_test.cpp checks that against such
// a plain expansion).
#ifndef EDUROADMAP_SRC_DEADLINE_OCCURRENCES_HPP
#define EDUROADMAP_SRC_DEADLINE_OCCURRENCES_HPP

#include <eduroadmap/schedule.hpp>

#include <cstddef>
#include <optional>
#include <vector>

namespace eduroadmap::detail {

class Occurrences {
public:
    // @p period must lie inside the plan calendar (clamp_to_plan_calendar):
    // every date computed here then stays far inside Boost's.
    Occurrences(const Recurrence &rule, const Window &period);

    std::size_t size() const noexcept { return size_; }
    // The window at @p index < size().
    Window operator[](std::size_t index) const;
    // The period the windows were generated in (clamped).
    const Window &period() const noexcept { return period_; }
    // Days of the longest window (an upper bound), for searching by date.
    long longest() const noexcept { return longest_; }
    // True when both were made from the same rule and period: the same windows.
    bool same_as(const Occurrences &other) const noexcept {
        return rule_ == other.rule_ && period_ == other.period_;
    }

private:
    // What the rule repeats: a sequence of disjoint blocks numbered from 0
    // (weeks, runs of months, slices of the period, school quarters), or
    // month spans in every n-th year (yearly with months, which may overlap).
    enum class Unit { days, months, slices, school_quarters, year_spans };

    Window block(long k) const;
    long first_ending_from(Date d) const; // the first block ending on or after d
    long last_starting_by(Date d) const;  // the last block starting on or before d
    // The windows inside @p clip: blocks [first, first + count).
    std::size_t count_in(const Window &clip, long &first) const;
    // Season segment @p j (a season window cut to the bounds), when not empty.
    std::optional<Window> segment(std::size_t j) const;
    std::size_t segment_count() const;
    void set_up_year_spans(int anchor_year, int interval);

    Recurrence rule_;
    Window period_;
    Window bounds_;              // the period cut to the rule's start and until
    Unit unit_ = Unit::days;
    Date anchor_;                // days: the first Monday; slices: the period's start
    long step_ = 1;              // days: 7 × interval; months: months per block; slices: years; quarters: interval
    long base_ = 0;              // months: the anchor's month number; quarters: the first quarter in the bounds
    std::vector<MonthSpan> season_; // the season as maximal runs of months; empty: none
    long first_ = 0;             // without a season: the first block inside the bounds
    // year_spans: the spans in window order; the first and last two years
    // written out (cut to the bounds), the years between computed.
    std::vector<MonthSpan> spans_;
    std::vector<Window> head_, tail_;
    int middle_first_year_ = 0;
    std::size_t middle_years_ = 0;
    int interval_ = 1;
    std::size_t size_ = 0;
    long longest_ = 0;
};

} // namespace eduroadmap::detail

#endif
