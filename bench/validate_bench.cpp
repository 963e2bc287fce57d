// Throughput of validation on a generated corpus (corpus.hpp), against the
// floor: yaml-cpp's own parse of the same bytes (used here only).
//
//   yaml_cpp_events    the floor: yaml-cpp's event parser, a handler doing nothing
//   yaml_cpp_load      YAML::Load of every roadmap (a node tree)
//   load_string        our parser, the model and its source map
//   validate_string    everything `eduroadmap validate` does per file
//   validate_loaded    resolution and rules on an already loaded roadmap
//   cli_directory      the CLI on a directory of 1,000 generated roadmaps
//                      (all cores); items/s is files per second
//
// After the run, the ratios of validate_string to the floors are printed, in CPU
// time (the machine may be shared; wall time would count the waits).
#include "corpus.hpp"

#include <eduroadmap/io.hpp>
#include <eduroadmap/validate_io.hpp>

#include <benchmark/benchmark.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <sys/wait.h>

namespace {

using namespace eduroadmap;

// 24 roadmaps of 50–500 measures.
const std::vector<std::string> &corpus() {
    static const std::vector<std::string> texts = [] {
        const bench::Vocabulary vocabulary = bench::read_vocabulary(ERM_SOURCE_DIR "/examples");
        std::vector<std::string> out;
        for (std::uint64_t seed = 1; seed <= 24; ++seed)
            out.push_back(to_yaml(bench::generate_roadmap(vocabulary, seed, bench::measure_count(seed))));
        return out;
    }();
    return texts;
}

std::int64_t corpus_bytes() {
    std::int64_t n = 0;
    for (const std::string &t : corpus()) n += static_cast<std::int64_t>(t.size());
    return n;
}

void label(benchmark::State &state) {
    state.SetBytesProcessed(state.iterations() * corpus_bytes());
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(corpus().size()));
    state.SetLabel(std::to_string(corpus().size()) + " roadmaps, " + std::to_string(corpus_bytes() / 1024) + " KiB");
}

void yaml_cpp_load(benchmark::State &state) {
    for (auto _ : state)
        for (const std::string &t : corpus()) benchmark::DoNotOptimize(YAML::Load(t));
    label(state);
}
BENCHMARK(yaml_cpp_load)->Unit(benchmark::kMillisecond);

// The floor for any loader built on yaml-cpp: its event parser with a
// handler that does nothing, from memory.
class NoEvents : public YAML::EventHandler {
public:
    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override {}
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

void yaml_cpp_events(benchmark::State &state) {
    for (auto _ : state)
        for (const std::string &t : corpus()) {
            std::istringstream in(t);
            YAML::Parser parser(in);
            NoEvents none;
            while (parser.HandleNextDocument(none)) {
            }
        }
    label(state);
}
BENCHMARK(yaml_cpp_events)->Unit(benchmark::kMillisecond);

void load_string(benchmark::State &state) {
    for (auto _ : state)
        for (const std::string &t : corpus()) benchmark::DoNotOptimize(eduroadmap::load_string(t, "bench.yaml"));
    label(state);
}
BENCHMARK(load_string)->Unit(benchmark::kMillisecond);

void validate_string(benchmark::State &state) {
    std::size_t findings = 0;
    for (auto _ : state)
        for (const std::string &t : corpus()) findings += eduroadmap::validate_string(t, "bench.yaml").diagnostics.size();
    label(state);
    state.counters["findings_per_pass"] = static_cast<double>(findings) / static_cast<double>(state.iterations());
}
BENCHMARK(validate_string)->Unit(benchmark::kMillisecond);

void validate_loaded(benchmark::State &state) {
    std::vector<LoadedRoadmap> loaded;
    for (const std::string &t : corpus()) loaded.push_back(*eduroadmap::load_string(t, "bench.yaml").document);
    for (auto _ : state)
        for (const LoadedRoadmap &l : loaded) benchmark::DoNotOptimize(eduroadmap::validate(l));
    label(state);
}
BENCHMARK(validate_loaded)->Unit(benchmark::kMillisecond);

#ifdef ERM_CLI
// The CLI on 1,000 generated files, written once to a temporary directory.
void cli_directory(benchmark::State &state) {
    const std::size_t count = 1000;
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "eduroadmap-bench-corpus";
    if (!std::filesystem::exists(dir / "roadmap-01000.yaml")) {
        const std::string make = std::string("'") + ERM_GEN_CORPUS + "' '" + dir.string() + "' " +
                                 std::to_string(count) + " >/dev/null";
        if (std::system(make.c_str()) != 0) return state.SkipWithError("gen_corpus failed");
    }
    std::int64_t bytes = 0;
    for (const auto &e : std::filesystem::directory_iterator(dir)) bytes += static_cast<std::int64_t>(e.file_size());
    const std::string run = std::string("'") + ERM_CLI + "' validate --format json '" + dir.string() + "' >/dev/null";
    for (auto _ : state) {
        const int status = std::system(run.c_str());
        if (status == -1 || WEXITSTATUS(status) > 1) return state.SkipWithError("eduroadmap validate failed");
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(count));
    state.SetBytesProcessed(state.iterations() * bytes);
    state.SetLabel(std::to_string(count) + " files in " + dir.string());
}
BENCHMARK(cli_directory)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
#endif

// Prints the console report, then the ratio of validation to the floor.
class RatioReporter : public benchmark::ConsoleReporter {
public:
    void ReportRuns(const std::vector<Run> &runs) override {
        for (const Run &r : runs)
            if (r.run_type == Run::RT_Iteration && !r.error_occurred)
                seconds_per_iteration_[r.benchmark_name()] =
                    r.GetAdjustedCPUTime() / benchmark::GetTimeUnitMultiplier(r.time_unit);
        ConsoleReporter::ReportRuns(runs);
    }
    void Finalize() override {
        ConsoleReporter::Finalize();
        auto full = seconds_per_iteration_.find("validate_string");
        if (full == seconds_per_iteration_.end()) return;
        const double mb = static_cast<double>(corpus_bytes()) / 1e6;
        std::printf("\nvalidate_string: %.1f MB/s (one core)\n", mb / full->second);
        for (const char *name : {"yaml_cpp_events", "yaml_cpp_load", "load_string"}) {
            auto floor = seconds_per_iteration_.find(name);
            if (floor == seconds_per_iteration_.end()) continue;
            std::printf("ratio validate_string / %s: %.2f (%s: %.1f MB/s)\n", name, full->second / floor->second,
                        name, mb / floor->second);
        }
    }

private:
    std::map<std::string, double> seconds_per_iteration_;
};

} // namespace

int main(int argc, char **argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
