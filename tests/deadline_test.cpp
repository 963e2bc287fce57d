// Tests for <eduroadmap/deadline.hpp>: resolve_deadline, row by row of the
// contract in docs/deadlines.md, plus normalisation, notes, numerals, month cases,
// school years, «до …» and «с …». (The corpus test checks the labelled roadmap
// cases; RRULE, rendering and generated inputs have files of their own.)
#include "deadline_corpus.hpp"

#include <eduroadmap/deadline.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace eduroadmap;

namespace {

// The default period of the docs/deadlines.md examples.
const Window school_year(Date(2023, 9, 1), Date(2024, 8, 31));
const Window years_2020_2021(Date(2020, 1, 1), Date(2021, 12, 31));
const Window year_2021(Date(2021, 1, 1), Date(2021, 12, 31));

Window period(std::string_view text) { return testing::parse_corpus_window(text, 0); }

struct Expect {
    DeadlineKind kind;
    std::string windows; // corpus notation: START..END;START..END
    int count = 1;
    bool ambiguous = false;
};

void check(std::string_view text, const Expect &e, const Window &p = school_year) {
    const Deadline d = resolve_deadline(text, p);
    INFO("«" << std::string(text) << "» P=" << to_iso(p) << " note «" << d.note << "»");
    CHECK(to_string(d.kind) == to_string(e.kind));
    std::string got;
    for (const Window &w : d.windows) got += (got.empty() ? "" : ";") + to_iso(w);
    CHECK(got == e.windows);
    CHECK(d.count == e.count);
    CHECK(d.ambiguous == e.ambiguous);
}

constexpr auto fixed = DeadlineKind::fixed;
constexpr auto recurring = DeadlineKind::recurring;
constexpr auto continuous = DeadlineKind::continuous;

} // namespace

TEST_CASE("kind names round-trip and nothing else parses") {
    for (DeadlineKind k : {DeadlineKind::fixed, DeadlineKind::recurring, DeadlineKind::continuous,
                           DeadlineKind::on_demand, DeadlineKind::external, DeadlineKind::unspecified,
                           DeadlineKind::unrecognized})
        CHECK(parse_deadline_kind(to_string(k)) == k);
    CHECK(to_string(DeadlineKind::on_demand) == "on_demand");
    CHECK_FALSE(parse_deadline_kind("Fixed"));
    CHECK_FALSE(parse_deadline_kind("on-demand"));
    CHECK_FALSE(parse_deadline_kind(""));
    CHECK(to_string(Frequency::school_quarterly) == "school_quarterly");
}

TEST_CASE("contract, kinds: on demand, external, unspecified, unrecognized") {
    for (const char *t : {"по запросу", "По запросу ОО", "по необходимости", "по мере необходимости",
                          "при необходимости"})
        check(t, {DeadlineKind::on_demand, ""});
    for (const char *t : {"в соответствии с графиком проведения ВПР", "согласно плану", "по графику",
                          "по плану работы", "по отдельному графику", "В соответствии со сроками",
                          "при проведении оценочных процедур", "в сроки, установленные Рособрнадзором",
                          "В соответствии с планом-графиком курсовой подготовки на 2021 год",
                          "в период каникул", "Во время летних каникул", "каникулы"})
        check(t, {DeadlineKind::external, ""});
    for (const char *t : {"", "?", "-", "—", "–", "  \n ", "??", "."})
        check(t, {DeadlineKind::unspecified, ""});
    for (const char *t : {"совещания", "методические рекомендации", "семинар-практикум", "опрос на сайтах ОО"})
        check(t, {DeadlineKind::unrecognized, ""});
}

TEST_CASE("external: the whole text is the note, dates inside stay in it") {
    const Deadline d = resolve_deadline("В соответствии  с планом\nна 2021 год", school_year);
    CHECK(d.kind == DeadlineKind::external);
    CHECK(d.note == "В соответствии с планом на 2021 год");
    CHECK(d.windows.empty());
}

TEST_CASE("contract, fixed: days, months, years") {
    check("15 ноября 2019", {fixed, "2019-11-15..2019-11-15"});
    check("15.11.2019", {fixed, "2019-11-15..2019-11-15"});
    check("15.11.19", {fixed, "2019-11-15..2019-11-15"});
    check("2019-11-15", {fixed, "2019-11-15..2019-11-15"});
    check("Декабрь 2020", {fixed, "2020-12-01..2020-12-31"});
    check("август 2020 г.", {fixed, "2020-08-01..2020-08-31"});
    check("09.2021", {fixed, "2021-09-01..2021-09-30"});
    check("2021", {fixed, "2021-01-01..2021-12-31"});
    check("2021 год", {fixed, "2021-01-01..2021-12-31"});
    check("2020-2022", {fixed, "2020-01-01..2022-12-31"});
    check("2021-2024 г.г.", {fixed, "2021-01-01..2024-12-31"});
    check("2020 2022", {fixed, "2020-01-01..2020-12-31;2022-01-01..2022-12-31"});
}

TEST_CASE("contract, fixed: «до DATE» runs from the period start, or is the day itself before it") {
    check("до 01.09.2021", {fixed, "2021-01-01..2021-09-01"}, year_2021);
    check("не позднее 1 сентября 2021", {fixed, "2021-01-01..2021-09-01"}, year_2021);
    check("не позже 1 сентября 2021 г.", {fixed, "2021-01-01..2021-09-01"}, year_2021);
    check("к 1 сентября 2021", {fixed, "2021-01-01..2021-09-01"}, year_2021);
    check("в срок до 01.09.2021", {fixed, "2021-01-01..2021-09-01"}, year_2021);
    check("до 01.05.2020", {fixed, "2020-05-01..2020-05-01"}, year_2021);
    check("до конца 2021 года", {fixed, "2021-01-01..2021-12-31"}, year_2021);
    check("до мая 2021", {fixed, "2021-01-01..2021-05-31"}, year_2021);
    // without a year: the day's occurrence in the period
    check("до 1 сентября", {fixed, "2021-01-01..2021-09-01"}, year_2021);
    check("до 1 сентября", {fixed, "2020-01-01..2020-09-01", 1, true}, years_2020_2021);
}

TEST_CASE("contract, fixed: a month without a year is its occurrence in the period") {
    check("январь", {fixed, "2024-01-01..2024-01-31"});
    check("ноябрь", {fixed, "2020-11-01..2020-11-30", 1, true}, years_2020_2021);
    // P holds no III quarter whole: the first one it overlaps, and both are possible
    check("III квартал", {fixed, "2023-07-01..2023-09-30", 1, true});
    // an occurrence held whole wins over one overlapped in part
    check("III квартал", {fixed, "2024-07-01..2024-09-30"}, period("2023-09-01..2024-12-31"));
    check("II полугодие", {fixed, "2020-07-01..2020-12-31", 1, true}, years_2020_2021);
    check("15 ноября", {fixed, "2023-11-15..2023-11-15"});
}

TEST_CASE("contract, fixed: spans of months") {
    check("Февраль - апрель 2021", {fixed, "2021-02-01..2021-04-30"});
    check("ноябрь - февраль 2021", {fixed, "2020-11-01..2021-02-28"});
    check("сентябрь-май", {fixed, "2023-09-01..2024-05-31"});
    check("ноябрь-апрель", {fixed, "2023-11-01..2024-04-30"});
    check("август-сентябрь", {fixed, "2024-08-01..2024-09-30"});
    check("сентябрь-май", {fixed, "2020-09-01..2021-05-31", 1, true}, years_2020_2021);
    check("сентябрь 2023 - май 2024", {fixed, "2023-09-01..2024-05-31"});
    check("сентябрь 2023 г. – май 2024 г.", {fixed, "2023-09-01..2024-05-31"});
    check("сентябрь 2023 - май", {fixed, "2023-09-01..2024-05-31"});
    check("01.09.2023 - 31.05.2024", {fixed, "2023-09-01..2024-05-31"});
    check("1-15 сентября 2023", {fixed, "2023-09-01..2023-09-15"});
}

TEST_CASE("contract, fixed: school years, quarters, half-years") {
    check("2020/2021 учебный год", {fixed, "2020-09-01..2021-08-31"});
    check("2020-2021 учебный год", {fixed, "2020-09-01..2021-08-31"});
    check("2020/21 уч. год", {fixed, "2020-09-01..2021-08-31"});
    check("2023/2024", {fixed, "2023-09-01..2024-08-31"});
    check("2019-2022 учебные годы", {fixed, "2019-09-01..2022-08-31"});
    check("3 квартал 2024", {fixed, "2024-07-01..2024-09-30"});
    check("III квартал 2024", {fixed, "2024-07-01..2024-09-30"});
    check("Первое полугодие 2021", {fixed, "2021-01-01..2021-06-30"});
    check("II полугодие 2021", {fixed, "2021-07-01..2021-12-31"});
    check("I четверть 2023/2024 учебного года", {fixed, "2023-09-01..2023-10-31"});
    check("III четверть", {fixed, "2024-01-01..2024-03-31"});
}

TEST_CASE("Roman numerals, ordinal words and «1-й» forms") {
    const char *q4[] = {"4 квартал 2023",         "IV квартал 2023",       "iv квартал 2023",
                        "4-й квартал 2023",        "4 кв. 2023",            "IV кв. 2023 г.",
                        "четвертый квартал 2023",  "четвёртый квартал 2023", "в четвертом квартале 2023 года",
                        "Четвёртого квартала 2023"};
    for (const char *t : q4) check(t, {fixed, "2023-10-01..2023-12-31"});
    for (const char *t : {"1 полугодие 2021", "I полугодие 2021", "1-е полугодие 2021", "первое полугодие 2021",
                          "в первом полугодии 2021 г."})
        check(t, {fixed, "2021-01-01..2021-06-30"});
    check("второе полугодие 2021", {fixed, "2021-07-01..2021-12-31"});
    check("третий квартал 2021", {fixed, "2021-07-01..2021-09-30"});
    check("III и IV квартал 2023 г.", {fixed, "2023-07-01..2023-09-30;2023-10-01..2023-12-31"});
    check("I-II квартал 2024", {fixed, "2024-01-01..2024-06-30"});
    check("1, 2 полугодие 2021", {fixed, "2021-01-01..2021-06-30;2021-07-01..2021-12-31"});
    CHECK(resolve_deadline("V квартал 2021", school_year).note == "V квартал"); // no fifth quarter
}

TEST_CASE("month names in every case plans use") {
    check("сентябрь 2023", {fixed, "2023-09-01..2023-09-30"});
    check("в сентябре", {fixed, "2023-09-01..2023-09-30"});
    check("в сентябре 2023 года", {fixed, "2023-09-01..2023-09-30"});
    check("с сентября по май", {fixed, "2023-09-01..2024-05-31"});
    check("с 1 сентября 2023 г. по 31 мая 2024 г.", {fixed, "2023-09-01..2024-05-31"});
    check("с 1 по 15 сентября 2023", {fixed, "2023-09-01..2023-09-15"});
    check("до 1 сентября 2024", {fixed, "2023-09-01..2024-09-01"});
    check("мае 2024", {fixed, "2024-05-01..2024-05-31"});
    check("сент. 2023", {fixed, "2023-09-01..2023-09-30"});
    check("Мая 2024", {fixed, "2024-05-01..2024-05-31"});
}

TEST_CASE("contract, fixed: lists and a trailing year") {
    check("сентябрь, май", {fixed, "2023-09-01..2023-09-30;2024-05-01..2024-05-31"});
    check("декабрь, январь, февраль",
          {fixed, "2023-12-01..2023-12-31;2024-01-01..2024-01-31;2024-02-01..2024-02-29"});
    check("июнь, июль 2024", {fixed, "2024-06-01..2024-06-30;2024-07-01..2024-07-31"});
    check("декабрь 2023, март 2024", {fixed, "2023-12-01..2023-12-31;2024-03-01..2024-03-31"});
    check("Август 2020\nАвгуст 2021", {fixed, "2020-08-01..2020-08-31;2021-08-01..2021-08-31"});
    check("Август 2020 / Август 2021", {fixed, "2020-08-01..2020-08-31;2021-08-01..2021-08-31"});
    check("сентябрь; октябрь и ноябрь", {fixed, "2023-09-01..2023-09-30;2023-10-01..2023-10-31;2023-11-01..2023-11-30"});
    check("декабрь 2023, январь, февраль 2024",
          {fixed, "2023-12-01..2023-12-31;2024-01-01..2024-01-31;2024-02-01..2024-02-29"});
}

TEST_CASE("contract, continuous") {
    check("Постоянно", {continuous, "2023-09-01..2024-08-31"});
    check("В течение года", {continuous, "2023-09-01..2024-08-31"});
    check("в течение учебного года", {continuous, "2023-09-01..2024-08-31"});
    // «уч. год» is «учебный год», with or without the dot and the space.
    for (const char *t : {"в течение уч. года", "в течение уч.года", "в течение уч. год", "в течение уч.г.", "в течение уч года"})
        check(t, {continuous, "2023-09-01..2024-08-31"});
    check("в течение всего периода", {continuous, "2023-09-01..2024-08-31"});
    check("на постоянной основе", {continuous, "2023-09-01..2024-08-31"});
    check("В течение 2020-2021 гг.", {continuous, "2020-01-01..2021-12-31"});
    check("в течение I полугодия 2024 г.", {continuous, "2024-01-01..2024-06-30"});
    check("в течение 2023/2024 учебного года", {continuous, "2023-09-01..2024-08-31"});
    check("с 07 октября 2019", {continuous, "2019-10-07..2024-08-31"});
    check("с 2024 года", {continuous, "2024-01-01..2024-08-31"});
    check("начиная с 1 января 2024 года", {continuous, "2024-01-01..2024-08-31"});
    check("с января", {continuous, "2024-01-01..2024-08-31"});
    check("постоянно с 7 октября 2019", {continuous, "2019-10-07..2024-08-31"});
    check("постоянно с 7 октября 2019 по 31 мая 2024", {continuous, "2019-10-07..2024-05-31"});
    // a start after the period: the named unit itself
    check("с 2025 года", {continuous, "2025-01-01..2025-12-31"});
}

TEST_CASE("contract, recurring: yearly slices and months of every year") {
    check("Ежегодно", {recurring, "2023-09-01..2024-08-31"});
    check("ежегодно", {recurring, "2020-01-01..2020-12-31;2021-01-01..2021-12-31"}, years_2020_2021);
    check("каждый год", {recurring, "2023-09-01..2024-08-31"});
    check("раз в год", {recurring, "2023-09-01..2024-08-31"});
    check("Сентябрь ежегодно", {recurring, "2023-09-01..2023-09-30"});
    check("Ежегодно, декабрь", {recurring, "2023-12-01..2023-12-31"});
    check("ежегодно (ноябрь)", {recurring, "2023-11-01..2023-11-30"});
    check("Ежегодно - май", {recurring, "2024-05-01..2024-05-31"});
    check("ежегодно в мае", {recurring, "2024-05-01..2024-05-31"});
    check("Октябрь-ноябрь ежегодно", {recurring, "2023-10-01..2023-11-30"});
    check("Ежегодно Сентябрь - февраль", {recurring, "2023-09-01..2024-02-29"});
    check("Ежегодно Сентябрь - февраль", {recurring, "2020-01-01..2020-02-29;2020-09-01..2021-02-28;2021-09-01..2021-12-31"},
          years_2020_2021);
    check("Ежегодно - сентябрь, май", {recurring, "2023-09-01..2023-09-30;2024-05-01..2024-05-31"});
    check("ежегодно, III квартал", {recurring, "2020-07-01..2020-09-30;2021-07-01..2021-09-30"}, years_2020_2021);
    check("Ежегодно с 2021 года", {recurring, "2021-01-01..2021-12-31;2022-01-01..2022-12-31"},
          period("2020-01-01..2022-12-31"));
    check("С 2021 года ежегодно (ноябрь)", {recurring, "2021-11-01..2021-11-30"}, years_2020_2021);
    check("ежегодно до 2021 года", {recurring, "2020-01-01..2020-12-31;2021-01-01..2021-12-31"},
          period("2020-01-01..2022-12-31"));
    check("2021-2022 ежегодно", {recurring, "2021-01-01..2021-12-31;2022-01-01..2022-12-31"},
          period("2020-01-01..2023-12-31"));
    check("ежегодно в течение 2021-2022 гг.", {recurring, "2021-01-01..2021-12-31;2022-01-01..2022-12-31"},
          period("2020-01-01..2023-12-31"));
}

TEST_CASE("contract, recurring: calendar units") {
    check("Ежеквартально",
          {recurring, "2023-09-01..2023-09-30;2023-10-01..2023-12-31;2024-01-01..2024-03-31;2024-04-01..2024-06-30;"
                      "2024-07-01..2024-08-31"});
    check("раз в квартал",
          {recurring, "2023-09-01..2023-09-30;2023-10-01..2023-12-31;2024-01-01..2024-03-31;2024-04-01..2024-06-30;"
                      "2024-07-01..2024-08-31"});
    check("по кварталам", {recurring, "2021-01-01..2021-03-31;2021-04-01..2021-06-30;2021-07-01..2021-09-30;"
                                      "2021-10-01..2021-12-31"},
          year_2021);
    check("ежемесячно", {recurring, "2021-01-01..2021-01-31;2021-02-01..2021-02-28;2021-03-01..2021-03-31;"
                                    "2021-04-01..2021-04-30;2021-05-01..2021-05-31;2021-06-01..2021-06-30;"
                                    "2021-07-01..2021-07-31;2021-08-01..2021-08-31;2021-09-01..2021-09-30;"
                                    "2021-10-01..2021-10-31;2021-11-01..2021-11-30;2021-12-01..2021-12-31"},
          year_2021);
    check("еженедельно", {recurring, "2021-02-24..2021-02-28;2021-03-01..2021-03-07;2021-03-08..2021-03-10"},
          period("2021-02-24..2021-03-10"));
    check("еженедельно с сентября по май",
          {recurring, "2024-05-20..2024-05-26;2024-05-27..2024-05-31"}, period("2024-05-20..2024-06-10"));
    check("раз в четверть", {recurring, "2023-09-01..2023-10-31;2023-11-01..2023-12-31;2024-01-01..2024-03-31;"
                                        "2024-04-01..2024-05-31"});
    for (const char *t : {"не реже 1 раза в четверть", "по четвертям", "По результатам четверти",
                          "по итогам четверти", "по итогам каждой четверти", "каждую четверть"})
        check(t, {recurring, "2023-09-01..2023-10-31;2023-11-01..2023-12-31;2024-01-01..2024-03-31;"
                             "2024-04-01..2024-05-31"});
    for (const char *t : {"по полугодиям", "не реже 1 раза в полугодие", "раз в полгода", "ежеполугодно",
                          "по итогам полугодия"})
        check(t, {recurring, "2023-09-01..2023-12-31;2024-01-01..2024-06-30;2024-07-01..2024-08-31"});
    check("раз в 2 месяца", {recurring, "2021-01-01..2021-02-28;2021-03-01..2021-04-30"},
          period("2021-01-01..2021-04-30"));
    check("раз в 6 месяцев", {recurring, "2021-01-01..2021-06-30;2021-07-01..2021-12-31"}, year_2021);
}

TEST_CASE("contract, recurring: counts and intervals") {
    check("2 раза в год", {recurring, "2023-09-01..2024-08-31", 2});
    check("не реже 2 раз в год", {recurring, "2023-09-01..2024-08-31", 2});
    check("дважды в год", {recurring, "2023-09-01..2024-08-31", 2});
    check("два раза в год (декабрь, май)", {recurring, "2023-12-01..2023-12-31;2024-05-01..2024-05-31"});
    check("4 раза в год (сентябрь, май)", {recurring, "2023-09-01..2023-09-30;2024-05-01..2024-05-31", 2});
    check("2 раза в месяц", {recurring, "2021-01-01..2021-01-31;2021-02-01..2021-02-28", 2},
          period("2021-01-01..2021-02-28"));
    check("1 раз в 3 года", {recurring, "2023-09-01..2024-08-31"});
    check("1 раз в 3 года", {recurring, "2021-01-01..2023-12-31;2024-01-01..2024-12-31"},
          period("2021-01-01..2024-12-31"));
    check("один раз в два года", {recurring, "2021-01-01..2022-12-31;2023-01-01..2024-12-31"},
          period("2021-01-01..2024-12-31"));
    check("каждые 2 года", {recurring, "2021-01-01..2022-12-31;2023-01-01..2024-12-31"},
          period("2021-01-01..2024-12-31"));
}

TEST_CASE("contract, recurring: a dated item, then every following year") {
    check("Январь 2022, далее один раз в два года", {recurring, "2024-01-01..2024-01-31"});
    check("Январь 2022, далее один раз в два года",
          {recurring, "2022-01-01..2022-01-31;2024-01-01..2024-01-31"}, period("2021-01-01..2025-12-31"));
    check("Август-сентябрь 2020 ежегодно", {recurring, "2020-08-01..2020-09-30;2021-08-01..2021-09-30"},
          years_2020_2021);
    check("май 2021, далее ежегодно", {recurring, "2021-05-01..2021-05-31;2022-05-01..2022-05-31"},
          period("2020-01-01..2022-12-31"));
    check("2020-2021, далее - ежегодно", {recurring, "2020-01-01..2021-12-31"}, years_2020_2021);
    check("2020-2021, далее ежегодно", {recurring, "2020-01-01..2021-12-31;2022-01-01..2022-12-31"},
          period("2020-01-01..2022-12-31"));
    check("октябрь 2020 – июль 2021, затем ежегодно",
          {recurring, "2020-10-01..2021-07-31;2021-10-01..2022-07-31;2022-10-01..2022-12-31"},
          period("2020-01-01..2022-12-31"));
}

TEST_CASE("contract, recurring: throughout each year, results of a quarter") {
    check("Ежегодно, в течение года", {recurring, "2020-01-01..2020-12-31;2021-01-01..2021-12-31"}, years_2020_2021);
    check("По результатам четверти", {recurring, "2023-09-01..2023-10-31;2023-11-01..2023-12-31;2024-01-01..2024-03-31;"
                                                 "2024-04-01..2024-05-31"});
}

TEST_CASE("notes are kept beside the date expression") {
    struct Case {
        const char *text;
        DeadlineKind kind;
        const char *note;
    };
    const Case cases[] = {
        {"2020-2022 (в соответствии с планом ГАОУ ДПО ИРР ПО)", fixed, "в соответствии с планом ГАОУ ДПО ИРР ПО"},
        {"Ежегодно (в соответствии с графиком проведения мероприятий)", recurring,
         "в соответствии с графиком проведения мероприятий"},
        {"Ежегодно, по итогам учебного года", recurring, "по итогам учебного года"},
        {"1 раз в 3 года для каждой образовательной организации", recurring, "для каждой образовательной организации"},
        {"Ежегодно (постоянно)", recurring, "постоянно"},
        {"Ежегодно \n\n(по отдельному графику)", recurring, "по отдельному графику"},
        {"В течение года в соответствии с перечнем процедур", continuous, "в соответствии с перечнем процедур"},
        {"ежемесячно (третий четверг месяца, по предварительной записи)", recurring,
         "третий четверг месяца, по предварительной записи"},
        {"еженедельно (понедельник-пятница с 08.00 до 17.00)", recurring, "понедельник-пятница с 08.00 до 17.00"},
        {"ежеквартально \n\n(до 15 числа месяца, следующего за отчетным)", recurring,
         "до 15 числа месяца, следующего за отчетным"},
        {"Сентябрь 2023\nпо согласованию", fixed, "по согласованию"},
        {"по запросу ОО", DeadlineKind::on_demand, "ОО"},
        {"Проведение ВПР: апрель 2024", fixed, "Проведение ВПР"},
        {"Постоянно.", continuous, ""},
        {"август 2020, далее по графику", fixed, "далее по графику"},
        {"в дальнейшем ежегодно", recurring, "в дальнейшем"},
        {"ежегодно (ноябрь) по графику", recurring, "по графику"},
    };
    for (const Case &c : cases) {
        const Deadline d = resolve_deadline(c.text, school_year);
        INFO("«" << c.text << "»");
        CHECK(d.kind == c.kind);
        CHECK(d.note == c.note);
        if (*c.note) {
            // the unparsed range points at the note's source text
            REQUIRE(d.unparsed_end > d.unparsed_begin);
            REQUIRE(d.unparsed_end <= d.text.size());
            const std::string source = d.text.substr(d.unparsed_begin, d.unparsed_end - d.unparsed_begin);
            CHECK(source.find(std::string(c.note).substr(0, 6)) != std::string::npos);
        } else {
            CHECK(d.unparsed_begin == 0);
            CHECK(d.unparsed_end == 0);
        }
    }
}

TEST_CASE("the whole text is unparsed when unrecognized") {
    const Deadline d = resolve_deadline("  совещания ", school_year);
    CHECK(d.kind == DeadlineKind::unrecognized);
    CHECK(d.text == "  совещания ");
    CHECK(d.unparsed_begin == 2);
    CHECK(d.unparsed_end == std::string("  совещания").size());
}

TEST_CASE("normalisation: case, ё, dashes, spaces, year noise, abbreviations") {
    const std::string nbsp = "\xC2\xA0", narrow_nbsp = "\xE2\x80\xAF";
    for (const std::string &t : std::vector<std::string>{"Сентябрь-май", "СЕНТЯБРЬ–МАЙ", "сентябрь — май", "сентябрь\u2212май",
                                "сентябрь\u2010май", "сентябрь\t-\nмай", "сентябрь" + nbsp + "-" + narrow_nbsp + "май"})
        check(t, {fixed, "2023-09-01..2024-05-31"});
    check("четвёртый квартал 2023", {fixed, "2023-10-01..2023-12-31"});
    for (const char *t : {"2021", "2021 г.", "2021 г", "2021г.", "2021 год", "2021 года", "2021 году", "2021 годы",
                          "2021 годов", "2021.", "2021 гг."})
        check(t, {fixed, "2021-01-01..2021-12-31"});
    for (const char *t : {"2020-2021 гг.", "2020-2021 г.г.", "2020 - 2021 годы", "2020–2021 годов"})
        check(t, {fixed, "2020-01-01..2021-12-31"});
    for (const char *t : {"2020/2021 учебный год", "2020-2021 уч. год", "2020/2021 уч.г.", "2020-2021 учебного года"})
        check(t, {fixed, "2020-09-01..2021-08-31"});
    check("3 кв. 2024", {fixed, "2024-07-01..2024-09-30"});
    check("сен\xC2\xAD" "тябрь 2023", {fixed, "2023-09-01..2023-09-30"}); // soft hyphen inside a word
}

TEST_CASE("due dates are the ends of the windows") {
    const Deadline d = resolve_deadline("III и IV квартал 2023 г.", school_year);
    REQUIRE(d.windows.size() == 2);
    CHECK(d.due_dates() == std::vector<Date>{Date(2023, 9, 30), Date(2023, 12, 31)});
    CHECK(resolve_deadline("по запросу", school_year).due_dates().empty());
}

TEST_CASE("a recurring deadline carries its rule") {
    const Deadline d = resolve_deadline("Ежегодно Сентябрь - февраль", school_year);
    REQUIRE(d.rule);
    CHECK(d.rule->frequency == Frequency::yearly);
    CHECK(d.rule->months == std::vector<MonthSpan>{{9, 2}});
    CHECK(d.rule->to_rrule() == "FREQ=YEARLY;INTERVAL=1;BYMONTH=9,10,11,12,1,2");
    CHECK_FALSE(resolve_deadline("2021", school_year).rule);

    const Deadline later = resolve_deadline("май 2021, далее ежегодно", period("2020-01-01..2022-12-31"));
    REQUIRE(later.rule);
    CHECK(later.rule->start == Date(2022, 5, 1));
    CHECK(later.rule->months == std::vector<MonthSpan>{{5, 5}});
}

TEST_CASE("impossible dates are not dates") {
    check("31.04.2021", {DeadlineKind::unrecognized, ""});
    check("29.02.2021", {DeadlineKind::unrecognized, ""});
    check("29.02.2024", {fixed, "2024-02-29..2024-02-29"});
    // an inverted span is no span; what can be read is read, the rest is note
    CHECK(resolve_deadline("май 2024 - сентябрь 2023", school_year).note == "май 2024");
    check("08.00", {DeadlineKind::unrecognized, ""});
}

TEST_CASE("resolution does not depend on the period when everything is written") {
    for (const Window &p : {school_year, years_2020_2021, period("1990-01-01..1990-12-31")})
        check("сентябрь 2023 - май 2024", {fixed, "2023-09-01..2024-05-31"}, p);
}
