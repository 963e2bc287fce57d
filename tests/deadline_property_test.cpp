// Properties of resolve_deadline over thousands of generated texts: random
// combinations of the grammar's deadline_words, punctuation and raw bytes
// (ill-formed UTF-8 included). Deterministic: a fixed seed.
#include "../src/text.hpp"
#include "deadline_corpus.hpp"
#include "deadline_roundtrip.hpp"

#include <eduroadmap/deadline.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <random>
#include <string>
#include <vector>

using namespace eduroadmap;

namespace {

const std::vector<std::string> deadline_words = {
    "январь", "января", "феврале", "март", "апреля", "май", "мае", "июнь", "июля", "август", "в сентябре",
    "Сентябрь", "октября", "ноябрь", "декабрь", "ДЕКАБРЯ", "сент.", "ежегодно", "Ежегодно", "ежеквартально",
    "ежемесячно", "еженедельно", "раз", "раза", "в", "во", "на", "год", "года", "году", "г.", "гг.", "г.г.",
    "квартал", "кв.", "полугодие", "полугодия", "четверть", "четверти", "четвертям", "учебный", "учебного", "уч.",
    "с", "со", "по", "до", "к", "не", "позднее", "реже", "далее", "затем", "в течение", "постоянно", "каждый",
    "по запросу", "в соответствии с", "согласно", "по итогам", "I", "II", "III", "IV", "первое", "четвёртый",
    "третьего", "1-й", "2-е", "два", "один", "дважды", "и", "далее -", "конца", "начиная", "для", "ОО",
    "15.11.2019", "01.09.2021", "2021-09-01", "09.2021", "2023/2024", "2020/21", "31.02.2021", "08.00",
    "-", "–", "—", "‐", "−", ",", ";", ":", "(", ")", ".", "/", "?", "\n", "\n\n", " ", "\t", "\xC2\xA0",
    "\xE2\x80\xAF", "«", "»", "\"", "…", "№", "\xC2\xAD", "ё", "Ё",
};

std::string random_piece(std::mt19937 &rng) {
    std::uniform_int_distribution<int> pick(0, 99);
    const int r = pick(rng);
    if (r < 60) return deadline_words[std::uniform_int_distribution<std::size_t>(0, deadline_words.size() - 1)(rng)];
    if (r < 70) return std::to_string(std::uniform_int_distribution<int>(1, 31)(rng));
    if (r < 80) return std::to_string(std::uniform_int_distribution<int>(1895, 2205)(rng));
    if (r < 84) return std::to_string(std::uniform_int_distribution<long>(0, 99999999999L)(rng));
    // raw bytes: truncated sequences, stray continuation bytes, NUL, overlong forms
    std::string bytes;
    const int n = std::uniform_int_distribution<int>(1, 4)(rng);
    for (int i = 0; i < n; ++i) bytes += static_cast<char>(std::uniform_int_distribution<int>(0, 255)(rng));
    return bytes;
}

std::string random_text(std::mt19937 &rng) {
    std::string text;
    const int pieces = std::uniform_int_distribution<int>(0, 14)(rng);
    for (int i = 0; i < pieces; ++i) {
        if (!text.empty() && std::uniform_int_distribution<int>(0, 3)(rng) != 0) text += ' ';
        text += random_piece(rng);
    }
    return text;
}

Window random_period(std::mt19937 &rng) {
    // One draw per statement: the order of a call's arguments is unspecified,
    // and every compiler must test the same periods.
    const int year = std::uniform_int_distribution<int>(1995, 2035)(rng);
    const int month = std::uniform_int_distribution<int>(1, 12)(rng);
    const int day = std::uniform_int_distribution<int>(1, 28)(rng);
    const Date start(static_cast<unsigned short>(year), static_cast<unsigned short>(month), static_cast<unsigned short>(day));
    return Window(start, start + boost::gregorian::days(std::uniform_int_distribution<int>(0, 3000)(rng)));
}

void check_invariants(const std::string &text, const Window &period) {
    const Deadline d = resolve_deadline(text, period);
    INFO("text bytes: " << text.size() << " «" << text << "» P=" << to_iso(period));
    REQUIRE(d.text == text);
    for (std::size_t i = 1; i < d.windows.size(); ++i) REQUIRE(d.windows[i - 1].start() <= d.windows[i].start());
    for (const Window &w : d.windows) REQUIRE(w.start() <= w.end());
    REQUIRE(d.count >= 1);
    REQUIRE(d.unparsed_begin <= d.unparsed_end);
    REQUIRE(d.unparsed_end <= text.size());
    REQUIRE(d.due_dates().size() == d.windows.size());
    REQUIRE(d.rule.has_value() == (d.kind == DeadlineKind::recurring));
    switch (d.kind) {
    case DeadlineKind::recurring:
        for (const Window &w : d.windows) {
            REQUIRE(period.contains(w.start()));
            REQUIRE(period.contains(w.end()));
        }
        break;
    case DeadlineKind::fixed:
    case DeadlineKind::continuous:
        REQUIRE_FALSE(d.windows.empty());
        break;
    default:
        REQUIRE(d.windows.empty());
    }
    if (detail::is_valid_utf8(text)) REQUIRE(detail::is_valid_utf8(d.note));
    // Same input, same answer; and rendering never throws.
    const Deadline again = resolve_deadline(text, period);
    REQUIRE(again.kind == d.kind);
    REQUIRE(again.windows == d.windows);
    REQUIRE(again.note == d.note);
    CHECK_NOTHROW(render_deadline(d));
}

} // namespace

TEST_CASE("generated texts: windows sorted and valid, recurring inside P, never an exception") {
    std::mt19937 rng(20240917);
    const Window fixed_periods[] = {Window(Date(2023, 9, 1), Date(2024, 8, 31)), Window(Date(2020, 1, 1), Date(2021, 12, 31)),
                                    Window::day(Date(2024, 2, 29))};
    int recognized = 0;
    constexpr int cases = 6000;
    for (int i = 0; i < cases; ++i) {
        const std::string text = random_text(rng);
        const Window period = i % 2 ? random_period(rng) : fixed_periods[i % 3];
        check_invariants(text, period);
        recognized += resolve_deadline(text, period).kind != DeadlineKind::unrecognized;
    }
    // The generator must exercise the grammar, not only noise.
    CHECK(recognized > cases / 3);
}

TEST_CASE("long and repetitive texts stay bounded and well-formed") {
    const Window p(Date(2023, 9, 1), Date(2024, 8, 31));
    std::string numerals, months, dashes, junk;
    for (int i = 0; i < 2000; ++i) {
        numerals += "III и ";
        months += "сентябрь, ";
        dashes += "- ";
        junk += "\xFF\xC0(";
    }
    check_invariants(numerals + "квартал 2023", p);
    check_invariants(months + "май 2024", p);
    check_invariants(dashes, p);
    check_invariants(junk, p);
    check_invariants(std::string(100000, 'a'), p);
    check_invariants(std::string(1000, '1'), p);
    // The first tokens are read, the rest kept as note.
    const Deadline d = resolve_deadline(months + "май 2024", p);
    CHECK(d.kind == DeadlineKind::fixed);
    CHECK_FALSE(d.note.empty());
}

TEST_CASE("generated texts fold to valid, idempotent UTF-8") {
    std::mt19937 rng(7);
    for (int i = 0; i < 3000; ++i) {
        const std::string text = random_text(rng);
        const std::string folded = detail::fold(text);
        INFO("«" << text << "»");
        REQUIRE(detail::is_valid_utf8(folded));
        REQUIRE(detail::fold(folded) == folded);
    }
}

// ---- the render round trip (tests/deadline_roundtrip.hpp) ----

TEST_CASE("render round trip: every corpus deadline, rendered and resolved again, keeps kind and windows") {
    const auto cases = testing::read_deadline_corpus(ERM_SOURCE_DIR "/tests/fixtures/deadlines.tsv");
    REQUIRE(cases.size() > 100);
    const Window extra_periods[] = {Window(Date(2021, 9, 1), Date(2023, 8, 31)), Window(Date(2020, 1, 1), Date(2022, 12, 31))};
    std::size_t failures = 0;
    for (const testing::CorpusCase &c : cases)
        for (const Window &period : {c.period, extra_periods[0], extra_periods[1]}) {
            const std::string problem = testing::render_round_trip_problem(resolve_deadline(c.text, period), period);
            if (!problem.empty() && failures++ < 20) CHECK_MESSAGE(problem.empty(), "deadlines.tsv:" << c.line << " P=" << to_iso(period) << ": " << problem);
        }
    CHECK(failures == 0);
}

TEST_CASE("render round trip: the cases issue 17 found") {
    const Window p(Date(2021, 9, 1), Date(2023, 8, 31));
    for (const char *text : {"", "не указан", "2021 ежегодно", "ежемесячно", "ежегодно", "раз в четверть",
                             "сентябрь – декабрь 2021, далее ежегодно"}) {
        INFO(text);
        CHECK(testing::render_round_trip_problem(resolve_deadline(text, p), p) == "");
    }
    CHECK(resolve_deadline("не указан", p).kind == DeadlineKind::unspecified);
    // Dated windows outside the period leave d.windows but still shape the
    // rule: its start and months are then written out.
    const Window p2013(Date(2013, 2, 24), Date(2016, 12, 6));
    struct Case { const char *text; Window period; const char *rendered; };
    const Window p2020(Date(2020, 1, 1), Date(2020, 12, 31));
    for (const Case &c : {
             // A note that reads as a deadline by itself stays a note (found by the fuzz target).
             Case{"//////Ежегодно, \nмай-июнь", p2020, "май – июнь 2020 (примечание: Ежегодно)"},
             Case{"2020–2022 (в соответствии с планом)", p2020, "2020–2022 (в соответствии с планом)"},
             // A dated window that is one of the rule's spans whole is not widened to another.
             Case{"апрель, декабрь 2020, 2022 ежегодно", Window(Date(2020, 1, 1), Date(2022, 12, 31)),
                  "апрель 2020, декабрь 2020, 2022, далее ежегодно"},
             Case{"2023/2024 март ежемесячно", p2013, "март 2013, далее ежемесячно с сентября 2024 года"},
             Case{"май 2021, сентябрь 2021, далее ежегодно", p, "сентябрь 2021, далее ежегодно, май, сентябрь, с мая 2022 года"},
         }) {
        INFO(c.text);
        const Deadline d = resolve_deadline(c.text, c.period);
        CHECK(render_deadline(d) == c.rendered);
        CHECK(testing::render_round_trip_problem(d, c.period) == "");
    }
    // A period beyond the plan calendar is clamped into it: what is rendered resolves.
    const Window wide(Date(1400, 1, 1), Date(9999, 12, 31));
    for (const char *text : {"ежемесячно", "ежегодно", "раз в четверть"}) {
        INFO(text);
        const Deadline d = resolve_deadline(text, wide);
        CHECK(d.kind != DeadlineKind::unrecognized);
        CHECK(testing::render_round_trip_problem(d, wide) == "");
    }
}

TEST_CASE("a repetition that starts after the last plan year is no repetition") {
    // «далее ежеквартально» after December 2199 would start in 2200, a year
    // no plan reaches and no text can name: the deadline is its dated window.
    for (const Window &period : {Window(Date(2190, 1, 1), Date(2199, 12, 31)), Window(Date(2150, 1, 1), Date(2159, 12, 31))}) {
        INFO(to_iso(period));
        const Deadline d = resolve_deadline("декабрь 2199, далее ежеквартально", period);
        CHECK(d.kind == DeadlineKind::fixed);
        CHECK_FALSE(d.rule.has_value());
        REQUIRE(d.windows.size() == 1);
        CHECK(d.windows[0] == Window(Date(2199, 12, 1), Date(2199, 12, 31)));
        CHECK(testing::render_round_trip_problem(d, period) == "");
    }
    // A year earlier the repetition stands.
    const Deadline earlier = resolve_deadline("декабрь 2198, далее ежеквартально", Window(Date(2190, 1, 1), Date(2199, 12, 31)));
    CHECK(earlier.kind == DeadlineKind::recurring);
    CHECK(earlier.windows.size() == 5);
}

TEST_CASE("a dated window the period cut before «далее» reads back") {
    // Found by the deadline fuzz target: «7 октября – 31 декабря 2019, далее
    // ежемесячно с 2020 года» read back as a fixed deadline with a note.
    const Window period(Date(2019, 10, 7), Date(2020, 12, 31));
    for (const char *text : {"IV квартал 2019 ежемесячно", "IV квартал 2019, далее ежеквартально",
                             "октябрь - декабрь 2019, далее ежегодно"}) {
        INFO(text);
        const Deadline d = resolve_deadline(text, period);
        REQUIRE(d.kind == DeadlineKind::recurring);
        CHECK(d.windows[0] == Window(Date(2019, 10, 7), Date(2019, 12, 31)));
        CHECK(testing::render_round_trip_problem(d, period) == "");
    }
}

TEST_CASE("a dated window the period's end cut before «далее» reads back") {
    // Found by the deadline fuzz target: the school year 2022/2023 in a plan
    // ending in December 2022 dates September – December 2022, which was
    // written «2022» (the calendar year ending where the window ends) and
    // read back as the whole year.
    const Window period(Date(2020, 1, 1), Date(2022, 12, 31));
    const Deadline d = resolve_deadline("2020, июль 2020, 2022/2023 учебный год, далее ежегодно", period);
    REQUIRE(d.kind == DeadlineKind::recurring);
    REQUIRE(d.windows.size() == 3);
    CHECK(d.windows[2] == Window(Date(2022, 9, 1), Date(2022, 12, 31)));
    CHECK(d.windows.period() == period);
    CHECK(render_deadline(d) == "2020, июль 2020, 2022/2023 учебный год, далее ежегодно");
    CHECK(testing::render_round_trip_problem(d, period) == "");
    // Cut at both ends: a school year in a plan of one autumn.
    const Window autumn(Date(2022, 10, 1), Date(2022, 12, 31));
    const Deadline both = resolve_deadline("2022/2023 учебный год, далее ежегодно", autumn);
    CHECK(testing::render_round_trip_problem(both, autumn) == "");
    // A list has no period.
    CHECK_FALSE(Schedule({Window(Date(2022, 1, 1), Date(2022, 1, 31))}).period().has_value());
}

TEST_CASE("an end before the rule's start is a note") {
    // Found by the deadline fuzz target: «с 2022 года» and «до 2021» apart
    // made a rule with no window, rendered «…, с 2022 года до 31 декабря
    // 2021», which reads back with both as a note — every November.
    const Window period(Date(2020, 1, 1), Date(2022, 12, 31));
    const Deadline d = resolve_deadline("ежемесячно с 2022 года ноября до 2021", period);
    REQUIRE(d.kind == DeadlineKind::recurring);
    REQUIRE(d.rule.has_value());
    CHECK(d.rule->start == Date(2022, 1, 1));
    CHECK_FALSE(d.rule->until.has_value());
    CHECK(d.note == "до 2021");
    CHECK(d.windows == std::vector<Window>{Window(Date(2022, 11, 1), Date(2022, 11, 30))});
    CHECK(testing::render_round_trip_problem(d, period) == "");
    // An end after the start is still read.
    CHECK(resolve_deadline("ежемесячно с 2021 года ноября до 2022", period).rule->until == Date(2022, 12, 31));
}

TEST_CASE("render round trip: generated texts") {
    std::mt19937 rng(1717);
    std::size_t failures = 0, checked = 0;
    for (int i = 0; i < 3000; ++i) {
        const std::string text = random_text(rng);
        const Window period = random_period(rng);
        const Deadline d = resolve_deadline(text, period);
        if (d.kind == DeadlineKind::unrecognized || !detail::is_valid_utf8(text)) continue;
        ++checked;
        const std::string problem = testing::render_round_trip_problem(d, period);
        if (!problem.empty() && failures++ < 20) CHECK_MESSAGE(problem.empty(), "P=" << to_iso(period) << ": " << problem);
    }
    CHECK(checked > 500);
    CHECK(failures == 0);
}

TEST_CASE("a text names at most twenty dated windows; the rest is the note, and the rendering reads back") {
    // Found by the deadline fuzz target: 43 windows from a text of short
    // forms («3-2июнь 2019 и 20Май-4июнь») rendered in long ones («3 июня
    // 2017 – 2 июня 2018, …») that passed the 256 tokens the lexer reads, so
    // the last window fell into the note when read back.
    const Window period(Date(2017, 1, 1), Date(2026, 12, 31));
    const auto list = [](int n, auto item) {
        std::string s;
        for (int i = 1; i <= n; ++i) s += (i > 1 ? ", " : "") + item(i);
        return s;
    };
    const auto day = [](int i) { return std::to_string(i) + " июня 2021"; };
    const auto wide = [](int i) {
        return std::to_string(i % 28 + 1) + " июня " + std::to_string(2017 + i % 8) + " – " + std::to_string(i % 27 + 1) +
               " мая " + std::to_string(2018 + i % 8);
    };
    const auto month = [](int i) { return std::string(i % 2 ? "май " : "ноябрь ") + std::to_string(2017 + i % 10); };
    for (const auto &item : {std::function<std::string(int)>(day), std::function<std::string(int)>(wide),
                             std::function<std::string(int)>(month)})
        for (int n : {19, 20, 21, 30, 60}) {
            const std::string text = list(n, item);
            const Deadline d = resolve_deadline(text, period);
            CAPTURE(text);
            REQUIRE(d.kind == DeadlineKind::fixed);
            CHECK(d.windows.size() <= 20);
            if (n <= 20) {
                CHECK(d.note.empty());
            } else { // the items after the twentieth, kept as written
                CHECK(d.note == list(n, item).substr(list(20, item).size() + 2));
                CHECK(d.unparsed_end == text.size());
            }
            CHECK(testing::render_round_trip_problem(d, period) == "");
        }
    // The fuzz target's text: its first phrases, up to twenty windows; the rest is note.
    const std::string fuzzed = "н 1-2июнь4-5июнь июнь 20Май-5июнь 3-2и1-20-20-1-20апрель3-2и1-20-20-1-2мая2Май-2июн "
                               "3-2июн 2019и 2Май-4июн 1-2июн2-5июнь Май-июнь 3-2и1-20-2и20-5июня20Май-2июн 2018и "
                               "20-4июн1-2июнь5июнь 3-2и1-20-2июн 3-2и1-20-20-1-20маямая2-5июнь июнь 20Май-5июн "
                               "3-2и1-20-20-1-20апрельиюл3мая22";
    const Window school(Date(2023, 9, 1), Date(2024, 8, 31));
    const Deadline d = resolve_deadline(fuzzed, school);
    CHECK(d.windows.size() <= 20);
    CHECK_FALSE(d.note.empty());
    CHECK(testing::render_round_trip_problem(d, school) == "");
}
