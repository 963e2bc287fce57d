/* Misuse of the C API: every function with NULL for each pointer argument,
 * handles of the wrong type, structs with an unknown version, indices out of
 * range, bad option values. None may crash; each gives its documented status
 * and a message. check_exports.py verifies that every exported function is
 * named in this file. */
#include "check.h"

#include <stddef.h>
#include <stdlib.h>

/* The status of a failed call and a non-empty message naming the function. */
#define CHECK_FAILS(call, expected, function)                                                                \
    do {                                                                                                     \
        erm_error_clear();                                                                                   \
        CHECK_STATUS(call, expected);                                                                        \
        CHECK(strncmp(erm_last_error(), function ": ", strlen(function ": ")) == 0);                         \
    } while (0)

#define INVALID ERM_E_INVALID_ARGUMENT

static erm_roadmap *rm;
static erm_report *report;
static erm_deadline *deadline;

static void test_library_functions(void) {
    int a, b, c;
    erm_window w;
    erm_options o;
    erm_rule_info ri = ERM_RULE_INFO_INIT;
    erm_error_detail detail = ERM_ERROR_DETAIL_INIT;

    CHECK_FAILS(erm_version_numbers(NULL, &b, &c), INVALID, "erm_version_numbers");
    CHECK_FAILS(erm_version_numbers(&a, NULL, &c), INVALID, "erm_version_numbers");
    CHECK_FAILS(erm_version_numbers(&a, &b, NULL), INVALID, "erm_version_numbers");
    CHECK_OK(erm_version_numbers(&a, &b, &c));
    CHECK(a == ERM_VERSION_MAJOR && b == ERM_VERSION_MINOR && c == ERM_VERSION_PATCH);
    CHECK_STR(erm_version(), ERM_VERSION_STRING);
    CHECK_STR(erm_status_name(ERM_E_LOAD), "ERM_E_LOAD");
    CHECK_STR(erm_status_name((erm_status)-99), "unknown status");
    CHECK_STR(erm_status_name((erm_status)9999), "unknown status"); /* outside the enum's range */
    erm_string_free(NULL);

    /* erm_last_error_detail reports the last failure and does not replace it. */
    CHECK_FAILS(erm_period_parse(NULL, &w), INVALID, "erm_period_parse");
    CHECK_STATUS(erm_last_error_detail(NULL), INVALID);
    detail.version = 0;
    CHECK_STATUS(erm_last_error_detail(&detail), ERM_E_VERSION);
    detail.version = ERM_ERROR_DETAIL_VERSION;
    CHECK_OK(erm_last_error_detail(&detail));
    CHECK(detail.status == INVALID);
    CHECK_STR(detail.message, erm_last_error());
    CHECK_STR(detail.rule, "");
    CHECK(detail.line == 0);
    erm_error_clear();
    CHECK_STR(erm_last_error(), "");
    CHECK_OK(erm_last_error_detail(&detail));
    CHECK(detail.status == ERM_OK);

    CHECK_FAILS(erm_period_parse("2021", NULL), INVALID, "erm_period_parse");
    CHECK_FAILS(erm_options_init(NULL, ERM_OPTIONS_VERSION), INVALID, "erm_options_init");
    CHECK_FAILS(erm_options_init(&o, 0), ERM_E_VERSION, "erm_options_init");
    CHECK_FAILS(erm_options_init(&o, ERM_OPTIONS_VERSION + 1), ERM_E_VERSION, "erm_options_init");
    CHECK_OK(erm_options_init(&o, ERM_OPTIONS_VERSION));
    CHECK(o.version == ERM_OPTIONS_VERSION && o.language == ERM_LANGUAGE_RU && o.rules == NULL && o.max_depth == 0);
    CHECK(o.max_windows == 0);
    /* Version 1 is shorter: its initialisation writes nothing from max_windows on. */
    memset(&o, 0xAB, sizeof o);
    CHECK_OK(erm_options_init(&o, 1));
    CHECK(o.version == 1 && o.max_nodes == 0);
    {
        const unsigned char *rest = (const unsigned char *)&o + offsetof(erm_options, max_windows);
        size_t i, untouched = 0;
        for (i = 0; i < sizeof o.max_windows; ++i) untouched += rest[i] == 0xAB;
        CHECK(untouched == sizeof o.max_windows);
    }

    CHECK(erm_rule_count() > 0);
    CHECK_FAILS(erm_rule_at(0, NULL), INVALID, "erm_rule_at");
    ri.version = 0;
    CHECK_FAILS(erm_rule_at(0, &ri), ERM_E_VERSION, "erm_rule_at");
    CHECK(strstr(erm_last_error(), "_INIT") != NULL);
}

static void test_loading(void) {
    erm_roadmap *out = (erm_roadmap *)&out;
    erm_options o = ERM_OPTIONS_INIT;
    CHECK_FAILS(erm_roadmap_load_file(NULL, &out), INVALID, "erm_roadmap_load_file");
    CHECK(out == NULL);
    CHECK_FAILS(erm_roadmap_load_file(ERM_SOURCE_DIR "/examples/tosno-2021.yaml", NULL), INVALID,
                "erm_roadmap_load_file");
    out = (erm_roadmap *)&out;
    CHECK_FAILS(erm_roadmap_load_string(NULL, 0, &out), INVALID, "erm_roadmap_load_string");
    CHECK(out == NULL);
    CHECK_FAILS(erm_roadmap_load_string(check_plan, 10, NULL), INVALID, "erm_roadmap_load_string");
    CHECK_FAILS(erm_roadmap_load_file_ext(NULL, NULL, &out), INVALID, "erm_roadmap_load_file_ext");
    CHECK_FAILS(erm_roadmap_load_file_ext("x.yaml", NULL, NULL), INVALID, "erm_roadmap_load_file_ext");
    CHECK_FAILS(erm_roadmap_load_string_ext(NULL, 0, "x", NULL, &out), INVALID, "erm_roadmap_load_string_ext");
    CHECK_FAILS(erm_roadmap_load_string_ext(check_plan, 10, "x", NULL, NULL), INVALID, "erm_roadmap_load_string_ext");
    /* Bad options. */
    o.version = 0;
    CHECK_FAILS(erm_roadmap_load_file_ext(ERM_SOURCE_DIR "/examples/tosno-2021.yaml", &o, &out), ERM_E_VERSION,
                "erm_roadmap_load_file_ext");
    CHECK(out == NULL);
    o.version = ERM_OPTIONS_VERSION;
    o.rule_count = 1; /* with rules NULL */
    CHECK_FAILS(erm_roadmap_load_string_ext(check_plan, sizeof check_plan - 1, NULL, &o, &out), INVALID,
                "erm_roadmap_load_string_ext");
    /* Empty text: not a roadmap, but not a crash. */
    CHECK_STATUS(erm_roadmap_load_string("", 0, &out), ERM_E_LOAD);
    CHECK(out == NULL);
    /* Freeing NULL is nothing. */
    erm_roadmap_free(NULL);
}

static void test_roadmap_accessors(void) {
    const erm_roadmap *wrong = (const erm_roadmap *)report; /* a report posing as a roadmap */
    erm_roadmap_info info = ERM_ROADMAP_INFO_INIT;
    erm_section_info s = ERM_SECTION_INFO_INIT;
    erm_measure_info m = ERM_MEASURE_INFO_INIT;
    erm_responsible_info r = ERM_RESPONSIBLE_INFO_INIT;
    erm_indicator_info ind = ERM_INDICATOR_INFO_INIT;
    erm_responsible_mention who = ERM_RESPONSIBLE_MENTION_INIT;
    erm_indicator_progress progress = ERM_INDICATOR_PROGRESS_INIT;
    erm_coverage_row row = ERM_COVERAGE_ROW_INIT;
    unsigned int bits = 0;
    erm_window w;
    erm_value v;
    erm_date d = {2021, 1, 1};
    const char *text = "sentinel";
    char *str = (char *)"sentinel";

    CHECK_FAILS(erm_roadmap_describe(NULL, &info), INVALID, "erm_roadmap_describe");
    CHECK_FAILS(erm_roadmap_describe(wrong, &info), INVALID, "erm_roadmap_describe");
    CHECK_FAILS(erm_roadmap_describe(rm, NULL), INVALID, "erm_roadmap_describe");
    info.version = 0;
    CHECK_FAILS(erm_roadmap_describe(rm, &info), ERM_E_VERSION, "erm_roadmap_describe");
    info.version = ERM_ROADMAP_INFO_VERSION + 1;
    CHECK_FAILS(erm_roadmap_describe(rm, &info), ERM_E_VERSION, "erm_roadmap_describe");

    /* Counts: 0 and the last error. */
    erm_error_clear();
    CHECK(erm_roadmap_measure_count(NULL) == 0);
    CHECK(strncmp(erm_last_error(), "erm_roadmap_measure_count: ", 27) == 0);
    erm_error_clear();
    CHECK(erm_roadmap_measure_count(wrong) == 0);
    CHECK(strlen(erm_last_error()) > 0);
    erm_error_clear();
    CHECK(erm_roadmap_section_count(NULL) == 0);
    CHECK(strncmp(erm_last_error(), "erm_roadmap_section_count: ", 27) == 0);
    erm_error_clear();
    CHECK(erm_roadmap_responsible_count(NULL) == 0);
    CHECK(strncmp(erm_last_error(), "erm_roadmap_responsible_count: ", 31) == 0);
    erm_error_clear();
    CHECK(erm_roadmap_indicator_count(NULL) == 0);
    CHECK(strncmp(erm_last_error(), "erm_roadmap_indicator_count: ", 29) == 0);
    CHECK(erm_roadmap_measure_count(rm) == 2);

    CHECK_FAILS(erm_roadmap_section_at(NULL, 0, &s), INVALID, "erm_roadmap_section_at");
    CHECK_FAILS(erm_roadmap_section_at(rm, 0, NULL), INVALID, "erm_roadmap_section_at");
    s.version = 0;
    CHECK_FAILS(erm_roadmap_section_at(rm, 0, &s), ERM_E_VERSION, "erm_roadmap_section_at");
    s.version = ERM_SECTION_INFO_VERSION;
    CHECK_FAILS(erm_roadmap_section_at(rm, (size_t)-1, &s), ERM_E_OUT_OF_RANGE, "erm_roadmap_section_at");

    CHECK_FAILS(erm_roadmap_measure_at(NULL, 0, &m), INVALID, "erm_roadmap_measure_at");
    CHECK_FAILS(erm_roadmap_measure_at(wrong, 0, &m), INVALID, "erm_roadmap_measure_at");
    CHECK_FAILS(erm_roadmap_measure_at(rm, 0, NULL), INVALID, "erm_roadmap_measure_at");
    m.version = 0;
    CHECK_FAILS(erm_roadmap_measure_at(rm, 0, &m), ERM_E_VERSION, "erm_roadmap_measure_at");
    m.version = ERM_MEASURE_INFO_VERSION;
    CHECK_FAILS(erm_roadmap_measure_at(rm, 2, &m), ERM_E_OUT_OF_RANGE, "erm_roadmap_measure_at");

    CHECK_FAILS(erm_roadmap_measure_window(NULL, 0, 0, &w), INVALID, "erm_roadmap_measure_window");
    CHECK_FAILS(erm_roadmap_measure_window(rm, 0, 0, NULL), INVALID, "erm_roadmap_measure_window");
    CHECK_FAILS(erm_roadmap_measure_window(rm, 9, 0, &w), ERM_E_OUT_OF_RANGE, "erm_roadmap_measure_window");

    CHECK_FAILS(erm_roadmap_measure_responsible(NULL, 0, 0, &who), INVALID, "erm_roadmap_measure_responsible");
    CHECK_FAILS(erm_roadmap_measure_responsible(rm, 0, 0, NULL), INVALID, "erm_roadmap_measure_responsible");
    CHECK_FAILS(erm_roadmap_measure_responsible(rm, 9, 0, &who), ERM_E_OUT_OF_RANGE,
                "erm_roadmap_measure_responsible");
    who.version = 0;
    CHECK_FAILS(erm_roadmap_measure_responsible(rm, 0, 0, &who), ERM_E_VERSION, "erm_roadmap_measure_responsible");

    CHECK_FAILS(erm_roadmap_responsible_at(NULL, 0, &r), INVALID, "erm_roadmap_responsible_at");
    CHECK_FAILS(erm_roadmap_responsible_at(rm, 0, NULL), INVALID, "erm_roadmap_responsible_at");
    r.version = 0;
    CHECK_FAILS(erm_roadmap_responsible_at(rm, 0, &r), ERM_E_VERSION, "erm_roadmap_responsible_at");

    text = "sentinel";
    CHECK_FAILS(erm_roadmap_responsible_alias(NULL, 0, 0, &text), INVALID, "erm_roadmap_responsible_alias");
    CHECK(text == NULL);
    CHECK_FAILS(erm_roadmap_responsible_alias(rm, 0, 0, NULL), INVALID, "erm_roadmap_responsible_alias");
    CHECK_FAILS(erm_roadmap_responsible_alias(rm, 1, 0, &text), ERM_E_OUT_OF_RANGE, "erm_roadmap_responsible_alias");

    CHECK_FAILS(erm_roadmap_indicator_at(NULL, 0, &ind), INVALID, "erm_roadmap_indicator_at");
    CHECK_FAILS(erm_roadmap_indicator_at(rm, 0, NULL), INVALID, "erm_roadmap_indicator_at");
    CHECK_FAILS(erm_roadmap_indicator_at(rm, 0, &ind), ERM_E_OUT_OF_RANGE, "erm_roadmap_indicator_at");
    ind.version = 0;
    CHECK_FAILS(erm_roadmap_indicator_at(rm, 0, &ind), ERM_E_VERSION, "erm_roadmap_indicator_at");

    CHECK_FAILS(erm_roadmap_indicator_target(NULL, 0, 0, &text, &v), INVALID, "erm_roadmap_indicator_target");
    CHECK_FAILS(erm_roadmap_indicator_target(rm, 0, 0, NULL, &v), INVALID, "erm_roadmap_indicator_target");
    CHECK_FAILS(erm_roadmap_indicator_target(rm, 0, 0, &text, NULL), INVALID, "erm_roadmap_indicator_target");
    CHECK_FAILS(erm_roadmap_indicator_target(rm, 0, 0, &text, &v), ERM_E_OUT_OF_RANGE, "erm_roadmap_indicator_target");

    CHECK_FAILS(erm_roadmap_indicator_actual(NULL, 0, 0, &d, &v), INVALID, "erm_roadmap_indicator_actual");
    CHECK_FAILS(erm_roadmap_indicator_actual(rm, 0, 0, NULL, &v), INVALID, "erm_roadmap_indicator_actual");
    CHECK_FAILS(erm_roadmap_indicator_actual(rm, 0, 0, &d, NULL), INVALID, "erm_roadmap_indicator_actual");
    CHECK_FAILS(erm_roadmap_indicator_actual(rm, 0, 0, &d, &v), ERM_E_OUT_OF_RANGE, "erm_roadmap_indicator_actual");

    CHECK_FAILS(erm_roadmap_indicator_progress(NULL, 0, &d, &progress), INVALID, "erm_roadmap_indicator_progress");
    CHECK_FAILS(erm_roadmap_indicator_progress(rm, 0, NULL, &progress), INVALID, "erm_roadmap_indicator_progress");
    CHECK_FAILS(erm_roadmap_indicator_progress(rm, 0, &d, NULL), INVALID, "erm_roadmap_indicator_progress");
    CHECK_FAILS(erm_roadmap_indicator_progress(rm, 0, &d, &progress), ERM_E_OUT_OF_RANGE,
                "erm_roadmap_indicator_progress");
    progress.version = 0;
    CHECK_FAILS(erm_roadmap_indicator_progress(rm, 0, &d, &progress), ERM_E_VERSION, "erm_roadmap_indicator_progress");

    erm_error_clear();
    CHECK(erm_roadmap_coverage_row_count(NULL) == 0);
    CHECK(strncmp(erm_last_error(), "erm_roadmap_coverage_row_count: ", 32) == 0);
    CHECK(erm_roadmap_coverage_row_count(wrong) == 0);
    CHECK(erm_roadmap_coverage_row_count(rm) == 10);
    CHECK_FAILS(erm_roadmap_coverage_row(NULL, 0, &row), INVALID, "erm_roadmap_coverage_row");
    CHECK_FAILS(erm_roadmap_coverage_row(rm, 0, NULL), INVALID, "erm_roadmap_coverage_row");
    CHECK_FAILS(erm_roadmap_coverage_row(rm, 10, &row), ERM_E_OUT_OF_RANGE, "erm_roadmap_coverage_row");
    row.version = 0;
    CHECK_FAILS(erm_roadmap_coverage_row(rm, 0, &row), ERM_E_VERSION, "erm_roadmap_coverage_row");
    CHECK_FAILS(erm_roadmap_required_stages(NULL, &bits), INVALID, "erm_roadmap_required_stages");
    CHECK_FAILS(erm_roadmap_required_stages(rm, NULL), INVALID, "erm_roadmap_required_stages");
    CHECK_FAILS(erm_roadmap_coverage_json(NULL, &str), INVALID, "erm_roadmap_coverage_json");
    CHECK(str == NULL);
    CHECK_FAILS(erm_roadmap_coverage_json(rm, NULL), INVALID, "erm_roadmap_coverage_json");

    str = (char *)"sentinel";
    CHECK_FAILS(erm_roadmap_to_json(NULL, 2, &str), INVALID, "erm_roadmap_to_json");
    CHECK(str == NULL);
    CHECK_FAILS(erm_roadmap_to_json(rm, 2, NULL), INVALID, "erm_roadmap_to_json");
    /* An indent past the documented maximum is refused, not handed to the serializer. */
    str = (char *)"sentinel";
    CHECK_FAILS(erm_roadmap_to_json(rm, ERM_JSON_MAX_INDENT + 1, &str), INVALID, "erm_roadmap_to_json");
    CHECK(str == NULL);
    CHECK_FAILS(erm_roadmap_to_json(rm, 1025, &str), INVALID, "erm_roadmap_to_json");
    CHECK_OK(erm_roadmap_to_json(rm, ERM_JSON_MAX_INDENT, &str));
    CHECK(strncmp(str, "{\n                \"", 18) == 0);
    erm_string_free(str);
    str = NULL;
    str = (char *)"sentinel";
    CHECK_FAILS(erm_roadmap_to_yaml(NULL, &str), INVALID, "erm_roadmap_to_yaml");
    CHECK(str == NULL);
    CHECK_FAILS(erm_roadmap_to_yaml(rm, NULL), INVALID, "erm_roadmap_to_yaml");
    CHECK_FAILS(erm_roadmap_measures_json(NULL, &str), INVALID, "erm_roadmap_measures_json");
    CHECK_FAILS(erm_roadmap_measures_json(wrong, &str), INVALID, "erm_roadmap_measures_json");
    CHECK_FAILS(erm_roadmap_measures_json(rm, NULL), INVALID, "erm_roadmap_measures_json");
    {
        /* The measure table: NULL for each pointer, a handle of another type; failures clear the outputs. */
        void *table = (void *)&str;
        size_t size = 99;
        CHECK_FAILS(erm_roadmap_measure_table(NULL, &table, &size), INVALID, "erm_roadmap_measure_table");
        CHECK(table == NULL && size == 0);
        table = (void *)&str;
        size = 99;
        CHECK_FAILS(erm_roadmap_measure_table(wrong, &table, &size), INVALID, "erm_roadmap_measure_table");
        CHECK(table == NULL && size == 0);
        size = 99;
        CHECK_FAILS(erm_roadmap_measure_table(rm, NULL, &size), INVALID, "erm_roadmap_measure_table");
        CHECK(size == 99); /* nothing written when out itself is missing */
        table = (void *)&str;
        CHECK_FAILS(erm_roadmap_measure_table(rm, &table, NULL), INVALID, "erm_roadmap_measure_table");
        CHECK(table == NULL);
        erm_buffer_free(NULL);
    }

    CHECK_FAILS(erm_query_json(NULL, "{}", &str), INVALID, "erm_query_json");
    CHECK_FAILS(erm_query_json(rm, NULL, &str), INVALID, "erm_query_json");
    CHECK_FAILS(erm_query_json(rm, "{}", NULL), INVALID, "erm_query_json");
    CHECK_FAILS(erm_query_json(rm, "[1, 2]", &str), ERM_E_QUERY, "erm_query_json");
    CHECK_FAILS(erm_query_json(rm, "{\"stage\": \"sleeping\"}", &str), ERM_E_QUERY, "erm_query_json");
    CHECK(str == NULL);

    CHECK_FAILS(erm_score_json(NULL, NULL, &str), INVALID, "erm_score_json");
    CHECK_FAILS(erm_score_json(rm, NULL, NULL), INVALID, "erm_score_json");
    CHECK_FAILS(erm_score_json(rm, "", &str), ERM_E_LOAD, "erm_score_json");
    CHECK(str == NULL);

    CHECK_FAILS(erm_diff_json(NULL, rm, &str), INVALID, "erm_diff_json");
    CHECK_FAILS(erm_diff_json(rm, wrong, &str), INVALID, "erm_diff_json");
    CHECK_FAILS(erm_diff_json(rm, rm, NULL), INVALID, "erm_diff_json");
    CHECK(str == NULL);
    {
        const erm_date day = {2021, 3, 1}, bad_day = {2021, 2, 30};
        const erm_window inverted = {{2021, 6, 30}, {2021, 4, 1}};
        CHECK_FAILS(erm_status_json(NULL, &day, NULL, &str), INVALID, "erm_status_json");
        CHECK_FAILS(erm_status_json(rm, NULL, NULL, &str), INVALID, "erm_status_json");
        CHECK_FAILS(erm_status_json(rm, &bad_day, NULL, &str), INVALID, "erm_status_json");
        CHECK_FAILS(erm_status_json(rm, &day, &inverted, &str), INVALID, "erm_status_json");
        CHECK_FAILS(erm_status_json(rm, &day, NULL, NULL), INVALID, "erm_status_json");
        CHECK(str == NULL);
    }

    {
        const erm_language bad_language = (erm_language)7;
        str = (char *)"sentinel";
        CHECK_FAILS(erm_calendar_ics(NULL, NULL, NULL, &str), INVALID, "erm_calendar_ics");
        CHECK(str == NULL);
        CHECK_FAILS(erm_calendar_ics(wrong, NULL, NULL, &str), INVALID, "erm_calendar_ics");
        CHECK_FAILS(erm_calendar_ics(rm, NULL, NULL, NULL), INVALID, "erm_calendar_ics");
        CHECK_FAILS(erm_calendar_ics(rm, NULL, &bad_language, &str), INVALID, "erm_calendar_ics");
        CHECK_FAILS(erm_calendar_ics(rm, "[1, 2]", NULL, &str), ERM_E_QUERY, "erm_calendar_ics");
        CHECK(str == NULL);
    }

    /* Freeing a handle of another type is refused silently: it stays usable. */
    erm_roadmap_free((erm_roadmap *)report);
    CHECK(erm_report_size(report) > 0);
}

static void test_validation(void) {
    erm_report *out = (erm_report *)&out;
    const erm_report *wrong = (const erm_report *)rm; /* a roadmap posing as a report */
    erm_options o = ERM_OPTIONS_INIT;
    erm_rule_setting setting;
    erm_stage stage = (erm_stage)42;
    erm_diagnostic d = ERM_DIAGNOSTIC_INIT;
    size_t e, w, i;
    char *str = (char *)"sentinel";

    CHECK_FAILS(erm_validate(NULL, NULL, &out), INVALID, "erm_validate");
    CHECK(out == NULL);
    CHECK_FAILS(erm_validate((const erm_roadmap *)report, NULL, &out), INVALID, "erm_validate");
    CHECK_FAILS(erm_validate(rm, NULL, NULL), INVALID, "erm_validate");
    o.language = (erm_language)7;
    CHECK_FAILS(erm_validate(rm, &o, &out), INVALID, "erm_validate");
    o.language = ERM_LANGUAGE_EN;
    setting.rule = NULL;
    setting.level = ERM_RULE_ERROR;
    o.rules = &setting;
    o.rule_count = 1;
    CHECK_FAILS(erm_validate(rm, &o, &out), INVALID, "erm_validate");
    setting.rule = "deadline-missing";
    setting.level = (erm_rule_level)9;
    CHECK_FAILS(erm_validate(rm, &o, &out), INVALID, "erm_validate");
    setting.level = ERM_RULE_OFF;
    o.required_stage_count = 1; /* with required_stages NULL */
    CHECK_FAILS(erm_validate(rm, &o, &out), INVALID, "erm_validate");
    o.required_stages = &stage;
    CHECK_FAILS(erm_validate(rm, &o, &out), INVALID, "erm_validate");
    CHECK(out == NULL);

    CHECK_FAILS(erm_validate_file(NULL, NULL, &out), INVALID, "erm_validate_file");
    CHECK_FAILS(erm_validate_file(ERM_SOURCE_DIR "/examples/tosno-2021.yaml", NULL, NULL), INVALID,
                "erm_validate_file");
    o.version = 0;
    CHECK_FAILS(erm_validate_file(ERM_SOURCE_DIR "/examples/tosno-2021.yaml", &o, &out), ERM_E_VERSION,
                "erm_validate_file");
    CHECK_FAILS(erm_validate_string(NULL, 0, NULL, NULL, &out), INVALID, "erm_validate_string");
    CHECK_FAILS(erm_validate_string(check_plan, 3, NULL, NULL, NULL), INVALID, "erm_validate_string");

    erm_error_clear();
    CHECK(erm_report_size(NULL) == 0);
    CHECK(strncmp(erm_last_error(), "erm_report_size: ", 17) == 0);
    CHECK(erm_report_size(wrong) == 0);
    CHECK_FAILS(erm_report_at(NULL, 0, &d), INVALID, "erm_report_at");
    CHECK_FAILS(erm_report_at(wrong, 0, &d), INVALID, "erm_report_at");
    CHECK_FAILS(erm_report_at(report, 0, NULL), INVALID, "erm_report_at");
    d.version = 0;
    CHECK_FAILS(erm_report_at(report, 0, &d), ERM_E_VERSION, "erm_report_at");
    CHECK_FAILS(erm_report_counts(NULL, &e, &w, &i), INVALID, "erm_report_counts");
    CHECK_FAILS(erm_report_counts(report, NULL, &w, &i), INVALID, "erm_report_counts");
    CHECK_FAILS(erm_report_counts(report, &e, NULL, &i), INVALID, "erm_report_counts");
    CHECK_FAILS(erm_report_counts(report, &e, &w, NULL), INVALID, "erm_report_counts");
    CHECK_FAILS(erm_report_to_json(NULL, &str), INVALID, "erm_report_to_json");
    CHECK(str == NULL);
    CHECK_FAILS(erm_report_to_json(report, NULL), INVALID, "erm_report_to_json");
    erm_report_free(NULL);
    erm_report_free((erm_report *)rm); /* refused: rm stays usable */
    CHECK(erm_roadmap_measure_count(rm) == 2);
}

static void test_deadlines(void) {
    erm_window p, w;
    erm_deadline *out = (erm_deadline *)&out;
    const erm_deadline *wrong = (const erm_deadline *)rm;
    erm_deadline_info info = ERM_DEADLINE_INFO_INIT;
    char *str = (char *)"sentinel";
    CHECK_OK(erm_period_parse("2021", &p));
    CHECK_FAILS(erm_deadline_resolve(NULL, &p, &out), INVALID, "erm_deadline_resolve");
    CHECK(out == NULL);
    CHECK_FAILS(erm_deadline_resolve("май", NULL, &out), INVALID, "erm_deadline_resolve");
    CHECK_FAILS(erm_deadline_resolve("май", &p, NULL), INVALID, "erm_deadline_resolve");
    CHECK_FAILS(erm_deadline_describe(NULL, &info), INVALID, "erm_deadline_describe");
    CHECK_FAILS(erm_deadline_describe(wrong, &info), INVALID, "erm_deadline_describe");
    CHECK_FAILS(erm_deadline_describe(deadline, NULL), INVALID, "erm_deadline_describe");
    info.version = 0;
    CHECK_FAILS(erm_deadline_describe(deadline, &info), ERM_E_VERSION, "erm_deadline_describe");
    CHECK_FAILS(erm_deadline_window(NULL, 0, &w), INVALID, "erm_deadline_window");
    CHECK_FAILS(erm_deadline_window(deadline, 0, NULL), INVALID, "erm_deadline_window");
    CHECK_FAILS(erm_deadline_to_json(NULL, &str), INVALID, "erm_deadline_to_json");
    CHECK(str == NULL);
    CHECK_FAILS(erm_deadline_to_json(deadline, NULL), INVALID, "erm_deadline_to_json");
    erm_deadline_free(NULL);
    erm_deadline_free((erm_deadline *)report); /* refused */
    CHECK(erm_report_size(report) > 0);
}

static void test_imports(void) {
    static const char text[] = "№\tМероприятие\tСроки\tОтветственные\n1.\tСовещание\tмарт 2021\tУО\n";
    erm_import_result *imported = NULL;
    erm_import_result *out = (erm_import_result *)&out;
    const erm_import_result *wrong = (const erm_import_result *)rm;
    erm_import_options options = ERM_IMPORT_OPTIONS_INIT;
    erm_import_info info = ERM_IMPORT_INFO_INIT;
    erm_import_note note = ERM_IMPORT_NOTE_INIT;
    erm_import_message message = ERM_IMPORT_MESSAGE_INIT;
    CHECK_OK(erm_import_buffer(text, sizeof text - 1, NULL, &imported));

    CHECK_FAILS(erm_import_file(NULL, NULL, &out), INVALID, "erm_import_file");
    CHECK(out == NULL);
    CHECK_FAILS(erm_import_file("plan.docx", NULL, NULL), INVALID, "erm_import_file");
    out = (erm_import_result *)&out;
    CHECK_FAILS(erm_import_buffer(NULL, 3, NULL, &out), INVALID, "erm_import_buffer");
    CHECK(out == NULL);
    CHECK_FAILS(erm_import_buffer(text, sizeof text - 1, NULL, NULL), INVALID, "erm_import_buffer");
    options.version = 0;
    CHECK_FAILS(erm_import_buffer(text, sizeof text - 1, &options, &out), ERM_E_VERSION, "erm_import_buffer");
    CHECK_FAILS(erm_import_file("plan.docx", &options, &out), ERM_E_VERSION, "erm_import_file");
    options.version = ERM_IMPORT_OPTIONS_VERSION;
    options.language = (erm_language)7;
    CHECK_FAILS(erm_import_buffer(text, sizeof text - 1, &options, &out), INVALID, "erm_import_buffer");

    CHECK_FAILS(erm_import_describe(NULL, &info), INVALID, "erm_import_describe");
    CHECK_FAILS(erm_import_describe(wrong, &info), INVALID, "erm_import_describe");
    CHECK_FAILS(erm_import_describe(imported, NULL), INVALID, "erm_import_describe");
    info.version = 0;
    CHECK_FAILS(erm_import_describe(imported, &info), ERM_E_VERSION, "erm_import_describe");
    CHECK_FAILS(erm_import_note_at(NULL, 0, &note), INVALID, "erm_import_note_at");
    CHECK_FAILS(erm_import_note_at(imported, 0, NULL), INVALID, "erm_import_note_at");
    CHECK_FAILS(erm_import_note_at(imported, 0, &note), ERM_E_OUT_OF_RANGE, "erm_import_note_at"); /* no notes */
    note.version = 99;
    CHECK_FAILS(erm_import_note_at(imported, 0, &note), ERM_E_VERSION, "erm_import_note_at");
    CHECK_FAILS(erm_import_message_at(NULL, 0, &message), INVALID, "erm_import_message_at");
    CHECK_FAILS(erm_import_message_at(wrong, 0, &message), INVALID, "erm_import_message_at");
    CHECK_FAILS(erm_import_message_at(imported, 0, NULL), INVALID, "erm_import_message_at");
    CHECK_FAILS(erm_import_message_at(imported, 1000, &message), ERM_E_OUT_OF_RANGE, "erm_import_message_at");
    message.version = 0;
    CHECK_FAILS(erm_import_message_at(imported, 0, &message), ERM_E_VERSION, "erm_import_message_at");
    erm_import_result_free(NULL);
    erm_import_result_free((erm_import_result *)rm); /* refused */
    CHECK(erm_roadmap_measure_count(rm) > 0);
    erm_import_result_free(imported);
}

static void test_configurations(void) {
    erm_config *config = (erm_config *)&config, *good = NULL;
    const erm_config *wrong = (const erm_config *)rm; /* a roadmap posing as a configuration */
    erm_config_info info = ERM_CONFIG_INFO_INIT;
    erm_report *out = (erm_report *)&out;
    const erm_language bad_language = (erm_language)7;
    char *str = (char *)"sentinel";

    CHECK_FAILS(erm_config_load(NULL, &config), INVALID, "erm_config_load");
    CHECK(config == NULL);
    CHECK_FAILS(erm_config_load("x.yaml", NULL), INVALID, "erm_config_load");
    CHECK_FAILS(erm_config_load("", &config), ERM_E_LOAD, "erm_config_load");
    CHECK_FAILS(erm_config_load_string(NULL, 0, NULL, &config), INVALID, "erm_config_load_string");
    CHECK_FAILS(erm_config_load_string("", 0, NULL, NULL), INVALID, "erm_config_load_string");
    CHECK_FAILS(erm_config_load_string("language: fr", 12, NULL, &config), ERM_E_LOAD, "erm_config_load_string");
    CHECK_FAILS(erm_config_load_string("[", 1, NULL, &config), ERM_E_LOAD, "erm_config_load_string");
    CHECK(config == NULL);
    CHECK_FAILS(erm_config_find(NULL, &str), INVALID, "erm_config_find");
    CHECK(str == NULL);
    CHECK_FAILS(erm_config_find(".", NULL), INVALID, "erm_config_find");

    CHECK_OK(erm_config_load_string("", 0, NULL, &good));
    CHECK_FAILS(erm_config_describe(NULL, &info), INVALID, "erm_config_describe");
    CHECK_FAILS(erm_config_describe(wrong, &info), INVALID, "erm_config_describe");
    CHECK_FAILS(erm_config_describe(good, NULL), INVALID, "erm_config_describe");
    info.version = 0;
    CHECK_FAILS(erm_config_describe(good, &info), ERM_E_VERSION, "erm_config_describe");
    info.version = ERM_CONFIG_INFO_VERSION + 1;
    CHECK_FAILS(erm_config_describe(good, &info), ERM_E_VERSION, "erm_config_describe");

    CHECK_FAILS(erm_validate_with_config(NULL, good, NULL, &out), INVALID, "erm_validate_with_config");
    CHECK(out == NULL);
    CHECK_FAILS(erm_validate_with_config(rm, NULL, NULL, &out), INVALID, "erm_validate_with_config");
    CHECK_FAILS(erm_validate_with_config(rm, wrong, NULL, &out), INVALID, "erm_validate_with_config");
    CHECK_FAILS(erm_validate_with_config(rm, good, &bad_language, &out), INVALID, "erm_validate_with_config");
    CHECK_FAILS(erm_validate_with_config(rm, good, NULL, NULL), INVALID, "erm_validate_with_config");
    CHECK_FAILS(erm_validate_file_with_config(NULL, good, NULL, &out), INVALID, "erm_validate_file_with_config");
    CHECK_FAILS(erm_validate_file_with_config("x.yaml", NULL, NULL, &out), INVALID, "erm_validate_file_with_config");
    CHECK_FAILS(erm_validate_file_with_config("x.yaml", good, &bad_language, &out), INVALID,
                "erm_validate_file_with_config");
    CHECK_FAILS(erm_validate_file_with_config("x.yaml", good, NULL, NULL), INVALID, "erm_validate_file_with_config");
    CHECK(out == NULL);

    /* Freeing a handle of another type is refused silently: it stays usable. */
    erm_config_free((erm_config *)rm);
    CHECK(erm_roadmap_measure_count(rm) > 0);
    erm_config_free(NULL);
    erm_config_free(good);
}

/* The corpus index: NULLs, a roadmap list with a NULL or a handle of another
 * type, a count without a list, bad queries. */
static void test_index_misuse(void) {
    erm_index *index = (erm_index *)&index, *good = NULL;
    const erm_roadmap *one[1], *with_null[2], *with_report[1];
    char *str = (char *)&str;
    one[0] = rm;
    with_null[0] = rm;
    with_null[1] = NULL;
    with_report[0] = (const erm_roadmap *)report; /* a report posing as a roadmap */
    CHECK_FAILS(erm_index_new(one, 1, NULL), INVALID, "erm_index_new");
    CHECK_FAILS(erm_index_new(NULL, 1, &index), INVALID, "erm_index_new");
    CHECK(index == NULL);
    CHECK_FAILS(erm_index_new(with_null, 2, &index), INVALID, "erm_index_new");
    CHECK_FAILS(erm_index_new(with_report, 1, &index), INVALID, "erm_index_new");
    CHECK(index == NULL);
    CHECK_OK(erm_index_new(NULL, 0, &good)); /* an empty corpus is an index that matches nothing */
    CHECK_OK(erm_index_query_json(good, "{}", &str));
    CHECK(strstr(str, "\"count\":0") != NULL);
    erm_string_free(str);
    erm_index_free(good);
    CHECK_OK(erm_index_new(one, 1, &good));
    CHECK_FAILS(erm_index_query_json(NULL, "{}", &str), INVALID, "erm_index_query_json");
    CHECK(str == NULL);
    CHECK_FAILS(erm_index_query_json((const erm_index *)rm, "{}", &str), INVALID, "erm_index_query_json");
    CHECK_FAILS(erm_index_query_json(good, NULL, &str), INVALID, "erm_index_query_json");
    CHECK_FAILS(erm_index_query_json(good, "{}", NULL), INVALID, "erm_index_query_json");
    CHECK_FAILS(erm_index_query_json(good, "{", &str), ERM_E_QUERY, "erm_index_query_json");
    CHECK_FAILS(erm_index_query_json(good, "{\"stage\": \"sleeping\"}", &str), ERM_E_QUERY, "erm_index_query_json");
    CHECK(str == NULL);
    erm_index_free(NULL);
    erm_index_free((erm_index *)rm); /* another handle's type: left alone */
    erm_index_free(good);
}

static void test_errors_are_per_thread_state_and_survive_success(void) {
    erm_window p;
    CHECK_FAILS(erm_period_parse("никогда", &p), INVALID, "erm_period_parse");
    CHECK_OK(erm_period_parse("2021", &p)); /* success does not clear the last failure */
    CHECK(strstr(erm_last_error(), "никогда") != NULL);
}

int main(void) {
    erm_window p;
    CHECK_OK(erm_roadmap_load_string(check_plan, sizeof check_plan - 1, &rm));
    CHECK_OK(erm_validate(rm, NULL, &report));
    CHECK_OK(erm_period_parse("2021", &p));
    CHECK_OK(erm_deadline_resolve("май", &p, &deadline));
    test_library_functions();
    test_loading();
    test_roadmap_accessors();
    test_validation();
    test_deadlines();
    test_imports();
    test_configurations();
    test_index_misuse();
    test_errors_are_per_thread_state_and_survive_success();
    erm_deadline_free(deadline);
    erm_report_free(report);
    erm_roadmap_free(rm);
    return check_summary("capi-errors");
}
