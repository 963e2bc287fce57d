#include "json.hpp"

#include "handles.hpp"
#include "json_writer.hpp"

#include "query/facets.hpp"

#include <eduroadmap/query.hpp>

#include <nlohmann/json.hpp>

#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace erm::detail {

namespace ed = eduroadmap;
using json = nlohmann::ordered_json;

namespace {

json text_or_null(const std::string &s) { return s.empty() ? json(nullptr) : json(s); }

json stage_names(const std::vector<ed::Stage> &stages) {
    json a = json::array();
    for (ed::Stage s : stages) a.push_back(std::string(ed::to_string(s)));
    return a;
}

// Ill-formed UTF-8 in a cell must not abort the output: replace it.
std::string dump(const json &j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

void write_texts(JsonWriter &w, const std::vector<std::string> &texts) {
    w.begin_array();
    for (const std::string &t : texts) w.value(t);
    w.end_array();
}

void write_deadline(JsonWriter &w, const ed::Deadline &d) {
    w.begin_object().key("text").value(d.text).key("kind").value(ed::to_string(d.kind)).key("windows").begin_array();
    for (const ed::Window &window : d.windows)
        w.begin_object().key("start").value(ed::to_iso(window.start())).key("end").value(ed::to_iso(window.end())).end_object();
    w.end_array().key("count").value(d.count).key("ambiguous").value(d.ambiguous).key("note").value(d.note).end_object();
}

} // namespace

std::string deadline_json(const ed::Deadline &deadline) {
    JsonWriter w;
    write_deadline(w, deadline);
    return std::move(w.str());
}

namespace {
// Gives each distinct JSON value an index in a table, so that values shared
// by many measures (the same deadline text, the same responsibles) are
// written — and read by the bindings — once.
class Table {
public:
    std::size_t index(std::string json) {
        auto [it, added] = index_.emplace(std::move(json), values_.size());
        if (added) values_.push_back(&it->first);
        return it->second;
    }
    void write(JsonWriter &w) const {
        w.begin_array();
        for (const std::string *json : values_) w.raw_value(*json);
        w.end_array();
    }

private:
    std::unordered_map<std::string, std::size_t> index_;
    std::vector<const std::string *> values_;
};

constexpr const char *measure_fields[] = {
    "index", "id",    "number",         "title",  "form",        "path",  "section",    "group",      "deadline",
    "responsibles", "direction", "result", "stage", "stage_inferred", "status", "status_text", "items", "indicators",
    "depends_on", "note", "stage_also"};
} // namespace

std::string measures_json(const erm_roadmap &roadmap) {
    const ed::detail::Facets facets(roadmap.resolved); // per-section directions, computed once
    const auto &measures = roadmap.resolved.measures;
    Table deadlines, responsibles;
    // Most measures share their deadline text with others: a text seen
    // before, resolved the same way, reuses its entry without writing it again.
    std::unordered_map<std::string_view, std::vector<std::pair<const ed::Deadline *, std::size_t>>> seen;
    auto deadline_index = [&](const ed::Deadline &d) {
        auto &candidates = seen[d.text];
        for (const auto &[other, index] : candidates)
            if (other->kind == d.kind && other->windows == d.windows && other->count == d.count &&
                other->ambiguous == d.ambiguous && other->note == d.note)
                return index;
        JsonWriter w;
        write_deadline(w, d);
        const std::size_t index = deadlines.index(std::move(w.str()));
        candidates.emplace_back(&d, index);
        return index;
    };
    JsonWriter rows;
    rows.str().reserve(measures.size() * 256);
    rows.begin_array();
    for (std::size_t i = 0; i < measures.size(); ++i) {
        const ed::ResolvedMeasure &rm = measures[i];
        const ed::Measure &m = *rm.ref.measure;
        JsonWriter r;
        r.begin_array();
        for (const ed::ResponsibleMention &mention : rm.responsibles)
            r.begin_array().value(mention.text).text_or_null(mention.id).end_array();
        r.end_array();
        rows.begin_array().value(i).value(rm.id).value(m.number).value(m.title).value(m.form);
        rows.value(roadmap.measure_paths[i]).value(rm.ref.section);
        rm.ref.group ? rows.value(*rm.ref.group) : rows.null();
        rows.value(deadline_index(rm.deadline)).value(responsibles.index(std::move(r.str())));
        rows.text_or_null(facets.direction(rm).code);
        m.result ? rows.value(*m.result) : rows.null();
        rows.value(ed::to_string(rm.stage.stage)).value(rm.stage.inferred);
        rows.value(ed::to_string(ed::status_of(m))).value(m.status_text);
        write_texts(rows, m.items);
        write_texts(rows, m.indicators);
        write_texts(rows, m.depends_on);
        rows.value(m.note).begin_array();
        for (ed::Stage s : rm.stage.also) rows.value(ed::to_string(s));
        rows.end_array().end_array();
    }
    rows.end_array();
    JsonWriter w;
    w.begin_object().key("fields").begin_array();
    for (const char *name : measure_fields) w.value(name);
    w.end_array().key("deadlines");
    deadlines.write(w);
    w.key("responsibles");
    responsibles.write(w);
    w.key("measures").raw_value(rows.str()).end_object();
    return std::move(w.str());
}

std::string coverage_json(const erm_roadmap &roadmap) {
    const ed::Coverage &c = roadmap.coverage;
    json rows = json::array();
    for (std::size_t r = 0; r < c.rows.size(); ++r) {
        const ed::CoverageRow &row = c.rows[r];
        const erm_roadmap::RowView &v = roadmap.rows[r];
        json cells = json::object();
        for (ed::Stage stage : ed::all_stages) {
            json ids = json::array(), passports = json::array();
            for (std::size_t m : row.cell(stage).measures) ids.push_back(roadmap.resolved.measures.at(m).id);
            for (std::size_t s : row.cell(stage).passports) passports.push_back(s);
            cells[std::string(ed::to_string(stage))] = {{"measures", std::move(ids)}, {"passports", std::move(passports)}};
        }
        json sections = json::array();
        for (std::size_t s : row.sections) sections.push_back(s);
        rows.push_back({{"code", text_or_null(v.code)},
                        {"slug", text_or_null(v.slug)},
                        {"title", v.title},
                        {"sections", std::move(sections)},
                        {"measure_count", row.measure_count},
                        {"missing", stage_names(row.missing)},
                        {"cells", std::move(cells)}});
    }
    return dump({{"catalog", c.catalog ? json(c.catalog->id) : json(nullptr)},
                 {"required", stage_names(c.required)},
                 {"rows", std::move(rows)}});
}

std::string report_json(const erm_report &report) {
    json diagnostics = json::array();
    for (const erm_report::Entry &e : report.entries)
        diagnostics.push_back({{"rule", e.rule},
                               {"severity", std::string(ed::to_string(static_cast<ed::Severity>(e.severity)))},
                               {"message", e.message},
                               {"line", e.line},
                               {"column", e.column},
                               {"path", e.path},
                               {"hint", e.hint}});
    return dump({{"path", report.file},
                 {"errors", report.counts.errors},
                 {"warnings", report.counts.warnings},
                 {"infos", report.counts.infos},
                 {"diagnostics", std::move(diagnostics)}});
}

} // namespace erm::detail
