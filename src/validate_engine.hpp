// The validation engine, shared by the pure validate() (validate.cpp) and the
// edge that loads and chooses the catalog first (validate_io.cpp): run the
// rules, apply suppressions and severities, attach locations, sort.
#ifndef EDUROADMAP_SRC_VALIDATE_ENGINE_HPP
#define EDUROADMAP_SRC_VALIDATE_ENGINE_HPP

#include <eduroadmap/validate.hpp>

#include <string>
#include <vector>

namespace eduroadmap::detail {

// One validation as the engine sees it.
struct Validation {
    std::string file;                 // names the report
    std::string catalog_name;         // Report::catalog
    std::vector<Diagnostic> earlier;  // found before the rules ran (the loader's, the catalog choice's), located
    const Roadmap *roadmap = nullptr; // null: the text is not a roadmap; only #earlier is reported
    const SourceMap *sources = nullptr; // set with #roadmap
    // Set with #roadmap. Null: the named catalog could not be had; the rules
    // that need one are skipped and the others see default_catalog().
    const Catalog *catalog = nullptr;
};

Report run_validation(Validation validation, const ValidateOptions &options);

} // namespace eduroadmap::detail

#endif
