// Indicator progress and suggested indicators as JSON (`eduroadmap indicators --format json`).
#include "json/value.hpp"

#include <eduroadmap/indicators.hpp>
#include <eduroadmap/json.hpp>

#include <optional>

namespace eduroadmap {
namespace {

using detail::Json;

Json value_json(const IndicatorValue &v) { return v.is_boolean ? Json(v.boolean) : Json(v.number); }

template <class T> Json optional_json(const std::optional<T> &v) { return v ? Json(*v) : Json(nullptr); }

} // namespace

std::string to_json(const std::vector<IndicatorProgress> &progress, Date as_of, int indent) {
    Json items = Json::array();
    for (const IndicatorProgress &p : progress) {
        const Indicator &i = *p.indicator;
        Json j{{"id", i.id},
               {"title", i.title},
               {"direction", i.direction},
               {"unit", to_string(i.unit)},
               {"comparator", to_string(i.comparator)},
               {"status", to_string(p.status)}};
        j["target"] = p.target ? Json{{"period", p.target->period},
                                      {"value", value_json(p.target->value)},
                                      {"start", to_iso(p.target_window->start())},
                                      {"end", to_iso(p.target_window->end())}}
                               : Json(nullptr);
        j["latest"] = p.latest ? Json{{"date", to_iso(p.latest->date)}, {"value", value_json(p.latest->value)}}
                               : Json(nullptr);
        j["share"] = optional_json(p.share);
        j["expected"] = optional_json(p.expected);
        items.push_back(std::move(j));
    }
    return detail::dump({{"as_of", to_iso(as_of)}, {"indicators", std::move(items)}}, indent);
}

std::string to_json(const std::vector<IndicatorSuggestion> &suggestions, int indent) {
    Json items = Json::array();
    for (const IndicatorSuggestion &s : suggestions) {
        const Indicator &i = s.indicator;
        Json targets = Json::array();
        for (const Target &t : i.targets) targets.push_back({{"period", t.period}, {"value", value_json(t.value)}});
        items.push_back({{"measure", s.measure},
                         {"path", s.path},
                         {"text", s.text},
                         {"matched", s.result.matched},
                         {"subject", s.result.subject},
                         {"indicator",
                          {{"id", i.id},
                           {"title", i.title},
                           {"direction", i.direction},
                           {"unit", to_string(i.unit)},
                           {"comparator", to_string(i.comparator)},
                           {"targets", std::move(targets)}}}});
    }
    return detail::dump({{"suggestions", std::move(items)}}, indent);
}

} // namespace eduroadmap
