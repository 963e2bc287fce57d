// Tests for the duplicate-id rule: measures (explicit ids and default ids
// from printed numbers), registry entries and indicators.
#include "rules_fixture.hpp"

#include <doctest/doctest.h>

using namespace eduroadmap;
using namespace rules_fixture;
using Strings = std::vector<std::string>;

TEST_CASE("duplicate-id: a number printed twice in one section, reported at the second with the first's place") {
    auto found = findings(roadmap(section(measure("1.") + measure("2.") + measure("2.") + measure("3."))),
                          "duplicate-id");
    REQUIRE(found.size() == 1);
    const Diagnostic &d = found[0];
    CHECK(d.path == "sections[0].measures[2].number");
    CHECK(d.severity == Severity::error);
    CHECK(d.arg("id") == "2");
    CHECK(d.arg("first_path") == "sections[0].measures[1].number");
    CHECK(d.location.line == 10);
    CHECK(d.arg("first") == "9:18"); // line:column of the first «2.»
    CHECK(message(d, Language::ru) == "идентификатор «2» повторяется (первый раз — 9:18)");
    CHECK(message(d, Language::en) == "id '2' is used twice (first at 9:18)");
}

TEST_CASE("duplicate-id: distinct numbers, or the same number in different sections, are fine") {
    CHECK(findings(roadmap(section(measure("1.") + measure("2.") + measure("3."))), "duplicate-id").empty());
    // Numbering that restarts per section gets section-qualified ids (s1/1, s2/1).
    CHECK(findings(roadmap(section(measure("1.") + measure("2.")) + section(measure("1.") + measure("2."))),
                   "duplicate-id")
              .empty());
    // Numbering that restarts under each group heading of a section (Tonkino).
    std::string groups = "  - title: Раздел\n    groups:\n"
                         "      - {number: I, title: Первая, measures: [{number: '1', title: a}, {number: '2', title: b}]}\n"
                         "      - {number: II, title: Вторая, measures: [{number: '1', title: c}]}\n";
    CHECK(findings(roadmap(groups), "duplicate-id").empty());
}

TEST_CASE("duplicate-id: explicit measure ids collide with each other and with default ids") {
    auto found = findings(roadmap(section(measure("1.", "id: prep") + measure("2.", "id: prep") + measure("3."))),
                          "duplicate-id");
    REQUIRE(found.size() == 1);
    CHECK(found[0].path == "sections[0].measures[1].id");
    CHECK(found[0].arg("id") == "prep");
    CHECK(found[0].arg("first_path") == "sections[0].measures[0].id");

    found = findings(roadmap(section(measure("1.") + measure("2.", "id: \"1\""))), "duplicate-id");
    REQUIRE(found.size() == 1);
    CHECK(found[0].path == "sections[0].measures[1].id");
    CHECK(found[0].arg("first_path") == "sections[0].measures[0].number");
}

TEST_CASE("duplicate-id: registry entries and indicators") {
    std::string top = "responsibles:\n  - {id: ko, short: КО}\n  - {id: oo, short: ОО}\n  - {id: ko, short: КО2}\n"
                      "indicators:\n  - {id: ind, title: A, direction: '1.1'}\n  - {id: ind, title: B, direction: '1.1'}\n";
    auto found = findings(roadmap(section(measure("1.")), top), "duplicate-id");
    CHECK(paths(found) == Strings{"responsibles[2].id", "indicators[1].id"});
    CHECK(found[0].arg("id") == "ko");
    CHECK(found[0].arg("first") == "6:10");
    CHECK(found[1].arg("first_path") == "indicators[0].id");

    CHECK(findings(roadmap(section(measure("1.")), "responsibles:\n  - {id: ko, short: КО}\n  - {id: oo, short: ОО}\n"),
                   "duplicate-id")
              .empty());
}
