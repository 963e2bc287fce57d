/* erm_index_*: an index over the bundled roadmaps answers a query with, for
 * each roadmap with a match, exactly what erm_query_json() returns for it. */
#include "check.h"

#include <stdlib.h>

#define EXAMPLES ERM_SOURCE_DIR "/examples/"

static const char *const index_files[] = {EXAMPLES "bashmakovo-2020-2022.yaml", EXAMPLES "tosno-2021.yaml"};
#define INDEX_FILES (sizeof index_files / sizeof index_files[0])

/* The index's answer holds each roadmap's own answer (when it has a match)
 * and counts all of their matches. */
static void check_query(erm_roadmap *const *rms, const erm_index *index, const char *query) {
    char *all = NULL, *one = NULL, expected_count[64];
    size_t i, matched = 0, total = 0;
    CHECK_OK(erm_index_query_json(index, query, &all));
    if (!all) return;
    for (i = 0; i < INDEX_FILES; ++i) {
        const char *count;
        CHECK_OK(erm_query_json(rms[i], query, &one));
        if (!one) continue;
        count = strstr(one, "\"count\":");
        CHECK(count != NULL);
        if (count && strtoul(count + 8, NULL, 10) > 0) {
            ++matched;
            total += strtoul(count + 8, NULL, 10);
            CHECK(strstr(all, one) != NULL);
        } else {
            CHECK(strstr(all, one) == NULL);
        }
        erm_string_free(one);
    }
    sprintf(expected_count, "\"count\":%lu,\"roadmaps\":%lu,", (unsigned long)total, (unsigned long)matched);
    CHECK(strstr(all, expected_count) != NULL);
    erm_string_free(all);
}

int main(void) {
    erm_roadmap *rms[INDEX_FILES];
    erm_index *index = NULL;
    size_t i;
    for (i = 0; i < INDEX_FILES; ++i) CHECK_OK(erm_roadmap_load_file(index_files[i], &rms[i]));
    CHECK_OK(erm_index_new((const erm_roadmap *const *)rms, INDEX_FILES, &index));
    check_query(rms, index, "{\"due_between\": \"2021-09\"}");
    check_query(rms, index, "{\"responsible\": \"КО\", \"active_between\": \"2021-Q1\", \"group_by\": \"responsible\"}");
    check_query(rms, index, "{\"text\": \"мониторинг\", \"group_by\": \"direction\"}");
    check_query(rms, index, "{\"text\": \"ничего такого нет\"}");
    erm_index_free(index);
    for (i = 0; i < INDEX_FILES; ++i) erm_roadmap_free(rms[i]);
    return check_summary("capi-index");
}
