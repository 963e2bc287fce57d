// A recurrence rule's windows by arithmetic: block k of a rule is found from
// k alone, the blocks inside a window from its two ends.
#include "deadline/occurrences.hpp"

#include "deadline/recurrence.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>

namespace eduroadmap::detail {

namespace bg = boost::gregorian;

namespace {

long floor_div(long a, long b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }
long ceil_div(long a, long b) { return -floor_div(-a, b); }
long floor_mod(long a, long b) { return a - floor_div(a, b) * b; }

long month_number(Date d) { return long(d.year()) * 12 + long(d.month()) - 1; }
Date month_start(long number) {
    return Date(static_cast<unsigned short>(number / 12), static_cast<unsigned short>(number % 12 + 1), 1);
}

// School quarter g: quarter g mod 4 of the school year starting in September of g div 4.
Window school_quarter(long g) {
    const long year = floor_div(g, 4), q = g - 4 * year;
    return span_window(school_quarter_months[q], int(q < 2 ? year : year + 1));
}
long school_year_of(Date d) { return d.month() >= 9 ? long(d.year()) : long(d.year()) - 1; }

void sort_unique(std::vector<Window> &windows) {
    std::sort(windows.begin(), windows.end());
    windows.erase(std::unique(windows.begin(), windows.end()), windows.end());
}

} // namespace

Occurrences::Occurrences(const Recurrence &rule, const Window &period)
    : rule_(rule), period_(period), bounds_(period) {
    Date lo = period.start(), hi = period.end();
    if (rule.start && *rule.start > lo) lo = *rule.start;
    if (rule.until && *rule.until < hi) hi = *rule.until;
    if (hi < lo) return; // the rule's bounds miss the period: no windows
    bounds_ = Window(lo, hi);
    const int n = std::clamp(rule.interval, 1, max_recurrence_interval);
    interval_ = n;
    // Counting of intervals starts at the rule's start, or else at the period's.
    const int anchor_year = rule.start ? rule.start->year() : period.start().year();
    switch (rule.frequency) {
    case Frequency::yearly:
        if (!rule.months.empty()) {
            set_up_year_spans(anchor_year, n);
            return;
        }
        unit_ = Unit::slices; // [P.start + k·n years, P.start + (k+1)·n years − 1 day]
        anchor_ = period.start();
        step_ = n;
        longest_ = 366L * n;
        break;
    case Frequency::half_yearly:
    case Frequency::quarterly:
    case Frequency::monthly:
        unit_ = Unit::months; // runs of months from January of the anchor year
        step_ = long(n) * (rule.frequency == Frequency::half_yearly ? 6 : rule.frequency == Frequency::quarterly ? 3 : 1);
        base_ = long(anchor_year) * 12;
        longest_ = 31 * step_;
        break;
    case Frequency::weekly:
        unit_ = Unit::days; // runs of n weeks from the Monday of the first week
        anchor_ = bg::previous_weekday(lo, bg::greg_weekday(bg::Monday));
        step_ = 7L * n;
        longest_ = step_;
        break;
    case Frequency::school_quarterly: { // every n-th school quarter, from the first in the bounds
        unit_ = Unit::school_quarters;
        step_ = n;
        const long y = school_year_of(lo);
        base_ = 4 * y;
        while (school_quarter(base_).end() < lo) ++base_;
        if (hi < school_quarter(base_).start()) return;
        longest_ = 92;
        break;
    }
    }
    longest_ = std::min(longest_, bounds_.days());
    if (rule.frequency != Frequency::yearly && !rule.months.empty()) {
        bool in[13] = {};
        for (const MonthSpan &s : rule.months)
            for (int k = 0; k < s.length(); ++k) in[(s.first - 1 + k) % 12 + 1] = true;
        season_ = month_runs(in);
        if (season_.size() == 1 && season_[0].length() == 12) season_.clear(); // all year round
    }
    if (season_.empty()) {
        size_ = count_in(bounds_, first_);
        return;
    }
    for (std::size_t j = 0, segments = segment_count(); j < segments; ++j) {
        long first = 0;
        if (auto clip = segment(j)) size_ += count_in(*clip, first);
    }
}

void Occurrences::set_up_year_spans(int anchor_year, int n) {
    unit_ = Unit::year_spans;
    spans_ = rule_.months;
    // In window order inside a year: by first month, then by length.
    std::sort(spans_.begin(), spans_.end(), [](const MonthSpan &a, const MonthSpan &b) {
        return a.first < b.first || (a.first == b.first && a.length() < b.length());
    });
    spans_.erase(std::unique(spans_.begin(), spans_.end()), spans_.end());
    const int lo = bounds_.start().year(), hi = bounds_.end().year();
    const auto eligible = [&](int y) { return floor_mod(y - anchor_year, n) == 0; };
    const auto write_out = [&](int from, int to, std::vector<Window> &out) {
        for (int y = from; y <= to; ++y)
            if (eligible(y))
                for (const MonthSpan &m : spans_)
                    if (auto w = span_window(m, y).intersect(bounds_)) out.push_back(*w);
        sort_unique(out);
    };
    // The first two and the last two years may be cut by the bounds (a span
    // of the year before may reach into them): written out and sorted. The
    // years between hold every span whole, in span order.
    write_out(lo - 1, std::min(lo + 1, hi), head_);
    write_out(std::max(lo + 2, hi - 1), hi, tail_);
    middle_first_year_ = lo + 2 + int(floor_mod(anchor_year - (lo + 2), n));
    if (middle_first_year_ <= hi - 2) middle_years_ = std::size_t((hi - 2 - middle_first_year_) / n + 1);
    size_ = head_.size() + middle_years_ * spans_.size() + tail_.size();
    longest_ = std::min(366L, bounds_.days());
}

Window Occurrences::block(long k) const {
    switch (unit_) {
    case Unit::days: {
        const Date s = anchor_ + bg::days(k * step_);
        return Window(s, s + bg::days(step_ - 1));
    }
    case Unit::months: {
        const long first = base_ + k * step_;
        return Window(month_start(first), month_start(first + step_) - bg::days(1));
    }
    case Unit::slices:
        return Window(anchor_ + bg::years(int(k * step_)), anchor_ + bg::years(int((k + 1) * step_)) - bg::days(1));
    case Unit::school_quarters: return school_quarter(base_ + k * step_);
    case Unit::year_spans: break;
    }
    return bounds_;
}

long Occurrences::first_ending_from(Date d) const {
    switch (unit_) {
    case Unit::days: return floor_div((d - anchor_).days(), step_);
    case Unit::months: return floor_div(month_number(d) - base_, step_);
    case Unit::slices: {
        long k = std::max(0L, floor_div(long(d.year()) - anchor_.year(), step_) - 1);
        while (block(k).end() < d) ++k;
        return k;
    }
    case Unit::school_quarters: {
        long g = 4 * school_year_of(d);
        while (school_quarter(g).end() < d) ++g;
        return ceil_div(g - base_, step_);
    }
    case Unit::year_spans: break;
    }
    return 0;
}

long Occurrences::last_starting_by(Date d) const {
    switch (unit_) {
    case Unit::days:
    case Unit::months:
    case Unit::slices: return first_ending_from(d); // contiguous blocks: the one holding d
    case Unit::school_quarters: {
        long g = 4 * school_year_of(d) + 3;
        while (d < school_quarter(g).start()) --g;
        return floor_div(g - base_, step_);
    }
    case Unit::year_spans: break;
    }
    return -1;
}

std::size_t Occurrences::count_in(const Window &clip, long &first) const {
    first = first_ending_from(clip.start());
    const long last = last_starting_by(clip.end());
    return last < first ? 0 : std::size_t(last - first + 1);
}

std::size_t Occurrences::segment_count() const {
    return std::size_t(bounds_.end().year() - bounds_.start().year() + 2) * season_.size();
}

std::optional<Window> Occurrences::segment(std::size_t j) const {
    const int year = bounds_.start().year() - 1 + int(j / season_.size());
    return span_window(season_[j % season_.size()], year).intersect(bounds_);
}

Window Occurrences::operator[](std::size_t index) const {
    if (unit_ == Unit::year_spans) {
        if (index < head_.size()) return head_[index];
        index -= head_.size();
        const std::size_t middle = middle_years_ * spans_.size();
        if (index >= middle) return tail_[index - middle];
        const int year = middle_first_year_ + int(index / spans_.size()) * interval_;
        return span_window(spans_[index % spans_.size()], year);
    }
    if (season_.empty()) return *block(first_ + long(index)).intersect(bounds_);
    for (std::size_t j = 0, segments = segment_count(); j < segments; ++j) {
        const std::optional<Window> clip = segment(j);
        if (!clip) continue;
        long first = 0;
        const std::size_t n = count_in(*clip, first);
        if (index < n) return *block(first + long(index)).intersect(*clip);
        index -= n;
    }
    return bounds_; // not reached for index < size()
}

} // namespace eduroadmap::detail
