// Tests for the result-missing rule.
#include "rules_fixture.hpp"

#include <doctest/doctest.h>

using namespace eduroadmap;
using namespace rules_fixture;
using Strings = std::vector<std::string>;

TEST_CASE("result-missing: an empty, placeholder or absent result cell") {
    std::string measures = measure("1.") + measure("2.", "", "КО", "") + measure("3.", "", "КО", " - ") +
                           "      - {number: \"4.\", title: Без результата, deadline: Ежегодно, responsibles: КО}\n";
    auto found = findings(roadmap(section(measures)), "result-missing");
    CHECK(paths(found) == Strings{"sections[0].measures[1].result", "sections[0].measures[2].result",
                                  "sections[0].measures[3].result"});
    CHECK(found[0].arg("number") == "2.");
    CHECK(found[0].severity == Severity::warning);
    CHECK(message(found[0], Language::ru) == "у мероприятия 2. не указан ожидаемый результат");
    CHECK(found[2].location.line == 11); // an absent field is located at its measure
}

TEST_CASE("result-missing: any result that says something is enough") {
    CHECK(findings(roadmap(section(measure("1.") + measure("2.", "", "КО", "100%"))), "result-missing").empty());
}

TEST_CASE("result-missing: an unnumbered measure is named by its id") {
    auto found = findings(roadmap(section(measure("1.") + measure("", "", "КО", ""))), "result-missing");
    REQUIRE(found.size() == 1);
    CHECK(found[0].arg("number") == "s1/#2");
}

// The Bashmakovo roadmap prints rows «5.» and «6.» as headings: only a title, the cells on
// their sub-items 5.1, 5.2 below.
TEST_CASE("the missing-cell rules leave a heading row of sub-items alone, and only such a row") {
    const std::string heading = "      - {number: \"5.\", title: Мероприятия, включая:}\n";
    const std::string text = roadmap(section(measure("4.") + heading + measure("5.1") + measure("5.2")));
    for (const char *rule : {"result-missing", "responsible-missing", "deadline-missing"}) {
        CAPTURE(rule);
        CHECK(findings(text, rule).empty());
        // The same row followed by a sibling, not a sub-item, misses its cells.
        auto sibling = findings(roadmap(section(measure("4.") + heading + measure("6."))), rule);
        REQUIRE(sibling.size() == 1);
        CHECK(sibling[0].path.rfind("sections[0].measures[1].", 0) == 0);
        // A row with one cell filled is a measure of its own, not a heading.
        const std::string partial = "      - {number: \"5.\", title: Мероприятия, deadline: Ежегодно, responsibles: КО}\n";
        auto own = findings(roadmap(section(measure("4.") + partial + measure("5.1"))), "result-missing");
        CHECK(own.size() == 1);
        // The last row of a section has nothing below it.
        CHECK(findings(roadmap(section(measure("4.") + heading)), rule).size() == 1);
    }
}
