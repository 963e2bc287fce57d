// The bulk form of every resolved measure (erm_roadmap_measures_json): rows
// as arrays, shared deadlines and responsibles written once in tables.
#include "json/value.hpp"

#include "measure_sharing.hpp"
#include "query/facets.hpp"

#include <eduroadmap/json.hpp>
#include <eduroadmap/query.hpp>
#include <eduroadmap/resolve.hpp>

#include <utility>
#include <vector>

namespace eduroadmap {
namespace {

using detail::Json;

// The order of a row's values; bindings check it before reading rows.
constexpr const char *measure_fields[] = {
    "index", "id",    "number",         "title",  "form",        "path",  "section",    "group",      "deadline",
    "responsibles", "direction", "result", "stage", "stage_inferred", "status", "status_text", "items", "indicators",
    "depends_on", "note", "stage_also"};

Json texts(const std::vector<std::string> &list) {
    Json a = Json::array();
    for (const std::string &t : list) a.push_back(t);
    return a;
}

} // namespace

std::string measures_json(const ResolvedRoadmap &roadmap) {
    const detail::Facets facets(roadmap);
    detail::SharedDeadlines deadline_numbers;
    detail::SharedMentionLists responsibles_numbers;
    Json deadlines = Json::array();
    Json responsibles = Json::array();
    Json rows = Json::array();
    rows.get_ref<Json::array_t &>().reserve(roadmap.measures.size());
    for (std::size_t i = 0; i < roadmap.measures.size(); ++i) {
        const ResolvedMeasure &rm = roadmap.measures[i];
        const Measure &m = *rm.ref.measure;
        const auto direction = facets.catalog_direction(rm.ref.section);
        Json also = Json::array();
        for (Stage s : rm.stage.also) also.push_back(to_string(s));
        Json row = Json::array();
        Json::array_t &r = row.get_ref<Json::array_t &>();
        r.reserve(std::size(measure_fields));
        r.emplace_back(i);
        r.emplace_back(rm.id);
        r.emplace_back(m.number);
        r.emplace_back(m.title);
        r.emplace_back(m.form);
        r.emplace_back(rm.ref.path());
        r.emplace_back(rm.ref.section);
        r.emplace_back(rm.ref.group ? Json(*rm.ref.group) : Json(nullptr));
        const auto [deadline, new_deadline] = deadline_numbers.number(rm.deadline);
        if (new_deadline) deadlines.push_back(detail::json_of(rm.deadline));
        r.emplace_back(deadline);
        const auto [cell, new_cell] = responsibles_numbers.number(rm.responsibles);
        if (new_cell) {
            Json list = Json::array();
            for (const ResponsibleMention &m : rm.responsibles) list.push_back({m.text, detail::text_or_null(m.id)});
            responsibles.push_back(std::move(list));
        }
        r.emplace_back(cell);
        r.emplace_back(direction ? detail::text_or_null(roadmap.catalog->directions[*direction].code) : Json(nullptr));
        r.emplace_back(m.result ? Json(*m.result) : Json(nullptr));
        r.emplace_back(to_string(rm.stage.stage));
        r.emplace_back(rm.stage.inferred);
        r.emplace_back(to_string(status_of(m)));
        r.emplace_back(m.status_text);
        r.emplace_back(texts(m.items));
        r.emplace_back(texts(m.indicators));
        r.emplace_back(texts(m.depends_on));
        r.emplace_back(m.note);
        r.emplace_back(std::move(also));
        rows.push_back(std::move(row));
    }
    Json out = Json::object();
    out["fields"] = measure_fields;
    out["deadlines"] = std::move(deadlines);
    out["responsibles"] = std::move(responsibles);
    out["measures"] = std::move(rows);
    return detail::dump(out, -1);
}

} // namespace eduroadmap
