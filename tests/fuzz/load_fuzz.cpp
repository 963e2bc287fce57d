// The YAML loader and the validator: any bytes load to a roadmap and
// findings or to findings alone, and what loads survives save → load equal.
#include "fuzz_check.hpp"

#include <eduroadmap/io.hpp>
#include <eduroadmap/validate.hpp>
#include <eduroadmap/validate_io.hpp>

using namespace eduroadmap;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const LoadResult first = load_string(erm_fuzz::text(data, size), "fuzz.yaml");
    if (!first.document) return 0;
    const Roadmap &roadmap = first.document->roadmap;

    // Validation reads what loading kept; it must not throw on any of it.
    const Report report = validate_string(erm_fuzz::text(data, size), "fuzz.yaml");
    erm_fuzz::require(!report.diagnostics.empty() || first.diagnostics.empty(),
                      "the loader's findings are in the validator's report");

    const std::string saved = to_yaml(roadmap);
    const LoadResult second = load_string(saved, "saved.yaml");
    erm_fuzz::require(second.document.has_value(), "the saved form loads");
    erm_fuzz::require(second.document->roadmap == roadmap, "load(save(x)) == x");
    erm_fuzz::require(to_yaml(second.document->roadmap) == saved, "the saved form is a fixed point");
    (void)to_json(roadmap, -1);
    return 0;
}
