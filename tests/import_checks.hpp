// Checks the import tests share: the messages as one text, the import's
// YAML loading back, and the words of a transcription.
#ifndef EDUROADMAP_TESTS_IMPORT_CHECKS_HPP
#define EDUROADMAP_TESTS_IMPORT_CHECKS_HPP

#include <eduroadmap/import.hpp>
#include <eduroadmap/io.hpp>

#include "../src/words.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace eduroadmap::testing {

/// Every message of @p r, one per line, with where it is.
inline std::string messages_of(const ImportResult &r) {
    std::string s;
    for (const ImportMessage &m : r.messages) s += m.where() + " " + std::string(to_string(m.kind)) + ": " + m.text + "\n";
    return s;
}

/// to_yaml() of the import loads without findings and gives back the same roadmap.
inline void check_loads_back(const ImportResult &r) {
    LoadResult loaded = load_string(to_yaml(r.roadmap), "imported.yaml");
    for (const Diagnostic &d : loaded.diagnostics)
        FAIL_CHECK(d.rule << " at " << d.location.line << ":" << d.location.column << " " << d.path);
    REQUIRE(loaded.document);
    CHECK(loaded.document->roadmap == r.roadmap);
}

/// Counts the folded words of every string (and number) in @p j.
inline void count_words(const nlohmann::json &j, std::map<std::string, int> &words) {
    if (j.is_string() || j.is_number())
        for (const std::string &w : detail::folded_words(j.is_string() ? j.get<std::string>() : j.dump())) ++words[w];
    else if (j.is_structured())
        for (const auto &item : j) count_words(item, words);
}

} // namespace eduroadmap::testing

#endif
