#include "roadmap_input.hpp"

#include "commands.hpp"
#include "configs.hpp"
#include "files.hpp"
#include "formats.hpp"
#include "report.hpp"

#include <eduroadmap/catalog_io.hpp>
#include <eduroadmap/validate.hpp>

#include <fstream>
#include <iostream>

namespace eduroadmap::cli {
namespace {

std::string directory_of(const std::string &path) {
    std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

} // namespace

std::unique_ptr<RoadmapInput> open_roadmap(std::string_view command, const std::string &file,
                                           const std::string &catalog, const std::string &lang) {
    auto in = std::make_unique<RoadmapInput>();
    in->path = file;

    ConfigChoice choice("", true);
    const Config *config = choice.for_path(file);
    if (config) in->configured_language = config->language;
    const Language language = choose_language(lang, in->configured_language);
    if (!choice.problems().empty()) {
        for (const FileReport &bad : choice.problems()) {
            std::cerr << "eduroadmap " << command << ": "
                      << (language == Language::ru ? "файл настроек не может быть использован: "
                                                   : "the configuration cannot be used: ")
                      << bad.path << "\n";
            write_findings(std::cerr, bad, Output{language, false});
        }
        exit_status() = usage;
        return nullptr;
    }

    if (file != "-" && !std::ifstream(file)) { // as `validate`: a path that is not there is a bad invocation
        std::cerr << "eduroadmap " << command << ": " << (language == Language::ru ? "нет файла: " : "no such file: ")
                  << file << "\n";
        exit_status() = usage;
        return nullptr;
    }
    const Limits limits = config ? config->validate.limits : Limits{};
    in->loaded = load_input(file, limits);
    if (!in->loaded.ok()) {
        FileReport r{file, {}, {file, in->loaded.diagnostics}};
        write_findings(std::cerr, r, Output{language, false});
        exit_status() = findings;
        return nullptr;
    }
    const Roadmap &roadmap = in->loaded.document->roadmap;

    // --catalog, else the configuration's (already relative to its file), else the roadmap's (relative to it).
    std::string reference = catalog;
    std::string base;
    if (reference.empty() && config) reference = config->validate.catalog;
    if (reference.empty()) reference = roadmap.catalog, base = file == "-" ? std::string() : directory_of(file);
    in->catalog = builtin_catalog(reference);
    if (!in->catalog) {
        CatalogLoadResult found = find_catalog(reference, base);
        if (!found.ok()) {
            std::cerr << "eduroadmap " << command << ": "
                      << (language == Language::ru ? "каталог направлений не может быть использован: "
                                                   : "the direction catalog cannot be used: ")
                      << reference << "\n";
            FileReport bad{reference, {}, {reference, found.diagnostics}};
            write_findings(std::cerr, bad, Output{language, false});
            exit_status() = usage;
            return nullptr;
        }
        in->own_catalog = std::move(found.catalog);
        in->catalog = &*in->own_catalog;
    }

    ResolveOptions options;
    options.catalog = in->catalog;
    if (config) options.required_stages = config->validate.required_stages;
    in->resolved = resolve(roadmap, options);
    // Listing every window of a roadmap over the budget would take gigabytes.
    if (std::optional<Diagnostic> over = window_budget_finding(in->resolved, limits)) {
        over->location = in->loaded.document->sources.locate(over->path);
        FileReport r{file, {}, {file, {*over}}};
        write_findings(std::cerr, r, Output{language, false});
        exit_status() = findings;
        return nullptr;
    }
    return in;
}

} // namespace eduroadmap::cli
