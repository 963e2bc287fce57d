// Tests for <eduroadmap/calendar.hpp> and src/calendar/ical.hpp: RFC 5545
// TEXT escaping, folding at 75 octets without splitting UTF-8, CRLF, all-day
// events with an exclusive DTEND, stable and unique UIDs. (The round trip
// through an independent parser is tests/cli/test_calendar.py.)
#include "../src/calendar/ical.hpp"
#include "../src/text.hpp"

#include <eduroadmap/calendar.hpp>
#include <eduroadmap/io.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

using namespace eduroadmap;

namespace {

std::vector<std::string> physical_lines(const std::string &ics) {
    std::vector<std::string> lines;
    std::size_t at = 0;
    while (at < ics.size()) {
        std::size_t end = ics.find("\r\n", at);
        REQUIRE(end != std::string::npos); // every line ends in CRLF
        lines.push_back(ics.substr(at, end - at));
        at = end + 2;
    }
    return lines;
}

// RFC 5545 §3.1 unfolding: CRLF followed by one space or tab is removed.
std::vector<std::string> unfold(const std::string &ics) {
    std::vector<std::string> out;
    for (const std::string &line : physical_lines(ics)) {
        if (!line.empty() && (line[0] == ' ' || line[0] == '\t')) {
            REQUIRE_FALSE(out.empty());
            out.back() += line.substr(1);
        } else {
            out.push_back(line);
        }
    }
    return out;
}

const char *const calendar_yaml = R"(schema: eduroadmap/1
id: cal-test
title: План мероприятий, 2021
period: 2021
approved_by: {kind: приказ, number: '1', date: 2021-03-01}
responsibles:
  - {id: ko, short: КО}
sections:
  - title: Система оценки качества подготовки обучающихся
    measures:
      - number: '1.'
        id: vpr
        title: Анализ результатов ВПР; совещание, семинар
        deadline: Ежеквартально
        responsibles: КО
        result: |-
          Аналитическая справка
          Протокол совещания
      - number: '2.'
        title: Утверждение плана
        deadline: 31.12.2021
        responsibles: КО
      - number: '3.'
        title: Консультации
        deadline: по запросу
)";

} // namespace

TEST_CASE("TEXT values escape backslash, semicolon, comma and line breaks") {
    CHECK(detail::ical_text("a,b;c\\d") == "a\\,b\\;c\\\\d");
    CHECK(detail::ical_text("строка 1\nстрока 2\r\nстрока 3\rконец") == "строка 1\\nстрока 2\\nстрока 3\\nконец");
    CHECK(detail::ical_text("tab\there\x01\x7f") == "tab\there");
    CHECK(detail::ical_text("bad \xff byte") == "bad \xEF\xBF\xBD byte");
}

TEST_CASE("lines fold at 75 octets, never inside a UTF-8 sequence, and unfold to the original") {
    for (std::size_t prefix = 0; prefix < 4; ++prefix) { // shift the two-octet letters across the fold points
        std::string value = std::string(prefix, 'x');
        for (int i = 0; i < 120; ++i) value += i % 7 == 0 ? "ё" : "щ";
        std::string line = "SUMMARY:" + value;
        std::string out;
        detail::append_ical_line(out, line);
        std::vector<std::string> lines = physical_lines(out);
        CHECK(lines.size() > 3);
        std::string joined;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            CHECK(lines[i].size() <= 75);
            if (i > 0) REQUIRE(lines[i][0] == ' ');
            if (i + 1 < lines.size()) CHECK(lines[i].size() >= 74); // folded as late as a whole letter allows
            CHECK(detail::is_valid_utf8(lines[i])); // so no sequence was split
            joined += i == 0 ? lines[i] : lines[i].substr(1);
        }
        CHECK(joined == line);
    }
    std::string short_line;
    detail::append_ical_line(short_line, "VERSION:2.0");
    CHECK(short_line == "VERSION:2.0\r\n");
}

TEST_CASE("one all-day VEVENT per window, DTEND exclusive, stable unique UIDs") {
    LoadResult loaded = load_string(calendar_yaml, "cal.yaml");
    REQUIRE(loaded.ok());
    ResolvedRoadmap rm = resolve(loaded.document->roadmap);
    std::string ics = to_icalendar(query(rm, {}));
    CHECK(ics == to_icalendar(query(rm, {}))); // the same input, the same bytes
    CHECK(ics.find('\n') == ics.find("\r\n") + 1); // no bare line feeds
    for (std::size_t at = ics.find('\n'); at != std::string::npos; at = ics.find('\n', at + 1))
        CHECK(ics[at - 1] == '\r');

    std::vector<std::string> lines = unfold(ics);
    CHECK(lines.front() == "BEGIN:VCALENDAR");
    CHECK(lines.back() == "END:VCALENDAR");
    std::vector<std::string> uids, starts, ends, summaries;
    for (const std::string &l : lines) {
        if (l.rfind("UID:", 0) == 0) uids.push_back(l.substr(4));
        if (l.rfind("DTSTART;VALUE=DATE:", 0) == 0) starts.push_back(l.substr(19));
        if (l.rfind("DTEND;VALUE=DATE:", 0) == 0) ends.push_back(l.substr(17));
        if (l.rfind("SUMMARY:", 0) == 0) summaries.push_back(l.substr(8));
    }
    // Four quarters of measure vpr, one day for measure 2, nothing for the on-demand one.
    REQUIRE(uids.size() == 5);
    CHECK(std::set<std::string>(uids.begin(), uids.end()).size() == 5);
    // In result order (vpr's first quarter ends before measure 2's day), each measure's windows by date.
    CHECK(uids[0] == "vpr.20210101-20210331@cal-test.eduroadmap");
    CHECK(uids[4] == "2.20211231-20211231@cal-test.eduroadmap");
    CHECK(starts == std::vector<std::string>{"20210101", "20210401", "20210701", "20211001", "20211231"});
    CHECK(ends == std::vector<std::string>{"20210401", "20210701", "20211001", "20220101", "20220101"});
    CHECK(summaries[0] == "Анализ результатов ВПР\\; совещание\\, семинар");
    bool described = false;
    for (const std::string &l : lines)
        if (l == "DESCRIPTION:Направление: 1.1 Система оценки качества подготовки обучающихся\\nОтветственные: "
                 "КО\\nОжидаемый результат: Аналитическая справка\\nПротокол совещания\\nСрок: Ежеквартально")
            described = true;
    CHECK(described);
    CHECK(std::count(lines.begin(), lines.end(), "DTSTAMP:20210301T000000Z") == 5); // the approval date
    CHECK(std::count(lines.begin(), lines.end(), "CATEGORIES:Система оценки качества подготовки обучающихся") == 5);
    CHECK(std::count(lines.begin(), lines.end(), "X-WR-CALNAME:План мероприятий\\, 2021") == 1);

    CalendarOptions en;
    en.language = Language::en;
    std::vector<std::string> english = unfold(to_icalendar(query(rm, {}), en));
    CHECK(std::any_of(english.begin(), english.end(), [](const std::string &l) {
        return l.rfind("DESCRIPTION:Direction: 1.1 ", 0) == 0 && l.find("\\nExpected result: ") != std::string::npos;
    }));
}

TEST_CASE("a query that matches nothing is an empty calendar") {
    LoadResult loaded = load_string(calendar_yaml, "cal.yaml");
    ResolvedRoadmap rm = resolve(loaded.document->roadmap);
    Query q;
    q.responsible = "nobody";
    std::vector<std::string> lines = unfold(to_icalendar(query(rm, q)));
    CHECK(std::count(lines.begin(), lines.end(), "BEGIN:VEVENT") == 0);
    CHECK(lines.back() == "END:VCALENDAR");
}
