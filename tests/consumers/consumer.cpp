// A program that uses the installed C++ library (eduroadmap::eduroadmap):
// loads and validates the roadmap named on the command line.
#include <eduroadmap/eduroadmap.hpp>

#include <iostream>

int main(int argc, char **argv) {
    if (argc != 2) return 2;
    const eduroadmap::Report report = eduroadmap::validate_file(argv[1]);
    const eduroadmap::LoadResult loaded = eduroadmap::load_file(argv[1]);
    if (!loaded.document) return 1;
    const std::size_t measures = eduroadmap::measure_count(loaded.document->roadmap);
    std::cout << "eduroadmap " << eduroadmap::version() << " (C++): " << loaded.document->roadmap.id << ": "
              << measures << " measures, " << report.counts().warnings << " warnings\n";
    return measures > 0 ? 0 : 1;
}
