/* Deadlines and plan periods through the C API (docs/deadlines.md examples). */
#include "check.h"

#include <stdlib.h>

static erm_window school_year(void) {
    erm_window p;
    CHECK_OK(erm_period_parse("2023/2024", &p));
    return p;
}

static void test_periods(void) {
    erm_window p;
    CHECK_OK(erm_period_parse("2023/2024", &p));
    CHECK_DATE(p.start, 2023, 9, 1);
    CHECK_DATE(p.end, 2024, 8, 31);
    CHECK_OK(erm_period_parse("2020-2022", &p));
    CHECK_DATE(p.start, 2020, 1, 1);
    CHECK_DATE(p.end, 2022, 12, 31);
    CHECK_OK(erm_period_parse("2021-03-01..2021-05-31", &p));
    CHECK_DATE(p.start, 2021, 3, 1);
    CHECK_DATE(p.end, 2021, 5, 31);
    CHECK_STATUS(erm_period_parse("2024/2023", &p), ERM_E_INVALID_ARGUMENT);
    CHECK_STATUS(erm_period_parse("весной", &p), ERM_E_INVALID_ARGUMENT);
    CHECK(strstr(erm_last_error(), "весной") != NULL);
}

static void test_recurring_span(void) {
    /* «Ежегодно Сентябрь - февраль» in 2023/2024: one span crossing the new year. */
    erm_window p = school_year(), w;
    erm_deadline *d = NULL;
    erm_deadline_info info = ERM_DEADLINE_INFO_INIT;
    char *json = NULL;
    CHECK_OK(erm_deadline_resolve("Ежегодно Сентябрь - февраль", &p, &d));
    CHECK_OK(erm_deadline_describe(d, &info));
    CHECK(info.kind == ERM_DEADLINE_RECURRING);
    CHECK_STR(info.text, "Ежегодно Сентябрь - февраль");
    CHECK(info.window_count == 1 && info.count == 1 && info.ambiguous == 0);
    CHECK_OK(erm_deadline_window(d, 0, &w));
    CHECK_DATE(w.start, 2023, 9, 1);
    CHECK_DATE(w.end, 2024, 2, 29);
    CHECK_STATUS(erm_deadline_window(d, 1, &w), ERM_E_OUT_OF_RANGE);
    CHECK(strncmp(info.rrule, "FREQ=YEARLY", 11) == 0);
    CHECK_STR(info.rendered, "ежегодно, сентябрь – февраль");
    CHECK_OK(erm_deadline_to_json(d, &json));
    CHECK_STR(json, "{\"text\":\"Ежегодно Сентябрь - февраль\",\"kind\":\"recurring\",\"windows\":"
                    "[{\"start\":\"2023-09-01\",\"end\":\"2024-02-29\"}],\"count\":1,\"ambiguous\":false,\"note\":\"\"}");
    erm_string_free(json);
    erm_deadline_free(d);
}

static void test_other_kinds(void) {
    erm_window p = school_year(), w;
    erm_deadline *d = NULL;
    erm_deadline_info info = ERM_DEADLINE_INFO_INIT;
    /* «2 раза в год»: year slices with count 2. */
    CHECK_OK(erm_deadline_resolve("2 раза в год", &p, &d));
    CHECK_OK(erm_deadline_describe(d, &info));
    CHECK(info.kind == ERM_DEADLINE_RECURRING && info.count == 2 && info.window_count == 1);
    CHECK_OK(erm_deadline_window(d, 0, &w));
    CHECK_DATE(w.start, 2023, 9, 1);
    CHECK_DATE(w.end, 2024, 8, 31);
    erm_deadline_free(d);
    /* «январь» in a school year: 2024-01. */
    CHECK_OK(erm_deadline_resolve("январь", &p, &d));
    CHECK_OK(erm_deadline_describe(d, &info));
    CHECK(info.kind == ERM_DEADLINE_FIXED && info.ambiguous == 0);
    CHECK_OK(erm_deadline_window(d, 0, &w));
    CHECK_DATE(w.start, 2024, 1, 1);
    CHECK_DATE(w.end, 2024, 1, 31);
    erm_deadline_free(d);
    /* External, on demand, unspecified, unrecognized: no windows. */
    CHECK_OK(erm_deadline_resolve("по отдельному графику", &p, &d));
    CHECK_OK(erm_deadline_describe(d, &info));
    CHECK(info.kind == ERM_DEADLINE_EXTERNAL && info.window_count == 0);
    CHECK_STR(info.rrule, "");
    erm_deadline_free(d);
    CHECK_OK(erm_deadline_resolve("по запросу ОО", &p, &d));
    CHECK_OK(erm_deadline_describe(d, &info));
    CHECK(info.kind == ERM_DEADLINE_ON_DEMAND);
    erm_deadline_free(d);
    CHECK_OK(erm_deadline_resolve("?", &p, &d));
    CHECK_OK(erm_deadline_describe(d, &info));
    CHECK(info.kind == ERM_DEADLINE_UNSPECIFIED);
    erm_deadline_free(d);
    CHECK_OK(erm_deadline_resolve("методические рекомендации", &p, &d));
    CHECK_OK(erm_deadline_describe(d, &info));
    CHECK(info.kind == ERM_DEADLINE_UNRECOGNIZED && info.window_count == 0);
    erm_deadline_free(d);
}

static void test_bad_periods_are_refused(void) {
    erm_window p = school_year();
    erm_deadline *d = (erm_deadline *)&d;
    erm_window inverted;
    inverted.start = p.end;
    inverted.end = p.start;
    CHECK_STATUS(erm_deadline_resolve("май", &inverted, &d), ERM_E_INVALID_ARGUMENT);
    CHECK(d == NULL);
    p.end.day = 32;
    CHECK_STATUS(erm_deadline_resolve("май", &p, &d), ERM_E_INVALID_ARGUMENT);
    p.end.month = 2;
    p.end.day = 30; /* 30 February */
    CHECK_STATUS(erm_deadline_resolve("май", &p, &d), ERM_E_INVALID_ARGUMENT);
}

int main(void) {
    test_periods();
    test_recurring_span();
    test_other_kinds();
    test_bad_periods_are_refused();
    return check_summary("capi-deadline");
}
