/* The C header alone, compiled as C99 with -pedantic -Werror: every
 * initialiser macro must be valid C99 and every declaration well-formed. */
#include <eduroadmap/eduroadmap.h>

#include <stdio.h>
#include <string.h>

#if !ERM_VERSION_CHECK(0, 1, 0)
#error "ERM_VERSION_CHECK(0, 1, 0) must hold for this header"
#endif
#if ERM_VERSION_CHECK(ERM_VERSION_MAJOR + 1, 0, 0)
#error "ERM_VERSION_CHECK must fail for the next major version"
#endif

int main(void) {
    erm_error_detail detail = ERM_ERROR_DETAIL_INIT;
    erm_options options = ERM_OPTIONS_INIT;
    erm_rule_info rule = ERM_RULE_INFO_INIT;
    erm_roadmap_info roadmap = ERM_ROADMAP_INFO_INIT;
    erm_section_info section = ERM_SECTION_INFO_INIT;
    erm_measure_info measure = ERM_MEASURE_INFO_INIT;
    erm_responsible_info responsible = ERM_RESPONSIBLE_INFO_INIT;
    erm_indicator_info indicator = ERM_INDICATOR_INFO_INIT;
    erm_diagnostic diagnostic = ERM_DIAGNOSTIC_INIT;
    erm_deadline_info deadline = ERM_DEADLINE_INFO_INIT;
    erm_responsible_mention mention = ERM_RESPONSIBLE_MENTION_INIT;
    erm_indicator_progress progress = ERM_INDICATOR_PROGRESS_INIT;
    erm_coverage_row row = ERM_COVERAGE_ROW_INIT;
    int ok = detail.version == ERM_ERROR_DETAIL_VERSION && options.version == ERM_OPTIONS_VERSION &&
             rule.version == ERM_RULE_INFO_VERSION && roadmap.version == ERM_ROADMAP_INFO_VERSION &&
             section.version == ERM_SECTION_INFO_VERSION && measure.version == ERM_MEASURE_INFO_VERSION &&
             responsible.version == ERM_RESPONSIBLE_INFO_VERSION && indicator.version == ERM_INDICATOR_INFO_VERSION &&
             diagnostic.version == ERM_DIAGNOSTIC_VERSION && deadline.version == ERM_DEADLINE_INFO_VERSION &&
             mention.version == ERM_RESPONSIBLE_MENTION_VERSION && progress.version == ERM_INDICATOR_PROGRESS_VERSION &&
             row.version == ERM_COVERAGE_ROW_VERSION && ERM_STAGE_BIT(ERM_STAGE_REVIEW) == 256u &&
             measure.stage == ERM_STAGE_NONE && measure.status == ERM_MEASURE_STATUS_PLANNED &&
             ERM_VERSION_NUMBER == ERM_VERSION_MAJOR * 10000 + ERM_VERSION_MINOR * 100 + ERM_VERSION_PATCH;
    /* The header's version and the library's agree. */
    ok = ok && strcmp(erm_version(), ERM_VERSION_STRING) == 0;
    printf("header-c99: %s (header %s, library %s)\n", ok ? "ok" : "FAILED", ERM_VERSION_STRING, erm_version());
    return ok ? 0 : 1;
}
