// Tests for <eduroadmap/status.hpp>: each measure's execution at the first
// and the last day of its window and the days around them, recurring
// occurrences closed by the date of their report, cancelled and
// done measures, measures without a date, the quarterly view, the counts
// per direction and per responsible, and the JSON form.
#include <eduroadmap/io.hpp>
#include <eduroadmap/query.hpp>
#include <eduroadmap/resolve.hpp>
#include <eduroadmap/status.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

using namespace eduroadmap;

namespace {

// tests/fixtures/status/quarterly.yaml: seven measures of 2021 (its header
// lists their windows, responsibles and marks).
const std::string status_plan = std::string(ERM_SOURCE_DIR) + "/tests/fixtures/status/quarterly.yaml";

struct StatusPlan {
    LoadResult loaded = load_file(status_plan);
    ResolvedRoadmap resolved;
    StatusPlan() {
        REQUIRE(loaded.ok());
        resolved = resolve(loaded.document->roadmap);
    }
    StatusReport on(const std::string &day, std::optional<Window> due_in = {}) const {
        return status(resolved, StatusOptions{*parse_iso_date(day), due_in});
    }
};

const MeasureExecution &execution_of(const StatusReport &r, const std::string &title) {
    for (const MeasureExecution &x : r.measures)
        if (x.measure->ref.measure->title == title) return x;
    FAIL("no measure " << title);
    return r.measures.front();
}

} // namespace

TEST_CASE("status: a fixed window at its edges") {
    const StatusPlan plan;
    CHECK(execution_of(plan.on("2021-02-28"), "Анализ результатов ВПР").execution == Execution::upcoming);
    CHECK(execution_of(plan.on("2021-03-01"), "Анализ результатов ВПР").execution == Execution::in_progress);
    const MeasureExecution last_day = execution_of(plan.on("2021-03-31"), "Анализ результатов ВПР");
    CHECK(last_day.execution == Execution::in_progress);
    CHECK(last_day.due == 0);
    const MeasureExecution after = execution_of(plan.on("2021-04-01"), "Анализ результатов ВПР");
    CHECK(after.execution == Execution::overdue);
    CHECK(after.due == 1);
    CHECK(after.due_done == 0);
    REQUIRE(after.occurrences.size() == 1);
    CHECK(after.occurrences[0].window == Window(Date(2021, 3, 1), Date(2021, 3, 31)));
}

TEST_CASE("status: recurring occurrences, closed by the date of their report") {
    const StatusPlan plan;
    SUBCASE("first day of Q3: Q1 done, Q2 overdue (its mark is not yet written), Q3 open, Q4 to come") {
        const MeasureExecution x = execution_of(plan.on("2021-07-01"), "Мониторинг качества подготовки");
        CHECK(x.execution == Execution::overdue);
        CHECK(x.due == 2);
        CHECK(x.due_done == 1);
        CHECK(x.done == 1);
        CHECK(x.overdue == 1);
        CHECK(x.in_progress == 1);
        CHECK(x.upcoming == 1);
        REQUIRE(x.occurrences.size() == 4); // Q1–Q3 and the next to come
        CHECK(x.occurrences[0].execution == Execution::done);
        REQUIRE(x.occurrences[0].mark);
        CHECK(x.occurrences[0].mark->note == "Справка за I квартал");
        CHECK(x.occurrences[1].execution == Execution::overdue);
        CHECK(x.occurrences[2].execution == Execution::in_progress);
        CHECK(x.occurrences[3].execution == Execution::upcoming);
    }
    SUBCASE("a report dated in Q3 closes Q3, not the overdue Q2") {
        const StatusReport r = plan.on("2021-07-05");
        const MeasureExecution &x = execution_of(r, "Мониторинг качества подготовки");
        CHECK(x.execution == Execution::overdue);
        CHECK(x.due == 2);
        CHECK(x.due_done == 1);
        CHECK(x.done == 2); // Q3 done early: done, not yet due
        CHECK(x.occurrences[1].execution == Execution::overdue);
        CHECK(x.occurrences[2].execution == Execution::done);
        REQUIRE(x.occurrences[2].mark);
        CHECK(x.occurrences[2].mark->note == "Справка за II квартал");
    }
    SUBCASE("after the plan: Q2 and Q4 overdue") {
        const MeasureExecution x = execution_of(plan.on("2022-01-01"), "Мониторинг качества подготовки");
        CHECK(x.due == 4);
        CHECK(x.due_done == 2);
        CHECK(x.overdue == 2);
        CHECK(x.occurrences[1].execution == Execution::overdue);
        CHECK(x.occurrences[3].execution == Execution::overdue);
    }
    SUBCASE("the overdue query agrees") {
        Query q;
        q.text = "Мониторинг";
        q.overdue_as_of = Date(2021, 7, 4);
        const QueryResult before = query(plan.resolved, q);
        REQUIRE(before.matches.size() == 1);
        CHECK(before.matches[0].windows == std::vector<Window>{Window(Date(2021, 4, 1), Date(2021, 6, 30))});
        q.overdue_as_of = Date(2022, 1, 1);
        const QueryResult after = query(plan.resolved, q);
        REQUIRE(after.matches.size() == 1);
        CHECK(after.matches[0].windows == std::vector<Window>{Window(Date(2021, 4, 1), Date(2021, 6, 30)),
                                                              Window(Date(2021, 10, 1), Date(2021, 12, 31))});
    }
}

TEST_CASE("status: done, cancelled and undated measures") {
    const StatusPlan plan;
    const StatusReport r = plan.on("2021-07-01");
    const MeasureExecution &done = execution_of(r, "Совещание с руководителями");
    CHECK(done.execution == Execution::done);
    CHECK(done.due == 1);
    CHECK(done.due_done == 1);
    const MeasureExecution &cancelled = execution_of(r, "Конференция");
    CHECK(cancelled.execution == Execution::cancelled);
    CHECK(cancelled.due == 0);
    CHECK(cancelled.cancelled == 1);
    CHECK(execution_of(r, "Консультации").execution == Execution::no_date);
    // Cancelled by a progress entry: overdue until the day it is recorded.
    CHECK(execution_of(plan.on("2021-03-01"), "Семинар").execution == Execution::overdue);
    const MeasureExecution seminar = execution_of(plan.on("2021-03-02"), "Семинар");
    CHECK(seminar.execution == Execution::cancelled);
    CHECK(seminar.due == 0);
}

TEST_CASE("status: counts per direction and per responsible, the share done of what was due") {
    const StatusPlan plan;
    const StatusReport r = plan.on("2021-07-01");
    // Due by 07-01: «Март» (overdue), Q1 (done), Q2 (overdue), «Июнь» (done), «Май» (overdue).
    CHECK(r.total.measures == 7);
    CHECK(r.total.due == 5);
    CHECK(r.total.due_done == 2);
    REQUIRE(r.total.share_done());
    CHECK(*r.total.share_done() == doctest::Approx(0.4));
    CHECK(r.total.no_date == 1);
    REQUIRE(r.by_direction.size() == 2);
    CHECK(r.by_direction[0].measures == 6);
    CHECK(r.by_direction[0].due == 4);
    CHECK(r.by_direction[1].measures == 1);
    CHECK(r.by_direction[1].overdue == 1);
    REQUIRE(r.by_responsible.size() == 3);
    CHECK(r.by_responsible[0].key == "ko"); // «Март», Q1–Q2, «Ноябрь», «по запросу»
    CHECK(r.by_responsible[0].measures == 4);
    CHECK(r.by_responsible[0].due == 3);
    CHECK(r.by_responsible[0].due_done == 1);
    CHECK(r.by_responsible[1].key == "oo"); // Q1–Q2, «Июнь», «Февраль» (overdue then)
    CHECK(r.by_responsible[1].measures == 3);
    CHECK(r.by_responsible[2].key.empty());
    CHECK(r.by_responsible[2].label == "Школа №1");
    CHECK(r.by_responsible[2].share_done() == std::optional<double>(0.0));
}

TEST_CASE("status: the quarterly view counts what fell due in the quarter") {
    const StatusPlan plan;
    const StatusReport r = plan.on("2021-07-01", parse_date_range("2021-Q2"));
    std::vector<std::string> titles;
    for (const MeasureExecution &x : r.measures) titles.push_back(x.measure->ref.measure->title);
    CHECK(titles == std::vector<std::string>{"Мониторинг качества подготовки", "Совещание с руководителями",
                                             "Выездные консультации"});
    const MeasureExecution &monitoring = r.measures[0];
    REQUIRE(monitoring.occurrences.size() == 1);
    CHECK(monitoring.occurrences[0].window == Window(Date(2021, 4, 1), Date(2021, 6, 30)));
    CHECK(r.total.due == 3);
    CHECK(r.total.due_done == 1);
    CHECK(r.total.overdue == 2);

    const nlohmann::json j = nlohmann::json::parse(to_json(r, 2));
    CHECK(j["as_of"] == "2021-07-01");
    CHECK(j["due_in"]["start"] == "2021-04-01");
    CHECK(j["total"]["share_done"] == doctest::Approx(0.3333));
    CHECK(j["measures"][0]["occurrences"][0]["execution"] == "overdue");
    CHECK(j["measures"][1]["execution"] == "done");
}

// A quarterly measure of 2021 with one progress entry, written as @p entry.
std::string quarterly_measure(const std::string &entry) {
    return std::string(R"(schema: eduroadmap/1
id: named
title: План
period: "2021"
sections:
  - title: Система оценки качества подготовки обучающихся
    measures:
      - number: '1.'
        title: Мониторинг качества подготовки
        deadline: Ежеквартально
        responsibles: КО
        result: Справка
        progress:
          - )") + entry + "\n";
}

TEST_CASE("status: a progress entry may name the occurrence it closes") {
    LoadResult loaded = load_string(quarterly_measure(
        "{date: 2021-07-05, status: done, note: Справка за II квартал, occurrence: 2021-Q2, "
        "evidence: 'https://example.org/q2'}"));
    REQUIRE(loaded.ok());
    const ResolvedRoadmap rm = resolve(loaded.document->roadmap);
    // Dated in Q3, the report names Q2: it closes Q2, and Q3 stays open.
    const MeasureExecution x = status(rm, StatusOptions{Date(2021, 7, 5), std::nullopt}).measures.at(0);
    REQUIRE(x.occurrences.size() == 4);
    CHECK(x.occurrences[0].execution == Execution::overdue);
    CHECK(x.occurrences[1].execution == Execution::done);
    REQUIRE(x.occurrences[1].mark);
    CHECK(x.occurrences[1].mark->evidence == "https://example.org/q2");
    CHECK(x.occurrences[2].execution == Execution::in_progress);
    CHECK(x.occurrences[2].mark == nullptr);
    // The day before it was written, Q2 was overdue.
    CHECK(status(rm, StatusOptions{Date(2021, 7, 4), std::nullopt}).measures.at(0).occurrences[1].execution ==
          Execution::overdue);
    // The overdue query reads it the same way.
    Query q;
    q.overdue_as_of = Date(2021, 7, 6);
    const QueryResult overdue = query(rm, q);
    REQUIRE(overdue.matches.size() == 1);
    CHECK(overdue.matches[0].windows == std::vector<Window>{Window(Date(2021, 1, 1), Date(2021, 3, 31))});
    // Written back, the entry keeps its occurrence and evidence.
    const std::string written = to_yaml(loaded.document->roadmap);
    CHECK(written.find("occurrence") != std::string::npos);
    CHECK(written.find("https://example.org/q2") != std::string::npos);
    LoadResult again = load_string(written);
    REQUIRE(again.ok());
    CHECK(again.document->roadmap == loaded.document->roadmap);
}

TEST_CASE("status: an occurrence that is not a period is refused where it is written") {
    const LoadResult loaded = load_string(quarterly_measure("{date: 2021-07-05, status: done, occurrence: второй квартал}"));
    CHECK_FALSE(loaded.ok());
    bool found = false;
    for (const Diagnostic &d : loaded.diagnostics)
        if (d.rule == "wrong-type" && d.path == "sections[0].measures[0].progress[0].occurrence") {
            found = true;
            CHECK(d.location.line == 14);
        }
    CHECK(found);
}
