// The C API with fuzzed arguments: the first byte picks options, the second
// is the JSON indent as a signed byte, the rest is the roadmap's YAML and,
// after a NUL byte, a query. Every call returns a status; what it returns
// is checked against its contract.
#include "fuzz_check.hpp"

#include <eduroadmap/eduroadmap.h>

#include <cstring>
#include <string>

namespace {
void check_string(erm_status status, char *out, const char *what) {
    erm_fuzz::require((status == ERM_OK) == (out != nullptr), what);
    erm_string_free(out);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    if (size < 2) return 0;
    const unsigned flags = data[0];
    const int indent = static_cast<signed char>(data[1]);
    const std::string_view rest = erm_fuzz::text(data + 2, size - 2);
    const std::size_t nul = rest.find('\0');
    const std::string yaml(rest.substr(0, nul));
    const std::string query = nul == std::string_view::npos ? std::string("{}") : std::string(rest.substr(nul + 1));

    erm_roadmap *roadmap = nullptr;
    const erm_status loaded = erm_roadmap_load_string(yaml.data(), yaml.size(), &roadmap);
    erm_fuzz::require((loaded == ERM_OK) == (roadmap != nullptr), "a roadmap exactly when loading succeeds");
    if (!roadmap) return 0;

    erm_options options;
    erm_fuzz::require(erm_options_init(&options, ERM_OPTIONS_VERSION) == ERM_OK, "options initialise");
    options.language = static_cast<erm_language>(flags & 3u); // 2 and 3 are out of range
    erm_report *report = nullptr;
    const erm_status validated = erm_validate(roadmap, &options, &report);
    erm_fuzz::require((validated == ERM_OK) == ((flags & 3u) < 2), "a language is accepted exactly when it exists");
    if (report) {
        size_t errors = 0, warnings = 0, infos = 0;
        erm_fuzz::require(erm_report_counts(report, &errors, &warnings, &infos) == ERM_OK, "counts");
        erm_fuzz::require(errors + warnings + infos == erm_report_size(report), "counts add up to the size");
        char *json = nullptr;
        check_string(erm_report_to_json(report, &json), json, "report JSON");
        erm_report_free(report);
    }

    char *out = nullptr;
    const erm_status to_json = erm_roadmap_to_json(roadmap, indent, &out);
    erm_fuzz::require((to_json == ERM_OK) == (indent <= ERM_JSON_MAX_INDENT), "an indent is accepted up to the maximum");
    check_string(to_json, out, "roadmap JSON");
    out = nullptr;
    check_string(erm_roadmap_to_yaml(roadmap, &out), out, "roadmap YAML");
    out = nullptr;
    check_string(erm_query_json(roadmap, query.c_str(), &out), out, "query JSON");
    out = nullptr;
    check_string(erm_roadmap_measures_json(roadmap, &out), out, "measures JSON");
    out = nullptr;
    check_string(erm_roadmap_coverage_json(roadmap, &out), out, "coverage JSON");
    out = nullptr;
    const erm_status diffed = erm_diff_json(roadmap, roadmap, &out);
    erm_fuzz::require(diffed != ERM_OK || std::strstr(out, "\"equal\":true") != nullptr, "a roadmap equals itself");
    check_string(diffed, out, "diff JSON");
    out = nullptr;
    const erm_date day = {2021, 6, 30};
    const erm_window quarter = {{2021, 4, 1}, {2021, 6, 30}};
    check_string(erm_status_json(roadmap, &day, (flags & 4u) ? &quarter : nullptr, &out), out, "status JSON");

    erm_measure_info measure = ERM_MEASURE_INFO_INIT;
    const size_t count = erm_roadmap_measure_count(roadmap);
    erm_fuzz::require(erm_roadmap_measure_at(roadmap, count, &measure) == ERM_E_OUT_OF_RANGE, "past the end is out of range");
    for (size_t i = 0; i < count && i < 64; ++i)
        erm_fuzz::require(erm_roadmap_measure_at(roadmap, i, &measure) == ERM_OK, "every measure describes");
    erm_roadmap_free(roadmap);
    erm_error_clear();
    return 0;
}
