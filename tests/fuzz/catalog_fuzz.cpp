// The catalog reader: a catalog or located problems, never a throw; an
// `extends:` that is not a built-in id finds nothing (no file is read).
#include "fuzz_check.hpp"

#include <eduroadmap/catalog_io.hpp>

using namespace eduroadmap;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const CatalogLoadResult result =
        load_catalog_string(erm_fuzz::text(data, size), "fuzz-catalog.yaml", LoadOptions{}, CatalogLookup{});
    for (const Diagnostic &d : result.diagnostics) erm_fuzz::require(!d.rule.empty(), "every problem names its rule");
    return 0;
}
