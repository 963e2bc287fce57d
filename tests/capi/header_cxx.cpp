// The C header compiled as C++ (-pedantic -Werror): extern "C" linkage, and
// the initialiser macros are valid C++ aggregate initialisers.
#include <eduroadmap/eduroadmap.h>

#include <cstring>
#include <type_traits>

static_assert(std::is_same<decltype(&erm_version), const char *(*)()>::value, "erm_version has C linkage and no args");

int main() {
    erm_options options = ERM_OPTIONS_INIT;
    erm_measure_info measure = ERM_MEASURE_INFO_INIT;
    erm_roadmap_info roadmap = ERM_ROADMAP_INFO_INIT;
    erm_indicator_info indicator = ERM_INDICATOR_INFO_INIT;
    const bool ok = options.version == ERM_OPTIONS_VERSION && measure.version == ERM_MEASURE_INFO_VERSION &&
                    roadmap.version == ERM_ROADMAP_INFO_VERSION && indicator.version == ERM_INDICATOR_INFO_VERSION &&
                    std::strcmp(erm_version(), ERM_VERSION_STRING) == 0;
    return ok ? 0 : 1;
}
