#include "corpus.hpp"

#include <eduroadmap/catalog.hpp>
#include <eduroadmap/io.hpp>

#include <algorithm>
#include <filesystem>
#include <stdexcept>

namespace eduroadmap::bench {

std::uint64_t Random::next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

Vocabulary read_vocabulary(const std::string &examples_dir) {
    std::vector<std::filesystem::path> files;
    for (const auto &e : std::filesystem::directory_iterator(examples_dir))
        if (e.path().extension() == ".yaml") files.push_back(e.path());
    std::sort(files.begin(), files.end()); // the same vocabulary order on every machine
    Vocabulary v;
    for (const auto &file : files) {
        LoadResult loaded = load_file(file.string());
        if (!loaded.document) throw std::runtime_error("cannot load " + file.string());
        const Roadmap &rm = loaded.document->roadmap;
        Source source{file.filename().string(), rm.period, rm.responsibles, {}};
        for (const MeasureRef &ref : all_measures(rm)) {
            const Measure &m = *ref.measure;
            v.deadlines.push_back(m.deadline ? m.deadline->text : std::string());
            if (!m.title.empty()) v.titles.push_back(m.title);
            v.results.push_back(m.result.value_or(""));
            if (!m.form.empty()) v.forms.push_back(m.form);
            if (m.responsibles) source.cells.push_back(*m.responsibles);
        }
        if (!source.cells.empty()) v.sources.push_back(std::move(source));
    }
    if (v.sources.empty() || v.titles.empty()) throw std::runtime_error("no roadmaps in " + examples_dir);
    return v;
}

std::size_t measure_count(std::uint64_t seed) { return 50 + Random(seed * 7919 + 1).below(451); }

Roadmap generate_roadmap(const Vocabulary &vocabulary, std::uint64_t seed, std::size_t measures) {
    Random rnd(seed);
    const Source &source = rnd.pick(vocabulary.sources);
    const Catalog &catalog = default_catalog();
    Roadmap rm;
    rm.id = "generated-" + std::to_string(seed);
    rm.title = "План мероприятий («дорожная карта») по развитию муниципальной системы оценки качества образования № " +
               std::to_string(seed);
    rm.language = "ru";
    rm.territory.municipality = "Муниципальный район № " + std::to_string(seed % 100);
    rm.period = source.period;
    rm.responsibles = source.registry;
    // Measures are spread over the nine directions, at least one each.
    std::vector<std::size_t> per_section(catalog.directions.size(), 1);
    for (std::size_t i = per_section.size(); i < measures; ++i) ++per_section[rnd.below(per_section.size())];
    std::size_t number = 0;
    for (std::size_t s = 0; s < catalog.directions.size(); ++s) {
        const CatalogDirection &d = catalog.directions[s];
        Section section;
        section.number = std::to_string(s + 1);
        // Most plans print the official title; some a variant of it.
        section.title = d.aliases.empty() || rnd.below(3) != 0 ? d.title : rnd.pick(d.aliases);
        for (std::size_t k = 0; k < per_section[s]; ++k) {
            Measure m;
            m.number = std::to_string(++number) + ".";
            m.title = rnd.pick(vocabulary.titles);
            if (!vocabulary.forms.empty() && rnd.below(4) == 0) m.form = rnd.pick(vocabulary.forms);
            m.deadline = DeadlineSpec{rnd.pick(vocabulary.deadlines), false, {}, {}, {}};
            m.responsibles = rnd.pick(source.cells);
            m.result = rnd.pick(vocabulary.results);
            section.measures.push_back(std::move(m));
        }
        rm.sections.push_back(std::move(section));
    }
    return rm;
}

} // namespace eduroadmap::bench
