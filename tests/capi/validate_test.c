/* Validation through the C API: erm_validate, erm_validate_file,
 * erm_validate_string, reports, options (language, rule toggles). */
#include "check.h"

#include <stdlib.h>

/* Index of the first finding of @p rule, or -1. */
static long find_rule(const erm_report *report, const char *rule, erm_diagnostic *out) {
    size_t i;
    for (i = 0; i < erm_report_size(report); ++i) {
        CHECK_OK(erm_report_at(report, i, out));
        if (strcmp(out->rule, rule) == 0) return (long)i;
    }
    return -1;
}

static void test_unrecognized_deadline_is_found_where_it_stands(void) {
    erm_roadmap *rm = NULL;
    erm_report *report = NULL;
    erm_diagnostic d = ERM_DIAGNOSTIC_INIT;
    size_t errors = 99, warnings = 99, infos = 99, i, counted[3] = {0, 0, 0};
    CHECK_OK(erm_roadmap_load_string(check_plan, sizeof check_plan - 1, &rm));
    CHECK_OK(erm_validate(rm, NULL, &report));
    CHECK(find_rule(report, "deadline-unrecognized", &d) >= 0);
    /* check_plan line 22: `        deadline: совещания`, the value at column 19. */
    CHECK(d.severity == ERM_SEVERITY_WARNING);
    CHECK(d.line == 22 && d.column == 19);
    CHECK_STR(d.path, "sections[0].measures[1].deadline");
    CHECK_STR(d.file, "<string>");
    CHECK_STR(d.message, "срок «совещания» не распознан");
    CHECK_OK(erm_report_counts(report, &errors, &warnings, &infos));
    for (i = 0; i < erm_report_size(report); ++i) {
        CHECK_OK(erm_report_at(report, i, &d));
        ++counted[d.severity];
    }
    CHECK(errors == counted[ERM_SEVERITY_ERROR] && warnings == counted[ERM_SEVERITY_WARNING] &&
          infos == counted[ERM_SEVERITY_INFO]);
    CHECK(warnings >= 1);
    CHECK_STATUS(erm_report_at(report, erm_report_size(report), &d), ERM_E_OUT_OF_RANGE);
    erm_report_free(report);
    erm_roadmap_free(rm);
}

static void test_options_change_language_and_severity(void) {
    erm_roadmap *rm = NULL;
    erm_report *report = NULL;
    erm_diagnostic d = ERM_DIAGNOSTIC_INIT;
    erm_rule_setting rules[2];
    erm_options options = ERM_OPTIONS_INIT;
    CHECK_OK(erm_roadmap_load_string(check_plan, sizeof check_plan - 1, &rm));
    rules[0].rule = "deadline-unrecognized";
    rules[0].level = ERM_RULE_ERROR;
    options.language = ERM_LANGUAGE_EN;
    options.rules = rules;
    options.rule_count = 1;
    CHECK_OK(erm_validate(rm, &options, &report));
    CHECK(find_rule(report, "deadline-unrecognized", &d) >= 0);
    CHECK(d.severity == ERM_SEVERITY_ERROR);
    CHECK_STR(d.message, "deadline 'совещания' is not recognized");
    erm_report_free(report);

    rules[0].level = ERM_RULE_OFF;
    CHECK_OK(erm_validate(rm, &options, &report));
    CHECK(find_rule(report, "deadline-unrecognized", &d) < 0);
    erm_report_free(report);

    /* An unknown rule id is refused, with a suggestion. */
    rules[1].rule = "deadline-unrecognised";
    rules[1].level = ERM_RULE_WARNING;
    options.rule_count = 2;
    CHECK_STATUS(erm_validate(rm, &options, &report), ERM_E_INVALID_ARGUMENT);
    CHECK(report == NULL);
    CHECK(strstr(erm_last_error(), "did you mean 'deadline-unrecognized'") != NULL);
    erm_roadmap_free(rm);
}

static void test_validate_file_and_string_agree_with_validate(void) {
    erm_roadmap *rm = NULL;
    erm_report *a = NULL, *b = NULL, *c = NULL;
    char *ja = NULL, *jb = NULL;
    const char *path = ERM_SOURCE_DIR "/examples/tosno-2021.yaml";
    CHECK_OK(erm_roadmap_load_file(path, &rm));
    CHECK_OK(erm_validate(rm, NULL, &a));
    CHECK_OK(erm_validate_file(path, NULL, &b));
    CHECK(erm_report_size(a) == erm_report_size(b));
    CHECK(erm_report_size(a) > 0); /* Tosno has empty deadline cells (deadline-missing) */
    CHECK_OK(erm_report_to_json(a, &ja));
    CHECK_OK(erm_report_to_json(b, &jb));
    CHECK_STR(ja, jb);
    CHECK(strstr(ja, "\"rule\":\"deadline-missing\"") != NULL);
    CHECK_OK(erm_validate_string(check_plan, sizeof check_plan - 1, "plan.yaml", NULL, &c));
    {
        erm_diagnostic d = ERM_DIAGNOSTIC_INIT;
        CHECK(find_rule(c, "deadline-unrecognized", &d) >= 0);
        CHECK_STR(d.file, "plan.yaml");
    }
    erm_string_free(ja);
    erm_string_free(jb);
    erm_report_free(a);
    erm_report_free(b);
    erm_report_free(c);
    erm_roadmap_free(rm);
}

static void test_content_problems_are_findings(void) {
    erm_report *report = NULL;
    erm_diagnostic d = ERM_DIAGNOSTIC_INIT;
    size_t errors = 0, warnings = 0, infos = 0;
    static const char not_yaml[] = "id: [unclosed\n";
    CHECK_OK(erm_validate_file(ERM_SOURCE_DIR "/no/such/file.yaml", NULL, &report));
    CHECK(erm_report_size(report) == 1);
    CHECK_OK(erm_report_at(report, 0, &d));
    CHECK_STR(d.rule, "yaml-syntax");
    CHECK(d.severity == ERM_SEVERITY_ERROR);
    erm_report_free(report);
    CHECK_OK(erm_validate_string(not_yaml, sizeof not_yaml - 1, NULL, NULL, &report));
    CHECK_OK(erm_report_counts(report, &errors, &warnings, &infos));
    CHECK(errors >= 1);
    CHECK(find_rule(report, "yaml-syntax", &d) >= 0);
    CHECK(d.line == 1 || d.line == 2);
    erm_report_free(report);
}

static void test_rule_catalog(void) {
    erm_rule_info info = ERM_RULE_INFO_INIT;
    size_t i, n = erm_rule_count();
    int seen = 0;
    CHECK(n >= 28);
    for (i = 0; i < n; ++i) {
        CHECK_OK(erm_rule_at(i, &info));
        if (strcmp(info.id, "deadline-ambiguous") == 0) {
            seen = 1;
            CHECK(info.default_severity == ERM_SEVERITY_INFO);
        }
    }
    CHECK(seen);
    CHECK_STATUS(erm_rule_at(n, &info), ERM_E_OUT_OF_RANGE);
}

int main(void) {
    test_unrecognized_deadline_is_found_where_it_stands();
    test_options_change_language_and_severity();
    test_validate_file_and_string_agree_with_validate();
    test_content_problems_are_findings();
    test_rule_catalog();
    return check_summary("capi-validate");
}
