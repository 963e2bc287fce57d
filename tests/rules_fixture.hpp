// Shared by the rule tests (tests/rules_*_test.cpp): a small roadmap around
// the measures a test writes, and the findings of one rule.
#ifndef EDUROADMAP_TESTS_RULES_FIXTURE_HPP
#define EDUROADMAP_TESTS_RULES_FIXTURE_HPP

#include <eduroadmap/validate_io.hpp>

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace rules_fixture {

// A roadmap for 2021 with @p top inserted before `sections:` (a registry, say)
// and @p sections as its sections, written by the test.
inline std::string roadmap(const std::string &sections, const std::string &top = "") {
    return "schema: eduroadmap/1\nid: t\ntitle: План мероприятий\nperiod: 2021\n" + top + "sections:\n" + sections;
}

// One section holding @p measures (YAML list items indented by 6).
inline std::string section(const std::string &measures, const std::string &title = "Система оценки качества подготовки обучающихся") {
    return "  - title: " + title + "\n    measures:\n" + measures;
}

// A complete measure in flow style: every cell filled, so that only what a
// test changes can fire.
inline std::string measure(const std::string &number, const std::string &extra = "",
                           const std::string &responsibles = "КО", const std::string &result = "Отчёт") {
    return "      - {number: \"" + number + "\", title: Мероприятие " + number +
           ", deadline: Ежегодно, responsibles: \"" + responsibles + "\", result: \"" + result + "\"" +
           (extra.empty() ? "" : ", " + extra) + "}\n";
}

// The findings of @p rule when validating @p text as "t.yaml".
inline std::vector<eduroadmap::Diagnostic> findings(const std::string &text, std::string_view rule) {
    eduroadmap::Report report = eduroadmap::validate_string(text, "t.yaml");
    std::vector<eduroadmap::Diagnostic> out;
    std::copy_if(report.diagnostics.begin(), report.diagnostics.end(), std::back_inserter(out),
                 [&](const eduroadmap::Diagnostic &d) { return d.rule == rule; });
    return out;
}

// The node paths of @p found, in report order.
inline std::vector<std::string> paths(const std::vector<eduroadmap::Diagnostic> &found) {
    std::vector<std::string> out;
    for (const eduroadmap::Diagnostic &d : found) out.push_back(d.path);
    return out;
}

} // namespace rules_fixture

#endif
