// Queries and results as JSON (docs/query.md): what `eduroadmap query
// --format json` prints and what the C API's erm_query_json returns.
#include "json/value.hpp"
#include "query/facets.hpp"

#include <eduroadmap/query_index.hpp>
#include <eduroadmap/suggest.hpp>

namespace eduroadmap {
namespace {

using detail::Json;
using detail::decided_by;
using detail::json_of;
using detail::text_or_null;

constexpr std::string_view filter_names[] = {"direction", "responsible",    "stage",         "status",  "text",
                                             "due_between", "active_between", "overdue_as_of", "group_by"};

std::string text_value(const nlohmann::json &v, std::string_view key) {
    if (!v.is_string()) throw QueryError("query field '" + std::string(key) + "' must be a string");
    return v.get<std::string>();
}

Window range_value(const nlohmann::json &v, std::string_view key) {
    std::optional<Window> w;
    if (v.is_string()) {
        w = parse_date_range(v.get<std::string>());
    } else if (v.is_object() && v.size() == 2 && v.contains("start") && v.contains("end") && v["start"].is_string() &&
               v["end"].is_string()) {
        w = parse_date_range(v["start"].get<std::string>() + ".." + v["end"].get<std::string>());
    }
    if (!w)
        throw QueryError("query field '" + std::string(key) +
                         "' must be a date range: START..END, YYYY, YYYY-MM, YYYY-Qn, or {\"start\": …, \"end\": …}");
    return *w;
}

template <class T>
T named_value(const nlohmann::json &v, std::string_view key, std::optional<T> (*parse)(std::string_view) noexcept,
              std::string_view allowed) {
    auto parsed = parse(text_value(v, key));
    if (!parsed) throw QueryError("query field '" + std::string(key) + "' must be one of: " + std::string(allowed));
    return *parsed;
}

Json stage_json(const MeasureStage &stage) {
    return {{"name", to_string(stage.stage)},
            {"inferred", stage.inferred},
            {"also", json_of(stage.also)},
            {"decided_by", decided_by(stage)}};
}

Json query_object(const Query &q) {
    Json o = Json::object();
    if (!q.direction.empty()) o["direction"] = q.direction;
    if (!q.responsible.empty()) o["responsible"] = q.responsible;
    if (q.stage) o["stage"] = std::string(to_string(*q.stage));
    if (q.status) o["status"] = std::string(to_string(*q.status));
    if (!q.text.empty()) o["text"] = q.text;
    if (q.due_between) o["due_between"] = to_iso(*q.due_between);
    if (q.active_between) o["active_between"] = to_iso(*q.active_between);
    if (q.overdue_as_of) o["overdue_as_of"] = to_iso(*q.overdue_as_of);
    if (q.group_by != GroupBy::none) o["group_by"] = std::string(to_string(q.group_by));
    return o;
}

Json measure_json(const detail::Facets &facets, const QueryMatch &match) {
    const ResolvedMeasure &rm = *match.measure;
    const Measure &m = *rm.ref.measure;
    const Roadmap &model = *facets.roadmap().roadmap;
    const Section &section = model.sections[rm.ref.section];
    const MeasureDirection &d = facets.direction(rm);
    Json ids = Json::array(), unknown = Json::array();
    for (std::size_t e : facets.responsibles(rm)) ids.push_back(model.responsibles[e].id);
    for (const ResponsibleMention &mention : rm.responsibles)
        if (!mention.matched()) unknown.push_back(mention.text);
    Json deadline = {{"text", rm.deadline.text}, {"kind", std::string(to_string(rm.deadline.kind))}};
    if (!rm.deadline.note.empty()) deadline["note"] = rm.deadline.note;
    return Json{
        {"id", rm.id},
        {"number", m.number},
        {"title", m.title},
        {"path", rm.ref.path()},
        {"section", {{"index", rm.ref.section}, {"number", text_or_null(section.number)}, {"title", section.title}}},
        {"direction", {{"code", text_or_null(d.code)}, {"slug", text_or_null(d.slug)}, {"title", d.title}}},
        {"responsibles",
         {{"text", m.responsibles ? Json(detail::Facets::cell_text(m)) : Json(nullptr)},
          {"ids", std::move(ids)},
          {"unregistered", std::move(unknown)}}},
        {"stage", stage_json(rm.stage)},
        {"status", std::string(to_string(status_of(m)))},
        {"deadline", std::move(deadline)},
        {"result", m.result ? Json(*m.result) : Json(nullptr)},
        {"windows", json_of(match.windows)},
    };
}

Json ids_json(const std::vector<const ResolvedMeasure *> &measures) {
    Json a = Json::array();
    for (const ResolvedMeasure *m : measures) a.push_back(m->id);
    return a;
}

} // namespace

Query parse_query_json(std::string_view text) {
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::exception &e) {
        throw QueryError(std::string("the query is not valid JSON: ") + e.what());
    }
    if (!j.is_object()) throw QueryError("the query must be a JSON object");
    Query q;
    for (const auto &[key, value] : j.items()) {
        if (value.is_null()) continue;
        if (key == "direction") q.direction = text_value(value, key);
        else if (key == "responsible") q.responsible = text_value(value, key);
        else if (key == "text") q.text = text_value(value, key);
        else if (key == "stage")
            q.stage = named_value<Stage>(value, key, parse_stage,
                                         "goals, indicators, data-collection, monitoring, analysis, "
                                         "recommendations, measures, decisions, review");
        else if (key == "status")
            q.status = named_value<Status>(value, key, parse_status, "planned, in_progress, done, cancelled, overdue");
        else if (key == "group_by")
            q.group_by = named_value<GroupBy>(value, key, parse_group_by, "responsible, direction, month, none");
        else if (key == "due_between") q.due_between = range_value(value, key);
        else if (key == "active_between") q.active_between = range_value(value, key);
        else if (key == "overdue_as_of") {
            auto d = parse_iso_date(text_value(value, key));
            if (!d) throw QueryError("query field 'overdue_as_of' must be a date YYYY-MM-DD");
            q.overdue_as_of = d;
        } else {
            std::string message = "unknown query field '" + key + "'";
            std::string best = closest(key, std::vector<std::string_view>(std::begin(filter_names),
                                                                                   std::end(filter_names)));
            if (!best.empty()) message += "; did you mean '" + best + "'?";
            throw QueryError(message);
        }
    }
    return q;
}

std::string to_json(const Query &query) { return detail::dump(query_object(query), -1); }

namespace {

Json result_object(const QueryResult &result) {
    Json out = Json::object();
    out["roadmap"] = result.roadmap ? Json(result.roadmap->roadmap->id) : Json(nullptr);
    out["query"] = query_object(result.query);
    out["count"] = result.matches.size();
    Json measures = Json::array();
    if (result.roadmap) {
        detail::Facets facets(*result.roadmap);
        for (const QueryMatch &match : result.matches) measures.push_back(measure_json(facets, match));
    }
    out["measures"] = std::move(measures);
    if (result.query.group_by != GroupBy::none) {
        Json groups = Json::array();
        for (const Aggregate &a : result.groups)
            groups.push_back({{"key", text_or_null(a.key)},
                              {"label", text_or_null(a.label)},
                              {"period", a.period},
                              {"start", to_iso(a.window.start())},
                              {"end", to_iso(a.window.end())},
                              {"due", ids_json(a.due)},
                              {"active", ids_json(a.active)}});
        out["groups"] = std::move(groups);
    }
    return out;
}

} // namespace

std::string to_json(const QueryResult &result, int indent) { return detail::dump(result_object(result), indent); }

std::string query_json(const ResolvedRoadmap &roadmap, std::string_view request, int indent) {
    return to_json(query(roadmap, parse_query_json(request)), indent);
}

namespace {

// A corpus answer: the query, every match counted, each roadmap's result object.
std::string corpus_json(const Query &query, std::size_t count, Json results, int indent) {
    const std::size_t roadmaps = results.size();
    Json out = {{"query", query_object(query)},
                {"count", count},
                {"roadmaps", roadmaps},
                {"results", std::move(results)}};
    return detail::dump(out, indent);
}

} // namespace

std::string to_json(const CorpusQueryResult &result, int indent) {
    Json results = Json::array();
    for (const QueryResult &r : result.roadmaps) results.push_back(result_object(r));
    return corpus_json(result.query, result.count(), std::move(results), indent);
}

// One roadmap's QueryResult at a time: the answer is never held whole twice.
std::string to_json(const CorpusMatches &result, int indent) {
    Json results = Json::array();
    for (const CorpusRoadmapMatches &r : result.roadmaps()) results.push_back(result_object(result.result(r)));
    return corpus_json(result.query(), result.count(), std::move(results), indent);
}

std::string query_json(const QueryIndex &index, std::string_view request, int indent) {
    return to_json(index.matches(parse_query_json(request)), indent);
}

} // namespace eduroadmap
