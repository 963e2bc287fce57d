// gen_corpus: writes generated roadmaps (corpus.hpp) as YAML files, for
// measuring `eduroadmap validate` on a directory:
//
//   gen_corpus OUT_DIR [COUNT=1000] [EXAMPLES_DIR]
//
// File k (1-based) is roadmap seed k with measure_count(k) measures, so the
// same command always writes the same files.
#include "corpus.hpp"

#include <eduroadmap/io.hpp>

#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#ifndef ERM_SOURCE_DIR
#define ERM_SOURCE_DIR "."
#endif

int main(int argc, char **argv) {
    if (argc < 2 || argc > 4) {
        std::cerr << "usage: gen_corpus OUT_DIR [COUNT=1000] [EXAMPLES_DIR]\n";
        return 2;
    }
    try {
        const std::filesystem::path out = argv[1];
        const std::size_t count = argc > 2 ? std::stoul(argv[2]) : 1000;
        const auto vocabulary = eduroadmap::bench::read_vocabulary(argc > 3 ? argv[3] : ERM_SOURCE_DIR "/examples");
        std::filesystem::create_directories(out);
        std::size_t bytes = 0, measures = 0;
        for (std::size_t k = 1; k <= count; ++k) {
            const std::size_t n = eduroadmap::bench::measure_count(k);
            const std::string yaml = eduroadmap::to_yaml(eduroadmap::bench::generate_roadmap(vocabulary, k, n));
            char name[32];
            std::snprintf(name, sizeof name, "roadmap-%05zu.yaml", k);
            std::ofstream(out / name, std::ios::binary) << yaml;
            bytes += yaml.size(), measures += n;
        }
        std::cout << "gen_corpus: " << count << " roadmaps, " << measures << " measures, " << bytes << " bytes in "
                  << out.string() << "\n";
    } catch (const std::exception &e) {
        std::cerr << "gen_corpus: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
