// Tests for the grouping of findings by cause (Report::groups) and the rules
// of issue 14: deadline-before-approval, duplicate-measure, columns-shifted,
// measure-misplaced, period-missing, period-mismatch, approval-mismatch.
#include "rules_fixture.hpp"

#include <eduroadmap/validate_io.hpp>

#include <doctest/doctest.h>

#include <algorithm>

using namespace eduroadmap;
using namespace rules_fixture;
using Strings = std::vector<std::string>;

namespace {

const DiagnosticGroup *group_of(const Report &report, std::string_view rule) {
    for (const DiagnosticGroup &g : report.groups)
        if (g.rule == rule) return &g;
    return nullptr;
}

std::size_t groups_of(const Report &report, std::string_view rule) {
    std::size_t n = 0;
    for (const DiagnosticGroup &g : report.groups) n += g.rule == rule;
    return n;
}

std::string findings_plan(const std::string &top, const std::string &sections) {
    return "schema: eduroadmap/1\nid: t\ntitle: План мероприятий\n" + top +
           (sections.empty() ? "sections: []\n" : "sections:\n" + sections);
}

} // namespace

TEST_CASE("groups: a result column missing from the whole table is one group listing every row") {
    std::string measures;
    for (int i = 1; i <= 6; ++i) measures += measure(std::to_string(i) + ".", "", "КО", "");
    Report r = validate_string(roadmap(section(measures)), "t.yaml");
    const DiagnosticGroup *g = group_of(r, "result-missing");
    REQUIRE(g);
    CHECK(g->count() == 6);
    CHECK(groups_of(r, "result-missing") == 1);
    CHECK(message(*g, r.diagnostics, Language::ru) ==
          "в таблице нет графы ожидаемого результата: результат не указан у 6 мероприятий");
    // Every finding stays in the list and carries the group's id.
    for (std::size_t i : g->members) CHECK(r.diagnostics[i].group == g->id);
    CHECK(describe(std::vector<DocumentRef>{r.diagnostics[g->members[0]].document,
                                            r.diagnostics[g->members[5]].document},
                   Language::ru) == "мероприятия 1, 6 раздела 1");
}

TEST_CASE("groups: empty results scattered among filled ones are one cause; a single one is its own") {
    std::string measures = measure("1.") + measure("2.", "", "КО", "") + measure("3.") + measure("4.", "", "КО", "") +
                           measure("5.") + measure("6.") + measure("7.");
    Report r = validate_string(roadmap(section(measures)), "t.yaml");
    REQUIRE(groups_of(r, "result-missing") == 1);
    const DiagnosticGroup *g = group_of(r, "result-missing");
    CHECK(g->count() == 2);
    CHECK(message(*g, r.diagnostics, Language::ru) == "ожидаемый результат не указан у 2 мероприятий в разных частях плана");
    CHECK(message(*g, r.diagnostics, Language::en) == "2 measures in different parts of the plan state no expected result");

    Report one = validate_string(roadmap(section(measure("1.") + measure("2.", "", "КО", "") + measure("3."))), "t.yaml");
    REQUIRE(groups_of(one, "result-missing") == 1);
    CHECK(message(*group_of(one, "result-missing"), one.diagnostics, Language::en) == "measure 2. has no expected result");

    // An empty row is title-missing's finding: with it, the one other empty
    // cell is still alone, not «1 measures in different parts of the plan».
    const std::string empty_row = "      - {number: \"3.\", title: \"\", deadline: \"\", responsibles: \"\", result: \"\"}\n";
    Report beside = validate_string(roadmap(section(measure("1.") + measure("2.", "", "КО", "") + empty_row +
                                                    measure("4."))), "t.yaml");
    REQUIRE(groups_of(beside, "result-missing") == 1);
    CHECK(group_of(beside, "result-missing")->count() == 1);
    CHECK(message(*group_of(beside, "result-missing"), beside.diagnostics, Language::en) ==
          "measure 2. has no expected result");
}

TEST_CASE("groups: a run and the scattered rest are two causes") {
    std::string measures = measure("1.", "", "КО", "");
    for (int i = 2; i <= 5; ++i) measures += measure(std::to_string(i) + ".");
    for (int i = 6; i <= 8; ++i) measures += measure(std::to_string(i) + ".", "", "КО", "");
    for (int i = 9; i <= 14; ++i) measures += measure(std::to_string(i) + ".");
    measures += measure("15.", "", "КО", "") + measure("16.");
    Report r = validate_string(roadmap(section(measures)), "t.yaml");
    CHECK(groups_of(r, "result-missing") == 2);
    std::vector<std::size_t> counts;
    for (const DiagnosticGroup &g : r.groups)
        if (g.rule == "result-missing") counts.push_back(g.count());
    std::sort(counts.begin(), counts.end());
    CHECK(counts == std::vector<std::size_t>{2, 3}); // 6–8; 1 and 15
}

TEST_CASE("groups: the id is stable across unrelated edits elsewhere in the file") {
    // The same duplicate measure in the same section keeps its id when another section is inserted before it.
    const std::string dup = section(measure("1.", "", "КО", "Отчёт") +
                                    "      - {number: \"2.\", title: Проведение мониторинга эффективности деятельности "
                                    "руководителей образовательных организаций, deadline: Ежегодно, responsibles: КО, "
                                    "result: Отчёт}\n" +
                                    "      - {number: \"3.\", title: Проведение мониторинга эффективности деятельности "
                                    "руководителей образовательных организаций района, deadline: Ежегодно, "
                                    "responsibles: КО, result: Отчёт}\n");
    Report one = validate_string(roadmap(dup), "t.yaml");
    Report two = validate_string(roadmap(section(measure("9.")) + dup, "# moved\n"), "t.yaml");
    REQUIRE(group_of(one, "duplicate-measure"));
    REQUIRE(group_of(two, "duplicate-measure"));
    CHECK(group_of(one, "duplicate-measure")->id == group_of(two, "duplicate-measure")->id);
}

TEST_CASE("cycle-stage-missing: several directions with missing stages are one group for the plan") {
    Report r = validate_string(roadmap(section(measure("1.")) + section(measure("2."), "Система организации воспитания")),
                               "t.yaml");
    REQUIRE(groups_of(r, "cycle-stage-missing") == 1);
    const DiagnosticGroup *g = group_of(r, "cycle-stage-missing");
    CHECK(g->count() == 2); // a finding per direction
    const std::string ru = message(*g, r.diagnostics, Language::ru);
    CHECK(ru.find("управленческий цикл не замкнут в 2 направлениях: нет этапов") == 0);
    CHECK(ru.find("«мониторинг") != std::string::npos);
    CHECK(ru.find("» — в 2") != std::string::npos);
    CHECK(message(*g, r.diagnostics, Language::en).find("the management cycle is incomplete in 2 directions: missing ") == 0);
    // The digest keeps each direction's own stages.
    REQUIRE(r.directions.size() == 2);
    CHECK_FALSE(r.directions[0].missing.empty());
}

TEST_CASE("cycle-stage-missing: one finding per direction naming every missing stage") {
    Report r = validate_string(roadmap(section(measure("1."))), "t.yaml");
    REQUIRE(groups_of(r, "cycle-stage-missing") == 1);
    const Diagnostic &d = r.diagnostics[group_of(r, "cycle-stage-missing")->members.front()];
    CHECK(d.arg("stages").find("monitoring") != std::string::npos);
    CHECK(d.arg("stages").find("review") != std::string::npos);
}

TEST_CASE("duplicate-id: a run repeating the numbering before it is one cause, without its numbering jump") {
    std::string measures;
    for (int k = 0; k < 2; ++k)
        for (int i = 1; i <= 4; ++i) measures += measure(std::to_string(i));
    Report r = validate_string(roadmap(section(measures)), "t.yaml");
    const DiagnosticGroup *g = group_of(r, "duplicate-id");
    REQUIRE(g);
    CHECK(g->count() == 4);
    CHECK(groups_of(r, "duplicate-id") == 1);
    CHECK(group_of(r, "numbering-gap") == nullptr);
    CHECK(message(*g, r.diagnostics, Language::en).find("a sub-heading seems to be missing") != std::string::npos);
    REQUIRE(r.diagnostics[g->members.front()].related.size() == 1);
    CHECK(r.diagnostics[g->members.front()].related[0].location.line > 0);
    // Numbers that recur in another section get qualified ids (s2/1); the
    // message names the measures as the document prints them.
    Report two = validate_string(roadmap(section(measure("1.")) + section(measures, "Система организации воспитания")), "t.yaml");
    const DiagnosticGroup *run = group_of(two, "duplicate-id");
    REQUIRE(run);
    CHECK(message(*run, two.diagnostics, Language::en).rfind("measures 1–4 repeat the numbering", 0) == 0);
    CHECK(message(*run, two.diagnostics, Language::ru).rfind("мероприятия 1–4 повторяют нумерацию", 0) == 0);
}

TEST_CASE("deadline-before-approval: every window ends before the order's date") {
    const std::string top = "period: 2021-2024\napproved_by: {kind: приказ, number: \"1\", date: 2021-03-01}\n";
    const std::string ms = "      - {number: \"1.\", title: А, deadline: Февраль 2021}\n"
                           "      - {number: \"2.\", title: Б, deadline: Март 2021}\n"
                           "      - {number: \"3.\", title: В, deadline: с 07 февраля 2021}\n"
                           "      - {number: \"4.\", title: Г, deadline: Декабрь 2020}\n";
    auto found = findings(findings_plan(top, section(ms)), "deadline-before-approval");
    CHECK(paths(found) == Strings{"sections[0].measures[0].deadline", "sections[0].measures[3].deadline"});
    // The date before the period too is one cause, not two.
    CHECK(findings(findings_plan(top, section(ms)), "deadline-outside-period").empty());
    // Without an approval date there is nothing to compare.
    CHECK(findings(findings_plan("period: 2021-2024\n", section(ms)), "deadline-before-approval").empty());
    // Two such measures are one cause: the plan was approved after they were due.
    Report r = validate_string(findings_plan(top, section(ms)), "t.yaml");
    REQUIRE(groups_of(r, "deadline-before-approval") == 1);
    const DiagnosticGroup *g = group_of(r, "deadline-before-approval");
    CHECK(g->count() == 2);
    CHECK(message(*g, r.diagnostics, Language::ru) == "у 2 мероприятий срок истёк ещё до утверждения плана (2021-03-01)");
}

TEST_CASE("direction-missing: the catalog directions a plan has no section for are one group") {
    Report r = validate_string(roadmap(section(measure("1."))), "t.yaml");
    const DiagnosticGroup *g = group_of(r, "direction-missing");
    REQUIRE(g);
    CHECK(groups_of(r, "direction-missing") == 1);
    CHECK(g->count() == 8); // the default catalog has nine directions
    CHECK(message(*g, r.diagnostics, Language::en).find("the plan has no sections for 8 catalog directions: ") == 0);
    // Each direction keeps its own finding.
    for (std::size_t i : g->members) CHECK_FALSE(r.diagnostics[i].arg("direction").empty());
}

TEST_CASE("duplicate-measure: the same measure twice, not the next step of the cycle") {
    const std::string a = "      - {number: \"10.\", title: Разработка и утверждение Программы развития воспитания в "
                          "Тосненском муниципальном районе на период 2021-2024 г.г.}\n";
    const std::string b = "      - {number: \"80.\", title: Разработка и утверждение Программы развития воспитания в "
                          "Тосненском муниципальном районе Ленинградской области на период 2021-2024 г.г.}\n";
    auto found = findings(roadmap(section(a) + section(b, "Система организации воспитания")), "duplicate-measure");
    REQUIRE(found.size() == 1);
    CHECK(found[0].path == "sections[1].measures[0].title");
    CHECK(found[0].arg("first_number") == "10");
    REQUIRE(found[0].related.size() == 1);
    CHECK(found[0].related[0].path == "sections[0].measures[0].title");
    CHECK(describe(found[0].related[0].document, Language::ru) == "мероприятие 10 раздела 1");
    // Monitoring, then the analysis of its results: two steps, not a duplicate.
    const std::string m = "      - {number: \"50.\", title: Проведение мониторинга состояния школ с низкими "
                          "образовательными результатами}\n";
    const std::string n = "      - {number: \"51.\", title: Проведение анализа результатов мониторинга состояния школ "
                          "с низкими образовательными результатами}\n";
    CHECK(findings(roadmap(section(m + n)), "duplicate-measure").empty());
    // Each direction's own decisions step is not a duplicate of another's.
    const std::string d = "      - {number: \"5.\", title: Принятие управленческих решений по результатам "
                          "проведенного анализа}\n";
    CHECK(findings(roadmap(section(d) + section(d, "Система методической работы")), "duplicate-measure").empty());
}

TEST_CASE("columns-shifted: a run of shifted rows is one group and replaces its symptoms") {
    const std::string top = "period: 2023/2024\nresponsibles:\n  - {id: tsro, short: МКУ ЦРО}\n";
    const std::string ms = "      - {number: \"6.\", title: А, deadline: еженедельный мониторинг, "
                           "responsibles: еженедельно с сентября по май, result: МКУ ЦРО}\n"
                           "      - {number: \"7.\", title: Б, deadline: методические рекомендации, "
                           "responsibles: ноябрь-декабрь, result: МКУ ЦРО}\n"
                           "      - {number: \"8.\", title: В, deadline: сентябрь-май, "
                           "responsibles: сентябрь-май, result: МКУ ЦРО}\n"
                           "      - {number: \"9.\", title: Г, deadline: сентябрь-май, responsibles: МКУ ЦРО, "
                           "result: Отчёт}\n";
    Report r = validate_string(findings_plan(top, section(ms)), "t.yaml");
    const DiagnosticGroup *g = group_of(r, "columns-shifted");
    REQUIRE(g);
    CHECK(g->count() == 3); // 8 included: its deadline cell still reads as a date
    CHECK(groups_of(r, "columns-shifted") == 1);
    CHECK(group_of(r, "deadline-unrecognized") == nullptr);
    CHECK(group_of(r, "responsible-unknown") == nullptr);
    // A row in place is not reported.
    CHECK(findings(findings_plan(top, section("      - {number: \"9.\", title: Г, deadline: сентябрь-май, "
                                     "responsibles: МКУ ЦРО, result: Отчёт}\n")),
                   "columns-shifted")
              .empty());
}

TEST_CASE("measure-misplaced: an objectivity measure under the assessment of pupils") {
    const std::string ms = "      - {number: \"23.\", title: Выявление ОО с необъективными результатами и "
                           "профилактическая работа с выявленными ОО. Проведение анализа результатов мониторинга "
                           "объективности результатов оценочных процедур.}\n"
                           "      - {number: \"24.\", title: Проведение анализа результатов ВПР}\n";
    auto found = findings(roadmap(section(ms)), "measure-misplaced");
    REQUIRE(found.size() == 1);
    CHECK(found[0].path == "sections[0].measures[0].title");
    CHECK(found[0].arg("direction") == "2.1");
    CHECK(hint(found[0], Language::ru).find("2.1") != std::string::npos);
}

namespace {

std::string full_measure(const std::string &number, const std::string &title, const std::string &result) {
    return "      - {number: \"" + number + "\", title: \"" + title +
           "\", deadline: Ежегодно, responsibles: КО, result: \"" + result + "\"}\n";
}

// A plan with a leaders' section (2.2) and a teachers' section (2.3) whose
// last measure is @p last.
std::string leaders_and_teachers(const std::string &last) {
    return roadmap(
        section(full_measure("1.", "Проведение мониторинга эффективности деятельности руководителей образовательных "
                                   "организаций на основе муниципальных показателей",
                             "Аналитическая справка о деятельности руководителей") +
                    full_measure("2.", "Разработка плана-графика аттестации руководителей образовательных организаций",
                                 "План-график утверждён"),
                "Система мониторинга эффективности руководителей образовательных организаций") +
        section(full_measure("1.", "Мониторинг качества дополнительного профессионального образования педагогов",
                             "Справка о качестве курсов") +
                    full_measure("2.", "Организация курсов повышения квалификации педагогических работников",
                                 "Педагоги прошли курсы") +
                    last,
                "Система обеспечения профессионального развития педагогических работников"));
}

} // namespace

TEST_CASE("measure-misplaced: a leaders' measure under teacher development, nearer to the leaders' section") {
    auto found = findings(leaders_and_teachers(full_measure("3.", "Мониторинг эффективности деятельности руководителей "
                                                                  "образовательных организаций",
                                                            "Справка о деятельности руководителей")),
                          "measure-misplaced");
    REQUIRE(found.size() == 1);
    CHECK(found[0].path == "sections[1].measures[2].title");
    CHECK(found[0].arg("direction") == "2.2");
    CHECK(found[0].arg("own") == "2.3");
    REQUIRE(found[0].related.size() == 1);
    CHECK(found[0].related[0].path == "sections[0].measures[0].title"); // the nearest leaders' measure

    // A word of its own direction keeps it where it is: training leaders
    // and teachers together is teacher development too.
    CHECK(findings(leaders_and_teachers(full_measure("3.", "Повышение квалификации руководителей образовательных "
                                                           "организаций и педагогических работников",
                                                     "Справка о деятельности руководителей")),
                   "measure-misplaced")
              .empty());
    // As near to a measure of its own direction as to the other's: a row the
    // plan prints under both directions (duplicate-measure's business) stays.
    const std::string twin = "Разработка плана-графика аттестации руководителей образовательных организаций";
    CHECK(findings(leaders_and_teachers(full_measure("3.", twin, "План-график утверждён") +
                                        full_measure("4.", twin, "План-график утверждён")),
                   "measure-misplaced")
              .empty());
}

TEST_CASE("period-missing, period-mismatch, approval-mismatch: the plan's metadata") {
    CHECK(findings(findings_plan("period: 2020-2022\nperiod_source: guessed\n", ""), "period-missing").size() == 1);
    CHECK(findings(findings_plan("period: 2020-2022\nperiod_source: stated\n", ""), "period-missing").empty());
    CHECK(findings(findings_plan("period: 2020-2022\n", ""), "period-missing").empty());

    // Deadlines outside a guessed period: period-missing counts them, and
    // deadline-outside-period, which would need a stated period, is silent.
    const std::string late = "      - {number: \"1.\", title: А, deadline: 2021}\n"
                             "      - {number: \"2.\", title: Б, deadline: октябрь 2019}\n"
                             "      - {number: \"3.\", title: В, deadline: 2022}\n";
    const std::string guessed_period = "period: 2019-2020\nperiod_source: guessed\n";
    auto guessed = findings(findings_plan(guessed_period, section(late)), "period-missing");
    REQUIRE(guessed.size() == 1);
    CHECK(guessed[0].arg("outside_en") == "; deadlines outside it: 2 (2021-01-01..2022-12-31)");
    CHECK(findings(findings_plan(guessed_period, section(late)), "deadline-outside-period").empty());
    Report counted = validate_string(findings_plan(guessed_period, section(late)), "t.yaml");
    REQUIRE(group_of(counted, "period-missing"));
    CHECK(message(*group_of(counted, "period-missing"), counted.diagnostics, Language::ru) ==
          "в документе не указан период плана: период 2019-2020 выведен из сроков мероприятий; "
          "вне его лежат сроки мероприятий: 2 (2021-01-01..2022-12-31)");
    // A stated period: the deadlines are deadline-outside-period's, one each.
    CHECK(findings(findings_plan("period: 2019-2020\nperiod_source: stated\n", section(late)),
                   "deadline-outside-period").size() == 2);
    // Every deadline inside the guessed period: nothing to add.
    auto inside = findings(findings_plan(guessed_period, section("      - {number: \"1.\", title: А, deadline: 2020}\n")),
                           "period-missing");
    REQUIRE(inside.size() == 1);
    CHECK(inside[0].arg("outside_en").empty());

    const std::string titled = "schema: eduroadmap/1\nid: t\ntitle: План на 2021-2024 годы\n";
    auto mismatch = findings(titled + "period: 2021\nsections: []\n", "period-mismatch");
    REQUIRE(mismatch.size() == 1);
    CHECK(mismatch[0].arg("years") == "2024");
    CHECK(findings(titled + "period: 2021-2024\nsections: []\n", "period-mismatch").empty());

    const std::string order = "period: 2023/2024\napproved_by: {kind: приказ, number: \"046\", date: 2023-08-30, "
                              "appendix: \"";
    auto wrong = findings(findings_plan(order + "к приказу от 30.08.24 г. № 698\"}\n", ""), "approval-mismatch");
    REQUIRE(wrong.size() == 1);
    CHECK(wrong[0].path == "approved_by.appendix");
    CHECK(findings(findings_plan(order + "к приказу от 30.08.2023 № 046\"}\n", ""), "approval-mismatch").empty());
}

TEST_CASE("the new rules find nothing in a clean plan, and can be turned off and re-levelled") {
    const std::string clean = findings_plan("period: 2021\napproved_by: {kind: приказ, number: \"1\", date: 2021-01-10, "
                                   "appendix: \"к приказу от 10.01.2021 № 1\"}\n",
                                   section(measure("1.") + measure("2.")));
    Report r = validate_string(clean, "t.yaml");
    for (const char *rule : {"deadline-before-approval", "measure-misplaced", "duplicate-measure", "columns-shifted",
                             "period-missing", "period-mismatch", "approval-mismatch"}) {
        CAPTURE(rule);
        CHECK(group_of(r, rule) == nullptr);
        CHECK(find_rule(rule) != nullptr);
    }
    const std::string guessed = findings_plan("period: 2020-2022\nperiod_source: guessed\n", "");
    ValidateOptions off;
    off.rules["period-missing"] = std::nullopt;
    CHECK(group_of(validate_string(guessed, "t.yaml", off), "period-missing") == nullptr);
    ValidateOptions error;
    error.rules["period-missing"] = Severity::error;
    const Report raised = validate_string(guessed, "t.yaml", error);
    REQUIRE(group_of(raised, "period-missing"));
    CHECK(group_of(raised, "period-missing")->severity == Severity::error);
    const std::string ignored = "lint: {ignore: [period-missing]}\n" + guessed;
    CHECK(group_of(validate_string(ignored, "t.yaml"), "period-missing") == nullptr);
}

TEST_CASE("deadline-missing: an unnumbered row is named by its id, as the responsible and result rules name it") {
    const std::string unnumbered = "      - {number: \"\", title: Организация методической работы, deadline: \"?\", "
                                   "responsibles: \"\", result: Отчёт}\n";
    const std::string plan = roadmap(section(measure("1.") + unnumbered));
    auto deadline = findings(plan, "deadline-missing");
    auto responsible = findings(plan, "responsible-missing");
    REQUIRE(deadline.size() == 1);
    REQUIRE(responsible.size() == 1);
    CHECK(deadline[0].arg("number") == "s1/#2");
    CHECK(deadline[0].arg("number") == responsible[0].arg("number"));
    CHECK(message(deadline[0], Language::en) == "measure s1/#2 has no deadline");
    // A numbered row keeps its printed number.
    const std::string numbered = "      - {number: \"4.\", title: Дорожная карта PISA, deadline: \"\", "
                                 "responsibles: КО, result: Отчёт}\n";
    auto four = findings(roadmap(section(measure("3.") + numbered)), "deadline-missing");
    REQUIRE(four.size() == 1);
    CHECK(four[0].arg("number") == "4.");
}
