// Generated roadmaps of realistic shape for the benchmarks: the nine
// directions of the default catalog, 50–500 measures, and the deadline,
// responsible, title and result texts of the bundled roadmaps
// (examples/*.yaml), defects included.
#ifndef EDUROADMAP_BENCH_CORPUS_HPP
#define EDUROADMAP_BENCH_CORPUS_HPP

#include <eduroadmap/model.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace eduroadmap::bench {

// What one bundled roadmap contributes: its own registry, responsibles cells
// and period (so that a generated plan stays coherent), and its texts.
struct Source {
    std::string name;                     // the example's file name
    PlanPeriod period;                    // its plan period
    std::vector<Responsible> registry;    // its «Принятые сокращения»
    std::vector<ResponsibleCell> cells;   // its responsibles cells, as printed
};

// The texts the generator draws from.
struct Vocabulary {
    std::vector<Source> sources;          // one per example
    std::vector<std::string> deadlines;   // every deadline cell of every example, repeats kept
    std::vector<std::string> titles;      // measure titles
    std::vector<std::string> results;     // expected results (empty cells kept)
    std::vector<std::string> forms;       // forms of work
};

// Reads every *.yaml of @p examples_dir with the library's loader.
// Throws std::runtime_error when a file does not load.
Vocabulary read_vocabulary(const std::string &examples_dir);

// A small deterministic generator (SplitMix64), the same on every platform.
class Random {
public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next();
    // Uniform in [0, n); n > 0.
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
    template <class T> const T &pick(const std::vector<T> &v) { return v[below(v.size())]; }

private:
    std::uint64_t state_;
};

// Roadmap number @p seed: nine sections titled by the default catalog's
// directions (official titles or the variants plans print), @p measures
// measures numbered 1, 2, … across them, drawn from @p vocabulary.
Roadmap generate_roadmap(const Vocabulary &vocabulary, std::uint64_t seed, std::size_t measures);

// The measure count of roadmap @p seed of a corpus: 50–500.
std::size_t measure_count(std::uint64_t seed);

} // namespace eduroadmap::bench

#endif
