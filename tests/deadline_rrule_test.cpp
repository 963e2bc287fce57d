// Tests for Recurrence (to_rrule, from_rrule) and expand_recurrence of
// <eduroadmap/deadline.hpp>.
#include "deadline_corpus.hpp"

#include <eduroadmap/deadline.hpp>

#include <doctest/doctest.h>

using namespace eduroadmap;

namespace {

const Window rrule_school_year(Date(2023, 9, 1), Date(2024, 8, 31));

std::string show(const std::vector<Window> &ws) {
    std::string s;
    for (const Window &w : ws) s += (s.empty() ? "" : ";") + to_iso(w);
    return s;
}

Recurrence rule_of(std::string_view text, const Window &p = rrule_school_year) {
    const Deadline d = resolve_deadline(text, p);
    REQUIRE_MESSAGE(d.rule, std::string(text));
    return *d.rule;
}

} // namespace

TEST_CASE("rules of resolved texts as RRULE") {
    CHECK(rule_of("ежегодно").to_rrule() == "FREQ=YEARLY;INTERVAL=1");
    CHECK(rule_of("Сентябрь ежегодно").to_rrule() == "FREQ=YEARLY;INTERVAL=1;BYMONTH=9");
    CHECK(rule_of("Ежегодно - сентябрь, май").to_rrule() == "FREQ=YEARLY;INTERVAL=1;BYMONTH=5,9");
    CHECK(rule_of("Октябрь-ноябрь ежегодно").to_rrule() == "FREQ=YEARLY;INTERVAL=1;BYMONTH=10,11");
    CHECK(rule_of("1 раз в 3 года").to_rrule() == "FREQ=YEARLY;INTERVAL=3");
    CHECK(rule_of("ежеквартально").to_rrule() == "FREQ=MONTHLY;INTERVAL=3");
    CHECK(rule_of("по полугодиям").to_rrule() == "FREQ=MONTHLY;INTERVAL=6");
    CHECK(rule_of("ежемесячно").to_rrule() == "FREQ=MONTHLY;INTERVAL=1");
    CHECK(rule_of("еженедельно").to_rrule() == "FREQ=WEEKLY;INTERVAL=1");
    CHECK(rule_of("еженедельно с сентября по май").to_rrule() ==
          "FREQ=WEEKLY;INTERVAL=1;BYMONTH=9,10,11,12,1,2,3,4,5");
    CHECK(rule_of("раз в четверть").to_rrule() == "FREQ=YEARLY;INTERVAL=1;X-ERM-SPAN=SCHOOL-QUARTER");
    CHECK(rule_of("ежегодно до 2022 года").to_rrule() == "FREQ=YEARLY;INTERVAL=1;UNTIL=20221231");
}

TEST_CASE("RRULE round trips") {
    for (const char *text : {"ежегодно", "Сентябрь ежегодно", "Ежегодно Сентябрь - февраль", "Ежегодно - сентябрь, май",
                             "1 раз в 3 года", "ежеквартально", "по полугодиям", "ежемесячно", "раз в 2 месяца",
                             "раз в 2 недели", "еженедельно с сентября по май", "раз в четверть",
                             "ежегодно до 2022 года", "ежемесячно с сентября по май", "2 раза в год (декабрь, май)"}) {
        const Recurrence r = rule_of(text);
        INFO(text << " → " << r.to_rrule());
        const auto back = Recurrence::from_rrule(r.to_rrule());
        REQUIRE(back);
        CHECK(*back == r);
        CHECK(expand_recurrence(*back, rrule_school_year) == expand_recurrence(r, rrule_school_year));
    }
    // The start is DTSTART's business, not the RRULE's: all else comes back.
    Recurrence started = rule_of("Ежегодно с 2021 года", Window(Date(2020, 1, 1), Date(2022, 12, 31)));
    REQUIRE(started.start);
    const auto back = Recurrence::from_rrule(started.to_rrule());
    REQUIRE(back);
    CHECK_FALSE(back->start);
    started.start.reset();
    CHECK(*back == started);
}

TEST_CASE("from_rrule reads the subset, case-insensitively") {
    auto r = Recurrence::from_rrule("RRULE:freq=yearly;bymonth=9,10;wkst=MO");
    REQUIRE(r);
    CHECK(r->frequency == Frequency::yearly);
    CHECK(r->interval == 1);
    CHECK(r->months == std::vector<MonthSpan>{{9, 10}});

    r = Recurrence::from_rrule("FREQ=YEARLY;BYMONTH=12,1,2");
    REQUIRE(r);
    CHECK(r->months == std::vector<MonthSpan>{{12, 2}}); // December runs into January
    r = Recurrence::from_rrule("FREQ=YEARLY;BYMONTH=9,5");
    REQUIRE(r);
    CHECK(r->months == std::vector<MonthSpan>{{5, 5}, {9, 9}});
    r = Recurrence::from_rrule("FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12");
    REQUIRE(r);
    CHECK(r->months == std::vector<MonthSpan>{{1, 12}});

    r = Recurrence::from_rrule("FREQ=MONTHLY;INTERVAL=3");
    REQUIRE(r);
    CHECK(r->frequency == Frequency::quarterly);
    CHECK(r->interval == 1);
    r = Recurrence::from_rrule("FREQ=MONTHLY;INTERVAL=12");
    REQUIRE(r);
    CHECK(r->frequency == Frequency::half_yearly);
    CHECK(r->interval == 2);
    r = Recurrence::from_rrule("FREQ=MONTHLY;INTERVAL=2");
    REQUIRE(r);
    CHECK(r->frequency == Frequency::monthly);
    CHECK(r->interval == 2);

    r = Recurrence::from_rrule("FREQ=WEEKLY;INTERVAL=2;UNTIL=20240531T235959Z");
    REQUIRE(r);
    CHECK(r->frequency == Frequency::weekly);
    CHECK(r->until == Date(2024, 5, 31));
    r = Recurrence::from_rrule("FREQ=YEARLY;X-ERM-SPAN=school-quarter");
    REQUIRE(r);
    CHECK(r->frequency == Frequency::school_quarterly);
}

TEST_CASE("from_rrule rejects everything outside the subset") {
    for (const char *bad : {"", "FREQ", "INTERVAL=2", "FREQ=DAILY", "FREQ=HOURLY", "FREQ=YEARLY;INTERVAL=0",
                            "FREQ=YEARLY;INTERVAL=-1", "FREQ=YEARLY;INTERVAL=1001", "FREQ=YEARLY;INTERVAL=x",
                            "FREQ=YEARLY;BYMONTH=13", "FREQ=YEARLY;BYMONTH=0", "FREQ=YEARLY;BYMONTH=",
                            "FREQ=YEARLY;BYMONTH=1,,2", "FREQ=YEARLY;FREQ=MONTHLY", "FREQ=YEARLY;BYDAY=MO",
                            "FREQ=YEARLY;COUNT=3", "FREQ=YEARLY;UNTIL=20230231", "FREQ=YEARLY;UNTIL=2023",
                            "FREQ=MONTHLY;X-ERM-SPAN=SCHOOL-QUARTER", "FREQ=YEARLY;X-ERM-SPAN=TERM",
                            "FREQ=YEARLY;WKST=SU", "FREQ=YEARLY;", "FREQ=YEARLY;;INTERVAL=1", "freq yearly"})
        CHECK_MESSAGE(!Recurrence::from_rrule(bad), std::string(bad));
}

TEST_CASE("expand_recurrence: every occurrence intersected with the period and the rule's bounds") {
    Recurrence r;
    r.months = {{9, 2}};
    CHECK(show(expand_recurrence(r, Window(Date(2020, 1, 1), Date(2021, 12, 31)))) ==
          "2020-01-01..2020-02-29;2020-09-01..2021-02-28;2021-09-01..2021-12-31");
    r.until = Date(2021, 1, 15);
    CHECK(show(expand_recurrence(r, Window(Date(2020, 1, 1), Date(2021, 12, 31)))) ==
          "2020-01-01..2020-02-29;2020-09-01..2021-01-15");
    r.until.reset();
    r.start = Date(2020, 10, 1);
    CHECK(show(expand_recurrence(r, Window(Date(2020, 1, 1), Date(2021, 12, 31)))) ==
          "2020-10-01..2021-02-28;2021-09-01..2021-12-31");
    r.start = Date(2030, 1, 1); // after the period: nothing
    CHECK(expand_recurrence(r, Window(Date(2020, 1, 1), Date(2021, 12, 31))).empty());

    Recurrence every_other; // January of every other year, counted from the start
    every_other.interval = 2;
    every_other.months = {{1, 1}};
    every_other.start = Date(2022, 1, 1);
    CHECK(show(expand_recurrence(every_other, Window(Date(2021, 1, 1), Date(2026, 12, 31)))) ==
          "2022-01-01..2022-01-31;2024-01-01..2024-01-31;2026-01-01..2026-01-31");

    Recurrence slices; // slices from the period's start; a leap day start stays at month ends
    slices.interval = 1;
    CHECK(show(expand_recurrence(slices, Window(Date(2020, 2, 29), Date(2022, 3, 1)))) ==
          "2020-02-29..2021-02-27;2021-02-28..2022-02-27;2022-02-28..2022-03-01");

    Recurrence fortnight;
    fortnight.frequency = Frequency::weekly;
    fortnight.interval = 2;
    CHECK(show(expand_recurrence(fortnight, Window(Date(2024, 1, 3), Date(2024, 1, 31)))) ==
          "2024-01-03..2024-01-14;2024-01-15..2024-01-28;2024-01-29..2024-01-31");

    Recurrence quarters_in_season; // quarters cut to September–May
    quarters_in_season.frequency = Frequency::quarterly;
    quarters_in_season.months = {{9, 5}};
    CHECK(show(expand_recurrence(quarters_in_season, Window(Date(2023, 9, 1), Date(2024, 8, 31)))) ==
          "2023-09-01..2023-09-30;2023-10-01..2023-12-31;2024-01-01..2024-03-31;2024-04-01..2024-05-31");

    Recurrence every_other_term;
    every_other_term.frequency = Frequency::school_quarterly;
    every_other_term.interval = 2;
    CHECK(show(expand_recurrence(every_other_term, Window(Date(2023, 9, 1), Date(2024, 8, 31)))) ==
          "2023-09-01..2023-10-31;2024-01-01..2024-03-31");
}

TEST_CASE("MonthSpan length counts across the new year") {
    CHECK(MonthSpan{9, 9}.length() == 1);
    CHECK(MonthSpan{9, 5}.length() == 9);
    CHECK(MonthSpan{1, 12}.length() == 12);
    CHECK(MonthSpan{12, 1}.length() == 2);
}
