/* A program that knows eduroadmap only through its installed C header and
 * -leduroadmap_c: loads, validates and queries the roadmap named on the
 * command line and checks the answers are consistent. Exit 0 when they are. */
#include <eduroadmap/eduroadmap.h>

#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
    erm_roadmap *rm = NULL;
    erm_report *report = NULL;
    erm_roadmap_info info = ERM_ROADMAP_INFO_INIT;
    size_t errors = 0, warnings = 0, infos = 0;
    char *result = NULL;
    if (argc != 2) {
        fprintf(stderr, "usage: consumer FILE.yaml\n");
        return 2;
    }
    if (erm_roadmap_load_file(argv[1], &rm) != ERM_OK || erm_roadmap_describe(rm, &info) != ERM_OK) {
        fprintf(stderr, "consumer: %s\n", erm_last_error());
        return 1;
    }
    if (erm_validate(rm, NULL, &report) != ERM_OK ||
        erm_report_counts(report, &errors, &warnings, &infos) != ERM_OK) {
        fprintf(stderr, "consumer: %s\n", erm_last_error());
        return 1;
    }
    if (erm_query_json(rm, "{\"stage\": \"monitoring\"}", &result) != ERM_OK) {
        fprintf(stderr, "consumer: %s\n", erm_last_error());
        return 1;
    }
    printf("eduroadmap %s (header %s): %s: %lu measures, %lu errors, %lu warnings; monitoring: %.60s…\n",
           erm_version(), ERM_VERSION_STRING, info.id, (unsigned long)erm_roadmap_measure_count(rm),
           (unsigned long)errors, (unsigned long)warnings, result);
    {
        const int ok = erm_roadmap_measure_count(rm) > 0 && strstr(result, "\"count\":") != NULL &&
                       strcmp(erm_version(), ERM_VERSION_STRING) == 0;
        erm_string_free(result);
        erm_report_free(report);
        erm_roadmap_free(rm);
        return ok ? 0 : 1;
    }
}
