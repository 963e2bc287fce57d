// The configuration reader (.eduroadmap.yaml): a configuration or located
// problems, never a throw.
#include "fuzz_check.hpp"

#include <eduroadmap/config.hpp>

using namespace eduroadmap;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const ConfigResult result = load_config_string(erm_fuzz::text(data, size), "fuzz/.eduroadmap.yaml");
    for (const Diagnostic &d : result.diagnostics) {
        erm_fuzz::require(!d.rule.empty(), "every problem names its rule");
        erm_fuzz::require(d.location.file == "fuzz/.eduroadmap.yaml", "every problem names the file");
    }
    return 0;
}
