// The coverage matrix as JSON: its fields for bindings (erm_roadmap_coverage_json),
// and explained for people and scripts (`eduroadmap coverage --format json`).
#include "json/value.hpp"

#include <eduroadmap/catalog.hpp>
#include <eduroadmap/coverage.hpp>
#include <eduroadmap/json.hpp>

#include <algorithm>

namespace eduroadmap {
namespace {

using detail::Json;
using detail::decided_by;
using detail::json_of;

const CatalogDirection *row_direction(const Coverage &c, const CoverageRow &row) {
    return row.direction && c.catalog ? &c.catalog->directions.at(*row.direction) : nullptr;
}

// A row's title: its direction's, else its (first) section's as printed.
std::string row_title(const Coverage &c, const CoverageRow &row, const Roadmap &model) {
    if (const CatalogDirection *d = row_direction(c, row)) return d->title;
    return row.sections.empty() ? std::string() : model.sections.at(row.sections.front()).title;
}

Json catalog_id(const Coverage &c) { return c.catalog ? Json(c.catalog->id) : Json(nullptr); }

bool required(const Coverage &c, Stage s) {
    return std::find(c.required.begin(), c.required.end(), s) != c.required.end();
}

// How section @p s matched a direction of the roadmap's catalog.
Json section_match(const ResolvedRoadmap &roadmap, std::size_t s) {
    const DirectionMatch &m = roadmap.sections.at(s);
    const auto code = [&](std::size_t d) { return roadmap.catalog->directions.at(d).code; };
    Json j{{"index", s},
           {"title", roadmap.roadmap->sections.at(s).title},
           {"match", to_string(m.kind)},
           {"direction", m.direction ? Json(code(*m.direction)) : Json(nullptr)}};
    if (m.kind == MatchKind::keywords || m.kind == MatchKind::unknown) j["score"] = m.score;
    if (!m.matched.empty()) j["matched"] = m.matched;
    if (!m.candidates.empty()) {
        Json candidates = Json::array();
        for (const DirectionScore &d : m.candidates)
            candidates.push_back({{"direction", code(d.direction)}, {"score", d.score}});
        j["candidates"] = std::move(candidates);
    }
    return j;
}

} // namespace

std::string to_json(const Coverage &c, const ResolvedRoadmap &roadmap, int indent) {
    Json rows = Json::array();
    for (const CoverageRow &row : c.rows) {
        Json cells = Json::object();
        for (Stage stage : all_stages) {
            const CoverageCell &cell = row.cell(stage);
            Json ids = Json::array();
            for (std::size_t m : cell.measures) ids.push_back(roadmap.measures.at(m).id);
            cells[std::string(to_string(stage))] = {{"measures", std::move(ids)}, {"passports", cell.passports}};
        }
        const CatalogDirection *d = row_direction(c, row);
        rows.push_back({{"code", d ? detail::text_or_null(d->code) : Json(nullptr)},
                        {"slug", d ? detail::text_or_null(d->slug) : Json(nullptr)},
                        {"title", row_title(c, row, *roadmap.roadmap)},
                        {"sections", row.sections},
                        {"measure_count", row.measure_count},
                        {"missing", json_of(row.missing)},
                        {"cells", std::move(cells)}});
    }
    return detail::dump({{"catalog", catalog_id(c)}, {"required", json_of(c.required)}, {"rows", std::move(rows)}},
                        indent);
}

std::string coverage_report_json(const std::string &file, const Coverage &c, const ResolvedRoadmap &roadmap,
                                 int indent) {
    const Roadmap &model = *roadmap.roadmap;
    Json sections = Json::array();
    for (std::size_t s = 0; s < model.sections.size(); ++s) sections.push_back(section_match(roadmap, s));
    Json rows = Json::array();
    for (const CoverageRow &row : c.rows) {
        Json stages = Json::object();
        for (Stage s : all_stages) {
            const CoverageCell &cell = row.cell(s);
            Json measures = Json::array();
            for (std::size_t i : cell.measures) {
                const ResolvedMeasure &m = roadmap.measures.at(i);
                measures.push_back(
                    {{"id", m.id}, {"inferred", m.stage.inferred}, {"decided_by", decided_by(m.stage)}});
            }
            stages[std::string(to_string(s))] = {{"required", required(c, s)},
                                                 {"covered", cell.covered()},
                                                 {"measures", std::move(measures)},
                                                 {"passport_sections", cell.passports}};
        }
        const CatalogDirection *d = row_direction(c, row);
        Json j = Json::object();
        j["direction"] = d ? Json(d->code) : Json(nullptr);
        if (d) j["slug"] = d->slug;
        j["title"] = row_title(c, row, model);
        j["sections"] = row.sections;
        j["measures"] = row.measure_count;
        j["stages"] = std::move(stages);
        j["missing"] = json_of(row.missing);
        rows.push_back(std::move(j));
    }
    return detail::dump({{"file", file},
                         {"roadmap", model.id},
                         {"catalog", catalog_id(c)},
                         {"required_stages", json_of(c.required)},
                         {"sections", std::move(sections)},
                         {"rows", std::move(rows)}},
                        indent);
}

} // namespace eduroadmap
