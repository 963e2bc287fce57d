// Tests for the title-missing rule.
#include "rules_fixture.hpp"

#include <doctest/doctest.h>

using namespace eduroadmap;
using namespace rules_fixture;
using Strings = std::vector<std::string>;

// The Timashevsk roadmap prints numbered rows whose «Мероприятие» cell is empty (row 16 of
// one track, «10.» of the leaders' track).
TEST_CASE("title-missing: an empty or placeholder title") {
    const std::string measures =
        measure("1.") + "      - {number: \"2.\", title: \"\", deadline: Ежегодно, responsibles: КО, result: Отчёт}\n" +
        "      - {number: \"3.\", title: \" - \", deadline: Ежегодно, responsibles: КО, result: Отчёт}\n";
    auto found = findings(roadmap(section(measures)), "title-missing");
    CHECK(paths(found) == Strings{"sections[0].measures[1].title", "sections[0].measures[2].title"});
    REQUIRE(found.size() == 2);
    CHECK(found[0].severity == Severity::warning);
    CHECK(message(found[0], Language::ru) == "у мероприятия 2. пустое название");
    CHECK(message(found[1], Language::en) == "measure 3. has an empty title");
    CHECK(found[0].location.line == 9);
}

TEST_CASE("title-missing: any title with a letter or digit is enough") {
    CHECK(findings(roadmap(section(measure("1.") + measure("2."))), "title-missing").empty());
    const std::string short_title = "      - {number: \"2.\", title: ВПР, deadline: Ежегодно, responsibles: КО, result: Отчёт}\n";
    CHECK(findings(roadmap(section(short_title)), "title-missing").empty());
}
