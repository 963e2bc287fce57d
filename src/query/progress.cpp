#include "query/progress.hpp"

#include <eduroadmap/query.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <optional>

namespace eduroadmap::detail {

std::vector<const ProgressEntry *> entries_about(const ResolvedMeasure &measure, const Window &window, Date as_of) {
    std::vector<const ProgressEntry *> out;
    const Measure &m = *measure.ref.measure;
    if (m.progress.empty()) return out;
    // The occurrence runs from its start to the day before the next window starts.
    // Windows are sorted by start: the first one after the occurrence's
    // start that begins later, found without walking the earlier ones.
    std::optional<Date> next;
    const Date open_end(boost::gregorian::max_date_time);
    if (window.start() < open_end)
        for (const Window &w : measure.deadline.windows.in(Window(window.start() + boost::gregorian::days(1), open_end)))
            if (window.start() < w.start()) {
                next = w.start();
                break;
            }
    for (const ProgressEntry &e : m.progress) {
        if (as_of < e.date) continue;
        if (!e.occurrence.empty()) {
            std::optional<Window> named = parse_date_range(e.occurrence);
            if (named && named->contains(window.end())) out.push_back(&e);
            continue;
        }
        if (e.date < window.start() || (next && !(e.date < *next))) continue;
        out.push_back(&e);
    }
    return out;
}

const ProgressEntry *closing_entry(const ResolvedMeasure &measure, const Window &window, Date as_of) {
    const ProgressEntry *closing = nullptr;
    for (const ProgressEntry *e : entries_about(measure, window, as_of)) {
        std::optional<Status> s = parse_status(e->status);
        if (s == Status::done || s == Status::cancelled) closing = e;
    }
    return closing;
}

} // namespace eduroadmap::detail
