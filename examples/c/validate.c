/* validate: checks roadmap files with the C API and prints every finding as
 * `file:line:column: severity: message [rule]`.
 *
 *   validate [--lang en|ru] FILE...
 *
 * Exit status: 0 when no file has errors, 1 when some has, 2 on misuse. */
#include <eduroadmap/eduroadmap.h>

#include <stdio.h>
#include <string.h>

static const char *severity_name(erm_severity s) {
    switch (s) {
    case ERM_SEVERITY_ERROR: return "error";
    case ERM_SEVERITY_WARNING: return "warning";
    default: return "info";
    }
}

/* Validates one file; returns its number of errors, or -1 when the call failed. */
static long validate_one(const char *path, const erm_options *options) {
    erm_report *report = NULL;
    size_t i, errors = 0, warnings = 0, infos = 0;
    if (erm_validate_file(path, options, &report) != ERM_OK) {
        fprintf(stderr, "validate: %s\n", erm_last_error());
        return -1;
    }
    for (i = 0; i < erm_report_size(report); ++i) {
        erm_diagnostic d = ERM_DIAGNOSTIC_INIT;
        if (erm_report_at(report, i, &d) != ERM_OK) break;
        printf("%s:%d:%d: %s: %s [%s]\n", d.file, d.line, d.column, severity_name(d.severity), d.message, d.rule);
    }
    erm_report_counts(report, &errors, &warnings, &infos);
    printf("%s: %lu errors, %lu warnings, %lu infos\n", path, (unsigned long)errors, (unsigned long)warnings,
           (unsigned long)infos);
    erm_report_free(report);
    return (long)errors;
}

int main(int argc, char **argv) {
    erm_options options = ERM_OPTIONS_INIT;
    int i = 1, files = 0, failed = 0;
    if (argc > 2 && strcmp(argv[1], "--lang") == 0) {
        options.language = strcmp(argv[2], "en") == 0 ? ERM_LANGUAGE_EN : ERM_LANGUAGE_RU;
        i = 3;
    }
    if (i >= argc) {
        fprintf(stderr, "usage: validate [--lang en|ru] FILE...\n");
        return 2;
    }
    for (; i < argc; ++i, ++files) {
        long errors = validate_one(argv[i], &options);
        if (errors < 0) return 2;
        if (errors > 0) ++failed;
    }
    printf("eduroadmap %s: %d files, %d with errors\n", erm_version(), files, failed);
    return failed ? 1 : 0;
}
