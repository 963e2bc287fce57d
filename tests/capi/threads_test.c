/* Eight threads query and validate one roadmap at once; each result must
 * equal the one computed before the threads started. Built also under
 * ThreadSanitizer (scripts/test.sh, build-tsan/). */
#define _POSIX_C_SOURCE 200809L
#include "check.h"

#include <pthread.h>
#include <stdlib.h>

#define THREADS 8
#define ROUNDS 3

static erm_roadmap *shared_roadmap;
static char *expected_report;   /* erm_report_to_json of erm_validate(shared_roadmap) */
static char *expected_measures; /* erm_roadmap_measures_json(shared_roadmap) */
static char *expected_query;    /* erm_query_json(shared_roadmap, "{}"), or NULL when unsupported */
static erm_status expected_query_status;

struct result {
    int failures;
    int own_error_seen;
};

static int same(const char *a, const char *b) { return a == b || (a && b && strcmp(a, b) == 0); }

static void *work(void *arg) {
    struct result *r = (struct result *)arg;
    int round;
    for (round = 0; round < ROUNDS; ++round) {
        erm_report *report = NULL;
        char *json = NULL;
        size_t i, n = erm_roadmap_measure_count(shared_roadmap);
        erm_window p;
        for (i = 0; i < n; ++i) {
            erm_measure_info m = ERM_MEASURE_INFO_INIT;
            if (erm_roadmap_measure_at(shared_roadmap, i, &m) != ERM_OK || m.title == NULL) ++r->failures;
        }
        if (erm_validate(shared_roadmap, NULL, &report) != ERM_OK) ++r->failures;
        if (erm_report_to_json(report, &json) != ERM_OK || !same(json, expected_report)) ++r->failures;
        erm_string_free(json);
        erm_report_free(report);
        json = NULL;
        if (erm_roadmap_measures_json(shared_roadmap, &json) != ERM_OK || !same(json, expected_measures)) ++r->failures;
        erm_string_free(json);
        json = NULL;
        if (erm_query_json(shared_roadmap, "{}", &json) != expected_query_status || !same(json, expected_query))
            ++r->failures;
        erm_string_free(json);
        /* The last error is per thread: this failure is seen here only. */
        if (erm_period_parse("thread-local", &p) == ERM_E_INVALID_ARGUMENT &&
            strstr(erm_last_error(), "thread-local") != NULL)
            r->own_error_seen = 1;
    }
    return NULL;
}

int main(void) {
    pthread_t threads[THREADS];
    struct result results[THREADS];
    erm_report *report = NULL;
    int i;
    CHECK_OK(erm_roadmap_load_file(ERM_SOURCE_DIR "/examples/timashevsk-2023-2024.yaml", &shared_roadmap));
    CHECK(erm_roadmap_measure_count(shared_roadmap) > 50);
    CHECK_OK(erm_validate(shared_roadmap, NULL, &report));
    CHECK_OK(erm_report_to_json(report, &expected_report));
    erm_report_free(report);
    CHECK_OK(erm_roadmap_measures_json(shared_roadmap, &expected_measures));
    expected_query_status = erm_query_json(shared_roadmap, "{}", &expected_query);
    CHECK(expected_query_status == ERM_OK || expected_query_status == ERM_E_UNSUPPORTED);
    erm_error_clear();

    for (i = 0; i < THREADS; ++i) {
        results[i].failures = 0;
        results[i].own_error_seen = 0;
        CHECK(pthread_create(&threads[i], NULL, work, &results[i]) == 0);
    }
    for (i = 0; i < THREADS; ++i) {
        CHECK(pthread_join(threads[i], NULL) == 0);
        CHECK(results[i].failures == 0);
        CHECK(results[i].own_error_seen == 1);
    }
    /* The other threads' failures did not touch this thread's last error. */
    CHECK_STR(erm_last_error(), "");

    erm_string_free(expected_report);
    erm_string_free(expected_measures);
    erm_string_free(expected_query);
    erm_roadmap_free(shared_roadmap);
    return check_summary("capi-threads");
}
