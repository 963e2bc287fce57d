// Queries on the bundled roadmaps, answered as a reader of the
// printed documents would answer them (the source's line is quoted for each).
#include <eduroadmap/io.hpp>
#include <eduroadmap/query.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace eduroadmap;

namespace {

struct Seed {
    LoadResult loaded;
    ResolvedRoadmap resolved;
    explicit Seed(const char *name) : loaded(load_file(std::string(ERM_SOURCE_DIR) + "/examples/" + name)) {
        REQUIRE(loaded.document);
        resolved = resolve(loaded.document->roadmap);
    }
    Seed(const Seed &) = delete;
    Seed &operator=(const Seed &) = delete;
};

std::vector<std::string> sorted_ids(const QueryResult &r) {
    std::vector<std::string> out;
    for (const QueryMatch &m : r.matches) out.push_back(m.measure->id);
    std::sort(out.begin(), out.end());
    return out;
}

Window seed_range(const char *a, const char *b) { return Window(*parse_iso_date(a), *parse_iso_date(b)); }

} // namespace

TEST_CASE("Bashmakovo 2020-2022: the measures due in September 2021") {
    // The Bashmakovo roadmap. Section numbers repeat, so ids are section-qualified (sN/number):
    //   s1/1  «Разработка и утверждение Плана-графика … ГИА»      — «Сентябрь ежегодно»
    //   s1/3  «Подготовка рекомендаций по результатам ГИА …»      — «Август-сентябрь, ежегодно»
    //   s1/10 «Определения уровня удовлетворенности получателей …» — «Ежеквартально» (Q3 ends 30 Sep)
    //   s6/2  «Проведение мониторинга деятельности руководителей …» — «Ежеквартально»
    //   s7/4  «Мониторинг эффективности деятельности руководителей …» — «Ежеквартально»
    //   s9/9  «Участие в слёте движения «ЮНАРМИЯ»»                 — «Ежегодно - сентябрь, май»
    // Not due: «Ежегодно Сентябрь - февраль» (s9/7) runs into February; «Август-сентябрь 2020»
    // (s5/1) is the year before; «Ежегодно» measures are due at the end of each year.
    Seed seed("bashmakovo-2020-2022.yaml");
    Query q;
    q.due_between = seed_range("2021-09-01", "2021-09-30");
    QueryResult r = query(seed.resolved, q);
    CHECK(sorted_ids(r) == std::vector<std::string>{"s1/1", "s1/10", "s1/3", "s6/2", "s7/4", "s9/9"});
    for (const QueryMatch &m : r.matches) {
        REQUIRE(m.windows.size() == 1);
        CHECK(m.windows[0].end() == *parse_iso_date("2021-09-30"));
    }
    // The same as a reader of the JSON would ask it.
    CHECK(to_json(r) == query_json(seed.resolved, R"({"due_between": "2021-09"})"));
    // And active in September: the September–February action (s9/7) and the long-running ones join.
    Query active;
    active.active_between = q.due_between;
    QueryResult a = query(seed.resolved, active);
    std::vector<std::string> active_ids = sorted_ids(a);
    CHECK(std::count(active_ids.begin(), active_ids.end(), "s9/7") == 1);
    CHECK(a.matches.size() > r.matches.size());
}

TEST_CASE("Tosno 2021: the measures of «КО» active in the first quarter of 2021") {
    // The Tosno roadmap, glossary «КО — комитет образования …». Every measure whose
    // «Ответственный исполнитель» cell names КО, except those with no window
    // in January–March 2021: 4 (empty deadline), 7 («Декабрь 2020»), 16
    // («Август Ежегодно»), 31 («По необходимости»), 64 («2022 год»), 65 («По
    // запросу»), 72 («Июнь-август Ежегодно»). «ТР ДЮЦ», «ОО» alone do not count.
    Seed seed("tosno-2021.yaml");
    Query q;
    q.responsible = "КО";
    q.active_between = seed_range("2021-01-01", "2021-03-31");
    QueryResult r = query(seed.resolved, q);
    std::vector<std::string> expected{"1",  "2",  "3",  "5",  "6",  "8",  "9",  "10", "13", "14", "15", "18", "19",
                                      "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "32", "33",
                                      "34", "38", "48", "49", "50", "51", "52", "54", "55", "56", "57", "59", "61",
                                      "63", "66", "67", "68", "70", "74", "75", "76", "78", "79", "80", "81", "82"};
    std::sort(expected.begin(), expected.end());
    CHECK(sorted_ids(r) == expected);
    // «Февраль 2021» (measure 1) is due inside the quarter; «до 01.09.2021» (82) runs from the plan's start.
    CHECK(r.matches.front().measure->id == "1");
    Query by_id = q;
    by_id.responsible = "ko";
    CHECK(sorted_ids(query(seed.resolved, by_id)) == expected);
}

TEST_CASE("Tosno 2021: КО's workload per month in the first quarter") {
    Seed seed("tosno-2021.yaml");
    Query q;
    q.responsible = "КО";
    q.active_between = seed_range("2021-01-01", "2021-03-31");
    std::vector<Aggregate> w = workload_by_responsible(seed.resolved, q);
    REQUIRE(w.size() == 3);
    for (const Aggregate &a : w) CHECK(a.key == "ko");
    // Due in February: only measure 1 («Февраль 2021»); due in March: the
    // quarterly measures 32–34 («Ежеквартально») and 21 (the school quarter to 31 March).
    CHECK(w[1].period == "2021-02");
    REQUIRE(w[1].due.size() == 1);
    CHECK(w[1].due[0]->id == "1");
    std::vector<std::string> march;
    for (const ResolvedMeasure *m : w[2].due) march.push_back(m->id);
    std::sort(march.begin(), march.end());
    CHECK(march == std::vector<std::string>{"21", "32", "33", "34"});
    CHECK(w[0].due.empty());
    CHECK(w[0].active.size() == 51); // all but measure 1, which starts in February
}
