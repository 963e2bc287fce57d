// validate.hpp's threading contract: validation is const and may run on many
// threads at once — the CLI validates files in parallel. Every bundled
// roadmap validated concurrently, many times over, gives exactly the serial
// report. A corpus query answered on several threads (QueryIndex::matches)
// gives the answer on one, while other threads query the same index.
#include "../src/query/index.hpp"

#include <eduroadmap/calendar.hpp>
#include <eduroadmap/io.hpp>
#include <eduroadmap/json.hpp>
#include <eduroadmap/query.hpp>
#include <eduroadmap/query_index.hpp>
#include <eduroadmap/resolve.hpp>
#include <eduroadmap/validate_io.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

using namespace eduroadmap;

TEST_CASE("concurrent validation gives the serial reports") {
    std::vector<std::string> texts;
    for (const auto &e : std::filesystem::directory_iterator(ERM_SOURCE_DIR "/examples"))
        if (e.path().extension() == ".yaml") {
            std::ifstream in(e.path(), std::ios::binary);
            std::ostringstream s;
            s << in.rdbuf();
            texts.push_back(s.str());
        }
    REQUIRE(texts.size() >= 5);
    texts.push_back("schema: eduroadmap/1\nid: x\ntitle: a: b\n"); // a syntax error
    texts.push_back("a: &a [x, x]\nb: [*a, *a, *a]\n");             // aliases, not a roadmap

    std::vector<Report> serial;
    for (const std::string &t : texts) serial.push_back(validate_string(t, "f.yaml"));

    constexpr std::size_t threads = 4, rounds = 3;
    std::vector<std::vector<Report>> parallel(threads);
    std::vector<std::thread> pool;
    for (std::size_t t = 0; t < threads; ++t)
        pool.emplace_back([&, t] {
            for (std::size_t round = 0; round < rounds; ++round)
                for (std::size_t i = 0; i < texts.size(); ++i)
                    // Each thread starts at a different file, so different files overlap in time.
                    parallel[t].push_back(validate_string(texts[(i + t) % texts.size()], "f.yaml"));
        });
    for (std::thread &th : pool) th.join();

    for (std::size_t t = 0; t < threads; ++t) {
        REQUIRE(parallel[t].size() == rounds * texts.size());
        for (std::size_t k = 0; k < parallel[t].size(); ++k) {
            const Report &expected = serial[(k % texts.size() + t) % texts.size()];
            CHECK(parallel[t][k].diagnostics == expected.diagnostics);
            CHECK(parallel[t][k].catalog == expected.catalog);
        }
    }
    // Not a vacuous comparison: the examples do have findings.
    std::size_t findings = 0;
    for (const Report &r : serial) findings += r.diagnostics.size();
    CHECK(findings > 10);
}

TEST_CASE("8 threads validate, query and write calendars of shared loaded roadmaps") {
    // Loaded and resolved once; every thread reads the same objects.
    std::vector<LoadResult> loaded;
    for (const auto &e : std::filesystem::directory_iterator(ERM_SOURCE_DIR "/examples"))
        if (e.path().extension() == ".yaml") loaded.push_back(load_file(e.path().string()));
    REQUIRE(loaded.size() >= 5);
    std::vector<ResolvedRoadmap> resolved;
    for (const LoadResult &l : loaded) {
        REQUIRE(l.document);
        resolved.push_back(resolve(l.document->roadmap));
    }
    std::vector<Query> queries(3);
    queries[1].due_between = Window(Date(2021, 1, 1), Date(2021, 6, 30));
    queries[2].group_by = GroupBy::month;
    // What one thread alone computes.
    const auto work = [&](std::size_t i) {
        std::string out = to_json(validate(*loaded[i].document), Language::en);
        for (const Query &q : queries) {
            const QueryResult r = query(resolved[i], q);
            out += to_json(r) + to_icalendar(r);
        }
        return out;
    };
    std::vector<std::string> serial;
    for (std::size_t i = 0; i < loaded.size(); ++i) serial.push_back(work(i));

    constexpr std::size_t threads = 8, rounds = 2;
    std::vector<std::vector<std::string>> parallel(threads);
    std::vector<std::thread> pool;
    for (std::size_t t = 0; t < threads; ++t)
        pool.emplace_back([&, t] {
            for (std::size_t round = 0; round < rounds; ++round)
                for (std::size_t i = 0; i < loaded.size(); ++i) parallel[t].push_back(work((i + t) % loaded.size()));
        });
    for (std::thread &th : pool) th.join();
    for (std::size_t t = 0; t < threads; ++t) {
        REQUIRE(parallel[t].size() == rounds * loaded.size());
        for (std::size_t k = 0; k < parallel[t].size(); ++k)
            CHECK(parallel[t][k] == serial[(k % loaded.size() + t) % loaded.size()]);
    }
}

namespace {

// The two compact answers hold the same numbers and windows, in the same order.
bool same_answer(const CorpusMatches &a, const CorpusMatches &b) {
    auto same_match = [](const CorpusMatch &x, const CorpusMatch &y) {
        return x.roadmap == y.roadmap && x.measure == y.measure &&
               std::equal(x.windows_begin, x.windows_end, y.windows_begin, y.windows_end);
    };
    auto same_roadmap = [](const CorpusRoadmapMatches &x, const CorpusRoadmapMatches &y) {
        return x.roadmap == y.roadmap && x.matches_begin == y.matches_begin && x.matches_end == y.matches_end &&
               x.groups_begin == y.groups_begin && x.groups_end == y.groups_end;
    };
    auto same_group = [](const CorpusGroup &x, const CorpusGroup &y) {
        return x.roadmap == y.roadmap && x.key == y.key && x.period == y.period && x.due_begin == y.due_begin &&
               x.due_end == y.due_end && x.active_begin == y.active_begin && x.active_end == y.active_end;
    };
    return std::equal(a.matches().begin(), a.matches().end(), b.matches().begin(), b.matches().end(), same_match) &&
           std::equal(a.roadmaps().begin(), a.roadmaps().end(), b.roadmaps().begin(), b.roadmaps().end(),
                      same_roadmap) &&
           std::equal(a.groups().begin(), a.groups().end(), b.groups().begin(), b.groups().end(), same_group) &&
           a.group_measures() == b.group_measures();
}

} // namespace

TEST_CASE("a corpus query answered on several threads gives the answer on one") {
    // The bundled roadmaps, twice over; each question split into three runs
    // (the fewest measures a thread is given lowered from 16,384 to 64, as
    // a national corpus is split), while two other threads ask the index the
    // same questions on one.
    std::vector<LoadResult> loaded;
    for (const auto &e : std::filesystem::directory_iterator(ERM_SOURCE_DIR "/examples"))
        if (e.path().extension() == ".yaml") loaded.push_back(load_file(e.path().string()));
    std::vector<ResolvedRoadmap> resolved;
    for (const LoadResult &l : loaded) {
        REQUIRE(l.document);
        resolved.push_back(resolve(l.document->roadmap));
    }
    std::vector<const ResolvedRoadmap *> corpus;
    std::size_t measures = 0;
    for (int copy = 0; copy < 2; ++copy)
        for (const ResolvedRoadmap &rm : resolved) corpus.push_back(&rm), measures += rm.measures.size();
    REQUIRE(measures > 3 * 64);
    const QueryIndex index(corpus);
    std::vector<Query> queries(4);
    queries[1].group_by = GroupBy::direction;
    queries[2].group_by = GroupBy::responsible;
    queries[2].active_between = Window(Date(2021, 1, 1), Date(2021, 12, 31));
    queries[3].group_by = GroupBy::month;
    queries[3].overdue_as_of = Date(2022, 1, 10);
    std::vector<CorpusMatches> serial;
    for (const Query &q : queries) serial.push_back(index.matches(q));

    std::vector<std::vector<CorpusMatches>> answers(3);
    std::vector<std::thread> pool;
    for (std::size_t t = 0; t < answers.size(); ++t)
        pool.emplace_back([&, t] {
            for (const Query &q : queries) answers[t].push_back(t == 0 ? detail::QueryIndexAccess::matches(index, q, 3, 64) : index.matches(q, 1));
        });
    for (std::thread &th : pool) th.join();
    for (std::size_t i = 0; i < queries.size(); ++i) {
        CHECK(serial[i].count() > 50); // each question finds something
        CHECK((i == 0 || serial[i].groups().size() > 10));
        for (const std::vector<CorpusMatches> &a : answers) CHECK(same_answer(a[i], serial[i]));
    }
}
