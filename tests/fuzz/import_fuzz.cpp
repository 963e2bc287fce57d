// The importer on any bytes (text exports in any encoding, Word and
// OpenDocument archives): a result, never a throw; an import that says ok
// writes YAML that loads without errors.
#include "fuzz_check.hpp"

#include <eduroadmap/import.hpp>
#include <eduroadmap/io.hpp>

using namespace eduroadmap;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    ImportOptions options;
    options.id = "fuzz";
    // An odd first byte gives the period, as `--period` does: both paths run.
    if (size > 0 && (data[0] & 1u) != 0) options.period = "2021-2022";
    const ImportResult result = import_document(reinterpret_cast<const char *>(data), size, options);
    (void)import_summary(result, Language::ru);
    if (!result.ok()) return 0;
    const LoadResult back = load_string(to_yaml(result.roadmap), "imported.yaml");
    erm_fuzz::require(back.ok(), "an ok import writes YAML that loads without errors");
    erm_fuzz::require(back.document->roadmap.import_notes.size() == result.roadmap.import_notes.size(),
                      "the notes survive the YAML");
    return 0;
}
