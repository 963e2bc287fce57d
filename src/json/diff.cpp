// Two versions of a roadmap compared, as JSON (docs/diff.md): what
// `eduroadmap diff --format json` prints and erm_diff_json returns.
#include "json/value.hpp"

#include <eduroadmap/diff.hpp>
#include <eduroadmap/query.hpp>

#include <cmath>

namespace eduroadmap {
namespace {

using detail::Json;
using detail::json_of;

Json side_json(const ResolvedRoadmap &rm) {
    return {{"roadmap", rm.roadmap->id}, {"title", rm.roadmap->title}, {"measures", rm.measures.size()}};
}

Json diff_measure_json(const ResolvedRoadmap &rm, const ResolvedMeasure &m) {
    const MeasureDirection d = direction_of(rm, m);
    return {{"id", m.id},
            {"number", m.ref.measure->number},
            {"path", m.ref.path()},
            {"section", m.ref.section},
            {"section_title", rm.roadmap->sections[m.ref.section].title},
            {"direction", detail::text_or_null(d.code)},
            {"title", m.ref.measure->title}};
}

Json change_json(const FieldChange &c, const MeasureDiff &m) {
    Json o = {{"field", to_string(c.field)}, {"before", c.before}, {"after", c.after}};
    if (c.field == MeasureField::deadline) { // what the texts mean, before and after
        o["kind_before"] = to_string(m.before->deadline.kind);
        o["kind_after"] = to_string(m.after->deadline.kind);
        o["windows_before"] = json_of(m.before->deadline.windows);
        o["windows_after"] = json_of(m.after->deadline.windows);
    }
    return o;
}

Json pair_json(const RoadmapDiff &d, const MeasureDiff &m) {
    Json changes = Json::array();
    for (const FieldChange &c : m.changes) changes.push_back(change_json(c, m));
    return {{"before", diff_measure_json(*d.before, *m.before)},
            {"after", diff_measure_json(*d.after, *m.after)},
            {"similarity", std::round(m.similarity * 10000) / 10000},
            {"renumbered", m.renumbered},
            {"changes", std::move(changes)}};
}

Json values_json(const std::vector<ValueChange> &changes) {
    Json a = Json::array();
    for (const ValueChange &c : changes) a.push_back({{"field", c.field}, {"before", c.before}, {"after", c.after}});
    return a;
}

Json entries_json(const std::vector<EntryDiff> &entries) {
    Json a = Json::array();
    for (const EntryDiff &e : entries) {
        const char *kind = e.kind == EntryDiff::Kind::added ? "added" : e.kind == EntryDiff::Kind::removed ? "removed"
                                                                                                          : "changed";
        a.push_back({{"kind", kind}, {"id", e.id}, {"title", e.title}, {"changes", values_json(e.changes)}});
    }
    return a;
}

Json optional_index(const std::optional<std::size_t> &i) { return i ? Json(*i) : Json(nullptr); }

Json directions_json(const std::vector<DirectionDiff> &directions) {
    Json a = Json::array();
    for (const DirectionDiff &d : directions)
        a.push_back({{"direction", d.code},
                     {"title", d.title},
                     {"measures_before", d.measures_before},
                     {"measures_after", d.measures_after},
                     {"stages_before", d.stages_before},
                     {"stages_after", d.stages_after},
                     {"score_before", detail::whole_or_real(d.score_before)},
                     {"score_after", detail::whole_or_real(d.score_after)},
                     {"score_max", detail::whole_or_real(d.score_max)}});
    return a;
}

} // namespace

std::string to_json(const RoadmapDiff &d, int indent) {
    Json added = Json::array(), removed = Json::array(), moved = Json::array(), changed = Json::array(),
         renumbered = Json::array(), sections = Json::array();
    for (const MeasureDiff &m : d.added) added.push_back(diff_measure_json(*d.after, *m.after));
    for (const MeasureDiff &m : d.removed) removed.push_back(diff_measure_json(*d.before, *m.before));
    for (const MeasureDiff &m : d.moved) moved.push_back(pair_json(d, m));
    for (const MeasureDiff &m : d.changed) changed.push_back(pair_json(d, m));
    for (const MeasureDiff &m : d.renumbered) renumbered.push_back(pair_json(d, m));
    for (const SectionDiff &s : d.sections)
        sections.push_back({{"before", optional_index(s.before)},
                            {"after", optional_index(s.after)},
                            {"before_title", detail::text_or_null(s.before_title)},
                            {"after_title", detail::text_or_null(s.after_title)}});
    return detail::dump({{"before", side_json(*d.before)},
                         {"after", side_json(*d.after)},
                         {"equal", d.empty()},
                         {"summary",
                          {{"added", d.added.size()},
                           {"removed", d.removed.size()},
                           {"moved", d.moved.size()},
                           {"changed", d.changed.size()},
                           {"renumbered", d.renumbered.size()},
                           {"unchanged", d.unchanged}}},
                         {"metadata", values_json(d.metadata)},
                         {"sections", std::move(sections)},
                         {"registry", entries_json(d.registry)},
                         {"indicators", entries_json(d.indicators)},
                         {"directions", directions_json(d.directions)},
                         {"added", std::move(added)},
                         {"removed", std::move(removed)},
                         {"moved", std::move(moved)},
                         {"changed", std::move(changed)},
                         {"renumbered", std::move(renumbered)}},
                        indent);
}

} // namespace eduroadmap
