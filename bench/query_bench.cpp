// Queries over a national-size corpus held in memory: 2,300 roadmaps × 150
// measures (345,000 measures), generated from the bundled roadmaps'
// vocabulary (corpus.hpp) and resolved once; each benchmark runs one typical
// portal query over every roadmap, three times side by side: `scan/…` calls
// query() on each roadmap, `index/…` asks the QueryIndex built once over the
// corpus (QueryIndex::query), `compact/…` asks it for the compact answer
// (QueryIndex::matches), and `threads/…` for the same answer on as many
// threads as the machine runs at once (QueryIndex::matches(q, 0); wall time,
// with the process's CPU time beside it). Counters: the index's build time
// and bytes per measure, and the heap bytes per measure of the models and of
// the resolved roadmaps.
#include "corpus.hpp"

#include <eduroadmap/dependencies.hpp>
#include <eduroadmap/query.hpp>
#include <eduroadmap/query_index.hpp>
#include <eduroadmap/resolve.hpp>

#include <benchmark/benchmark.h>

#include <malloc.h>

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace {

using namespace eduroadmap;

constexpr std::size_t roadmaps = 2300;
constexpr std::size_t measures_each = 150;

struct Corpus {
    std::vector<std::unique_ptr<Roadmap>> models; // stable addresses: the resolved roadmaps borrow them
    std::vector<ResolvedRoadmap> resolved;
    double build_seconds = 0;
    std::size_t measures = 0;
    std::size_t model_bytes = 0, resolved_bytes = 0; // heap in use (glibc's mallinfo2)
    std::unique_ptr<QueryIndex> index;
    double index_seconds = 0;
    std::size_t index_heap_bytes = 0;
};

// Bytes allocated, small blocks and mmapped ones (large vectors) together.
std::size_t heap_in_use() {
    const struct mallinfo2 m = mallinfo2();
    return m.uordblks + m.hblkhd;
}

const Corpus &corpus() {
    static const Corpus c = [] {
        auto start = std::chrono::steady_clock::now();
        Corpus out;
        bench::Vocabulary vocabulary = bench::read_vocabulary(ERM_SOURCE_DIR "/examples");
        out.models.reserve(roadmaps);
        out.resolved.reserve(roadmaps);
        std::size_t heap = heap_in_use();
        for (std::size_t i = 0; i < roadmaps; ++i)
            out.models.push_back(std::make_unique<Roadmap>(bench::generate_roadmap(vocabulary, i + 1, measures_each)));
        out.model_bytes = heap_in_use() - heap;
        heap = heap_in_use();
        for (std::size_t i = 0; i < roadmaps; ++i) {
            out.resolved.push_back(resolve(*out.models[i]));
            out.measures += out.resolved.back().measures.size();
        }
        out.resolved_bytes = heap_in_use() - heap;
        out.build_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

        std::vector<const ResolvedRoadmap *> pointers;
        for (const ResolvedRoadmap &rm : out.resolved) pointers.push_back(&rm);
        heap = heap_in_use();
        start = std::chrono::steady_clock::now();
        out.index = std::make_unique<QueryIndex>(std::move(pointers));
        out.index_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        out.index_heap_bytes = heap_in_use() - heap;
        return out;
    }();
    return c;
}

// The corpus's sizes, on every benchmark over it.
void corpus_counters(benchmark::State &state, const Corpus &c, std::size_t matches) {
    const double per_measure = 1.0 / static_cast<double>(c.measures);
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(c.measures));
    state.counters["matches"] = static_cast<double>(matches);
    state.counters["roadmaps"] = static_cast<double>(c.resolved.size());
    state.counters["corpus_build_s"] = c.build_seconds;
    state.counters["model_B_per_measure"] = static_cast<double>(c.model_bytes) * per_measure;
    state.counters["resolved_B_per_measure"] = static_cast<double>(c.resolved_bytes) * per_measure;
    state.counters["index_build_s"] = c.index_seconds;
    state.counters["index_B_per_measure"] = static_cast<double>(c.index->memory_bytes()) * per_measure;
    state.counters["index_heap_B_per_measure"] = static_cast<double>(c.index_heap_bytes) * per_measure;
}

// Runs @p q over every roadmap of the corpus with query(); reports measures per second and matches.
void scan_corpus(benchmark::State &state, Query q) {
    const Corpus &c = corpus();
    std::size_t matches = 0;
    for (auto _ : state) {
        matches = 0;
        for (const ResolvedRoadmap &rm : c.resolved) {
            QueryResult r = query(rm, q);
            matches += r.matches.size();
            benchmark::DoNotOptimize(r);
        }
    }
    corpus_counters(state, c, matches);
}

// The same query through the corpus index.
void index_corpus(benchmark::State &state, Query q) {
    const Corpus &c = corpus();
    std::size_t matches = 0;
    for (auto _ : state) {
        CorpusQueryResult r = c.index->query(q);
        matches = r.count();
        benchmark::DoNotOptimize(r);
    }
    corpus_counters(state, c, matches);
}

// The same query through the corpus index, answered in compact form (no
// QueryResult per roadmap) on up to @p threads threads (0: the hardware's).
void compact_corpus(benchmark::State &state, Query q, unsigned threads) {
    const Corpus &c = corpus();
    std::size_t matches = 0, groups = 0, group_measures = 0;
    for (auto _ : state) {
        CorpusMatches r = c.index->matches(q, threads);
        matches = r.count();
        groups = r.groups().size();
        group_measures = r.group_measures().size();
        benchmark::DoNotOptimize(r);
    }
    corpus_counters(state, c, matches);
    if (threads != 1) state.counters["threads"] = std::thread::hardware_concurrency();
    state.counters["groups"] = static_cast<double>(groups);
    state.counters["group_measures"] = static_cast<double>(group_measures);
}

// The typical questions of a portal, each asked of every roadmap. Queries are
// read from JSON (docs/query.md), as the C API and the CLI take them.
const std::pair<const char *, const char *> typical_queries[] = {
    {"due_in_a_month", R"({"due_between": "2021-09-01..2021-09-30"})"},
    {"responsible_active_in_a_quarter", R"({"responsible": "КО", "active_between": "2021-Q1"})"},
    {"direction_due_in_a_year", R"({"direction": "1.3", "due_between": "2021"})"},
    {"overdue_as_of", R"({"overdue_as_of": "2022-01-10"})"},
    {"stage_and_status", R"({"stage": "monitoring", "status": "planned"})"},
    {"text_search", R"({"text": "мониторинг качества"})"},
    {"workload_per_responsible_per_month", R"({"active_between": "2021-01-01..2021-06-30", "group_by": "responsible"})"},
    {"measures_per_direction_per_quarter", R"({"group_by": "direction"})"},
    {"all_measures", R"({})"}, // every measure, no aggregate: what the last one costs beyond matching
};

// One roadmap: what a portal page asking about one municipality costs, JSON included.
void one_roadmap_query_json(benchmark::State &state) {
    const ResolvedRoadmap &rm = corpus().resolved.front();
    for (auto _ : state) benchmark::DoNotOptimize(query_json(rm, R"({"active_between": "2021-Q1"})"));
}
BENCHMARK(one_roadmap_query_json)->Unit(benchmark::kMicrosecond);

void dependency_graph_of_every_roadmap(benchmark::State &state) {
    const Corpus &c = corpus();
    for (auto _ : state)
        for (const ResolvedRoadmap &rm : c.resolved) {
            DependencyGraph g(rm);
            benchmark::DoNotOptimize(g.topological_order());
        }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(c.measures));
}
BENCHMARK(dependency_graph_of_every_roadmap)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv) {
    for (const auto &[name, json] : typical_queries) {
        const Query q = parse_query_json(json);
        benchmark::RegisterBenchmark((std::string("scan/") + name).c_str(), scan_corpus, q)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark((std::string("index/") + name).c_str(), index_corpus, q)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark((std::string("compact/") + name).c_str(), compact_corpus, q, 1u)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark((std::string("threads/") + name).c_str(), compact_corpus, q, 0u)
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime()
            ->MeasureProcessCPUTime();
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
