// The one roadmap that the reading commands (coverage, indicators, query,
// calendar) open: loaded, its configuration and catalog found, resolved.
#ifndef EDUROADMAP_CLI_ROADMAP_INPUT_HPP
#define EDUROADMAP_CLI_ROADMAP_INPUT_HPP

#include <eduroadmap/catalog.hpp>
#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/io.hpp>
#include <eduroadmap/resolve.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace eduroadmap::cli {

// A loaded and resolved roadmap. Held by pointer: `resolved` borrows from
// `loaded` and `own_catalog`, so it must not move.
struct RoadmapInput {
    std::string path;                           // as given; `-` for standard input
    LoadResult loaded;                          // the roadmap (document is set) and the loader's findings
    std::optional<Catalog> own_catalog;         // a catalog read from a file, when one was named
    const Catalog *catalog = nullptr;           // the catalog the sections were matched against
    std::optional<Language> configured_language; // the language the configuration sets, if any
    ResolvedRoadmap resolved;                   // the roadmap resolved against `catalog`
};

// Opens @p file (`-`: standard input) for the subcommand @p command. The
// catalog is @p catalog when given, else the governing configuration's
// (`.eduroadmap.yaml`), else the roadmap's own `catalog:`.
// A roadmap that does not load cleanly is not used — answers would rest on
// a broken file: its findings go to standard error, the exit status becomes
// 1 and nothing is returned. An unusable catalog or configuration: exit
// status 2 and nothing. @p lang is the --lang flag (empty: configuration or locale).
std::unique_ptr<RoadmapInput> open_roadmap(std::string_view command, const std::string &file,
                                           const std::string &catalog, const std::string &lang);

} // namespace eduroadmap::cli

#endif
