/* erm_diff_json() and erm_status_json(): two versions of a plan compared,
 * and its execution on a date, over the whole plan and over a quarter. */
#include "check.h"

#include <stdlib.h>

#define FIXTURES ERM_SOURCE_DIR "/tests/fixtures/diff/"

/* v2.yaml is v1.yaml with a measure inserted first (the others renumbered),
 * the analysis moved to April and the conference dropped. */
static erm_roadmap *load(const char *path) {
    erm_roadmap *rm = NULL;
    CHECK_OK(erm_roadmap_load_file(path, &rm));
    return rm;
}

static void test_diff(void) {
    erm_roadmap *a = load(FIXTURES "v1.yaml"), *b = load(FIXTURES "v2.yaml");
    char *json = NULL;
    CHECK_OK(erm_diff_json(a, a, &json));
    CHECK(strstr(json, "\"equal\":true") != NULL);
    CHECK(strstr(json, "\"unchanged\":3") != NULL);
    erm_string_free(json);
    CHECK_OK(erm_diff_json(a, b, &json));
    CHECK(strstr(json, "\"equal\":false") != NULL);
    CHECK(strstr(json, "\"summary\":{\"added\":1,\"removed\":1,\"moved\":0,\"changed\":1,\"renumbered\":1,"
                       "\"unchanged\":0}") != NULL);
    CHECK(strstr(json, "\"windows_before\":[{\"start\":\"2021-03-01\",\"end\":\"2021-03-31\"}]") != NULL);
    CHECK(strstr(json, "\"windows_after\":[{\"start\":\"2021-04-01\",\"end\":\"2021-04-30\"}]") != NULL);
    erm_string_free(json);
    erm_roadmap_free(a);
    erm_roadmap_free(b);
}

static void test_status(void) {
    erm_roadmap *rm = load(FIXTURES "v1.yaml");
    char *json = NULL;
    const erm_date first_day = {2021, 3, 1}, after_march = {2021, 4, 1};
    const erm_window q1 = {{2021, 1, 1}, {2021, 3, 31}};
    /* On the first day of March the analysis is in progress, Q1 of the monitoring too. */
    CHECK_OK(erm_status_json(rm, &first_day, NULL, &json));
    CHECK(strstr(json, "\"as_of\":\"2021-03-01\"") != NULL);
    CHECK(strstr(json, "\"due_in\":null") != NULL);
    CHECK(strstr(json, "\"title\":\"Анализ результатов ВПР\",\"direction\":\"1.1\",\"responsibles\":[\"ko\"],"
                       "\"deadline\":\"Март 2021\",\"kind\":\"fixed\",\"execution\":\"in_progress\"") != NULL);
    erm_string_free(json);
    /* The quarterly report of Q1, made on 1 April: two occurrences were due, one done. */
    CHECK_OK(erm_status_json(rm, &after_march, &q1, &json));
    CHECK(strstr(json, "\"due_in\":{\"start\":\"2021-01-01\",\"end\":\"2021-03-31\"}") != NULL);
    CHECK(strstr(json, "\"total\":{\"key\":null,\"label\":\"\",\"measures\":2,\"due\":2,\"due_done\":1,"
                       "\"share_done\":0.5,\"done\":1,\"overdue\":1") != NULL);
    erm_string_free(json);
    erm_roadmap_free(rm);
}

int main(void) {
    test_diff();
    test_status();
    return check_summary("capi-plans");
}
