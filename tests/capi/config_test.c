/* Configuration (erm_config_*), validation with one, and the calendar
 * export (erm_calendar_ics()). tests/fixtures/config/ holds plan.yaml (the
 * text of check_plan) and the .eduroadmap.yaml that governs it: English,
 * fail level warning, deadline-unrecognized off, responsible-unknown an error. */
#include "check.h"

#include <stdlib.h>

#define CONFIG_DIR ERM_SOURCE_DIR "/tests/fixtures/config/"

/* The first finding of @p rule in @p report; its version is 0 when there is none. */
static erm_diagnostic find_rule(const erm_report *report, const char *rule) {
    size_t i;
    erm_diagnostic d = ERM_DIAGNOSTIC_INIT;
    for (i = 0; i < erm_report_size(report); ++i) {
        CHECK_OK(erm_report_at(report, i, &d));
        if (strcmp(d.rule, rule) == 0) return d;
    }
    d.version = 0;
    return d;
}

/* Occurrences of @p needle in @p text. */
static size_t count_of(const char *text, const char *needle) {
    size_t n = 0;
    const char *at = text;
    while ((at = strstr(at, needle)) != NULL) {
        ++n;
        at += strlen(needle);
    }
    return n;
}

static void test_describe(void) {
    static const char text[] = "language: en\nfail_level: info\ncatalog: fioko-2020\n";
    erm_config *config = NULL;
    erm_config_info info = ERM_CONFIG_INFO_INIT;
    CHECK_OK(erm_config_load_string(text, sizeof text - 1, "ci.yaml", &config));
    CHECK_OK(erm_config_describe(config, &info));
    CHECK_STR(info.file, "ci.yaml");
    CHECK(info.has_language == 1 && info.language == ERM_LANGUAGE_EN);
    CHECK(info.has_fail_level == 1 && info.fail_level == ERM_SEVERITY_INFO);
    CHECK_STR(info.catalog, "fioko-2020");
    erm_config_free(config);
    /* An empty text is the defaults: nothing set. */
    CHECK_OK(erm_config_load_string("", 0, NULL, &config));
    CHECK_OK(erm_config_describe(config, &info));
    CHECK_STR(info.file, "<string>");
    CHECK(info.has_language == 0 && info.language == ERM_LANGUAGE_RU);
    CHECK(info.has_fail_level == 0 && info.fail_level == ERM_SEVERITY_ERROR);
    CHECK_STR(info.catalog, "");
    erm_config_free(config);
}

static void test_a_configuration_with_a_problem_is_not_loaded(void) {
    static const char text[] = "rules:\n  numbring-gap: off\n";
    erm_config *config = (erm_config *)&config; /* overwritten with NULL on failure */
    erm_error_detail detail = ERM_ERROR_DETAIL_INIT;
    CHECK_STATUS(erm_config_load_string(text, sizeof text - 1, "ci.yaml", &config), ERM_E_LOAD);
    CHECK(config == NULL);
    CHECK_OK(erm_last_error_detail(&detail));
    CHECK_STR(detail.rule, "unknown-field");
    CHECK_STR(detail.file, "ci.yaml");
    CHECK(detail.line == 2 && detail.column == 3);
    CHECK(strstr(erm_last_error(), "numbring-gap") != NULL);
    CHECK_STATUS(erm_config_load(CONFIG_DIR "missing.yaml", &config), ERM_E_LOAD);
    CHECK(config == NULL);
    CHECK(strstr(erm_last_error(), "missing.yaml") != NULL);
}

static void test_find_and_validate_with_the_file(void) {
    char *found = NULL;
    erm_config *config = NULL;
    erm_config_info info = ERM_CONFIG_INFO_INIT;
    erm_report *plain = NULL, *configured = NULL;
    erm_diagnostic d;
    size_t errors = 0, warnings = 0, infos = 0;
    CHECK_OK(erm_config_find(CONFIG_DIR "plan.yaml", &found));
    CHECK(found != NULL && found[0] == '/');
    CHECK(found != NULL && strstr(found, "/tests/fixtures/config/.eduroadmap.yaml") != NULL);
    CHECK_OK(erm_config_load(found, &config));
    CHECK_OK(erm_config_describe(config, &info));
    CHECK(info.has_fail_level == 1 && info.fail_level == ERM_SEVERITY_WARNING);
    erm_string_free(found);

    /* Without it: both rules at their default severity, messages in Russian. */
    CHECK_OK(erm_validate_file(CONFIG_DIR "plan.yaml", NULL, &plain));
    d = find_rule(plain, "deadline-unrecognized");
    CHECK(d.version != 0 && d.severity == ERM_SEVERITY_WARNING);
    d = find_rule(plain, "responsible-unknown");
    CHECK(d.version != 0 && d.severity == ERM_SEVERITY_WARNING);
    CHECK(strstr(d.message, "ОО") != NULL && strstr(d.message, "responsible") == NULL);

    /* With it: one rule off, the other an error, messages in English. */
    CHECK_OK(erm_validate_file_with_config(CONFIG_DIR "plan.yaml", config, NULL, &configured));
    CHECK(find_rule(configured, "deadline-unrecognized").version == 0);
    d = find_rule(configured, "responsible-unknown");
    CHECK(d.version != 0 && d.severity == ERM_SEVERITY_ERROR);
    CHECK_STR(d.message, "responsible 'ОО' is not in the registry");
    CHECK_OK(erm_report_counts(configured, &errors, &warnings, &infos));
    CHECK(errors == 1);
    CHECK(erm_report_size(configured) + 1 == erm_report_size(plain));
    erm_report_free(configured);

    /* A loaded roadmap gives the same findings; the caller's language wins. */
    {
        erm_roadmap *rm = NULL;
        const erm_language ru = ERM_LANGUAGE_RU;
        CHECK_OK(erm_roadmap_load_file(CONFIG_DIR "plan.yaml", &rm));
        CHECK_OK(erm_validate_with_config(rm, config, &ru, &configured));
        CHECK(find_rule(configured, "deadline-unrecognized").version == 0);
        d = find_rule(configured, "responsible-unknown");
        CHECK(d.version != 0 && d.severity == ERM_SEVERITY_ERROR);
        CHECK(strstr(d.message, "ОО") != NULL && strstr(d.message, "responsible") == NULL);
        CHECK(erm_report_size(configured) + 1 == erm_report_size(plain));
        erm_report_free(configured);
        erm_roadmap_free(rm);
    }
    /* No configuration above the root. */
    found = (char *)&found;
    CHECK_OK(erm_config_find("/proc", &found));
    CHECK(found == NULL);
    erm_report_free(plain);
    erm_config_free(config);
}

static void test_calendar(void) {
    erm_roadmap *rm = NULL;
    char *ics = NULL;
    size_t i, windows = 0;
    const erm_language en = ERM_LANGUAGE_EN;
    CHECK_OK(erm_roadmap_load_string(check_plan, sizeof check_plan - 1, &rm));
    for (i = 0; i < erm_roadmap_measure_count(rm); ++i) {
        erm_measure_info m = ERM_MEASURE_INFO_INIT;
        CHECK_OK(erm_roadmap_measure_at(rm, i, &m));
        windows += m.window_count;
    }
    CHECK(windows == 1); /* сентябрь-май; «совещания» has no date */
    CHECK_OK(erm_calendar_ics(rm, NULL, NULL, &ics));
    CHECK(strncmp(ics, "BEGIN:VCALENDAR\r\n", 17) == 0);
    CHECK(count_of(ics, "BEGIN:VEVENT\r\n") == windows);
    CHECK(strstr(ics, "SUMMARY:Мониторинг результатов ВПР\r\n") != NULL);
    CHECK(strstr(ics, "DTSTART;VALUE=DATE:20230901\r\n") != NULL);
    CHECK(strstr(ics, "DTEND;VALUE=DATE:20240601\r\n") != NULL); /* the day after 31 May */
    CHECK(strstr(ics, "Направление") != NULL); /* the roadmap's language: Russian */
    CHECK(count_of(ics, "\n") == count_of(ics, "\r\n"));
    erm_string_free(ics);
    CHECK_OK(erm_calendar_ics(rm, "{\"text\":\"Мониторинг\"}", &en, &ics));
    CHECK(count_of(ics, "BEGIN:VEVENT") == 1 && strstr(ics, "Direction") != NULL);
    erm_string_free(ics);
    /* Nothing matched: a calendar without events. */
    CHECK_OK(erm_calendar_ics(rm, "{\"text\":\"Совещание\"}", NULL, &ics));
    CHECK(count_of(ics, "BEGIN:VEVENT") == 0 && strstr(ics, "END:VCALENDAR\r\n") != NULL);
    erm_string_free(ics);
    ics = (char *)&ics;
    CHECK_STATUS(erm_calendar_ics(rm, "{\"statu\":\"done\"}", NULL, &ics), ERM_E_QUERY);
    CHECK(ics == NULL);
    CHECK(strstr(erm_last_error(), "status") != NULL); /* did you mean */
    erm_roadmap_free(rm);
}

int main(void) {
    test_describe();
    test_a_configuration_with_a_problem_is_not_loaded();
    test_find_and_validate_with_the_file();
    test_calendar();
    return check_summary("capi-config");
}
