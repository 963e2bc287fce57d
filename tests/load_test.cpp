// Tests for <eduroadmap/io.hpp>: the loader field by field, positions,
// diagnostics, hostile input and limits.
#include <eduroadmap/io.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using namespace eduroadmap;

namespace {

const char *minimal = R"(schema: eduroadmap/1
id: test
title: Тест
period: 2021-2022
sections:
  - title: Система оценки качества подготовки обучающихся
    measures:
      - number: "1."
        title: Мониторинг
        deadline: Ежегодно
        responsibles: КО, ОО
        result: Отчёт
)";

const Diagnostic *find(const LoadResult &r, std::string_view rule) {
    for (const Diagnostic &d : r.diagnostics)
        if (d.rule == rule) return &d;
    return nullptr;
}

std::string rules_of(const LoadResult &r) {
    std::string s;
    for (const Diagnostic &d : r.diagnostics) s += d.rule + "@" + std::to_string(d.location.line) + ":" +
                                                   std::to_string(d.location.column) + " ";
    return s;
}

} // namespace

TEST_CASE("a minimal roadmap loads with every field in place") {
    LoadResult r = load_string(minimal, "m.yaml");
    INFO(rules_of(r));
    REQUIRE(r.ok());
    const Roadmap &rm = r.document->roadmap;
    CHECK(rm.id == "test");
    CHECK(rm.title == "Тест");
    CHECK(rm.language == "ru");
    CHECK(rm.catalog == "fioko-2020");
    CHECK(rm.period.text == "2021-2022");
    CHECK(rm.period.window == Window(Date(2021, 1, 1), Date(2022, 12, 31)));
    REQUIRE(rm.sections.size() == 1);
    REQUIRE(rm.sections[0].measures.size() == 1);
    const Measure &m = rm.sections[0].measures[0];
    CHECK(m.number == "1.");
    CHECK(m.title == "Мониторинг");
    REQUIRE(m.deadline);
    CHECK(m.deadline->text == "Ежегодно");
    CHECK_FALSE(m.deadline->pinned);
    REQUIRE(m.responsibles);
    CHECK_FALSE(m.responsibles->listed);
    CHECK(m.responsibles->names == std::vector<std::string>{"КО, ОО"});
    CHECK(m.result == std::optional<std::string>("Отчёт"));
    CHECK(measure_count(rm) == 1);
}

TEST_CASE("the source map gives 1-based lines and code-point columns") {
    LoadResult r = load_string(minimal, "m.yaml");
    REQUIRE(r.document);
    const SourceMap &map = r.document->sources;
    CHECK(map.locate("title") == Location{"m.yaml", 3, 8});
    CHECK(map.locate("sections[0].measures[0].deadline") == Location{"m.yaml", 10, 19});
    // A Cyrillic value: the column counts letters, not bytes.
    LoadResult cyr = load_string("schema: eduroadmap/1\nid: x\ntitle: t\nperiod: 2021\nsections:\n"
                                 "  - {title: Тест, measures: []}\n",
                                 "c.yaml");
    REQUIRE(cyr.document);
    CHECK(cyr.document->sources.locate("sections[0].measures") == Location{"c.yaml", 6, 29});
    // A missing field points at its nearest recorded ancestor.
    CHECK(map.locate("sections[0].measures[0].stage") == map.locate("sections[0].measures[0]"));
    CHECK(map.locate("sections[0].measures[0]").line == 8);
}

TEST_CASE("all format fields load") {
    const char *full = R"(schema: eduroadmap/1
id: full
title: Полный
language: ru
catalog: fioko-2020
territory: {municipality: Тосненский район, region: Ленинградская область}
approved_by:
  kind: приказ
  number: 120/21/1
  date: 2021-03-01
  authority: Комитет образования
  signed_by: В.М. Запорожская
  title: Об утверждении
  text: "1. Утвердить"
period: {start: 2021-03-01, end: 2022-08-31}
declared_directions:
  - {number: "1", title: Система оценки}
description: Записка
responsibles:
  - {id: ko, short: КО, full: комитет образования, aliases: [Комитет]}
sections:
  - number: "1"
    title: Система оценки
    direction: "1.1"
    extra: false
    justification: Обоснование
    passport:
      goal: Цель
      tasks: Задачи
      expected_result: Результат
      target_indicators: 100%
      indicators: [ind-1]
      cycle: {monitoring: Мониторинг, data-collection: Сбор}
      other: [{title: Иное, text: Текст}]
    measures:
      - number: "1"
        id: m1
        title: Первое
        items: [а, б]
        form: семинар
        deadline: {text: Сентябрь, kind: fixed, windows: [[2021-09-01, 2021-09-30]]}
        responsibles: [КО, ОО]
        result: ""
        stage: monitoring
        indicators: [ind-1]
        depends_on: []
        status: in_progress
        status_text: Выполнено частично
        progress: [{date: 2021-10-01, status: done, note: ок}]
        note: примечание
        lint: {ignore: [result-missing]}
    groups:
      - number: I
        title: Группа
        measures:
          - {number: "2", title: Второе, deadline: Ежегодно}
    lint: {ignore: [numbering-gap]}
indicators:
  - id: ind-1
    title: Доля
    direction: "1.1"
    unit: percent
    comparator: "<="
    baseline: {value: 80.5, date: 2021-01-01}
    targets: [{period: "2022", value: 50}]
    actuals: [{date: 2021-12-31, value: 60}]
    method: анализ
    source: ФИС ОКО
    frequency: ежегодно
    responsible: ko
lint: {ignore: [indicator-unused]}
)";
    LoadResult r = load_string(full, "full.yaml");
    INFO(rules_of(r));
    REQUIRE(r.ok());
    const Roadmap &rm = r.document->roadmap;
    CHECK(rm.territory.region == "Ленинградская область");
    REQUIRE(rm.approved_by);
    CHECK(rm.approved_by->date == Date(2021, 3, 1));
    CHECK(rm.approved_by->text == "1. Утвердить");
    CHECK(rm.period.text.empty());
    CHECK(rm.period.window == Window(Date(2021, 3, 1), Date(2022, 8, 31)));
    CHECK(rm.declared_directions.at(0).title == "Система оценки");
    CHECK(rm.responsibles.at(0).aliases == std::vector<std::string>{"Комитет"});
    const Section &s = rm.sections.at(0);
    CHECK(s.direction == "1.1");
    REQUIRE(s.passport);
    CHECK(s.passport->cycle.at(Stage::data_collection) == "Сбор");
    CHECK(s.passport->other.at(0).text == "Текст");
    const Measure &m = s.measures.at(0);
    CHECK(m.items.size() == 2);
    REQUIRE(m.deadline);
    CHECK(m.deadline->pinned);
    CHECK(m.deadline->kind == DeadlineKind::fixed);
    CHECK(m.deadline->windows == std::vector<Window>{Window(Date(2021, 9, 1), Date(2021, 9, 30))});
    CHECK(m.responsibles->listed);
    CHECK(m.result == std::optional<std::string>(""));
    CHECK(m.stage == Stage::monitoring);
    CHECK(m.status == Status::in_progress);
    CHECK(m.progress.at(0).date == Date(2021, 10, 1));
    CHECK(m.lint.ignore == std::vector<std::string>{"result-missing"});
    CHECK(s.groups.at(0).measures.at(0).title == "Второе");
    CHECK(measure_count(rm) == 2);
    const Indicator &ind = rm.indicators.at(0);
    CHECK(ind.unit == Unit::percent);
    CHECK(ind.comparator == Comparator::at_most);
    CHECK(ind.baseline->value.number == doctest::Approx(80.5));
    CHECK(ind.targets.at(0).period == "2022");
    CHECK(ind.actuals.at(0).value.number == 60);
    CHECK(rm.lint.ignore == std::vector<std::string>{"indicator-unused"});
    // all_measures walks groups too, with their paths.
    auto refs = all_measures(rm);
    REQUIRE(refs.size() == 2);
    CHECK(refs[1].path() == "sections[0].groups[0].measures[0]");
}

TEST_CASE("unquoted scalars in text fields are kept exactly as written") {
    LoadResult r = load_string("schema: eduroadmap/1\nid: x\ntitle: 2021\nperiod: 2021\nsections:\n"
                               "  - title: T\n    measures:\n      - {number: 3.10, title: t, deadline: 2021}\n");
    INFO(rules_of(r));
    REQUIRE(r.ok());
    const Measure &m = r.document->roadmap.sections[0].measures[0];
    CHECK(m.number == "3.10");
    CHECK(m.deadline->text == "2021");
    CHECK(r.document->roadmap.title == "2021");
}

TEST_CASE("unknown fields are reported with a suggestion, and loading goes on") {
    LoadResult r = load_string("schema: eduroadmap/1\nid: x\ntitel: T\nperiod: 2021\nsections: []\n", "u.yaml");
    const Diagnostic *u = find(r, "unknown-field");
    REQUIRE(u);
    CHECK(u->arg("field") == "titel");
    CHECK(u->arg("suggestion") == "title");
    CHECK(u->location == Location{"u.yaml", 3, 1});
    CHECK(u->path == "titel");
    CHECK(message(*u, Language::en) == "unknown field 'titel' in roadmap");
    CHECK(hint(*u, Language::ru) == "возможно, имелось в виду «title»");
    // title is then missing
    const Diagnostic *m = find(r, "missing-field");
    REQUIRE(m);
    CHECK(m->arg("field") == "title");
    CHECK(r.document); // still a roadmap
}

TEST_CASE("missing and wrong-typed fields") {
    LoadResult r = load_string("schema: eduroadmap/1\nid: x\ntitle: [a]\nperiod: 2021\nsections:\n"
                               "  - title: T\n    measures:\n      - {number: '1', stage: lunch}\n");
    std::string all = rules_of(r);
    INFO(all);
    const Diagnostic *w = find(r, "wrong-type");
    REQUIRE(w);
    CHECK(w->path == "title");
    CHECK(w->arg("actual") == "a list");
    CHECK(w->location.line == 3);
    // the measure lacks its title, and its stage is not a stage
    CHECK(std::count_if(r.diagnostics.begin(), r.diagnostics.end(), [](const Diagnostic &d) {
              return d.rule == "missing-field" && d.path == "sections[0].measures[0].title";
          }) == 1);
    CHECK(std::count_if(r.diagnostics.begin(), r.diagnostics.end(), [](const Diagnostic &d) {
              return d.rule == "wrong-type" && d.path == "sections[0].measures[0].stage";
          }) == 1);
    CHECK_FALSE(r.ok());
}

TEST_CASE("plan periods: shorthands, explicit dates and invalid forms") {
    std::string reason;
    auto p = parse_plan_period("2023/2024", reason);
    REQUIRE(p);
    CHECK(p->window == Window(Date(2023, 9, 1), Date(2024, 8, 31)));
    CHECK(parse_plan_period("2021", reason)->window == Window(Date(2021, 1, 1), Date(2021, 12, 31)));
    CHECK(parse_plan_period("2020-01-01..2020-06-30", reason)->window ==
          Window(Date(2020, 1, 1), Date(2020, 6, 30)));
    CHECK_FALSE(parse_plan_period("2023/2025", reason));
    CHECK(reason.find("consecutive") != std::string::npos);
    CHECK_FALSE(parse_plan_period("2022-2020", reason));
    CHECK_FALSE(parse_plan_period("2020..2022", reason));
    CHECK_FALSE(parse_plan_period("весь год", reason));

    LoadResult r = load_string("schema: eduroadmap/1\nid: x\ntitle: t\nperiod: 2022-2020\nsections: []\n");
    const Diagnostic *d = find(r, "period-invalid");
    REQUIRE(d);
    CHECK(d->location.line == 4);
    CHECK(d->arg("text") == "2022-2020");
    LoadResult inverted = load_string(
        "schema: eduroadmap/1\nid: x\ntitle: t\nperiod: {start: 2022-01-01, end: 2021-01-01}\nsections: []\n");
    CHECK(find(inverted, "period-invalid"));
}

TEST_CASE("duplicate keys are an error at the second occurrence") {
    LoadResult r = load_string("schema: eduroadmap/1\nid: x\ntitle: a\nperiod: 2021\ntitle: b\nsections: []\n", "d.yaml");
    const Diagnostic *d = find(r, "duplicate-key");
    REQUIRE(d);
    CHECK(d->location == Location{"d.yaml", 5, 1});
    CHECK(d->arg("key") == "title");
    CHECK(d->arg("first_line") == "3");
    CHECK_FALSE(r.ok());
    // The first value is kept, and the finding says the second was not.
    CHECK(r.document->roadmap.title == "a");
    // Nested mappings too.
    LoadResult nested = load_string("schema: eduroadmap/1\nid: x\ntitle: a\nperiod: 2021\nsections:\n"
                                    "  - title: s\n    measures:\n      - number: '1'\n        title: a\n"
                                    "        title: b\n");
    const Diagnostic *n = find(nested, "duplicate-key");
    REQUIRE(n);
    CHECK(n->location.line == 10);
    CHECK(n->location.column == 9);
}

TEST_CASE("YAML syntax errors carry the parser's position") {
    LoadResult r = load_string("schema: eduroadmap/1\nid: x\ntitle: a: b\n", "s.yaml");
    const Diagnostic *d = find(r, "yaml-syntax");
    REQUIRE(d);
    CHECK(d->location.line == 3);
    CHECK(d->location.column == 9);
    CHECK_FALSE(r.document);
    LoadResult unclosed = load_string("schema: [a, b\nid: x\n", "s.yaml");
    REQUIRE(find(unclosed, "yaml-syntax"));
    CHECK(find(unclosed, "yaml-syntax")->location.line >= 1);
}

TEST_CASE("hostile inputs end in a diagnostic, never a crash or hang") {
    struct Case {
        std::string name, text, rule;
    };
    std::string deep(100000, '[');
    std::string laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'j'; ++c)
        laughs += std::string(1, c) + ": &" + c + " [*" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) +
                  ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" +
                  char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + "]\n";
    const Case cases[] = {
        {"deep nesting", deep, "input-limit"},
        {"billion laughs", laughs, "input-limit"},
        {"self-referencing alias", "&x [*x]", "yaml-syntax"},
        {"lone comma", ",", "yaml-syntax"},
        {"comma brace", ",{", "yaml-syntax"},
        {"bare tag", "!2", "yaml-syntax"},
        {"invalid UTF-8", "title: \xD0\x9F\xFF\n", "yaml-syntax"},
        {"truncated UTF-8", "title: \xD0", "yaml-syntax"},
        {"two documents", "a: 1\n---\nb: 2\n", "yaml-syntax"},
        {"empty", "", "yaml-syntax"},
        {"only a comment", "# nothing\n", "yaml-syntax"},
    };
    for (const Case &c : cases) {
        CAPTURE(c.name);
        LoadResult r = load_string(c.text, "h.yaml");
        INFO(rules_of(r));
        REQUIRE(find(r, c.rule));
        CHECK_FALSE(r.ok());
        CHECK(find(r, c.rule)->location.line >= 1);
    }
}

TEST_CASE("invalid UTF-8 is reported at its line and column") {
    LoadResult r = load_string("schema: eduroadmap/1\nid: т\xFFx\n", "u.yaml");
    const Diagnostic *d = find(r, "yaml-syntax");
    REQUIRE(d);
    CHECK(d->location == Location{"u.yaml", 2, 6});
    CHECK(d->arg("detail").find("0xFF") != std::string::npos);
}

TEST_CASE("a byte-order mark is accepted") {
    LoadResult r = load_string(std::string("\xEF\xBB\xBF") + minimal);
    CHECK(r.ok());
    CHECK(r.document->sources.locate("title").line == 3);
}

TEST_CASE("limits are configurable") {
    LoadOptions small;
    small.limits.max_file_bytes = 100;
    LoadResult big = load_string(minimal, "b.yaml", small);
    REQUIRE(find(big, "input-limit"));
    CHECK(find(big, "input-limit")->arg("limit") == "file size");

    LoadOptions shallow;
    shallow.limits.max_depth = 3;
    LoadResult deep = load_string(minimal, "b.yaml", shallow); // sections → list → measure → fields: depth 4
    REQUIRE(find(deep, "input-limit"));
    CHECK(find(deep, "input-limit")->arg("limit") == "depth");

    LoadOptions few;
    few.limits.max_nodes = 10;
    CHECK(find(load_string(minimal, "b.yaml", few), "input-limit"));
    CHECK(load_string(minimal, "b.yaml").ok()); // defaults are enough for real roadmaps
}

TEST_CASE("a second document is reported, the first is still read") {
    LoadResult r = load_string(std::string(minimal) + "---\nid: other\n");
    REQUIRE(find(r, "yaml-syntax"));
    CHECK(find(r, "yaml-syntax")->location.line == 13);
    REQUIRE(r.document);
    CHECK(r.document->roadmap.id == "test");
}

TEST_CASE("lint.ignore accepts only known rule ids") {
    LoadResult r = load_string("schema: eduroadmap/1\nid: x\ntitle: t\nperiod: 2021\nsections: []\n"
                               "lint: {ignore: [numbering-gap, no-such-rule]}\n");
    const Diagnostic *d = find(r, "unknown-field");
    REQUIRE(d);
    CHECK(d->arg("field") == "no-such-rule");
    CHECK(d->path == "lint.ignore[1]");
}

TEST_CASE("an unreadable file is a diagnostic") {
    LoadResult r = load_file("/nonexistent/roadmap.yaml");
    REQUIRE(find(r, "yaml-syntax"));
    CHECK(find(r, "yaml-syntax")->location.file == "/nonexistent/roadmap.yaml");
    CHECK_FALSE(r.document);
}
