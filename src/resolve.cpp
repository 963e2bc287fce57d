#include <eduroadmap/resolve.hpp>

#include <algorithm>

namespace eduroadmap {

Deadline resolve_deadline(const DeadlineSpec &spec, const Window &period) {
    Deadline d = resolve_deadline(spec.text, period);
    if (!spec.pinned) return d;
    // The author's pinned parts override the reading of the text; the text stays.
    if (!spec.rrule.empty())
        if (auto rule = Recurrence::from_rrule(spec.rrule)) {
            d.kind = DeadlineKind::recurring;
            d.rule = *rule;
            d.windows = expand_recurrence(*rule, period);
        }
    if (spec.kind) d.kind = *spec.kind;
    if (!spec.windows.empty()) {
        d.windows = spec.windows;
        std::sort(d.windows.begin(), d.windows.end());
    } else if (spec.kind && spec.rrule.empty() && *spec.kind != d.kind) {
        d.windows.clear();
    }
    d.ambiguous = false;
    d.unparsed_begin = d.unparsed_end = 0;
    return d;
}

ResolvedRoadmap resolve(const Roadmap &roadmap) {
    ResolvedRoadmap r;
    r.roadmap = &roadmap;
    for (const MeasureRef &ref : all_measures(roadmap)) {
        const Measure &m = *ref.measure;
        Deadline d = m.deadline ? resolve_deadline(*m.deadline, roadmap.period.window)
                                : resolve_deadline(std::string_view{}, roadmap.period.window);
        r.measures.push_back({ref, std::move(d)});
    }
    return r;
}

} // namespace eduroadmap
