// Indicator progress as of a date (docs/indicators.md, "Progress").
#include <eduroadmap/indicators.hpp>

#include <algorithm>
#include <cmath>

namespace eduroadmap {

namespace {

struct DatedTarget {
    const Target *target;
    Window window;
};

double clamp01(double x) { return std::min(1.0, std::max(0.0, x)); }

// The target for @p as_of: containing it (earliest end first), else the next, else the last.
const DatedTarget *current_target(const std::vector<DatedTarget> &targets, Date as_of) {
    const DatedTarget *containing = nullptr, *next = nullptr, *last = nullptr;
    for (const DatedTarget &t : targets) {
        if (t.window.contains(as_of) && (!containing || t.window.end() < containing->window.end())) containing = &t;
        if (t.window.start() > as_of && (!next || t.window.start() < next->window.start())) next = &t;
        if (!last || t.window.end() > last->window.end()) last = &t;
    }
    return containing ? containing : next ? next : last;
}

// Share of the way from @p start (when known) to @p target that @p actual has come.
double share_of(double actual, double target, std::optional<double> start, Comparator c) {
    if (start && std::fabs(target - *start) > 1e-12) return (actual - *start) / (target - *start);
    if (c == Comparator::at_most) return actual != 0 ? target / actual : 1.0;
    return target != 0 ? actual / target : (actual >= target ? 1.0 : 0.0);
}

} // namespace

std::optional<Window> target_window(std::string_view period) {
    if (auto day = parse_iso_date(period)) return Window::day(*day);
    std::string reason;
    if (auto p = parse_plan_period(period, reason)) return p->window;
    return std::nullopt;
}

bool meets(const IndicatorValue &value, const IndicatorValue &target, Comparator comparator) noexcept {
    if (value.is_boolean || target.is_boolean)
        return value.is_boolean && target.is_boolean && value.boolean == target.boolean;
    switch (comparator) {
    case Comparator::at_least: return value.number >= target.number;
    case Comparator::at_most: return value.number <= target.number;
    case Comparator::equal: return std::fabs(value.number - target.number) <= 1e-9;
    }
    return false;
}

std::string_view to_string(ProgressStatus status) noexcept {
    switch (status) {
    case ProgressStatus::achieved: return "achieved";
    case ProgressStatus::on_track: return "on_track";
    case ProgressStatus::behind: return "behind";
    case ProgressStatus::no_data: return "no_data";
    case ProgressStatus::no_target: return "no_target";
    }
    return "no_target";
}

IndicatorProgress progress(const Indicator &ind, Date as_of) {
    IndicatorProgress p;
    p.indicator = &ind;
    p.as_of = as_of;
    for (const Actual &a : ind.actuals)
        if (a.date <= as_of && (!p.latest || a.date >= p.latest->date)) p.latest = a;
    std::vector<DatedTarget> targets;
    for (const Target &t : ind.targets)
        if (auto w = target_window(t.period)) targets.push_back({&t, *w});
    const DatedTarget *current = current_target(targets, as_of);
    if (!current) return p; // no_target
    p.target = *current->target;
    p.target_window = current->window;
    if (!p.latest) {
        p.status = ProgressStatus::no_data;
        return p;
    }
    const IndicatorValue &actual = p.latest->value, &goal = current->target->value;
    const bool met = meets(actual, goal, ind.comparator);
    const bool over = as_of > current->window.end();
    const bool numeric = !actual.is_boolean && !goal.is_boolean;
    std::optional<double> start;
    if (ind.baseline && !ind.baseline->value.is_boolean) start = ind.baseline->value.number;
    if (!numeric || ind.comparator == Comparator::equal)
        p.share = met ? 1.0 : 0.0;
    else
        p.share = share_of(actual.number, goal.number, start, ind.comparator);
    if (numeric && start && ind.comparator != Comparator::equal) {
        // The pace line: from the start value at the baseline date (or the
        // start of the target's period) to the target at the end of its period.
        Date from = ind.baseline->date.value_or(current->window.start());
        Date to = current->window.end();
        double span = static_cast<double>((to - from).days());
        double elapsed = span > 0 ? clamp01(static_cast<double>((p.latest->date - from).days()) / span) : 1.0;
        p.expected = *start + (goal.number - *start) * elapsed;
    }
    if (met)
        p.status = ProgressStatus::achieved;
    else if (over)
        p.status = ProgressStatus::behind;
    else if (p.expected)
        p.status = meets(actual, IndicatorValue{*p.expected, false, false}, ind.comparator) ? ProgressStatus::on_track
                                                                                           : ProgressStatus::behind;
    else
        p.status = ProgressStatus::on_track;
    return p;
}

std::vector<IndicatorProgress> progress(const Roadmap &roadmap, Date as_of) {
    std::vector<IndicatorProgress> out;
    out.reserve(roadmap.indicators.size());
    for (const Indicator &ind : roadmap.indicators) out.push_back(progress(ind, as_of));
    return out;
}

} // namespace eduroadmap
