/* The roadmap functions of <eduroadmap/eduroadmap.h>: loading, metadata,
 * sections, measures, responsibles, indicators and export. Facts about the
 * bundled roadmaps are checked against the YAML files in examples/. */
#include "check.h"

#include <stdlib.h>

static erm_roadmap *load_plan(void) {
    erm_roadmap *rm = NULL;
    CHECK_OK(erm_roadmap_load_string(check_plan, sizeof check_plan - 1, &rm));
    CHECK(rm != NULL);
    return rm;
}

static void test_metadata_of_a_seed(void) {
    erm_roadmap *rm = NULL;
    erm_roadmap_info info = ERM_ROADMAP_INFO_INIT;
    erm_responsible_info r = ERM_RESPONSIBLE_INFO_INIT;
    erm_measure_info m = ERM_MEASURE_INFO_INIT;
    erm_responsible_mention who = ERM_RESPONSIBLE_MENTION_INIT;
    erm_window w;
    CHECK_OK(erm_roadmap_load_file(ERM_SOURCE_DIR "/examples/kachkanar-2019-2020.yaml", &rm));
    CHECK_OK(erm_roadmap_describe(rm, &info));
    CHECK_STR(info.file, ERM_SOURCE_DIR "/examples/kachkanar-2019-2020.yaml");
    CHECK_STR(info.schema, "eduroadmap/1");
    CHECK_STR(info.id, "kachkanar-2019-2020");
    CHECK_STR(info.language, "ru");
    CHECK_STR(info.catalog, "fioko-2020");
    CHECK_STR(info.municipality, "Качканарский городской округ");
    CHECK_STR(info.region, "Свердловская область");
    CHECK_STR(info.period_text, "2019-2020");
    CHECK(info.period_known == 1);
    CHECK_DATE(info.period.start, 2019, 1, 1);
    CHECK_DATE(info.period.end, 2020, 12, 31);
    CHECK(info.approved == 1);
    CHECK_STR(info.approved_kind, "постановление");
    CHECK_STR(info.approved_number, "179");
    CHECK_DATE(info.approved_date, 2020, 6, 19);
    CHECK(strncmp(info.title, "Дорожная карта\n", strlen("Дорожная карта\n")) == 0);

    /* The glossary: six entries, the first МОУО. */
    CHECK(erm_roadmap_responsible_count(rm) == 6);
    CHECK_OK(erm_roadmap_responsible_at(rm, 0, &r));
    CHECK_STR(r.id, "mouo");
    CHECK_STR(r.short_name, "МОУО");
    CHECK_STR(r.full_name, "");
    CHECK(r.alias_count == 0);
    CHECK_OK(erm_roadmap_responsible_at(rm, 5, &r));
    CHECK_STR(r.id, "tp-rpk");
    CHECK_STATUS(erm_roadmap_responsible_at(rm, 6, &r), ERM_E_OUT_OF_RANGE);

    /* Measure 1: «октябрь 2019», МОУО. */
    CHECK(erm_roadmap_measure_count(rm) > 3);
    CHECK_OK(erm_roadmap_measure_at(rm, 0, &m));
    CHECK_STR(m.number, "1.");
    CHECK_STR(m.id, "s1/1"); /* «1.» starts every section: qualified by the section */
    CHECK_STR(m.path, "sections[0].measures[0]");
    CHECK(m.section == 0 && m.group == ERM_NO_INDEX);
    CHECK_STR(m.deadline_text, "октябрь 2019");
    CHECK(m.deadline_kind == ERM_DEADLINE_FIXED);
    CHECK(m.window_count == 1);
    CHECK_OK(erm_roadmap_measure_window(rm, 0, 0, &w));
    CHECK_DATE(w.start, 2019, 10, 1);
    CHECK_DATE(w.end, 2019, 10, 31);
    CHECK(m.responsible_count == 1);
    CHECK_OK(erm_roadmap_measure_responsible(rm, 0, 0, &who));
    CHECK_STR(who.text, "МОУО");
    CHECK_STR(who.id, "mouo"); /* the glossary's first entry */
    CHECK(m.result == NULL); /* the Kachkanar table has no result column */
    erm_roadmap_free(rm);
}

static void test_measures_and_sections(void) {
    erm_roadmap *rm = load_plan();
    erm_measure_info m = ERM_MEASURE_INFO_INIT;
    erm_section_info s = ERM_SECTION_INFO_INIT;
    erm_responsible_info r = ERM_RESPONSIBLE_INFO_INIT;
    erm_responsible_mention who = ERM_RESPONSIBLE_MENTION_INIT;
    erm_window w;
    const char *text = NULL;

    CHECK(erm_roadmap_measure_count(rm) == 2);
    CHECK(erm_roadmap_section_count(rm) == 2);
    CHECK(erm_roadmap_indicator_count(rm) == 0);

    CHECK_OK(erm_roadmap_section_at(rm, 0, &s));
    CHECK_STR(s.title, "Система оценки качества подготовки обучающихся");
    CHECK_STR(s.number, "");
    CHECK_STR(s.path, "sections[0]");
    CHECK(s.extra == 0 && s.first_measure == 0 && s.measure_count == 2 && s.group_count == 0);
    /* The official title of direction 1.1 (docs/catalogs.md). */
    CHECK_STR(s.match, "exact-title");
    CHECK_STR(s.direction_code, "1.1");
    CHECK_STR(s.direction_slug, "training-quality");
    CHECK_STR(s.direction_title, "Система оценки качества подготовки обучающихся");
    CHECK_OK(erm_roadmap_section_at(rm, 1, &s));
    CHECK(s.extra == 1 && s.first_measure == 2 && s.measure_count == 0);
    CHECK_STR(s.match, "declared-extra");
    CHECK_STR(s.direction_code, "");
    CHECK_STATUS(erm_roadmap_section_at(rm, 2, &s), ERM_E_OUT_OF_RANGE);

    /* «сентябрь-май» in 2023/2024: 2023-09-01..2024-05-31 (docs/deadlines.md). */
    CHECK_OK(erm_roadmap_measure_at(rm, 0, &m));
    CHECK_STR(m.title, "Мониторинг результатов ВПР");
    CHECK(m.deadline_kind == ERM_DEADLINE_FIXED && m.window_count == 1 && m.deadline_count == 1);
    CHECK(m.deadline_ambiguous == 0);
    CHECK_OK(erm_roadmap_measure_window(rm, 0, 0, &w));
    CHECK_DATE(w.start, 2023, 9, 1);
    CHECK_DATE(w.end, 2024, 5, 31);
    CHECK_STATUS(erm_roadmap_measure_window(rm, 0, 1, &w), ERM_E_OUT_OF_RANGE);
    CHECK_STR(m.result, "Аналитическая справка");
    CHECK(m.stage == ERM_STAGE_MONITORING && m.stage_inferred == 0);
    CHECK(m.status == ERM_MEASURE_STATUS_DONE);

    /* «совещания» is a shifted column: unrecognized, no windows. */
    CHECK_OK(erm_roadmap_measure_at(rm, 1, &m));
    CHECK_STR(m.id, "2");
    CHECK(m.deadline_kind == ERM_DEADLINE_UNRECOGNIZED && m.window_count == 0);
    CHECK(m.result == NULL);
    CHECK(m.status == ERM_MEASURE_STATUS_PLANNED); /* no status, no progress: planned */
    /* «Совещание руководителей» declares no stage: an ordinary activity
     * (docs/catalogs.md, "Stages of the management cycle"). */
    CHECK(m.stage == ERM_STAGE_MEASURES && m.stage_inferred == 1);
    CHECK(m.responsible_count == 2);
    CHECK_OK(erm_roadmap_measure_responsible(rm, 1, 0, &who));
    CHECK_STR(who.text, "КО");
    CHECK_STR(who.id, "ko");
    CHECK_OK(erm_roadmap_measure_responsible(rm, 1, 1, &who));
    CHECK_STR(who.text, "ОО");
    CHECK_STR(who.id, ""); /* not in this plan's registry */
    CHECK_STATUS(erm_roadmap_measure_responsible(rm, 1, 2, &who), ERM_E_OUT_OF_RANGE);
    CHECK_STATUS(erm_roadmap_measure_at(rm, 2, &m), ERM_E_OUT_OF_RANGE);

    CHECK_OK(erm_roadmap_responsible_at(rm, 0, &r));
    CHECK_STR(r.full_name, "комитет образования");
    CHECK(r.alias_count == 2);
    CHECK_OK(erm_roadmap_responsible_alias(rm, 0, 1, &text));
    CHECK_STR(text, "управление");
    CHECK_STATUS(erm_roadmap_responsible_alias(rm, 0, 2, &text), ERM_E_OUT_OF_RANGE);
    erm_roadmap_free(rm);
}

static void test_groups_of_a_seed(void) {
    /* Tonkino prints sub-headings: measures of groups follow the section's own. */
    erm_roadmap *rm = NULL;
    erm_section_info s = ERM_SECTION_INFO_INIT;
    erm_measure_info m = ERM_MEASURE_INFO_INIT;
    size_t i, total = 0, grouped = 0;
    CHECK_OK(erm_roadmap_load_file(ERM_SOURCE_DIR "/examples/tonkino-2020-2021.yaml", &rm));
    for (i = 0; i < erm_roadmap_section_count(rm); ++i) {
        CHECK_OK(erm_roadmap_section_at(rm, i, &s));
        CHECK(s.first_measure == total);
        total += s.measure_count;
    }
    CHECK(total == erm_roadmap_measure_count(rm));
    for (i = 0; i < total; ++i) {
        CHECK_OK(erm_roadmap_measure_at(rm, i, &m));
        if (m.group != ERM_NO_INDEX) {
            ++grouped;
            CHECK(strstr(m.path, ".groups[") != NULL);
        }
    }
    CHECK(grouped > 0);
    erm_roadmap_free(rm);
}

static void test_indicators(void) {
    static const char text[] =
        "schema: eduroadmap/1\nid: ind\ntitle: План\nperiod: 2021\nsections: []\n"
        "indicators:\n"
        "  - id: vpr-share\n"
        "    title: Доля ОО\n"
        "    direction: \"1.1\"\n"
        "    unit: percent\n"
        "    comparator: \"<=\"\n"
        "    baseline: {value: 12.5, date: 2020-12-31}\n"
        "    targets: [{period: \"2021\", value: 10}]\n"
        "    actuals: [{date: 2021-06-30, value: 11}]\n"
        "    method: мониторинг\n";
    erm_roadmap *rm = NULL;
    erm_indicator_info info = ERM_INDICATOR_INFO_INIT;
    erm_value value;
    erm_date date;
    const char *period = NULL;
    CHECK_OK(erm_roadmap_load_string(text, sizeof text - 1, &rm));
    CHECK(erm_roadmap_indicator_count(rm) == 1);
    CHECK_OK(erm_roadmap_indicator_at(rm, 0, &info));
    CHECK_STR(info.id, "vpr-share");
    CHECK_STR(info.direction, "1.1");
    CHECK(info.unit == ERM_UNIT_PERCENT && info.comparator == ERM_COMPARATOR_AT_MOST);
    CHECK(info.has_baseline == 1 && info.baseline.is_boolean == 0 && info.baseline.number == 12.5);
    CHECK_DATE(info.baseline_date, 2020, 12, 31);
    CHECK(info.target_count == 1 && info.actual_count == 1);
    CHECK_STR(info.method, "мониторинг");
    CHECK_OK(erm_roadmap_indicator_target(rm, 0, 0, &period, &value));
    CHECK_STR(period, "2021");
    CHECK(value.number == 10.0);
    CHECK_OK(erm_roadmap_indicator_actual(rm, 0, 0, &date, &value));
    CHECK_DATE(date, 2021, 6, 30);
    CHECK(value.number == 11.0);
    CHECK_STATUS(erm_roadmap_indicator_target(rm, 0, 1, &period, &value), ERM_E_OUT_OF_RANGE);
    CHECK_STATUS(erm_roadmap_indicator_actual(rm, 0, 1, &date, &value), ERM_E_OUT_OF_RANGE);
    CHECK_STATUS(erm_roadmap_indicator_at(rm, 1, &info), ERM_E_OUT_OF_RANGE);
    {
        /* As of 2021-07-01: the 2021 target (<= 10) runs; 11 measured on 2021-06-30 does not meet it yet. */
        erm_indicator_progress p = ERM_INDICATOR_PROGRESS_INIT;
        erm_date day = {2021, 7, 1};
        CHECK_OK(erm_roadmap_indicator_progress(rm, 0, &day, &p));
        CHECK(p.target == 0 && p.latest == 0);
        CHECK_DATE(p.target_window.start, 2021, 1, 1);
        CHECK_DATE(p.target_window.end, 2021, 12, 31);
        CHECK(p.status == ERM_PROGRESS_ON_TRACK || p.status == ERM_PROGRESS_BEHIND);
        CHECK(p.has_share == 1 && p.share > 0.0 && p.share < 1.0); /* 12.5 → 11 of the way to 10 */
        /* Before anything was measured. */
        day.month = 1;
        day.day = 15;
        CHECK_OK(erm_roadmap_indicator_progress(rm, 0, &day, &p));
        CHECK(p.status == ERM_PROGRESS_NO_DATA && p.latest == ERM_NO_INDEX);
        day.day = 32;
        CHECK_STATUS(erm_roadmap_indicator_progress(rm, 0, &day, &p), ERM_E_INVALID_ARGUMENT);
    }
    erm_roadmap_free(rm);
}

static void test_coverage(void) {
    erm_roadmap *rm = load_plan();
    erm_coverage_row row = ERM_COVERAGE_ROW_INIT;
    unsigned int required = 0;
    size_t i, rows = erm_roadmap_coverage_row_count(rm);
    char *json = NULL;
    /* The nine catalog directions, then the extra section. */
    CHECK(rows == 10);
    CHECK_OK(erm_roadmap_required_stages(rm, &required));
    CHECK((required & ERM_STAGE_BIT(ERM_STAGE_MONITORING)) != 0);
    CHECK_OK(erm_roadmap_coverage_row(rm, 0, &row));
    CHECK_STR(row.code, "1.1");
    CHECK(row.section_count == 1 && row.measure_count == 2);
    CHECK(row.covered == (ERM_STAGE_BIT(ERM_STAGE_MONITORING) | ERM_STAGE_BIT(ERM_STAGE_MEASURES)));
    CHECK(row.missing == (required & ~row.covered));
    CHECK_OK(erm_roadmap_coverage_row(rm, 1, &row));
    CHECK_STR(row.code, "1.2");
    CHECK(row.section_count == 0 && row.covered == 0 && row.missing == 0);
    CHECK_OK(erm_roadmap_coverage_row(rm, rows - 1, &row));
    CHECK_STR(row.code, "");
    CHECK_STR(row.title, "Нормативно-правовое обеспечение");
    for (i = 0; i < rows; ++i) CHECK_OK(erm_roadmap_coverage_row(rm, i, &row));
    CHECK_STATUS(erm_roadmap_coverage_row(rm, rows, &row), ERM_E_OUT_OF_RANGE);
    CHECK_OK(erm_roadmap_coverage_json(rm, &json));
    CHECK(strstr(json, "\"monitoring\":{\"measures\":[\"1\"]") != NULL);
    erm_string_free(json);
    erm_roadmap_free(rm);
}

static void test_queries(void) {
    erm_roadmap *rm = NULL;
    char *json = NULL;
    CHECK_OK(erm_roadmap_load_file(ERM_SOURCE_DIR "/examples/kachkanar-2019-2020.yaml", &rm));
    /* Due in November 2019: «ноябрь 2019», «ежегодно (ноябрь)», «15 ноября 2019» (examples/kachkanar-2019-2020.yaml). */
    CHECK_OK(erm_query_json(rm, "{\"due_between\": \"2019-11\"}", &json));
    CHECK(strstr(json, "\"count\":3") != NULL);
    erm_string_free(json);
    CHECK_OK(erm_query_json(rm, "{\"due_between\": \"2019-11\", \"responsible\": \"ГИМЦРО\"}", &json));
    CHECK(strstr(json, "\"count\":1") != NULL);
    erm_string_free(json);
    CHECK_STATUS(erm_query_json(rm, "{\"due_betwen\": \"2019\"}", &json), ERM_E_QUERY);
    CHECK(json == NULL);
    CHECK(strstr(erm_last_error(), "due_between") != NULL);
    CHECK_STATUS(erm_query_json(rm, "not json", &json), ERM_E_QUERY);
    erm_roadmap_free(rm);
}

static void test_export(void) {
    erm_roadmap *rm = load_plan(), *again = NULL;
    char *json = NULL, *yaml = NULL, *measures = NULL;
    erm_measure_info m = ERM_MEASURE_INFO_INIT;
    CHECK_OK(erm_roadmap_to_json(rm, -1, &json));
    CHECK(json != NULL && json[0] == '{');
    CHECK(strstr(json, "\"id\":\"test-plan\"") != NULL);
    CHECK(strstr(json, "\"deadline\":\"сентябрь-май\"") != NULL);
    CHECK_OK(erm_roadmap_measures_json(rm, &measures));
    CHECK(measures != NULL && strncmp(measures, "{\"fields\":[\"index\",\"id\",", 23) == 0);
    /* Two distinct deadlines, each written once in the table. */
    CHECK(strstr(measures, "\"windows\":[{\"start\":\"2023-09-01\",\"end\":\"2024-05-31\"}]") != NULL);
    CHECK(strstr(measures, "\"kind\":\"unrecognized\"") != NULL);
    /* Row 0: index 0, id "1", …, deadline 0, responsibles 0, direction 1.1, result, stage monitoring declared, done. */
    CHECK(strstr(measures, "[0,\"1\",\"1.\",\"Мониторинг результатов ВПР\",\"\",\"sections[0].measures[0]\",0,null,0,0,"
                           "\"1.1\",\"Аналитическая справка\",\"monitoring\",false,\"done\",") != NULL);
    CHECK(strstr(measures, "\"responsibles\":[[[\"КО\",\"ko\"]],[[\"КО\",\"ko\"],[\"ОО\",null]]]") != NULL);
    /* YAML written back loads into the same measures. */
    CHECK_OK(erm_roadmap_to_yaml(rm, &yaml));
    CHECK_OK(erm_roadmap_load_string(yaml, strlen(yaml), &again));
    CHECK(erm_roadmap_measure_count(again) == 2);
    CHECK_OK(erm_roadmap_measure_at(again, 1, &m));
    CHECK_STR(m.deadline_text, "совещания");
    erm_string_free(json);
    erm_string_free(yaml);
    erm_string_free(measures);
    erm_roadmap_free(again);
    erm_roadmap_free(rm);
}

static void test_load_failures(void) {
    static const char broken[] = "schema: eduroadmap/1\nid: x\ntitle: [unclosed\n";
    erm_roadmap *rm = (erm_roadmap *)&rm; /* must be reset to NULL on failure */
    erm_error_detail detail = ERM_ERROR_DETAIL_INIT;
    erm_options options = ERM_OPTIONS_INIT;

    CHECK_STATUS(erm_roadmap_load_string(broken, sizeof broken - 1, &rm), ERM_E_LOAD);
    CHECK(rm == NULL);
    CHECK_OK(erm_last_error_detail(&detail));
    CHECK(detail.status == ERM_E_LOAD);
    CHECK_STR(detail.rule, "yaml-syntax");
    CHECK_STR(detail.file, "<string>");
    CHECK(detail.line >= 3 && detail.column > 0);
    CHECK(strstr(erm_last_error(), "yaml-syntax") != NULL);

    CHECK_STATUS(erm_roadmap_load_file(ERM_SOURCE_DIR "/no/such/file.yaml", &rm), ERM_E_LOAD);
    CHECK(rm == NULL);
    CHECK_OK(erm_last_error_detail(&detail));
    CHECK_STR(detail.file, ERM_SOURCE_DIR "/no/such/file.yaml");

    /* A limit from the options: the file is larger than 100 bytes. */
    options.max_file_bytes = 100;
    CHECK_STATUS(erm_roadmap_load_string_ext(check_plan, sizeof check_plan - 1, "plan.yaml", &options, &rm),
                 ERM_E_LOAD);
    CHECK_OK(erm_last_error_detail(&detail));
    CHECK_STR(detail.rule, "input-limit");
    CHECK_STR(detail.file, "plan.yaml");
    options.max_file_bytes = 0;
    /* The windows limit (options version 2): «ежемесячно» over two years is 24 windows. */
    {
        static const char monthly[] = "schema: eduroadmap/1\nid: m\ntitle: План\nperiod: 2024-2025\nsections:\n"
                                      "  - title: Раздел\n    measures:\n      - number: \"1\"\n"
                                      "        title: Мониторинг\n        deadline: Ежемесячно\n";
        erm_options v1 = ERM_OPTIONS_INIT;
        options.max_windows = 23;
        CHECK_STATUS(erm_roadmap_load_string_ext(monthly, sizeof monthly - 1, "m.yaml", &options, &rm), ERM_E_LOAD);
        CHECK_OK(erm_last_error_detail(&detail));
        CHECK_STR(detail.rule, "input-limit");
        CHECK(strstr(detail.message, "24") != NULL);
        options.max_windows = 24;
        CHECK_OK(erm_roadmap_load_string_ext(monthly, sizeof monthly - 1, "m.yaml", &options, &rm));
        erm_roadmap_free(rm);
        options.max_windows = 1000001; /* above the ceiling */
        CHECK_STATUS(erm_roadmap_load_string_ext(monthly, sizeof monthly - 1, "m.yaml", &options, &rm),
                     ERM_E_INVALID_ARGUMENT);
        options.max_windows = 0;
        /* A version-1 caller's struct has no max_windows: whatever lies there is not read. */
        v1.version = 1;
        v1.max_windows = 1;
        CHECK_OK(erm_roadmap_load_string_ext(monthly, sizeof monthly - 1, "m.yaml", &v1, &rm));
        erm_roadmap_free(rm);
    }
    CHECK_OK(erm_roadmap_load_string_ext(check_plan, sizeof check_plan - 1, "plan.yaml", &options, &rm));
    {
        erm_roadmap_info info = ERM_ROADMAP_INFO_INIT;
        CHECK_OK(erm_roadmap_describe(rm, &info));
        CHECK_STR(info.file, "plan.yaml");
    }
    erm_roadmap_free(rm);
}

int main(void) {
    test_metadata_of_a_seed();
    test_measures_and_sections();
    test_groups_of_a_seed();
    test_indicators();
    test_coverage();
    test_queries();
    test_export();
    test_load_failures();
    return check_summary("capi-roadmap");
}
