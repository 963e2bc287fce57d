/* erm_score_json(): the management-cycle scorecard of a roadmap, with the
 * default model, a model file, and a model file that cannot be read. */
#include "check.h"

#include <stdlib.h>

/* How many times @p needle occurs in @p haystack. */
static int occurrences(const char *haystack, const char *needle) {
    int n = 0;
    const char *at = haystack;
    while ((at = strstr(at, needle)) != NULL) ++n, at += strlen(needle);
    return n;
}

static void test_default_model(void) {
    erm_roadmap *rm = NULL;
    char *json = NULL;
    CHECK_OK(erm_roadmap_load_file(ERM_SOURCE_DIR "/examples/tosno-2021.yaml", &rm));
    CHECK_OK(erm_score_json(rm, NULL, &json));
    CHECK(json != NULL);
    CHECK(strstr(json, "\"model\":{\"id\":\"fioko-2020\"") != NULL);
    /* Nine directions, each with nine components. */
    CHECK(occurrences(json, "\"slug\":") == 9);
    CHECK(occurrences(json, "\"points\":") == 81);
    /* Tosno has no section for 2.1 and 2.4: 18 components say so, scoring 0. */
    CHECK(strstr(json, "{\"direction\":\"2.1\",\"slug\":\"objectivity\"") != NULL);
    CHECK(occurrences(json, "\"id\":\"no-section\"") == 18);
    erm_string_free(json);
    /* The built-in model by its id gives the same. */
    CHECK_OK(erm_score_json(rm, "fioko-2020", &json));
    CHECK(occurrences(json, "\"id\":\"no-section\"") == 18);
    erm_string_free(json);
    erm_roadmap_free(rm);
}

static void test_model_files(void) {
    erm_roadmap *rm = NULL;
    char *json = NULL;
    erm_error_detail detail = ERM_ERROR_DETAIL_INIT;
    CHECK_OK(erm_roadmap_load_file(ERM_SOURCE_DIR "/examples/tosno-2021.yaml", &rm));
    CHECK_OK(erm_score_json(rm, ERM_SOURCE_DIR "/tests/fixtures/score/regional.yaml", &json));
    CHECK(strstr(json, "\"model\":{\"id\":\"regional-test\"") != NULL);
    CHECK(strstr(json, "{\"component\":\"monitoring\",\"name\":{\"ru\":\"мониторинг\",\"en\":\"monitoring\"},"
                       "\"weight\":3,\"max\":6}") != NULL);
    erm_string_free(json);

    CHECK_STATUS(erm_score_json(rm, ERM_SOURCE_DIR "/tests/fixtures/score/bad.yaml", &json), ERM_E_LOAD);
    CHECK(json == NULL);
    CHECK_OK(erm_last_error_detail(&detail));
    CHECK(detail.status == ERM_E_LOAD);
    CHECK_STR(detail.rule, "unknown-field");
    CHECK(detail.line == 7 && detail.column == 5);
    CHECK(strstr(erm_last_error(), "bad.yaml:7:5") != NULL);

    CHECK_STATUS(erm_score_json(rm, ERM_SOURCE_DIR "/tests/fixtures/score/absent.yaml", &json), ERM_E_LOAD);
    CHECK(json == NULL);
    erm_roadmap_free(rm);
}

int main(void) {
    test_default_model();
    test_model_files();
    return check_summary("capi-score");
}
