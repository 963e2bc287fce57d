#include "catalog/directions.hpp"
#include "deadline/resolve_text.hpp"

#include <eduroadmap/coverage.hpp>
#include <eduroadmap/dependencies.hpp>
#include <eduroadmap/resolve.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace eduroadmap {

Deadline resolve_deadline(const DeadlineSpec &spec, const Window &period) {
    Deadline d = detail::resolve_text(spec.text, period); // out of memory propagates
    if (!spec.pinned) return d;
    // The author's pinned parts override the reading of the text; the text stays.
    if (!spec.rrule.empty())
        if (auto rule = Recurrence::from_rrule(spec.rrule)) {
            d.kind = DeadlineKind::recurring;
            d.rule = *rule;
            d.windows = Schedule(*rule, period);
        }
    if (spec.kind) d.kind = *spec.kind;
    if (!spec.windows.empty()) {
        d.windows = Schedule(spec.windows);
    } else if (spec.kind && spec.rrule.empty() && *spec.kind != d.kind) {
        d.windows = {};
    }
    d.ambiguous = false;
    d.unparsed_begin = d.unparsed_end = 0;
    return d;
}

namespace {
std::string printed_number(const std::string &number) {
    std::size_t end = number.find_last_not_of(". \t");
    std::size_t begin = number.find_first_not_of(" \t");
    return end == std::string::npos ? std::string() : number.substr(begin, end - begin + 1);
}
} // namespace

std::vector<std::string> measure_ids(const Roadmap &roadmap) {
    std::vector<MeasureRef> refs = all_measures(roadmap);
    // Which printed numbers occur in more than one section.
    std::map<std::string, std::set<std::size_t>> sections_of;
    for (const MeasureRef &ref : refs) sections_of[printed_number(ref.measure->number)].insert(ref.section);
    std::vector<std::string> ids;
    ids.reserve(refs.size());
    std::size_t place = 0, section = 0;
    for (const MeasureRef &ref : refs) {
        if (ref.section != section || ids.empty()) place = 0, section = ref.section;
        ++place;
        const Measure &m = *ref.measure;
        std::string number = printed_number(m.number);
        std::string prefix = "s" + std::to_string(ref.section + 1) + "/";
        if (!m.id.empty())
            ids.push_back(m.id);
        else if (number.empty())
            ids.push_back(prefix + "#" + std::to_string(place));
        else if (sections_of[number].size() > 1)
            ids.push_back(prefix + number);
        else
            ids.push_back(number);
    }
    return ids;
}

ResolvedRoadmap resolve(const Roadmap &roadmap) { return resolve(roadmap, ResolveOptions{}); }

ResolvedRoadmap resolve(const Roadmap &roadmap, const ResolveOptions &options) {
    ResolvedRoadmap r;
    r.roadmap = &roadmap;
    detail::resolve_directions(roadmap, options, r);
    std::vector<std::string> ids = measure_ids(roadmap);
    std::vector<MeasureRef> refs = all_measures(roadmap);
    r.measures.reserve(refs.size());
    ResponsibleMatcher responsibles(roadmap.responsibles);
    // A plan repeats its responsibles cells («КО, ОО» on most rows): each
    // distinct cell is matched once, its suggestions computed once.
    std::map<std::pair<bool, std::vector<std::string>>, std::vector<ResponsibleMention>> matched;
    for (std::size_t i = 0; i < refs.size(); ++i) {
        const Measure &m = *refs[i].measure;
        Deadline d = m.deadline ? resolve_deadline(*m.deadline, roadmap.period.window)
                                : detail::resolve_text(std::string_view{}, roadmap.period.window);
        r.measures.push_back({refs[i], std::move(ids[i]), std::move(d)});
        if (m.responsibles) {
            auto [cell, added] = matched.try_emplace({m.responsibles->listed, m.responsibles->names});
            if (added) cell->second = responsibles.match(*m.responsibles);
            r.measures.back().responsibles = cell->second;
        }
        r.measures.back().stage = stage_of(m);
        r.window_count += r.measures.back().deadline.windows.size();
    }
    r.dependencies = std::make_shared<const DependencyGraph>(r);
    r.coverage = std::make_shared<const Coverage>(coverage(r));
    return r;
}

} // namespace eduroadmap
