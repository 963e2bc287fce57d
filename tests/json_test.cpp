// Tests for <eduroadmap/json.hpp>: the JSON form of each type, the one place
// the CLI, the C API and the bindings take their shapes from. The shapes are
// checked key by key and value by value against the C++ values they write.
#include <eduroadmap/coverage.hpp>
#include <eduroadmap/indicators.hpp>
#include <eduroadmap/io.hpp>
#include <eduroadmap/json.hpp>
#include <eduroadmap/query.hpp>
#include <eduroadmap/validate_io.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>
#include <vector>

using namespace eduroadmap;
using Json = nlohmann::ordered_json;

namespace {

std::vector<std::string> keys(const Json &object) {
    std::vector<std::string> out;
    for (const auto &item : object.items()) out.push_back(item.key());
    return out;
}

Window school_year() { return Window(Date(2023, 9, 1), Date(2024, 8, 31)); }

// A small plan: two measures share a deadline text and a responsibles
// cell, one section lies outside the catalog, one indicator has a target.
constexpr const char *plan = R"(schema: eduroadmap/1
id: j
title: T
period: 2021-2022
responsibles:
  - {id: ko, short: КО}
indicators:
  - {id: i1, title: Доля, unit: percent, comparator: ">=", targets: [{period: "2021", value: 50}], actuals: [{date: 2021-06-01, value: 30}]}
sections:
  - title: Система развития таланта
    measures:
      - {number: "1", title: Мониторинг участия в олимпиадах, deadline: Ежегодно, responsibles: "КО, ОО", result: не менее 40% участников}
      - {number: "2", title: Анализ результатов олимпиад, deadline: Ежегодно, responsibles: "КО, ОО", status: done}
  - title: Прочие мероприятия
    extra: true
    measures:
      - {number: "3", title: Конкурс, deadline: Декабрь 2021}
)";

struct JsonPlan {
    LoadResult loaded = load_string(plan, "plan.yaml");
    ResolvedRoadmap resolved = resolve(loaded.document->roadmap);
};

} // namespace

TEST_CASE("a window and a deadline: the `deadline` command's line") {
    CHECK(to_json(Window(Date(2021, 9, 1), Date(2021, 9, 30))) == R"({"start":"2021-09-01","end":"2021-09-30"})");
    const Deadline d = resolve_deadline("Ежегодно Сентябрь - февраль", school_year());
    CHECK(to_json(d) == R"({"text":"Ежегодно Сентябрь - февраль","kind":"recurring","windows":)"
                        R"([{"start":"2023-09-01","end":"2024-02-29"}],"count":1,"ambiguous":false,"note":""})");
}

TEST_CASE("control characters are escaped and ill-formed UTF-8 is replaced: the output is always JSON") {
    const Deadline d = resolve_deadline(std::string("до\b\f\x01 «\xff» \"Q\" \\"), school_year());
    const std::string text = to_json(d);
    CHECK(text.find(R"(\b\f\u0001)") != std::string::npos);
    const Json j = Json::parse(text); // throws on invalid JSON
    CHECK(j["text"] == "до\b\f\x01 «\xEF\xBF\xBD» \"Q\" \\");
}

TEST_CASE("a finding: its message and hint in the language asked, the hint null when the rule has none") {
    const RuleInfo *with_hint = nullptr, *without_hint = nullptr;
    for (const RuleInfo &r : rule_catalog()) (r.hint_en.empty() ? without_hint : with_hint) = &r;
    REQUIRE(with_hint);
    REQUIRE(without_hint);
    Diagnostic d;
    d.rule = std::string(with_hint->id);
    d.severity = Severity::warning;
    d.path = "sections[0].measures[1].deadline";
    d.location = {"plan.yaml", 12, 7};
    d.args = {{"text", "когда-нибудь"}};
    const Json en = Json::parse(to_json(d, Language::en)), ru = Json::parse(to_json(d, Language::ru));
    CHECK(keys(en) == std::vector<std::string>{"rule", "severity", "message", "line", "column", "path", "hint", "group",
                                              "document", "related"});
    CHECK(en["message"] == message(d, Language::en));
    CHECK(ru["message"] == message(d, Language::ru));
    CHECK(en["line"] == 12);
    CHECK(en["column"] == 7);
    CHECK(en["severity"] == "warning");
    REQUIRE(!hint(d, Language::en).empty());
    CHECK(en["hint"] == hint(d, Language::en));
    CHECK(ru["hint"] == hint(d, Language::ru));
    d.rule = std::string(without_hint->id);
    REQUIRE(hint(d, Language::en).empty());
    CHECK(Json::parse(to_json(d, Language::en))["hint"].is_null());
}

TEST_CASE("a report: counts by severity and every finding in order; indent as asked, within bounds") {
    const Report r = validate_string(plan, "plan.yaml");
    REQUIRE(!r.diagnostics.empty());
    const std::string line = to_json(r, Language::en);
    CHECK(line.find('\n') == std::string::npos);
    const Json j = Json::parse(line);
    CHECK(keys(j) == std::vector<std::string>{"path", "errors", "warnings", "infos", "diagnostics", "groups",
                                              "directions"});
    CHECK(j["path"] == "plan.yaml");
    CHECK(j["errors"] == r.counts().errors);
    CHECK(j["warnings"] == r.counts().warnings);
    CHECK(j["infos"] == r.counts().infos);
    REQUIRE(j["diagnostics"].size() == r.diagnostics.size());
    for (std::size_t i = 0; i < r.diagnostics.size(); ++i)
        CHECK(j["diagnostics"][i] == Json::parse(to_json(r.diagnostics[i], Language::en)));
    CHECK(to_json(r, Language::en, 2).rfind("{\n  \"path\": \"plan.yaml\",\n  \"errors\": ", 0) == 0);
    CHECK(Json::parse(to_json(r, Language::en, 16)) == j);
    CHECK_THROWS_AS(to_json(r, Language::en, 17), std::invalid_argument);
}

TEST_CASE("the coverage matrix as its fields: rows, cells with measure ids and passport sections") {
    JsonPlan p;
    const Coverage c = coverage(p.resolved);
    const Json j = Json::parse(to_json(c, p.resolved));
    CHECK(keys(j) == std::vector<std::string>{"catalog", "required", "rows"});
    CHECK(j["catalog"] == c.catalog->id);
    REQUIRE(j["required"].size() == c.required.size());
    CHECK(j["required"][0] == std::string(to_string(c.required[0])));
    REQUIRE(j["rows"].size() == c.rows.size());
    for (std::size_t r = 0; r < c.rows.size(); ++r) {
        const CoverageRow &row = c.rows[r];
        const Json &jr = j["rows"][r];
        CHECK(keys(jr) ==
              std::vector<std::string>{"code", "slug", "title", "sections", "measure_count", "missing", "cells"});
        if (row.direction) CHECK(jr["code"] == c.catalog->directions[*row.direction].code);
        else CHECK(jr["code"].is_null());
        CHECK(jr["sections"] == row.sections);
        CHECK(jr["measure_count"] == row.measure_count);
        CHECK(jr["missing"].size() == row.missing.size());
        for (Stage s : all_stages) {
            const Json &cell = jr["cells"][std::string(to_string(s))];
            REQUIRE(cell["measures"].size() == row.cell(s).measures.size());
            for (std::size_t k = 0; k < row.cell(s).measures.size(); ++k)
                CHECK(cell["measures"][k] == p.resolved.measures[row.cell(s).measures[k]].id);
            CHECK(cell["passports"] == row.cell(s).passports);
        }
    }
    // The section outside the catalog is the last row, titled as printed.
    CHECK(j["rows"].back()["title"] == "Прочие мероприятия");
}

TEST_CASE("the coverage matrix explained: the file, how each section matched, cells with their verdicts") {
    JsonPlan p;
    const Coverage c = coverage(p.resolved);
    const Json j = Json::parse(coverage_report_json("dir/plan.yaml", c, p.resolved, 2));
    CHECK(keys(j) == std::vector<std::string>{"file", "roadmap", "catalog", "required_stages", "sections", "rows"});
    CHECK(j["file"] == "dir/plan.yaml");
    CHECK(j["roadmap"] == "j");
    REQUIRE(j["sections"].size() == 2);
    CHECK(j["sections"][0]["match"] == std::string(to_string(p.resolved.sections[0].kind)));
    CHECK(j["sections"][1]["match"] == std::string(to_string(p.resolved.sections[1].kind)));
    CHECK(j["sections"][1]["direction"].is_null());
    const Json &talents = j["rows"][2];
    REQUIRE(c.rows[2].direction.has_value());
    CHECK(talents["direction"] == c.catalog->directions[*c.rows[2].direction].code);
    CHECK(talents["measures"] == c.rows[2].measure_count);
    const Json &monitoring = talents["stages"]["monitoring"];
    CHECK(monitoring["covered"] == c.rows[2].cell(Stage::monitoring).covered());
    CHECK(monitoring["required"] == true);
    REQUIRE(monitoring["measures"].size() == 1);
    CHECK(monitoring["measures"][0]["id"] == "1");
    CHECK(monitoring["measures"][0]["inferred"] == true);
    CHECK(monitoring["measures"][0]["decided_by"] == Json::parse(R"({"field": "title", "cue": "мониторинг"})"));
    // A row outside the catalog has no slug.
    CHECK(!j["rows"].back().contains("slug"));
}

TEST_CASE("every measure in the bulk form: rows in field order, shared deadlines and responsibles once") {
    JsonPlan p;
    const Json j = Json::parse(measures_json(p.resolved));
    CHECK(keys(j) == std::vector<std::string>{"fields", "deadlines", "responsibles", "measures"});
    const Json &fields = j["fields"];
    CHECK(fields.size() == 21);
    const auto at = [&](const Json &row, const char *field) -> const Json & {
        for (std::size_t k = 0; k < fields.size(); ++k)
            if (fields[k] == field) return row[k];
        throw std::logic_error(std::string("no field ") + field);
    };
    REQUIRE(j["measures"].size() == p.resolved.measures.size());
    // Measures 1 and 2 share «Ежегодно» and «КО, ОО»; measure 3 has its own deadline.
    CHECK(j["deadlines"].size() == 2);
    CHECK(j["responsibles"].size() == 2); // «КО, ОО», and the absent cell
    const Json &first = j["measures"][0], &second = j["measures"][1], &third = j["measures"][2];
    CHECK(at(first, "deadline") == at(second, "deadline"));
    CHECK(at(first, "deadline") != at(third, "deadline"));
    CHECK(at(first, "responsibles") == at(second, "responsibles"));
    CHECK(j["deadlines"][at(first, "deadline").get<std::size_t>()] ==
          Json::parse(to_json(p.resolved.measures[0].deadline)));
    CHECK(j["responsibles"][at(first, "responsibles").get<std::size_t>()] ==
          Json::parse(R"([["КО","ko"],["ОО",null]])"));
    for (std::size_t i = 0; i < p.resolved.measures.size(); ++i) {
        const ResolvedMeasure &rm = p.resolved.measures[i];
        const Json &row = j["measures"][i];
        CHECK(at(row, "index") == i);
        CHECK(at(row, "id") == rm.id);
        CHECK(at(row, "path") == rm.ref.path());
        CHECK(at(row, "stage") == std::string(to_string(rm.stage.stage)));
        CHECK(at(row, "status") == std::string(to_string(status_of(*rm.ref.measure))));
    }
    CHECK(at(second, "status") == "done");
    CHECK(at(first, "direction") == direction_of(p.resolved, p.resolved.measures[0]).code);
    CHECK(at(third, "direction").is_null()); // outside the catalog
    CHECK(at(third, "result").is_null());
}

TEST_CASE("indicator progress and suggestions: the `indicators` command's JSON") {
    JsonPlan p;
    const Roadmap &model = p.loaded.document->roadmap;
    const Date as_of(2021, 9, 1);
    const std::vector<IndicatorProgress> progress_list = progress(model, as_of);
    const Json j = Json::parse(to_json(progress_list, as_of));
    CHECK(j["as_of"] == "2021-09-01");
    REQUIRE(j["indicators"].size() == 1);
    const Json &i1 = j["indicators"][0];
    CHECK(keys(i1) == std::vector<std::string>{"id", "title", "direction", "unit", "comparator", "status", "target",
                                               "latest", "share", "expected"});
    CHECK(i1["status"] == std::string(to_string(progress_list[0].status)));
    CHECK(i1["target"]["value"] == 50.0);
    CHECK(i1["target"]["start"] == "2021-01-01");
    CHECK(i1["latest"]["date"] == "2021-06-01");
    CHECK(i1["share"] == *progress_list[0].share);

    const std::vector<IndicatorSuggestion> suggestions = suggest_indicators(p.resolved);
    REQUIRE(!suggestions.empty());
    const Json s = Json::parse(to_json(suggestions));
    REQUIRE(s["suggestions"].size() == suggestions.size());
    CHECK(s["suggestions"][0]["measure"] == suggestions[0].measure);
    CHECK(s["suggestions"][0]["indicator"]["unit"] == std::string(to_string(suggestions[0].indicator.unit)));
    CHECK(s["suggestions"][0]["indicator"]["targets"].size() == suggestions[0].indicator.targets.size());
}
