// Schedule: a list of windows, or dated windows followed by a rule's,
// computed on demand (occurrences.hpp).
#include "deadline/occurrences.hpp"

#include <eduroadmap/schedule.hpp>

#include <algorithm>
#include <stdexcept>

namespace eduroadmap {

Schedule::Schedule() noexcept = default;

Schedule::Schedule(std::vector<Window> windows) : listed_(std::move(windows)) {
    std::sort(listed_.begin(), listed_.end());
    count();
}

Schedule::Schedule(std::initializer_list<Window> windows) : Schedule(std::vector<Window>(windows)) {}

Schedule::Schedule(const Recurrence &rule, const Window &period) : Schedule({}, rule, period) {}

Schedule::Schedule(std::vector<Window> dated, const Recurrence &rule, const Window &period)
    : listed_(std::move(dated)) {
    std::sort(listed_.begin(), listed_.end());
    listed_.erase(std::unique(listed_.begin(), listed_.end()), listed_.end());
    auto occurrences = std::make_shared<const detail::Occurrences>(rule, clamp_to_plan_calendar(period));
    const std::size_t n = occurrences->size();
    if (n > 0 && !listed_.empty() && !(listed_.back() < (*occurrences)[0])) {
        // Dated windows among the rule's: one sorted list. (The resolver never
        // makes these: its dated windows end before the rule starts.)
        for (std::size_t i = 0; i < n; ++i) listed_.push_back((*occurrences)[i]);
        std::sort(listed_.begin(), listed_.end());
        listed_.erase(std::unique(listed_.begin(), listed_.end()), listed_.end());
    } else {
        rule_ = std::move(occurrences);
    }
    count();
}

void Schedule::count() {
    size_ = listed_.size() + (rule_ ? rule_->size() : 0);
    longest_ = rule_ ? rule_->longest() : 0;
    for (const Window &w : listed_) longest_ = std::max(longest_, w.days());
}

Window Schedule::operator[](std::size_t index) const {
    return index < listed_.size() ? listed_[index] : (*rule_)[index - listed_.size()];
}

Window Schedule::at(std::size_t index) const {
    if (index >= size_)
        throw std::out_of_range("window " + std::to_string(index) + " of a schedule of " + std::to_string(size_));
    return (*this)[index];
}

Schedule::Range Schedule::in(const Window &range) const {
    // Windows are sorted by start and none is longer than longest_ days: those
    // starting longest_ days or more before the range end before it.
    const auto first_where = [&](auto &&holds) { // the first index where holds(window) turns true
        std::size_t lo = 0, hi = size_;
        while (lo < hi) {
            const std::size_t mid = lo + (hi - lo) / 2;
            if (holds((*this)[mid])) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    };
    const std::size_t first = first_where([&](const Window &w) { return (range.start() - w.start()).days() < longest_; });
    const std::size_t last = first_where([&](const Window &w) { return range.end() < w.start(); });
    return Range(this, range, first, std::max(first, last));
}

void Schedule::Range::iterator::skip() {
    while (index_ < range_->last_ && !(*range_->schedule_)[index_].overlaps(range_->range_)) ++index_;
}

std::optional<Window> Schedule::period() const {
    if (!rule_) return std::nullopt;
    return rule_->period();
}

std::vector<Date> Schedule::due_dates() const {
    std::vector<Date> dates;
    dates.reserve(size_);
    for (const Window &w : *this) dates.push_back(w.end());
    return dates;
}

std::vector<Window> Schedule::to_vector() const {
    std::vector<Window> out;
    out.reserve(size_);
    for (const Window &w : *this) out.push_back(w);
    return out;
}

bool operator==(const Schedule &a, const Schedule &b) {
    if (a.size_ != b.size_) return false;
    if (a.rule_ && b.rule_ && a.listed_ == b.listed_ && (a.rule_ == b.rule_ || a.rule_->same_as(*b.rule_)))
        return true;
    return std::equal(a.begin(), a.end(), b.begin());
}

bool operator==(const Schedule &a, const std::vector<Window> &b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
}

} // namespace eduroadmap
