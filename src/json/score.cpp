// The management-cycle scorecard as JSON: erm_score_json, and each entry of
// `eduroadmap score --format json` (docs/score.md, "JSON").
#include "json/value.hpp"

#include <eduroadmap/json.hpp>
#include <eduroadmap/score.hpp>

#include <cmath>

namespace eduroadmap {
namespace {

using detail::Json;

// A total or a weight: an integer when it is one (weights are usually 1).
Json number(double v) { return detail::whole_or_real(v); }

// A share of the maximum, to four decimals.
Json share(double v) { return Json(std::round(v * 10000) / 10000); }

Json names(Stage component) {
    return {{"ru", component_name(component, Language::ru)}, {"en", component_name(component, Language::en)}};
}

Json evidence_json(const Evidence &e) {
    return {{"kind", to_string(e.kind)},
            {"id", e.id},
            {"number", detail::text_or_null(e.number)},
            {"path", e.path},
            {"section", e.section ? Json(*e.section) : Json(nullptr)},
            {"text", e.text},
            {"sound", e.sound}};
}

Json component_json(const ComponentScore &c) {
    Json evidence = Json::array();
    for (const Evidence &e : c.evidence) evidence.push_back(evidence_json(e));
    return {{"component", to_string(c.component)},
            {"points", c.points},
            {"weight", number(c.weight)},
            {"weighted", number(c.weighted())},
            {"max", number(c.maximum())},
            {"reason", {{"id", c.reason.id}, {"ru", c.reason.ru}, {"en", c.reason.en}}},
            {"evidence", std::move(evidence)}};
}

} // namespace

std::string to_json(const Scorecard &card, int indent) {
    Json components = Json::array();
    for (const ComponentRule &rule : card.components)
        components.push_back({{"component", to_string(rule.component)},
                              {"name", names(rule.component)},
                              {"weight", number(rule.weight)},
                              {"max", number(2 * rule.weight)}});
    Json directions = Json::array();
    for (const ScoredDirection &d : card.directions) {
        Json scored = Json::array();
        for (const ComponentScore &c : d.components) scored.push_back(component_json(c));
        directions.push_back({{"direction", d.code},
                              {"slug", d.slug},
                              {"title", d.title},
                              {"sections", d.sections},
                              {"total", number(d.total)},
                              {"max", number(d.maximum)},
                              {"share", share(d.share())},
                              {"components", std::move(scored)}});
    }
    return detail::dump({{"roadmap", card.roadmap},
                         {"title", card.title},
                         {"catalog", card.catalog},
                         {"model", {{"id", card.model}, {"title", card.model_title}}},
                         {"components", std::move(components)},
                         {"directions", std::move(directions)},
                         {"total", number(card.total)},
                         {"max", number(card.maximum)},
                         {"share", share(card.share())}},
                        indent);
}

} // namespace eduroadmap
