// Tests for <eduroadmap/window.hpp>: Window, to_iso, parse_iso_date.
#include <eduroadmap/window.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <doctest/doctest.h>

#include <string>

#include <stdexcept>

using eduroadmap::Date;
using eduroadmap::Window;

TEST_CASE("Window rejects inverted and special bounds") {
    CHECK_THROWS_AS(Window(Date(2021, 2, 1), Date(2021, 1, 31)), std::invalid_argument);
    CHECK_THROWS_AS(Window(Date(boost::gregorian::not_a_date_time), Date(2021, 1, 31)),
                    std::invalid_argument);
    CHECK(Window(Date(2021, 1, 31), Date(2021, 1, 31)).days() == 1);
}

TEST_CASE("Window overlap, containment and intersection are inclusive") {
    Window q1(Date(2021, 1, 1), Date(2021, 3, 31));
    Window march(Date(2021, 3, 31), Date(2021, 4, 30));
    CHECK(q1.overlaps(march));
    CHECK(q1.contains(Date(2021, 3, 31)));
    CHECK_FALSE(q1.contains(Date(2021, 4, 1)));
    auto both = q1.intersect(march);
    REQUIRE(both);
    CHECK(*both == Window::day(Date(2021, 3, 31)));
    CHECK_FALSE(q1.intersect(Window::day(Date(2021, 4, 1))));
    CHECK(q1.days() == 90);
}

TEST_CASE("to_iso writes what Boost's ISO formatter writes") {
    // Every day of the plan calendar and around it, Boost's first and last
    // dates, and the special values (written by Boost itself).
    const Date first(1899, 1, 1), last(2201, 12, 31);
    long days = 0, wrong = 0;
    for (Date d = first; d <= last; d += boost::gregorian::days(1), ++days) {
        const std::string expected = boost::gregorian::to_iso_extended_string(d);
        if (eduroadmap::to_iso(d) != expected && ++wrong <= 3) FAIL_CHECK(expected); // the first few, not 110,000
    }
    CHECK(days == (last - first).days() + 1);
    CHECK(wrong == 0);
    for (const Date d : {Date(1400, 1, 1), Date(9999, 12, 31), Date(1999, 10, 9)})
        CHECK(eduroadmap::to_iso(d) == boost::gregorian::to_iso_extended_string(d));
    for (const auto special : {boost::date_time::not_a_date_time, boost::date_time::pos_infin, boost::date_time::neg_infin})
        CHECK(eduroadmap::to_iso(Date(special)) == boost::gregorian::to_iso_extended_string(Date(special)));
    CHECK(eduroadmap::to_iso(Window(Date(1400, 1, 1), Date(9999, 12, 31))) == "1400-01-01..9999-12-31");
    CHECK(eduroadmap::to_iso(Window::day(Date(2021, 3, 7))) == "2021-03-07..2021-03-07");
}

TEST_CASE("ISO dates format and parse strictly") {
    CHECK(eduroadmap::to_iso(Date(2024, 2, 29)) == "2024-02-29");
    CHECK(eduroadmap::to_iso(Window(Date(2023, 9, 1), Date(2024, 8, 31))) == "2023-09-01..2024-08-31");
    CHECK(eduroadmap::parse_iso_date("2024-02-29") == Date(2024, 2, 29));
    CHECK_FALSE(eduroadmap::parse_iso_date("2023-02-29"));
    CHECK_FALSE(eduroadmap::parse_iso_date("2023-2-28"));
    CHECK_FALSE(eduroadmap::parse_iso_date("2023-02-28x"));
    CHECK_FALSE(eduroadmap::parse_iso_date(""));
}
