// The bulk form of every resolved measure (erm_roadmap_measures_json): rows
// as arrays, shared deadlines and responsibles written once in tables.
#include "json/value.hpp"

#include "query/facets.hpp"

#include <eduroadmap/json.hpp>
#include <eduroadmap/query.hpp>
#include <eduroadmap/resolve.hpp>

#include <map>
#include <string_view>
#include <unordered_map>
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

// Most measures share their deadline text with others: a text seen before,
// resolved the same way, reuses its entry.
class DeadlineTable {
public:
    std::size_t index(const Deadline &d) {
        auto &candidates = seen_[d.text];
        for (const auto &[other, index] : candidates)
            if (other->kind == d.kind && other->windows == d.windows && other->count == d.count &&
                other->ambiguous == d.ambiguous && other->note == d.note)
                return index;
        candidates.emplace_back(&d, values_.size());
        values_.push_back(detail::json_of(d));
        return values_.size() - 1;
    }
    Json take() { return std::move(values_); }

private:
    std::unordered_map<std::string_view, std::vector<std::pair<const Deadline *, std::size_t>>> seen_;
    Json values_ = Json::array();
};

// The bodies a responsibles cell names, `[[text, id|null], …]`, once per distinct list.
class ResponsiblesTable {
public:
    std::size_t index(const std::vector<ResponsibleMention> &mentions) {
        key_.clear();
        for (const ResponsibleMention &m : mentions) key_.emplace_back(m.text, m.id);
        auto [it, added] = index_.emplace(key_, values_.size());
        if (added) {
            Json list = Json::array();
            for (const ResponsibleMention &m : mentions) list.push_back({m.text, detail::text_or_null(m.id)});
            values_.push_back(std::move(list));
        }
        return it->second;
    }
    Json take() { return std::move(values_); }

private:
    using Key = std::vector<std::pair<std::string_view, std::string_view>>; // views into the roadmap
    std::map<Key, std::size_t> index_;
    Key key_;
    Json values_ = Json::array();
};

Json texts(const std::vector<std::string> &list) {
    Json a = Json::array();
    for (const std::string &t : list) a.push_back(t);
    return a;
}

} // namespace

std::string measures_json(const ResolvedRoadmap &roadmap) {
    const detail::Facets facets(roadmap);
    DeadlineTable deadlines;
    ResponsiblesTable responsibles;
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
        r.emplace_back(deadlines.index(rm.deadline));
        r.emplace_back(responsibles.index(rm.responsibles));
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
    out["deadlines"] = deadlines.take();
    out["responsibles"] = responsibles.take();
    out["measures"] = std::move(rows);
    return detail::dump(out, -1);
}

} // namespace eduroadmap
