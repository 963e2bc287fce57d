/* A minimal test harness for the C API tests (C99): checks count and report
 * failures with the last error; main() returns the number of failures. */
#ifndef ERM_TESTS_CAPI_CHECK_H
#define ERM_TESTS_CAPI_CHECK_H

#include <eduroadmap/eduroadmap.h>

#include <stdio.h>
#include <string.h>

static int check_count = 0;
static int check_failures = 0;

#define CHECK(cond)                                                                                          \
    do {                                                                                                     \
        ++check_count;                                                                                       \
        if (!(cond)) {                                                                                       \
            ++check_failures;                                                                                \
            fprintf(stderr, "%s:%d: CHECK(%s) failed; last error: %s\n", __FILE__, __LINE__, #cond,          \
                    erm_last_error());                                                                       \
        }                                                                                                    \
    } while (0)

/* The call returns @p expected (an erm_status). */
#define CHECK_STATUS(call, expected)                                                                         \
    do {                                                                                                     \
        erm_status check_status_ = (call);                                                                   \
        ++check_count;                                                                                       \
        if (check_status_ != (expected)) {                                                                   \
            ++check_failures;                                                                                \
            fprintf(stderr, "%s:%d: %s returned %s, expected %s; last error: %s\n", __FILE__, __LINE__, #call, \
                    erm_status_name(check_status_), erm_status_name(expected), erm_last_error());            \
        }                                                                                                    \
    } while (0)

#define CHECK_OK(call) CHECK_STATUS(call, ERM_OK)

/* Two NUL-terminated strings are equal (NULL is equal only to NULL). */
#define CHECK_STR(actual, expected)                                                                          \
    do {                                                                                                     \
        const char *check_a_ = (actual), *check_e_ = (expected);                                             \
        ++check_count;                                                                                       \
        if (!(check_a_ == check_e_ || (check_a_ && check_e_ && strcmp(check_a_, check_e_) == 0))) {          \
            ++check_failures;                                                                                \
            fprintf(stderr, "%s:%d: %s is \"%s\", expected \"%s\"\n", __FILE__, __LINE__, #actual,           \
                    check_a_ ? check_a_ : "(null)", check_e_ ? check_e_ : "(null)");                        \
        }                                                                                                    \
    } while (0)

/* A date equals year-month-day. */
#define CHECK_DATE(d, y, m, dd) CHECK((d).year == (y) && (d).month == (m) && (d).day == (dd))

/* Prints the tally and gives main()'s exit status. */
static int check_summary(const char *name) {
    printf("%s: %d checks, %d failed\n", name, check_count, check_failures);
    return check_failures == 0 ? 0 : 1;
}

/* A small roadmap written for the tests: every line and column below is
 * counted by hand from this text. */
static const char check_plan[] =
    "schema: eduroadmap/1\n"                                          /* 1 */
    "id: test-plan\n"                                                 /* 2 */
    "title: Тестовый план\n"                                          /* 3 */
    "period: 2023/2024\n"                                             /* 4 */
    "responsibles:\n"                                                 /* 5 */
    "  - id: ko\n"                                                    /* 6 */
    "    short: КО\n"                                                 /* 7 */
    "    full: комитет образования\n"                                 /* 8 */
    "    aliases: [Комитет образования, управление]\n"                /* 9 */
    "sections:\n"                                                     /* 10 */
    "  - title: Система оценки качества подготовки обучающихся\n"     /* 11 */
    "    measures:\n"                                                 /* 12 */
    "      - number: \"1.\"\n"                                        /* 13 */
    "        title: Мониторинг результатов ВПР\n"                     /* 14 */
    "        deadline: сентябрь-май\n"                                /* 15 */
    "        responsibles: КО\n"                                      /* 16 */
    "        result: Аналитическая справка\n"                         /* 17 */
    "        stage: monitoring\n"                                     /* 18 */
    "        status: done\n"                                          /* 19 */
    "      - number: \"2.\"\n"                                        /* 20 */
    "        title: Совещание руководителей\n"                        /* 21 */
    "        deadline: совещания\n"                                   /* 22 */
    "        responsibles: [КО, ОО]\n"                                /* 23 */
    "  - title: Нормативно-правовое обеспечение\n"                    /* 24 */
    "    extra: true\n"                                               /* 25 */
    "    measures: []\n";                                             /* 26 */

#endif
