// Throughput of resolve_deadline over every distinct deadline text of the
// labelled corpus (tests/fixtures/deadlines.tsv), each with its plan period.
#include "deadline_corpus.hpp"

#include <eduroadmap/deadline.hpp>

#include <benchmark/benchmark.h>

#include <set>
#include <string>
#include <utility>
#include <vector>

namespace {

struct Input {
    std::string text;
    eduroadmap::Window period;
};

const std::vector<Input> &distinct_texts() {
    static const std::vector<Input> inputs = [] {
        std::vector<Input> out;
        std::set<std::string> seen;
        for (auto &c : eduroadmap::testing::read_deadline_corpus(ERM_SOURCE_DIR "/tests/fixtures/deadlines.tsv"))
            if (seen.insert(c.text).second) out.push_back({std::move(c.text), c.period});
        return out;
    }();
    return inputs;
}

void resolve_corpus(benchmark::State &state) {
    const auto &inputs = distinct_texts();
    for (auto _ : state)
        for (const Input &in : inputs) benchmark::DoNotOptimize(eduroadmap::resolve_deadline(in.text, in.period));
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(inputs.size()));
    state.SetLabel(std::to_string(inputs.size()) + " distinct texts");
}
BENCHMARK(resolve_corpus);

// The same texts without the windows of the long weekly and monthly rules:
// what parsing alone costs.
void resolve_corpus_short_period(benchmark::State &state) {
    const auto &inputs = distinct_texts();
    const eduroadmap::Window month(eduroadmap::Date(2021, 3, 1), eduroadmap::Date(2021, 3, 31));
    for (auto _ : state)
        for (const Input &in : inputs) benchmark::DoNotOptimize(eduroadmap::resolve_deadline(in.text, month));
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(inputs.size()));
}
BENCHMARK(resolve_corpus_short_period);

void render_corpus(benchmark::State &state) {
    std::vector<eduroadmap::Deadline> resolved;
    for (const Input &in : distinct_texts()) resolved.push_back(eduroadmap::resolve_deadline(in.text, in.period));
    for (auto _ : state)
        for (const auto &d : resolved) benchmark::DoNotOptimize(eduroadmap::render_deadline(d));
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(resolved.size()));
}
BENCHMARK(render_corpus);

} // namespace

BENCHMARK_MAIN();
