// The corpus index answers every query exactly as query() does on each
// roadmap: the same matches, windows, order and aggregates. Checked over the
// bundled roadmaps and generated ones (with statuses, progress entries and
// declared stages added), for queries covering every filter and every
// group_by, alone and combined.
#include "../bench/corpus.hpp"
#include "../src/query/index.hpp"

#include <eduroadmap/io.hpp>
#include <eduroadmap/query.hpp>
#include <eduroadmap/query_index.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

using namespace eduroadmap;

namespace {

struct IndexCorpus {
    std::vector<std::unique_ptr<Roadmap>> models;
    std::vector<std::unique_ptr<ResolvedRoadmap>> resolved;
    std::vector<const ResolvedRoadmap *> pointers;

    void add(Roadmap model) {
        models.push_back(std::make_unique<Roadmap>(std::move(model)));
        resolved.push_back(std::make_unique<ResolvedRoadmap>(resolve(*models.back())));
        pointers.push_back(resolved.back().get());
    }
};

// Statuses, progress entries (dated, or naming an occurrence) and declared
// stages, so that the status, stage and overdue filters have something to tell apart.
void index_add_execution(Roadmap &rm, std::uint64_t seed) {
    bench::Random rnd(seed);
    const Date start = rm.period.known ? rm.period.window.start() : Date(2021, 1, 1);
    const char *statuses[] = {"done", "in_progress", "cancelled", "planned"};
    const char *occurrences[] = {"2021-Q2", "2021", "2022-09", "2020-01-01..2021-12-31"};
    for (Section &s : rm.sections)
        for (Measure &m : s.measures) {
            switch (rnd.below(6)) {
            case 0: m.status = Status::done; break;
            case 1: m.status = Status::in_progress; break;
            case 2: m.status = Status::cancelled; break;
            case 3: m.status = Status::overdue; break;
            default: break;
            }
            if (rnd.below(3) == 0) m.stage = all_stages[rnd.below(std::size(all_stages))];
            for (std::size_t n = rnd.below(4); n-- > 0;) {
                ProgressEntry e;
                e.date = start + boost::gregorian::days(static_cast<long>(rnd.below(1100)));
                e.status = statuses[rnd.below(4)];
                if (rnd.below(3) == 0) e.occurrence = occurrences[rnd.below(4)];
                m.progress.push_back(e);
            }
        }
}

const IndexCorpus &index_corpus() {
    static const IndexCorpus corpus = [] {
        IndexCorpus c;
        for (const auto &entry : std::filesystem::directory_iterator(std::string(ERM_SOURCE_DIR) + "/examples")) {
            if (entry.path().extension() != ".yaml") continue;
            LoadResult loaded = load_file(entry.path().string());
            if (!loaded.document) throw std::runtime_error("does not load: " + entry.path().string());
            c.add(loaded.document->roadmap);
        }
        const bench::Vocabulary vocabulary = bench::read_vocabulary(std::string(ERM_SOURCE_DIR) + "/examples");
        for (std::uint64_t seed = 1; seed <= 24; ++seed) {
            Roadmap rm = bench::generate_roadmap(vocabulary, seed, 60 + seed * 7);
            index_add_execution(rm, seed);
            c.add(std::move(rm));
        }
        // A long plan with weekly and monthly measures (more windows than the
        // index keeps per measure), and a plan without a readable period.
        for (std::uint64_t seed = 25; seed <= 27; ++seed) {
            Roadmap rm = bench::generate_roadmap(vocabulary, seed, 90);
            if (seed == 27) {
                rm.period.known = false;
            } else {
                rm.period.window = Window(Date(2018, 1, 1), Date(2024, 12, 31));
                rm.period.text = "2018-2024";
            }
            bench::Random rnd(seed);
            const char *recurring[] = {"еженедельно", "ежемесячно", "еженедельно с сентября по май", "ежеквартально"};
            for (Section &s : rm.sections)
                for (Measure &m : s.measures)
                    if (rnd.below(3) == 0) m.deadline->text = recurring[rnd.below(4)];
            index_add_execution(rm, seed);
            c.add(std::move(rm));
        }
        return c;
    }();
    return corpus;
}

// Every filter alone, in several forms (catalog code, slug, words; registry
// name, id, a name outside it; words with punctuation; empty and disjoint ranges).
std::vector<Query> index_single_filters() {
    std::vector<Query> out(1); // no filter at all
    for (const char *d : {"1.3", "talents", "талант", "мониторинг", "Оценки", "нет такого", " "}) {
        Query q;
        q.direction = d;
        out.push_back(q);
    }
    for (const char *r : {"КО", "ko", "Отдел образования", "ТР ДЮОЦ", "ОО", "образовательные организации", "нет такого",
                          "«", " "}) {
        Query q;
        q.responsible = r;
        out.push_back(q);
    }
    for (Stage s : all_stages) {
        Query q;
        q.stage = s;
        out.push_back(q);
    }
    for (Status s : {Status::planned, Status::in_progress, Status::done, Status::cancelled, Status::overdue}) {
        Query q;
        q.status = s;
        out.push_back(q);
    }
    for (const char *t : {"мониторинг качества", "олимпиад", "«юнармия»", "2021-2022", "гиа,", "ЁЛКА", "о", "-", " ",
                          "анализ результатов оценочных процедур", "zzzz"}) {
        Query q;
        q.text = t;
        out.push_back(q);
    }
    for (const char *r : {"2021-09", "2021", "2021-Q1", "2020-02-29", "2030", "2019-03-10..2023-11-20"}) {
        Query due, active;
        due.due_between = parse_date_range(r);
        active.active_between = parse_date_range(r);
        out.push_back(due);
        out.push_back(active);
    }
    for (const char *d : {"2022-01-10", "2021-06-30", "2020-01-01", "1400-01-01", "2024-06-01"}) {
        Query q;
        q.overdue_as_of = parse_iso_date(d);
        out.push_back(q);
    }
    return out;
}

// Everything a set filter of @p from sets, put into @p into.
void index_combine(Query &into, const Query &from) {
    if (!from.direction.empty()) into.direction = from.direction;
    if (!from.responsible.empty()) into.responsible = from.responsible;
    if (from.stage) into.stage = from.stage;
    if (from.status) into.status = from.status;
    if (!from.text.empty()) into.text = from.text;
    if (from.due_between) into.due_between = from.due_between;
    if (from.active_between) into.active_between = from.active_between;
    if (from.overdue_as_of) into.overdue_as_of = from.overdue_as_of;
}

std::vector<Query> index_queries() {
    const std::vector<Query> singles = index_single_filters();
    std::vector<Query> out;
    for (GroupBy g : {GroupBy::none, GroupBy::responsible, GroupBy::direction, GroupBy::month})
        for (Query q : singles) {
            q.group_by = g;
            out.push_back(q);
        }
    bench::Random rnd(2026);
    for (int n = 0; n < 150; ++n) { // two or three filters at once
        Query q;
        for (std::size_t k = 2 + rnd.below(2); k-- > 0;) index_combine(q, rnd.pick(singles));
        q.group_by = static_cast<GroupBy>(rnd.below(4));
        out.push_back(q);
    }
    return out;
}

// The two answers as one comparable text: roadmap, measure, windows, groups with their measures.
std::string index_described(const QueryResult &r) {
    std::string s = r.roadmap->roadmap->id + ":";
    for (const QueryMatch &m : r.matches) {
        s += " " + std::to_string(m.measure - r.roadmap->measures.data()) + "[";
        for (const Window &w : m.windows) s += to_iso(w) + ",";
        s += "]";
    }
    for (const Aggregate &a : r.groups) {
        s += " {" + a.key + "|" + a.label + "|" + a.period + "|" + to_iso(a.window) + "|due";
        for (const ResolvedMeasure *m : a.due) s += " " + std::to_string(m - r.roadmap->measures.data());
        s += "|active";
        for (const ResolvedMeasure *m : a.active) s += " " + std::to_string(m - r.roadmap->measures.data());
        s += "}";
    }
    return s + "\n";
}

// The compact answer described as index_described describes a QueryResult,
// read from its arrays alone (no materialising).
std::string index_described(const CorpusMatches &r) {
    std::string s;
    std::size_t next_match = 0, next_group = 0;
    bool placed = true; // each match and group in its roadmap, each measure where the roadmap holds it
    bool in_range = true; // each group's lists within group_measures()
    for (const CorpusRoadmapMatches &one : r.roadmaps()) {
        const ResolvedRoadmap &rm = r.roadmap(one.roadmap);
        CHECK(one.matches_begin == next_match); // the roadmaps' ranges tile the arrays
        CHECK(one.groups_begin == next_group);
        CHECK(one.matches_end > one.matches_begin);
        next_match = one.matches_end, next_group = one.groups_end;
        s += rm.roadmap->id + ":";
        for (std::uint32_t i = one.matches_begin; i < one.matches_end; ++i) {
            const CorpusMatch &m = r.matches()[i];
            placed = placed && m.roadmap == one.roadmap && &r.measure(m) == &rm.measures[m.measure];
            s += " " + std::to_string(m.measure) + "[";
            for (const Window *w = m.windows_begin; w != m.windows_end; ++w) s += to_iso(*w) + ",";
            s += "]";
        }
        for (std::uint32_t g = one.groups_begin; g < one.groups_end; ++g) {
            const CorpusGroup &group = r.groups()[g];
            // Each list a range of group_measures() no longer than the
            // roadmap's matches: a broken answer fails here, before its
            // description grows with the ranges it misreads.
            const std::size_t most = one.matches_end - one.matches_begin, listed = r.group_measures().size();
            const bool ranged = group.due_begin <= group.due_end && group.due_end <= listed &&
                                group.due_end - group.due_begin <= most && group.active_begin <= group.active_end &&
                                group.active_end <= listed && group.active_end - group.active_begin <= most;
            in_range = in_range && ranged;
            if (!ranged) {
                s += " {ranges out of place}";
                continue;
            }
            const Aggregate a = r.aggregate(group);
            placed = placed && group.roadmap == one.roadmap && a.window == group.period;
            s += " {" + a.key + "|" + a.label + "|" + a.period + "|" + to_iso(group.period) + "|due";
            for (std::uint32_t i = group.due_begin; i < group.due_end; ++i)
                s += " " + std::to_string(r.group_measures()[i]);
            s += "|active";
            for (std::uint32_t i = group.active_begin; i < group.active_end; ++i)
                s += " " + std::to_string(r.group_measures()[i]);
            s += "}";
        }
        s += "\n";
    }
    CHECK(placed);
    CHECK(in_range);
    CHECK(next_match == r.count());
    CHECK(next_group == r.groups().size());
    return s;
}

} // namespace

TEST_CASE("QueryIndex: the corpus has what the index treats apart") {
    // Measures with more windows than the index keeps, measures whose matching
    // windows are not one run of their windows, names outside the registry:
    // without them the comparisons below would not reach those paths.
    const IndexCorpus &c = index_corpus();
    std::size_t many_windows = 0, unregistered = 0, unknown_period = 0;
    for (const ResolvedRoadmap *rm : c.pointers) {
        unknown_period += !rm->roadmap->period.known;
        for (const ResolvedMeasure &m : rm->measures) {
            many_windows += m.deadline.windows.size() > 256;
            unregistered += std::any_of(m.responsibles.begin(), m.responsibles.end(),
                                        [](const ResponsibleMention &mention) { return !mention.matched(); });
        }
    }
    CHECK(many_windows > 5);
    CHECK(unregistered > 5);
    CHECK(unknown_period == 1);
    // Progress entries close some occurrences: the overdue windows of a measure skip them.
    Query overdue;
    overdue.overdue_as_of = parse_iso_date("2024-06-01");
    std::size_t gaps = 0;
    for (const ResolvedRoadmap *rm : c.pointers)
        for (const QueryMatch &m : query(*rm, overdue).matches) {
            const std::vector<Window> all = m.measure->deadline.windows.to_vector();
            const auto at =
                static_cast<std::size_t>(std::find(all.begin(), all.end(), m.windows.front()) - all.begin());
            gaps += at + m.windows.size() > all.size() ||
                    !std::equal(m.windows.begin(), m.windows.end(), all.begin() + static_cast<std::ptrdiff_t>(at));
        }
    CHECK(gaps > 5);
}

TEST_CASE("QueryIndex: every query gives what query() gives on each roadmap, on one thread and on several") {
    const IndexCorpus &c = index_corpus();
    const QueryIndex index(c.pointers);
    REQUIRE(index.roadmaps().size() == c.pointers.size());
    std::size_t measures = 0;
    for (const ResolvedRoadmap *rm : c.pointers) measures += rm->measures.size();
    CHECK(index.measure_count() == measures);
    CHECK(index.memory_bytes() > 0);

    std::size_t nonempty = 0, grouped = 0, asked = 0;
    for (const Query &q : index_queries()) {
        std::string expected;
        std::size_t expected_count = 0;
        for (const ResolvedRoadmap *rm : c.pointers) {
            QueryResult r = query(*rm, q);
            if (r.matches.empty()) continue;
            expected += index_described(r);
            expected_count += r.matches.size();
        }
        const CorpusQueryResult got = index.query(q);
        std::string actual;
        for (const QueryResult &r : got.roadmaps) {
            CHECK(r.query.group_by == q.group_by);
            actual += index_described(r);
        }
        INFO("query: ", to_json(q));
        CHECK(actual == expected);
        CHECK(got.count() == expected_count);
        const CorpusMatches compact = index.matches(q);
        CHECK(index_described(compact) == expected);
        CHECK(compact.count() == expected_count);
        CHECK(compact.query().group_by == q.group_by);
        // The same answer on several threads: the corpus split into runs as
        // a national corpus is (the fewest measures a thread is given
        // lowered from 16,384 to 64), so that the runs' answers are really
        // joined — their places in matches, groups and lists moved, kept
        // windows moved. On 2, 3 or 7 runs in turn.
        const unsigned threads = std::array<unsigned, 3>{2, 3, 7}[asked++ % 3];
        INFO("threads: ", threads);
        CHECK(index_described(detail::QueryIndexAccess::matches(index, q, threads, 64)) == expected);
        nonempty += expected_count > 0;
        grouped += q.group_by != GroupBy::none && expected.find('{') != std::string::npos;
    }
    CHECK(nonempty > 100); // the queries do find things: the comparison is not between empty answers
    CHECK(grouped > 50);
    CHECK(index.measure_count() > 7 * 64);
}

TEST_CASE("QueryIndex: the JSON of a corpus answer holds each roadmap's to_json") {
    const IndexCorpus &c = index_corpus();
    const QueryIndex index(c.pointers);
    const char *request = R"({"text": "мониторинг", "due_between": "2021"})";
    const nlohmann::json got = nlohmann::json::parse(query_json(index, request));
    std::size_t count = 0;
    nlohmann::json results = nlohmann::json::array();
    for (const ResolvedRoadmap *rm : c.pointers) {
        nlohmann::json one = nlohmann::json::parse(query_json(*rm, request));
        if (one["count"] == 0) continue;
        count += one["count"].get<std::size_t>();
        results.push_back(one);
    }
    CHECK(count > 0);
    CHECK(got["count"] == count);
    CHECK(got["roadmaps"] == results.size());
    CHECK(got["results"] == results);
    CHECK(got["query"] == nlohmann::json::parse(to_json(parse_query_json(request))));
    const Query q = parse_query_json(R"({"group_by": "responsible", "active_between": "2021"})");
    CHECK(to_json(index.matches(q), 2) == to_json(index.query(q), 2));
}

TEST_CASE("QueryIndex: an empty corpus, a null roadmap, a bad query") {
    const QueryIndex empty({});
    CHECK(empty.measure_count() == 0);
    CHECK(empty.query(Query{}).roadmaps.empty());
    CHECK(empty.matches(Query{}).count() == 0);
    CHECK(nlohmann::json::parse(query_json(empty, "{}"))["count"] == 0);
    CHECK_THROWS_AS(QueryIndex({nullptr}), std::invalid_argument);
    const IndexCorpus &c = index_corpus();
    const QueryIndex index(c.pointers);
    CHECK_THROWS_AS(query_json(index, R"({"texts": "x"})"), QueryError);
    CHECK_THROWS_AS(query_json(index, "{", 2), QueryError);
    CHECK_THROWS_AS(query_json(index, "{}", 17), std::invalid_argument);
}

TEST_CASE("QueryIndex: aggregates whose cells would not fit the flat table") {
    // 400 bodies outside the registry over three centuries of months: more
    // (key, period) cells than the index counts in a table, so they are
    // numbered through a map instead — the answer must not change.
    const bench::Vocabulary vocabulary = bench::read_vocabulary(std::string(ERM_SOURCE_DIR) + "/examples");
    Roadmap rm = bench::generate_roadmap(vocabulary, 41, 400);
    std::size_t n = 0;
    for (Section &s : rm.sections)
        for (Measure &m : s.measures) {
            ResponsibleCell cell;
            cell.listed = true;
            cell.names = {"Отдел " + std::to_string(n++), "КО"};
            if (n % 3 == 0) cell.names.push_back("Отдел " + std::to_string(n - 2)); // a body of another measure
            m.responsibles = cell;
        }
    REQUIRE(n >= 400);
    const ResolvedRoadmap resolved = resolve(rm);
    const QueryIndex index({&resolved});
    for (GroupBy g : {GroupBy::responsible, GroupBy::month, GroupBy::direction})
        for (const char *range : {"1900-01-01..2199-12-31", "2021"}) {
            Query q;
            q.group_by = g;
            q.active_between = parse_date_range(range);
            const QueryResult expected = query(resolved, q);
            INFO("query: ", to_json(q));
            REQUIRE(!expected.groups.empty());
            CHECK(index_described(index.matches(q)) == index_described(expected));
        }
}

TEST_CASE("QueryIndex: a corpus large enough for threads is split by matches(q, threads)") {
    // The public entry point with the library's own minimum (16,384 measures
    // a thread): the corpus repeated past three threads' worth.
    const IndexCorpus &c = index_corpus();
    std::vector<const ResolvedRoadmap *> repeated;
    std::size_t measures = 0;
    while (measures < 3 * std::size_t{min_measures_per_query_thread} + 1000)
        for (const ResolvedRoadmap *rm : c.pointers) repeated.push_back(rm), measures += rm->measures.size();
    const QueryIndex index(repeated);
    REQUIRE(index.measure_count() == measures);
    const Query q = parse_query_json(R"({"group_by": "direction", "active_between": "2021"})");
    const std::string one = index_described(index.matches(q));
    CHECK(one.find('{') != std::string::npos);
    CHECK(index_described(index.matches(q, 3)) == one);
    // query(q, threads) materialises that answer: the same roadmaps, matches and groups.
    const CorpusQueryResult serial = index.query(q), split = index.query(q, 3);
    REQUIRE(split.roadmaps.size() == serial.roadmaps.size());
    std::size_t differ = 0;
    for (std::size_t i = 0; i < serial.roadmaps.size(); ++i) {
        const QueryResult &a = serial.roadmaps[i], &b = split.roadmaps[i];
        differ += a.roadmap != b.roadmap || a.matches.size() != b.matches.size() ||
                  a.groups.size() != b.groups.size() ||
                  !std::equal(a.matches.begin(), a.matches.end(), b.matches.begin(),
                              [](const QueryMatch &x, const QueryMatch &y) {
                                  return x.measure == y.measure && x.windows == y.windows;
                              });
    }
    CHECK(differ == 0);
    CHECK(split.count() == serial.count());
}
