// Schedule computes a rule's windows by arithmetic. These tests hold it to a
// plain expansion — every occurrence written out, intersected with the
// period and the rule's bounds, cut to the season, sorted (the way
// expand_recurrence worked before schedules) — over generated rules and
// periods: same count, same windows, same answers to in().
#include "../src/deadline/recurrence.hpp"

#include <eduroadmap/deadline.hpp>
#include <eduroadmap/schedule.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <vector>

using namespace eduroadmap;
namespace bg = boost::gregorian;

namespace {

int floor_mod(int a, int n) { return ((a % n) + n) % n; }

void append_window(std::vector<Window> &out, Date s, Date e, const Window &bounds) {
    if (e < s) return;
    if (auto w = Window(s, e).intersect(bounds)) out.push_back(*w);
}

std::vector<Window> cut_to_season(const std::vector<Window> &windows, const std::vector<Window> &season) {
    std::vector<Window> out;
    for (const Window &w : windows)
        for (const Window &s : season)
            if (auto part = w.intersect(s)) out.push_back(*part);
    return out;
}

std::vector<Window> season_windows(const std::vector<MonthSpan> &months, int from_year, int to_year) {
    std::vector<Window> season;
    for (int y = from_year; y <= to_year; ++y)
        for (const MonthSpan &m : months) season.push_back(detail::span_window(m, y));
    std::sort(season.begin(), season.end());
    std::vector<Window> merged;
    for (const Window &w : season) {
        if (!merged.empty() && w.start() <= merged.back().end() + bg::days(1)) {
            if (w.end() > merged.back().end()) merged.back() = Window(merged.back().start(), w.end());
        } else {
            merged.push_back(w);
        }
    }
    return merged;
}

// The expansion as the library did it before Schedule: every occurrence.
std::vector<Window> plain_expansion(const Recurrence &rule, const Window &period) {
    Date lo = period.start(), hi = period.end();
    if (rule.start && *rule.start > lo) lo = *rule.start;
    if (rule.until && *rule.until < hi) hi = *rule.until;
    if (hi < lo) return {};
    const Window bounds(lo, hi);
    const int n = std::clamp(rule.interval, 1, detail::max_recurrence_interval);
    const int anchor_year = rule.start ? rule.start->year() : period.start().year();
    std::vector<Window> out;
    switch (rule.frequency) {
    case Frequency::yearly:
        if (rule.months.empty()) {
            for (int k = 0;; ++k) {
                const Date s = period.start() + bg::years(k * n);
                if (s > hi) break;
                append_window(out, s, period.start() + bg::years((k + 1) * n) - bg::days(1), bounds);
            }
        } else {
            for (int y = lo.year() - 1; y <= hi.year(); ++y) {
                if (floor_mod(y - anchor_year, n) != 0) continue;
                for (const MonthSpan &m : rule.months) {
                    const Window w = detail::span_window(m, y);
                    append_window(out, w.start(), w.end(), bounds);
                }
            }
        }
        break;
    case Frequency::half_yearly:
    case Frequency::quarterly:
    case Frequency::monthly: {
        const int step = n * (rule.frequency == Frequency::half_yearly ? 6 : rule.frequency == Frequency::quarterly ? 3 : 1);
        for (bg::month_iterator it(Date(static_cast<unsigned short>(anchor_year), 1, 1), step); *it <= hi; ++it)
            append_window(out, *it, *it + bg::months(step) - bg::days(1), bounds);
        break;
    }
    case Frequency::weekly:
        for (bg::week_iterator it(bg::previous_weekday(lo, bg::greg_weekday(bg::Monday)), n); *it <= hi; ++it)
            append_window(out, *it, *it + bg::weeks(n) - bg::days(1), bounds);
        break;
    case Frequency::school_quarterly: {
        int index = 0;
        for (int y = lo.year() - 1; y <= hi.year(); ++y)
            for (int q = 0; q < 4; ++q) {
                const Window w = detail::span_window(detail::school_quarter_months[q], q < 2 ? y : y + 1);
                if (!w.overlaps(bounds)) continue;
                if (index++ % n == 0) append_window(out, w.start(), w.end(), bounds);
            }
        break;
    }
    }
    std::sort(out.begin(), out.end());
    if (!rule.months.empty() && rule.frequency != Frequency::yearly)
        out = cut_to_season(out, season_windows(rule.months, lo.year() - 1, hi.year()));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

Date random_date(std::mt19937 &rng, int from_year, int to_year) {
    return Date(static_cast<unsigned short>(std::uniform_int_distribution<int>(from_year, to_year)(rng)),
                static_cast<unsigned short>(std::uniform_int_distribution<int>(1, 12)(rng)),
                static_cast<unsigned short>(std::uniform_int_distribution<int>(1, 28)(rng)));
}

Recurrence random_rule(std::mt19937 &rng, const Window &period) {
    Recurrence r;
    r.frequency = static_cast<Frequency>(std::uniform_int_distribution<int>(0, 5)(rng));
    const int roll = std::uniform_int_distribution<int>(0, 9)(rng);
    r.interval = roll < 6 ? 1 : roll < 9 ? std::uniform_int_distribution<int>(2, 5)(rng) : 1000;
    const int spans = std::uniform_int_distribution<int>(0, 3)(rng);
    for (int i = 0; i < spans; ++i) {
        const int first = std::uniform_int_distribution<int>(1, 12)(rng);
        const int length = std::uniform_int_distribution<int>(1, 12)(rng);
        r.months.push_back({first, (first - 1 + length - 1) % 12 + 1});
    }
    detail::sort_month_spans(r.months);
    const int y0 = period.start().year(), y1 = period.end().year();
    if (std::uniform_int_distribution<int>(0, 3)(rng) == 0) r.start = random_date(rng, y0 - 1, y1);
    if (std::uniform_int_distribution<int>(0, 3)(rng) == 0) r.until = random_date(rng, y0, y1 + 1);
    return r;
}

Window random_schedule_period(std::mt19937 &rng) {
    const Date start = random_date(rng, 2015, 2030);
    return Window(start, start + bg::days(std::uniform_int_distribution<int>(0, 3650)(rng)));
}

} // namespace

TEST_CASE("a rule's schedule has the windows of the plain expansion, computed one by one") {
    std::mt19937 rng(17);
    for (int i = 0; i < 3000; ++i) {
        const Window period = random_schedule_period(rng);
        const Recurrence rule = random_rule(rng, period);
        const Schedule s(rule, period);
        const std::vector<Window> expected = plain_expansion(rule, period);
        INFO("rule " << rule.to_rrule() << " start " << (rule.start ? to_iso(*rule.start) : "-") << " P=" << to_iso(period));
        REQUIRE(s.is_rule());
        REQUIRE(s.size() == expected.size());
        REQUIRE(s.to_vector() == expected);
        for (std::size_t k = 0; k < expected.size(); k += 1 + expected.size() / 7) REQUIRE(s[k] == expected[k]);
        if (!expected.empty()) {
            CHECK(s.front() == expected.front());
            CHECK(s.back() == expected.back());
        }
        CHECK_THROWS_AS(s.at(expected.size()), std::out_of_range);
        // in(): exactly the windows overlapping the range, in order.
        const Date a = period.start() + bg::days(std::uniform_int_distribution<int>(-40, int(period.days()))(rng));
        const Window range(a, a + bg::days(std::uniform_int_distribution<int>(0, 120)(rng)));
        std::vector<Window> inside, wanted;
        for (const Window &w : s.in(range)) inside.push_back(w);
        for (const Window &w : expected)
            if (w.overlaps(range)) wanted.push_back(w);
        REQUIRE(inside == wanted);
    }
}

TEST_CASE("dated windows before a rule, and lists") {
    const Window period(Date(2021, 1, 1), Date(2023, 12, 31));
    Recurrence yearly;
    yearly.months = {{5, 5}};
    yearly.start = Date(2022, 1, 1);
    const Schedule s({Window(Date(2021, 5, 1), Date(2021, 5, 31))}, yearly, period);
    REQUIRE(s.size() == 3);
    CHECK(s[0] == Window(Date(2021, 5, 1), Date(2021, 5, 31)));
    CHECK(s[2] == Window(Date(2023, 5, 1), Date(2023, 5, 31)));
    CHECK(s.due_dates() == std::vector<Date>{Date(2021, 5, 31), Date(2022, 5, 31), Date(2023, 5, 31)});
    const Schedule list(std::vector<Window>{Window(Date(2022, 3, 1), Date(2022, 3, 2)), Window::day(Date(2021, 1, 5))});
    CHECK_FALSE(list.is_rule());
    CHECK(list.front() == Window::day(Date(2021, 1, 5))); // sorted
    CHECK(Schedule().empty());
}

TEST_CASE("a weekly rule over the widest plan is counted, not written out") {
    Recurrence weekly;
    weekly.frequency = Frequency::weekly;
    // The resolver's calendar is 1900..2199: a period beyond it is clamped.
    const Schedule s(weekly, Window(Date(1400, 1, 1), Date(9999, 12, 31)));
    CHECK(s.size() == std::size_t((Date(2199, 12, 31) - Date(1900, 1, 1)).days() / 7 + 1)); // 1900-01-01 is a Monday
    CHECK(s.front().start() == Date(1900, 1, 1));
    CHECK(s.back().end() == Date(2199, 12, 31));
    std::size_t n = 0;
    for (const Window &w : s.in(Window(Date(2100, 3, 1), Date(2100, 3, 31)))) n += w.overlaps(Window(Date(2100, 3, 1), Date(2100, 3, 31)));
    CHECK(n == 5);
}
