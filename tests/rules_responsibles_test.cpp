// Tests for the responsible-missing and responsible-unknown rules.
#include "rules_fixture.hpp"

#include <doctest/doctest.h>

using namespace eduroadmap;
using namespace rules_fixture;
using Strings = std::vector<std::string>;

namespace {

const std::string registry = "responsibles:\n"
                             "  - {id: ko, short: КО, full: комитет образования}\n"
                             "  - {id: oo, short: ОО, full: образовательные организации}\n"
                             "  - {id: tr-dyuc, short: \"МБОУ ДО «ТР ДЮЦ»\"}\n";

} // namespace

TEST_CASE("responsible-missing: an empty, placeholder or absent cell") {
    std::string measures = measure("1.") + measure("2.", "", "") + measure("3.", "", "-") +
                           "      - {number: \"4.\", title: Без ответственного, deadline: Ежегодно, result: Отчёт}\n" +
                           "      - {number: \"5.\", title: Пустой список, deadline: Ежегодно, responsibles: [], result: Отчёт}\n";
    auto found = findings(roadmap(section(measures), registry), "responsible-missing");
    CHECK(paths(found) == Strings{"sections[0].measures[1].responsibles", "sections[0].measures[2].responsibles",
                                  "sections[0].measures[3].responsibles", "sections[0].measures[4].responsibles"});
    CHECK(found[0].arg("number") == "2.");
    CHECK(found[0].severity == Severity::warning);
    CHECK(message(found[0], Language::en) == "measure 2. has no responsible");
}

TEST_CASE("responsible-missing: a named body is enough, in the registry or not") {
    CHECK(findings(roadmap(section(measure("1.") + measure("2.", "", "Кто-то ещё"))), "responsible-missing").empty());
}

TEST_CASE("responsible-unknown: a misspelt body inside a multi-body cell, with the registry's closest entry") {
    auto found = findings(roadmap(section(measure("1.", "", "КО, МБОУ ДО «ТР ДЮЦ»") +
                                          measure("2.", "", "КО ОО, МБОУ ДО «ТР ДЮОЦ»")),
                                  registry),
                          "responsible-unknown");
    REQUIRE(found.size() == 1);
    const Diagnostic &d = found[0];
    CHECK(d.path == "sections[0].measures[1].responsibles");
    CHECK(d.arg("name") == "МБОУ ДО «ТР ДЮОЦ»");
    CHECK(d.arg("suggestion") == "МБОУ ДО «ТР ДЮЦ»");
    CHECK(d.arg("suggestion_id") == "tr-dyuc");
    CHECK(d.arg("number") == "2.");
    CHECK(d.severity == Severity::warning);
    CHECK(message(d, Language::ru) == "ответственный «МБОУ ДО «ТР ДЮОЦ»» не найден в реестре");
    CHECK(hint(d, Language::ru) == "возможно, имелось в виду «МБОУ ДО «ТР ДЮЦ»»");
    CHECK(hint(d, Language::en) == "did you mean 'МБОУ ДО «ТР ДЮЦ»'?");
}

TEST_CASE("responsible-unknown: several unknown bodies in one cell, each reported; no hint without a near entry") {
    // (A date there would be a shifted column: columns-shifted, which replaces these findings.)
    auto found = findings(roadmap(section(measure("1.", "", "КО\\nСовет ветеранов, ПОО")), registry),
                          "responsible-unknown");
    REQUIRE(found.size() == 2);
    CHECK(found[0].arg("name") == "Совет ветеранов");
    CHECK(found[1].arg("name") == "ПОО");
    CHECK(found[0].arg("suggestion").empty());
    CHECK(hint(found[0], Language::en).empty());
}

TEST_CASE("responsible-unknown: a list cell is reported at its item") {
    std::string m = "      - {number: \"1.\", title: Список, deadline: Ежегодно, responsibles: [ko, КО ОО, oo], result: Отчёт}\n";
    auto found = findings(roadmap(section(m), registry), "responsible-unknown");
    REQUIRE(found.size() == 1);
    CHECK(found[0].path == "sections[0].measures[0].responsibles[1]");
    CHECK(found[0].arg("name") == "КО ОО");
}

TEST_CASE("responsible-unknown: an indicator's responsible is checked too") {
    std::string top = registry + "indicators:\n  - {id: a, title: A, direction: '1.1', responsible: ko}\n"
                                 "  - {id: b, title: B, direction: '1.1', responsible: КОО}\n";
    auto found = findings(roadmap(section(measure("1.")), top), "responsible-unknown");
    REQUIRE(found.size() == 1);
    CHECK(found[0].path == "indicators[1].responsible");
    CHECK(found[0].arg("name") == "КОО");
    CHECK(found[0].arg("suggestion") == "КО");
}

TEST_CASE("responsible-unknown: every body known — case, ё and quotes aside — is clean") {
    CHECK(findings(roadmap(section(measure("1.", "", "ко МБОУ ДО \\\"ТР ДЮЦ\\\" Образовательные организации")),
                           registry),
                   "responsible-unknown")
              .empty());
}

TEST_CASE("responsible-unknown: a roadmap without a registry has nothing to check against") {
    CHECK(findings(roadmap(section(measure("1.", "", "КО МБОУ ДО «ТР ДЮОЦ»"))), "responsible-unknown").empty());
}
