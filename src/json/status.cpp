// The execution of a plan on a date, as JSON (docs/status.md): what
// `eduroadmap status --format json` prints and erm_status_json returns.
#include "json/value.hpp"

#include <eduroadmap/query.hpp>
#include <eduroadmap/status.hpp>

#include <cmath>

namespace eduroadmap {
namespace {

using detail::Json;
using detail::json_of;

Json tally_json(const ExecutionTally &t) {
    const std::optional<double> share = t.share_done();
    return {{"key", detail::text_or_null(t.key)},
            {"label", t.label},
            {"measures", t.measures},
            {"due", t.due},
            {"due_done", t.due_done},
            {"share_done", share ? Json(std::round(*share * 10000) / 10000) : Json(nullptr)},
            {"done", t.done},
            {"overdue", t.overdue},
            {"in_progress", t.in_progress},
            {"upcoming", t.upcoming},
            {"cancelled", t.cancelled},
            {"no_date", t.no_date}};
}

Json tallies_json(const std::vector<ExecutionTally> &tallies) {
    Json a = Json::array();
    for (const ExecutionTally &t : tallies) a.push_back(tally_json(t));
    return a;
}

Json mark_json(const ProgressEntry *e) {
    if (!e) return nullptr;
    return {{"date", to_iso(e->date)},
            {"status", e->status},
            {"note", detail::text_or_null(e->note)},
            {"occurrence", detail::text_or_null(e->occurrence)},
            {"evidence", detail::text_or_null(e->evidence)}};
}

Json execution_json(const ResolvedRoadmap &rm, const MeasureExecution &x) {
    const ResolvedMeasure &m = *x.measure;
    Json responsibles = Json::array();
    for (const ResponsibleMention &mention : m.responsibles)
        responsibles.push_back(mention.matched() ? mention.id : mention.text);
    Json occurrences = Json::array();
    for (const Occurrence &o : x.occurrences)
        occurrences.push_back({{"start", to_iso(o.window.start())},
                               {"end", to_iso(o.window.end())},
                               {"execution", to_string(o.execution)},
                               {"mark", mark_json(o.mark)}});
    const MeasureDirection d = direction_of(rm, m);
    return {{"id", m.id},
            {"number", m.ref.measure->number},
            {"path", m.ref.path()},
            {"title", m.ref.measure->title},
            {"direction", detail::text_or_null(d.code)},
            {"responsibles", std::move(responsibles)},
            {"deadline", m.deadline.text},
            {"kind", to_string(m.deadline.kind)},
            {"execution", to_string(x.execution)},
            {"due", x.due},
            {"due_done", x.due_done},
            {"done", x.done},
            {"overdue", x.overdue},
            {"in_progress", x.in_progress},
            {"upcoming", x.upcoming},
            {"cancelled", x.cancelled},
            {"occurrences", std::move(occurrences)}};
}

} // namespace

std::string to_json(const StatusReport &r, int indent) {
    Json measures = Json::array();
    for (const MeasureExecution &x : r.measures) measures.push_back(execution_json(*r.roadmap, x));
    return detail::dump({{"roadmap", r.roadmap->roadmap->id},
                         {"as_of", to_iso(r.options.as_of)},
                         {"due_in", r.options.due_in ? json_of(*r.options.due_in) : Json(nullptr)},
                         {"total", tally_json(r.total)},
                         {"directions", tallies_json(r.by_direction)},
                         {"responsibles", tallies_json(r.by_responsible)},
                         {"measures", std::move(measures)}},
                        indent);
}

} // namespace eduroadmap
