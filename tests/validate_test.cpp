// Tests for <eduroadmap/validate.hpp>: the engine — rules run over the
// resolved roadmap, suppression, severity overrides, locations and order.
#include <eduroadmap/resolve.hpp>
#include <eduroadmap/validate_io.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string>

using namespace eduroadmap;

namespace {

std::string roadmap(const std::string &period, const std::string &extra_measure_fields = "",
                    const std::string &section_fields = "", const std::string &top = "") {
    return "schema: eduroadmap/1\nid: v\ntitle: T\nperiod: " + period + "\n" + top +
           "sections:\n  - title: Система оценки качества подготовки обучающихся\n" + section_fields +
           "    measures:\n"
           "      - number: '1.'\n        title: Первое\n        deadline: Декабрь 2020\n" +
           extra_measure_fields +
           "      - number: '2.'\n        title: Второе\n        deadline: ''\n";
}

std::vector<std::string> rules(const Report &r) {
    std::vector<std::string> out;
    for (const Diagnostic &d : r.diagnostics) out.push_back(d.rule);
    return out;
}

// The deadline rules' findings only: the engine is tested with them. The
// fixture's one section and unnamed responsibles also draw plan-wide findings
// (direction-missing, responsible-missing, …), tested in their own files.
Report deadlines_only(Report r) {
    r.diagnostics.erase(std::remove_if(r.diagnostics.begin(), r.diagnostics.end(),
                                       [](const Diagnostic &d) { return d.rule.rfind("deadline-", 0) != 0; }),
                        r.diagnostics.end());
    return r;
}

bool has(const Report &r, std::string_view rule) {
    return std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [&](const Diagnostic &d) { return d.rule == rule; });
}

} // namespace

TEST_CASE("rules report with severity, path and location, sorted by position") {
    Report r = deadlines_only(validate_string(roadmap("2021"), "v.yaml"));
    CHECK(rules(r) == std::vector<std::string>{"deadline-outside-period", "deadline-missing"});
    const Diagnostic &outside = r.diagnostics[0];
    CHECK(outside.severity == Severity::warning);
    CHECK(outside.path == "sections[0].measures[0].deadline");
    CHECK(outside.location == Location{"v.yaml", 10, 19});
    CHECK(outside.arg("window") == "2020-12-01..2020-12-31");
    CHECK(message(outside, Language::ru) ==
          "срок «Декабрь 2020» (2020-12-01..2020-12-31) вне периода плана 2021-01-01..2021-12-31");
    CHECK(r.diagnostics[1].location.line == 13);
    CHECK(r.counts().warnings == 2);
    CHECK_FALSE(r.has_at_least(Severity::error));
    CHECK(r.has_at_least(Severity::warning));
}

TEST_CASE("lint.ignore suppresses inside its node only") {
    Report measure_level = deadlines_only(validate_string(roadmap("2021", "        lint: {ignore: [deadline-outside-period]}\n")));
    CHECK(rules(measure_level) == std::vector<std::string>{"deadline-missing"});

    Report section_level = deadlines_only(validate_string(roadmap("2021", "", "    lint: {ignore: [deadline-missing]}\n")));
    CHECK(rules(section_level) == std::vector<std::string>{"deadline-outside-period"});

    Report roadmap_level = deadlines_only(validate_string(
        roadmap("2021", "", "", "lint: {ignore: [deadline-missing, deadline-outside-period]}\n")));
    CHECK(roadmap_level.diagnostics.empty());
}

TEST_CASE("severity overrides and disabled rules") {
    ValidateOptions options;
    options.rules["deadline-missing"] = Severity::error;
    options.rules["deadline-outside-period"] = std::nullopt;
    Report r = deadlines_only(validate_string(roadmap("2021"), "v.yaml", options));
    REQUIRE(rules(r) == std::vector<std::string>{"deadline-missing"});
    CHECK(r.diagnostics[0].severity == Severity::error);
    CHECK(r.has_at_least(Severity::error));
}

TEST_CASE("an unreadable period reports period-invalid and no period-dependent findings") {
    Report r = validate_string(roadmap("2022-2020"));
    CHECK(has(r, "period-invalid"));
    CHECK_FALSE(has(r, "deadline-outside-period"));
    CHECK(has(r, "deadline-missing")); // does not depend on the period
}

TEST_CASE("a file that is not a roadmap gives only the loader's findings") {
    Report r = validate_string("- just\n- a list\n", "l.yaml");
    CHECK(rules(r) == std::vector<std::string>{"wrong-type"});
    CHECK(r.file == "l.yaml");
    Report missing = validate_file("/no/such/file.yaml");
    CHECK(rules(missing) == std::vector<std::string>{"yaml-syntax"});
}

TEST_CASE("validate() on a loaded roadmap equals validate_string on its text") {
    std::string text = roadmap("2021");
    LoadResult loaded = load_string(text, "same.yaml");
    REQUIRE(loaded.document);
    Report a = validate(*loaded.document);
    Report b = validate_string(text, "same.yaml");
    CHECK(a.diagnostics == b.diagnostics);
    CHECK(a.file == "same.yaml");
}

TEST_CASE("every rule id in the catalog is unique and has messages in both languages") {
    const auto &catalog = rule_catalog();
    CHECK(catalog.size() >= 29);
    for (std::size_t i = 0; i < catalog.size(); ++i) {
        CAPTURE(catalog[i].id);
        CHECK_FALSE(catalog[i].message_ru.empty());
        CHECK_FALSE(catalog[i].message_en.empty());
        CHECK_FALSE(catalog[i].summary_en.empty());
        for (std::size_t j = i + 1; j < catalog.size(); ++j) CHECK(catalog[i].id != catalog[j].id);
    }
    for (const char *id : {"yaml-syntax", "duplicate-key", "unknown-field", "missing-field", "wrong-type",
                           "period-invalid", "duplicate-id", "numbering-gap", "unknown-direction",
                           "duplicate-direction", "direction-missing", "direction-empty", "extra-section",
                           "cycle-stage-missing", "deadline-missing", "deadline-unrecognized",
                           "deadline-outside-period", "deadline-ambiguous", "responsible-missing",
                           "responsible-unknown", "result-missing", "indicator-unknown", "indicator-unused",
                           "indicator-target-invalid", "indicator-missing-for-direction", "dependency-unknown",
                           "dependency-cycle", "dependency-order"})
        CHECK_MESSAGE(find_rule(id) != nullptr, id);
}

TEST_CASE("every rule names its section of docs/rules.md") {
    std::ifstream in(std::string(ERM_SOURCE_DIR) + "/docs/rules.md");
    REQUIRE(in);
    const std::string doc((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (const RuleInfo &r : rule_catalog()) {
        CAPTURE(r.id);
        CHECK(r.docs == "rules.md#" + std::string(r.id));
        CHECK(doc.find("### `" + std::string(r.id) + "`") != std::string::npos);
    }
}

TEST_CASE("default measure ids: printed number, section-qualified when repeated, place when unnumbered") {
    const char *text = R"(schema: eduroadmap/1
id: ids
title: T
period: 2021
sections:
  - title: A
    measures:
      - {number: "1.", title: a}
      - {number: "2", title: b}
      - {number: "", title: c}
  - title: B
    measures:
      - {number: "1.", title: d}
      - {number: "3.1", title: e, id: custom}
    groups:
      - title: G
        measures:
          - {number: " 4. ", title: f}
)";
    LoadResult r = load_string(text);
    REQUIRE(r.ok());
    CHECK(measure_ids(r.document->roadmap) == std::vector<std::string>{"s1/1", "2", "s1/#3", "s2/1", "custom", "4"});
    ResolvedRoadmap resolved = resolve(r.document->roadmap);
    REQUIRE(resolved.measures.size() == 6);
    CHECK(resolved.measures[3].id == "s2/1");
}
