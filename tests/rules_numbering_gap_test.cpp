// Tests for the numbering-gap rule: jumps and backward steps among measures,
// section and group headings; sub-numbers, Roman numerals, unnumbered rows;
// numbering that restarts in every section (Bashmakovo) or runs across the
// sections (Tosno).
#include "rules_fixture.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace eduroadmap;
using namespace rules_fixture;
using Strings = std::vector<std::string>;

namespace {

std::string numbered(std::initializer_list<const char *> numbers) {
    std::string out;
    for (const char *n : numbers) out += measure(n);
    return out;
}

// A section with a printed heading number.
std::string numbered_section(const std::string &number, const std::string &measures) {
    return "  - number: \"" + number + "\"\n    " + section(measures).substr(4); // «  - title: …» → «    title: …»
}

// "previous→number" of each finding.
Strings gap_steps(const std::vector<Diagnostic> &found) {
    Strings out;
    for (const Diagnostic &d : found) out.push_back(d.arg("previous") + "→" + d.arg("number"));
    return out;
}

} // namespace

TEST_CASE("numbering-gap: a jump inside a section is reported at the number after it") {
    auto found = findings(roadmap(section(numbered({"1.", "2.", "3.", "5.", "6."}))), "numbering-gap");
    REQUIRE(found.size() == 1);
    CHECK(found[0].path == "sections[0].measures[3].number");
    CHECK(found[0].arg("previous") == "3");
    CHECK(found[0].arg("number") == "5");
    CHECK(found[0].severity == Severity::warning);
    CHECK(found[0].location.line == 11);
    CHECK(message(found[0], Language::ru) == "нумерация прерывается: после 3 идёт 5");
    CHECK(message(found[0], Language::en) == "numbering jumps from 3 to 5");
}

TEST_CASE("numbering-gap: sub-numbers, «6» and «6.», «2..» and unnumbered rows are a clean sequence") {
    CHECK(findings(roadmap(section(numbered({"1.", "2", "3..", "3.1", "3.2", "4.", "", "5", "5.1", "6"}))),
                   "numbering-gap")
              .empty());
}

TEST_CASE("numbering-gap: a skipped sub-number and a backward step") {
    auto found = findings(roadmap(section(numbered({"3", "3.1", "3.3", "4"}))), "numbering-gap");
    CHECK(gap_steps(found) == Strings{"3.1→3.3"});
    CHECK(paths(found) == Strings{"sections[0].measures[2].number"});

    // A list that starts again at 1 in the middle of a section, one row long: a backward step.
    found = findings(roadmap(section(numbered({"1.", "2.", "3.", "4.", "1."}))), "numbering-gap");
    CHECK(gap_steps(found) == Strings{"4→1"});
    CHECK(paths(found) == Strings{"sections[0].measures[4].number"});
    // The Timashevsk roadmap: a run that repeats the numbers before it is a missing sub-heading,
    // reported by duplicate-id as one cause; the jump is not reported apart.
    CHECK(findings(roadmap(section(numbered({"1.", "2.", "3.", "4.", "1.", "2."}))), "numbering-gap").empty());
}

TEST_CASE("numbering-gap: a number printed twice in a section is duplicate-id's finding, not a gap") {
    std::string text = roadmap(section(numbered({"1.", "2.", "2.", "3."})));
    CHECK(findings(text, "numbering-gap").empty());
    CHECK(findings(text, "duplicate-id").size() == 1);
}

TEST_CASE("numbering-gap: numbering that restarts in every section (Bashmakovo) is checked section by section") {
    std::string clean = roadmap(section(numbered({"1.", "2.", "3."})) + section(numbered({"1.", "2."})) +
                                section(numbered({"1.", "2.", "3.", "4."})));
    CHECK(findings(clean, "numbering-gap").empty());

    std::string gap = roadmap(section(numbered({"1.", "2.", "3."})) + section(numbered({"1.", "3."})) +
                              section(numbered({"1.", "2."})));
    auto found = findings(gap, "numbering-gap");
    CHECK(gap_steps(found) == Strings{"1→3"});
    CHECK(paths(found) == Strings{"sections[1].measures[1].number"});
}

TEST_CASE("numbering-gap: numbering continued across sections (Tosno) jumps across a section boundary too") {
    std::string clean = roadmap(section(numbered({"1.", "2.", "3."})) + section(numbered({"4.", "5."})) +
                                section(numbered({"6.", "7."})));
    CHECK(findings(clean, "numbering-gap").empty());

    // Tosno: 35..40 in one section, the next begins at 48.
    std::string gap = roadmap(section(numbered({"1.", "2.", "3."})) + section(numbered({"4.", "5."})) +
                              section(numbered({"6.", "7."})) + section(numbered({"12.", "13."})));
    auto found = findings(gap, "numbering-gap");
    CHECK(gap_steps(found) == Strings{"7→12"});
    CHECK(paths(found) == Strings{"sections[3].measures[0].number"});

    // Two sections only: a second list that does not start at 1 continues the first.
    found = findings(roadmap(section(numbered({"39.", "40."})) + section(numbered({"48.", "49."}))), "numbering-gap");
    CHECK(gap_steps(found) == Strings{"40→48"});

    // A continued numbering that starts again at 1 in one section goes backwards there.
    found = findings(roadmap(section(numbered({"1.", "2."})) + section(numbered({"3.", "4."})) +
                             section(numbered({"5.", "6."})) + section(numbered({"1.", "2."}))),
                     "numbering-gap");
    CHECK(gap_steps(found) == Strings{"6→1"});
}

TEST_CASE("numbering-gap: section headings, Arabic or Roman") {
    auto found = findings(roadmap(numbered_section("1", numbered({"1."})) + numbered_section("3", numbered({"1."})) +
                                  numbered_section("4", numbered({"1."}))),
                          "numbering-gap");
    CHECK(gap_steps(found) == Strings{"1→3"});
    CHECK(paths(found) == Strings{"sections[1].number"});

    found = findings(roadmap(numbered_section("I.", numbered({"1."})) + numbered_section("II.", numbered({"1."})) +
                             numbered_section("IV.", numbered({"1."}))),
                     "numbering-gap");
    CHECK(gap_steps(found) == Strings{"II→IV"});

    CHECK(findings(roadmap(numbered_section("1.1", numbered({"1."})) + numbered_section("1.2.", numbered({"1."})) +
                           numbered_section("2.1", numbered({"1."}))),
                   "numbering-gap")
              .empty());
}

TEST_CASE("numbering-gap: group headings (Tonkino), and measures numbered per group") {
    std::string groups = "  - title: Раздел\n    groups:\n"
                         "      - number: I\n        title: Первая\n        measures:\n" +
                         std::string("  ") + measure("1") + "  " + measure("2") +
                         "      - number: II\n        title: Вторая\n        measures:\n" + "  " + measure("1") +
                         "      - number: IV\n        title: Четвёртая\n        measures:\n" + "  " + measure("1") +
                         "  " + measure("2");
    auto found = findings(roadmap(groups), "numbering-gap");
    CHECK(gap_steps(found) == Strings{"II→IV"});
    CHECK(paths(found) == Strings{"sections[0].groups[2].number"});

    // The Tonkino roadmap, direction 1.3: group I numbered 1.1…1.8, then 1.13; group II 2.1, 2.2.
    std::string sub = "  - title: Раздел\n    groups:\n"
                      "      - number: I.\n        title: Первая\n        measures:\n" +
                      std::string("  ") + measure("1.7.") + "  " + measure("1.8.") + "  " + measure("1.13.") +
                      "      - number: II.\n        title: Вторая\n        measures:\n" + "  " + measure("2.1.") +
                      "  " + measure("2.2.");
    found = findings(roadmap(sub), "numbering-gap");
    CHECK(gap_steps(found) == Strings{"1.8→1.13"});
    CHECK(paths(found) == Strings{"sections[0].groups[0].measures[2].number"});
}

TEST_CASE("numbering-gap: suppressed with lint.ignore on the section") {
    std::string text = roadmap("  - title: Раздел\n    lint: {ignore: [numbering-gap]}\n    measures:\n" +
                               numbered({"1.", "3."}));
    CHECK(findings(text, "numbering-gap").empty());
}

TEST_CASE("numbering-gap: headings that skip the note's item with no section are that item's finding") {
    // The headings follow the note's list (declared_directions): item 5 has
    // no section, so the headings go 4 → 6; direction-missing reports item 5
    // and the jump is its symptom.
    const std::string note = "declared_directions:\n"
                             "  - {number: \"4\", title: Система обеспечения профессионального развития педагогических работников}\n"
                             "  - {number: \"5\", title: Система мониторинга качества дошкольного образования}\n"
                             "  - {number: \"6\", title: Система работы со школами с низкими образовательными результатами}\n";
    const std::string sections =
        numbered_section("4", numbered({"1."})) +
        "  - number: \"6\"\n    title: Система работы со школами с низкими образовательными результатами\n"
        "    measures:\n" + numbered({"2."});
    CHECK(findings(roadmap(sections, note), "numbering-gap").empty());
    auto missing = findings(roadmap(sections, note), "direction-missing");
    CHECK(std::count_if(missing.begin(), missing.end(),
                        [](const Diagnostic &d) { return d.path == "declared_directions[1]"; }) == 1);
    // Without the note nothing explains the jump: it is reported.
    auto found = findings(roadmap(sections), "numbering-gap");
    REQUIRE(found.size() == 1);
    CHECK(found[0].path == "sections[1].number");
    CHECK(gap_steps(found) == Strings{"4→6"});
}

TEST_CASE("numbering-gap: headings that skip the number of an item the note prints twice") {
    // Items 1 and 2 of the note are the same direction; the plan's section for
    // it is headed 2, so heading 1 is absent: duplicate-direction's symptom.
    const std::string note = "declared_directions:\n"
                             "  - {number: \"1\", title: Система работы со школами с низкими образовательными результатами}\n"
                             "  - {number: \"2\", title: Система работы со школами с низкими образовательными результатами}\n"
                             "  - {number: \"3\", title: Система оценки качества подготовки обучающихся}\n";
    const std::string sections =
        "  - number: \"0\"\n    title: Нормативно-правовое обеспечение\n    measures:\n" + numbered({"1."}) +
        "  - number: \"2\"\n    title: Система работы со школами с низкими образовательными результатами\n"
        "    measures:\n" + numbered({"2."}) + numbered_section("3", numbered({"3."}));
    CHECK(findings(roadmap(sections, note), "numbering-gap").empty());
    CHECK(findings(roadmap(sections, note), "duplicate-direction").size() == 1);
    CHECK(gap_steps(findings(roadmap(sections), "numbering-gap")) == Strings{"0→2"});
}
