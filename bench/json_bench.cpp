// The C API's bulk measures JSON (erm_roadmap_measures_json) on one large
// generated roadmap (corpus.hpp): the library's nlohmann-based
// measures_json() against the streaming writer it replaced
// (handwritten_measures_json.hpp). Both must write the same bytes; the
// benchmark refuses to run otherwise. Reported: measures per second and the
// output's size.
#include "corpus.hpp"
#include "handwritten_measures_json.hpp"

#include <eduroadmap/json.hpp>
#include <eduroadmap/resolve.hpp>

#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

namespace {

using namespace eduroadmap;

constexpr std::size_t measure_total = 100000;

struct Large {
    std::unique_ptr<Roadmap> model; // stable address: `resolved` borrows it
    ResolvedRoadmap resolved;
};

const Large &large() {
    static const Large l = [] {
        Large out;
        const bench::Vocabulary vocabulary = bench::read_vocabulary(ERM_SOURCE_DIR "/examples");
        out.model = std::make_unique<Roadmap>(bench::generate_roadmap(vocabulary, 1, measure_total));
        out.resolved = resolve(*out.model);
        if (measures_json(out.resolved) != bench::handwritten_measures_json(out.resolved)) {
            std::fputs("json_bench: the two writers disagree; the comparison would be meaningless\n", stderr);
            std::exit(1);
        }
        return out;
    }();
    return l;
}

template <class Write> void run(benchmark::State &state, Write write) {
    const ResolvedRoadmap &rm = large().resolved;
    std::size_t bytes = 0;
    for (auto _ : state) {
        std::string json = write(rm);
        bytes = json.size();
        benchmark::DoNotOptimize(json);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(rm.measures.size()));
    state.counters["measures"] = static_cast<double>(rm.measures.size());
    state.counters["MB"] = static_cast<double>(bytes) / 1e6;
}

void measures_json_nlohmann(benchmark::State &state) { run(state, measures_json); }
BENCHMARK(measures_json_nlohmann)->Unit(benchmark::kMillisecond);

void measures_json_handwritten(benchmark::State &state) { run(state, bench::handwritten_measures_json); }
BENCHMARK(measures_json_handwritten)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
