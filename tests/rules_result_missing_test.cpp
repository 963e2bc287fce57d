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
