// Tests for <eduroadmap/query.hpp>: each filter, the due / active / overdue
// semantics at the edges of their windows, composition, sorting,
// aggregates, the JSON form, date ranges, and concurrent queries.
#include <eduroadmap/io.hpp>
#include <eduroadmap/query.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <thread>
#include <vector>

using namespace eduroadmap;

namespace {

// Six measures with known windows (plan period 2021):
//   1 «Март 2021»        [03-01..03-31]            КО       stage: analysis (declared)
//   2 «Ежеквартально»    the four quarters         КО, ОО   Q1 marked done on 2021-03-20
//   3 «Июнь 2021»        [06-01..06-30]            ОО       status: done
//   4 «Ноябрь 2021»      [11-01..11-30]            Школа №1 (not in the registry), status: in_progress
//   5 «по запросу»       no windows                Комитет образования (the full name)
//   6 «Февраль 2021»     [02-01..02-28]            Комитет (an alias)
const char *const plan_yaml = R"(schema: eduroadmap/1
id: query-test
title: План мероприятий
period: 2021
responsibles:
  - {id: ko, short: КО, full: Комитет образования, aliases: [Комитет]}
  - {id: oo, short: ОО, full: образовательные организации}
sections:
  - title: Система оценки качества подготовки обучающихся
    measures:
      - number: '1.'
        title: Анализ результатов ВПР
        deadline: Март 2021
        responsibles: КО
        result: Аналитическая справка
        stage: analysis
      - number: '2.'
        title: Мониторинг объективности оценивания
        deadline: Ежеквартально
        responsibles: КО, ОО
        result: Протоколы
        progress:
          - {date: 2021-03-20, status: done, note: за I квартал}
      - number: '3.'
        title: Подготовка отчёта о результатах
        deadline: Июнь 2021
        responsibles: ОО
        result: Отчёт
        status: done
  - title: Система выявления, поддержки и развития способностей и талантов у детей и молодежи
    measures:
      - number: '4.'
        title: Олимпиада школьников
        deadline: Ноябрь 2021
        responsibles: Школа №1
        result: Протокол
        status: in_progress
      - number: '5.'
        title: Конкурс талантов
        deadline: по запросу
        responsibles: Комитет образования
        result: Приказ
  - title: Нормативно-правовое обеспечение
    measures:
      - number: '6.'
        title: Утверждение дорожной карты
        deadline: Февраль 2021
        responsibles: Комитет
        result: Приказ
)";

struct Plan {
    LoadResult loaded;
    ResolvedRoadmap resolved;
    explicit Plan(std::string_view yaml) : loaded(load_string(yaml, "plan.yaml")) {
        REQUIRE(loaded.ok());
        resolved = resolve(loaded.document->roadmap);
    }
    Plan(const Plan &) = delete;
    Plan &operator=(const Plan &) = delete;
};

const Plan &plan() {
    static const Plan p(plan_yaml);
    return p;
}

Date d(const char *iso) { return *parse_iso_date(iso); }
Window range(const char *a, const char *b) { return Window(d(a), d(b)); }

using Ids = std::vector<std::string>;

Ids ids(const QueryResult &r) {
    Ids out;
    for (const QueryMatch &m : r.matches) out.push_back(m.measure->id);
    return out;
}

Ids ids(const std::vector<const ResolvedMeasure *> &ms) {
    Ids out;
    for (const ResolvedMeasure *m : ms) out.push_back(m->id);
    return out;
}

Ids run(const Query &q) { return ids(query(plan().resolved, q)); }

Query due(const char *a, const char *b) {
    Query q;
    q.due_between = range(a, b);
    return q;
}
Query active(const char *a, const char *b) {
    Query q;
    q.active_between = range(a, b);
    return q;
}
Query overdue(const char *as_of) {
    Query q;
    q.overdue_as_of = d(as_of);
    return q;
}

} // namespace

TEST_CASE("no filter: every measure, sorted by the earliest end of a window; no windows last") {
    // 6 ends 02-28; 2 and 1 both end 03-31, 2 starts earlier (01-01); then 3, 4; 5 has no window.
    CHECK(run({}) == Ids{"6", "2", "1", "3", "4", "5"});
    QueryResult r = query(plan().resolved, {});
    CHECK(r.matches[1].windows.size() == 4); // every window without a time filter
    CHECK(r.matches[5].windows.empty());
    CHECK(r.groups.empty());
}

TEST_CASE("due between: a window ends inside the range, both edges inclusive") {
    CHECK(run(due("2021-03-31", "2021-04-10")) == Ids{"2", "1"}); // ends on the first day of the range
    CHECK(run(due("2021-03-01", "2021-03-31")) == Ids{"2", "1"}); // ends on the last day of the range
    CHECK(run(due("2021-04-01", "2021-04-29")).empty());          // ended the day before the range
    CHECK(run(due("2021-03-01", "2021-03-30")).empty());          // ends the day after the range
    QueryResult r = query(plan().resolved, due("2021-06-01", "2021-06-30"));
    REQUIRE(ids(r) == Ids{"2", "3"});
    REQUIRE(r.matches[0].windows.size() == 1); // only the matching window: Q2
    CHECK(r.matches[0].windows[0] == range("2021-04-01", "2021-06-30"));
}

TEST_CASE("active between: a window overlaps the range, both edges inclusive") {
    CHECK(run(active("2021-03-31", "2021-04-30")) == Ids{"2", "1"}); // 1 ends on the range's first day
    CHECK(run(active("2021-02-01", "2021-03-01")) == Ids{"6", "2", "1"}); // 1 starts on the range's last day
    CHECK(run(active("2021-04-01", "2021-04-30")) == Ids{"2"});   // 1 ended the day before
    CHECK(run(active("2021-02-01", "2021-02-28")) == Ids{"6", "2"}); // 1 starts the day after
    QueryResult r = query(plan().resolved, active("2021-03-31", "2021-04-30"));
    CHECK(r.matches[0].windows == std::vector<Window>{range("2021-01-01", "2021-03-31"), range("2021-04-01", "2021-06-30")});
}

TEST_CASE("overdue as of: a window ended before the day and no progress entry closes it") {
    CHECK(run(overdue("2021-03-31")) == Ids{"6"});      // 1 ends on that day: not yet overdue
    CHECK(run(overdue("2021-04-01")) == Ids{"6", "1"}); // 2's Q1 was marked done on 03-20
    QueryResult r = query(plan().resolved, overdue("2021-07-01"));
    CHECK(ids(r) == Ids{"6", "1", "2"}); // 3 is done; 2 is overdue for Q2 only
    REQUIRE(r.matches[2].windows.size() == 1);
    CHECK(r.matches[2].windows[0] == range("2021-04-01", "2021-06-30"));
}

TEST_CASE("is_closed: the entry must be dated inside the occurrence and not after the day asked") {
    const ResolvedMeasure &quarterly = plan().resolved.measures[1];
    Window q1 = range("2021-01-01", "2021-03-31"), q2 = range("2021-04-01", "2021-06-30");
    CHECK(is_closed(quarterly, q1, d("2021-03-20")));
    CHECK_FALSE(is_closed(quarterly, q1, d("2021-03-19"))); // not yet recorded then
    CHECK_FALSE(is_closed(quarterly, q2, d("2021-12-31"))); // dated before Q2 began
    const ResolvedMeasure &done = plan().resolved.measures[2];
    CHECK(is_closed(done, done.deadline.windows[0], d("2021-01-01"))); // status: done closes everything
}

TEST_CASE("a late completion closes the occurrence it falls in, not the one before") {
    std::string yaml = plan_yaml;
    yaml.replace(yaml.find("2021-03-20"), 10, "2021-04-05");
    Plan p(yaml);
    Query q;
    q.overdue_as_of = d("2021-04-10");
    QueryResult r = query(p.resolved, q);
    REQUIRE(ids(r) == Ids{"6", "2", "1"});
    CHECK(r.matches[1].windows == std::vector<Window>{range("2021-01-01", "2021-03-31")});
}

TEST_CASE("direction: by catalog code or slug, else by words of the title") {
    Query q;
    q.direction = "1.1";
    CHECK(run(q) == Ids{"2", "1", "3"});
    q.direction = "training-quality";
    CHECK(run(q) == Ids{"2", "1", "3"});
    q.direction = "1.3";
    CHECK(run(q) == Ids{"4", "5"});
    q.direction = "TALENTS";
    CHECK(run(q) == Ids{"4", "5"});
    q.direction = "талантов";
    CHECK(run(q) == Ids{"4", "5"});
    q.direction = "нормативно-правовое";
    CHECK(run(q) == Ids{"6"});
    q.direction = "2.4";
    CHECK(run(q).empty());
}

TEST_CASE("responsible: by id, short or full name, or alias; else the text as whole words") {
    Query q;
    for (const char *name : {"ko", "КО", "ко", "Комитет образования", "комитет"}) {
        q.responsible = name;
        CHECK_MESSAGE((run(q) == Ids{"6", "2", "1", "5"}), name);
    }
    q.responsible = "ОО";
    CHECK(run(q) == Ids{"2", "3"});
    q.responsible = "школа №1"; // not in the registry: the cell's words
    CHECK(run(q) == Ids{"4"});
    q.responsible = "шко";
    CHECK(run(q).empty()); // part of a word is not a name
}

TEST_CASE("stage: declared or inferred from the title") {
    Query q;
    q.stage = Stage::analysis;
    CHECK(run(q) == Ids{"1", "3"}); // 1 declared, 3 «Подготовка отчёта …» inferred
    q.stage = Stage::monitoring;
    CHECK(run(q) == Ids{"2"}); // «Мониторинг …», inferred
    q.stage = Stage::review;
    CHECK(run(q).empty());
    // The JSON result says what decided an inferred stage; nothing for a declared one.
    auto j = nlohmann::json::parse(query_json(plan().resolved, R"({"stage": "analysis"})"));
    REQUIRE(j["count"] == 2);
    CHECK(j["measures"][0]["stage"]["decided_by"].is_null());
    CHECK(j["measures"][1]["stage"]["decided_by"] == nlohmann::json::parse(R"({"field": "title", "cue": "отчет"})"));
}

TEST_CASE("status: the status field, planned when absent") {
    Query q;
    q.status = Status::done;
    CHECK(run(q) == Ids{"3"});
    q.status = Status::in_progress;
    CHECK(run(q) == Ids{"4"});
    q.status = Status::planned;
    CHECK(run(q) == Ids{"6", "2", "1", "5"});
}

TEST_CASE("text: every word must occur, folded (case, ё = е), in title, result and the rest") {
    Query q;
    q.text = "анализ ВПР";
    CHECK(run(q) == Ids{"1"});
    q.text = "ОТЧЕТ"; // «отчёта» in 3's title, «Отчёт» its result
    CHECK(run(q) == Ids{"3"});
    q.text = "справка"; // only in 1's expected result
    CHECK(run(q) == Ids{"1"});
    q.text = "ВПР олимпиада";
    CHECK(run(q).empty());
}

TEST_CASE("filters compose: every one must hold, and time filters hold on the same window") {
    Query q = due("2021-01-01", "2021-03-31");
    q.responsible = "ko";
    CHECK(run(q) == Ids{"6", "2", "1"});
    q.text = "анализ";
    CHECK(run(q) == Ids{"1"});
    // Due in Q2 and active in January: no single window of 2 does both.
    Query both = due("2021-04-01", "2021-06-30");
    both.active_between = range("2021-01-01", "2021-01-31");
    CHECK(run(both).empty());
}

TEST_CASE("workload per responsible per month") {
    Query q = active("2021-01-01", "2021-03-31");
    std::vector<Aggregate> w = workload_by_responsible(plan().resolved, q);
    REQUIRE(w.size() == 6);
    CHECK(w[0].key == "ko");
    CHECK(w[0].label == "КО");
    CHECK(w[0].period == "2021-01");
    CHECK(w[0].window == range("2021-01-01", "2021-01-31"));
    CHECK(ids(w[0].active) == Ids{"2"});
    CHECK(w[0].due.empty());
    CHECK(w[1].period == "2021-02");
    CHECK(ids(w[1].active) == Ids{"6", "2"});
    CHECK(ids(w[1].due) == Ids{"6"});
    CHECK(ids(w[2].active) == Ids{"2", "1"});
    CHECK(ids(w[2].due) == Ids{"2", "1"});
    CHECK(w[3].key == "oo");
    CHECK(ids(w[5].due) == Ids{"2"});

    Query only = q;
    only.responsible = "ОО";
    std::vector<Aggregate> oo = workload_by_responsible(plan().resolved, only);
    REQUIRE(oo.size() == 3);
    for (const Aggregate &a : oo) CHECK(a.key == "oo"); // not also under КО, who shares measure 2
}

TEST_CASE("measures per direction per quarter, over the plan period") {
    std::vector<Aggregate> g = measures_by_direction(plan().resolved);
    REQUIRE(g.size() == 6);
    CHECK(g[0].key == "1.1");
    CHECK(g[0].period == "2021-Q1");
    CHECK(ids(g[0].active) == Ids{"2", "1"});
    CHECK(g[1].period == "2021-Q2");
    CHECK(ids(g[1].due) == Ids{"2", "3"});
    CHECK(g[3].period == "2021-Q4");
    CHECK(g[4].key == "1.3");
    CHECK(g[4].label == "Система выявления, поддержки и развития способностей и талантов у детей и молодежи");
    CHECK(ids(g[4].due) == Ids{"4"});
    CHECK(g[5].key.empty()); // outside the catalog: the printed title
    CHECK(g[5].label == "Нормативно-правовое обеспечение");
    CHECK(ids(g[5].active) == Ids{"6"});
}

TEST_CASE("group_by in the query fills QueryResult::groups") {
    Query q = overdue("2021-07-01");
    q.group_by = GroupBy::month;
    QueryResult r = query(plan().resolved, q);
    // February (6), March (1), then April, May and June (2's second quarter).
    REQUIRE(r.groups.size() == 5);
    CHECK(r.groups[0].period == "2021-02");
    CHECK(ids(r.groups[1].due) == Ids{"1"});
    CHECK(r.groups[2].period == "2021-04");
    CHECK(ids(r.groups[2].active) == Ids{"2"});
    CHECK(r.groups[2].due.empty());
    CHECK(ids(r.groups[4].due) == Ids{"2"});
}

TEST_CASE("date ranges: START..END and whole periods") {
    CHECK(parse_date_range("2021-09-01..2021-09-30") == range("2021-09-01", "2021-09-30"));
    CHECK(parse_date_range("2021-09") == range("2021-09-01", "2021-09-30"));
    CHECK(parse_date_range("2020-02") == range("2020-02-01", "2020-02-29"));
    CHECK(parse_date_range("2021-Q1") == range("2021-01-01", "2021-03-31"));
    CHECK(parse_date_range("2021-q4") == range("2021-10-01", "2021-12-31"));
    CHECK(parse_date_range("2021") == range("2021-01-01", "2021-12-31"));
    CHECK(parse_date_range("2021-03-05") == range("2021-03-05", "2021-03-05"));
    for (const char *bad : {"", "2021-13", "2021-Q5", "2021-03-01..2021-02-01", "2021-02-30", "сентябрь",
                            "2021-09-01..", "..2021-09-01"})
        CHECK_MESSAGE(!parse_date_range(bad), bad);
}

TEST_CASE("JSON queries: the CLI's filter names; errors name the field") {
    Query q = parse_query_json(R"({"direction": "1.1", "responsible": "КО", "stage": "data-collection",
        "status": "in_progress", "text": "ВПР", "due_between": "2021-09", "active_between": {"start": "2021-01-01",
        "end": "2021-03-31"}, "overdue_as_of": "2021-10-01", "group_by": "responsible"})");
    CHECK(q.direction == "1.1");
    CHECK(q.responsible == "КО");
    CHECK(q.stage == Stage::data_collection);
    CHECK(q.status == Status::in_progress);
    CHECK(q.text == "ВПР");
    CHECK(q.due_between == range("2021-09-01", "2021-09-30"));
    CHECK(q.active_between == range("2021-01-01", "2021-03-31"));
    CHECK(q.overdue_as_of == d("2021-10-01"));
    CHECK(q.group_by == GroupBy::responsible);

    Query back = parse_query_json(to_json(q));
    CHECK(to_json(back) == to_json(q));
    CHECK(to_json(Query{}) == "{}");
    CHECK_FALSE(parse_query_json(R"({"stage": null})").stage.has_value());

    CHECK_THROWS_WITH_AS(parse_query_json(R"({"due_betwen": "2021"})"),
                         "unknown query field 'due_betwen'; did you mean 'due_between'?", QueryError);
    CHECK_THROWS_WITH_AS(parse_query_json(R"({"stage": "анализ"})"),
                         doctest::Contains("query field 'stage' must be one of"), QueryError);
    CHECK_THROWS_WITH_AS(parse_query_json(R"({"due_between": "2021-09-31"})"),
                         doctest::Contains("'due_between' must be a date range"), QueryError);
    CHECK_THROWS_WITH_AS(parse_query_json(R"({"text": 5})"), "query field 'text' must be a string", QueryError);
    CHECK_THROWS_WITH_AS(parse_query_json("[]"), "the query must be a JSON object", QueryError);
    CHECK_THROWS_WITH_AS(parse_query_json("{"), doctest::Contains("not valid JSON"), QueryError);
}

TEST_CASE("JSON results: one object per measure, with the matching windows") {
    auto j = nlohmann::json::parse(query_json(plan().resolved, R"({"due_between": "2021-06-01..2021-06-30"})"));
    CHECK(j["roadmap"] == "query-test");
    CHECK(j["query"] == nlohmann::json::parse(R"({"due_between": "2021-06-01..2021-06-30"})"));
    CHECK(j["count"] == 2);
    CHECK_FALSE(j.contains("groups"));
    const auto &m = j["measures"][0];
    CHECK(m["id"] == "2");
    CHECK(m["number"] == "2.");
    CHECK(m["title"] == "Мониторинг объективности оценивания");
    CHECK(m["path"] == "sections[0].measures[1]");
    CHECK(m["section"]["index"] == 0);
    CHECK(m["direction"]["code"] == "1.1");
    CHECK(m["direction"]["slug"] == "training-quality");
    CHECK(m["responsibles"]["text"] == "КО, ОО");
    CHECK(m["responsibles"]["ids"] == nlohmann::json::parse(R"(["ko", "oo"])"));
    CHECK(m["stage"]["name"] == "monitoring");
    CHECK(m["stage"]["inferred"] == true);
    CHECK(m["stage"]["decided_by"] == nlohmann::json::parse(R"({"field": "title", "cue": "мониторинг"})"));
    CHECK(m["status"] == "planned");
    CHECK(m["deadline"]["text"] == "Ежеквартально");
    CHECK(m["deadline"]["kind"] == "recurring");
    CHECK(m["windows"] == nlohmann::json::parse(R"([{"start": "2021-04-01", "end": "2021-06-30"}])"));
    CHECK(j["measures"][1]["status"] == "done");

    auto unregistered = nlohmann::json::parse(query_json(plan().resolved, R"({"text": "олимпиада"})"));
    CHECK(unregistered["measures"][0]["responsibles"]["ids"].empty());
    CHECK(unregistered["measures"][0]["responsibles"]["unregistered"][0] == "Школа №1");
    CHECK(unregistered["measures"][0]["direction"]["code"] == "1.3");

    auto grouped = nlohmann::json::parse(
        query_json(plan().resolved, R"({"active_between": "2021-Q1", "group_by": "responsible"})", 2));
    REQUIRE(grouped["groups"].size() == 6);
    CHECK(grouped["groups"][1] == nlohmann::json::parse(R"({"key": "ko", "label": "КО", "period": "2021-02",
        "start": "2021-02-01", "end": "2021-02-28", "due": ["6"], "active": ["6", "2"]})"));
    CHECK_THROWS_AS(query_json(plan().resolved, R"({"group_by": "year"})"), QueryError);
}

TEST_CASE("many threads may query one roadmap at once") {
    const ResolvedRoadmap &rm = plan().resolved;
    Query q = active("2021-01-01", "2021-06-30");
    q.responsible = "КО";
    q.group_by = GroupBy::responsible;
    const std::string expected = to_json(query(rm, q));
    std::vector<std::string> seen(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < seen.size(); ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < 50; ++i) {
                std::string got = to_json(query(rm, q));
                if (got != expected) {
                    seen[t] = got;
                    return;
                }
            }
            seen[t] = expected;
        });
    for (std::thread &t : threads) t.join();
    for (const std::string &s : seen) CHECK(s == expected);
}
