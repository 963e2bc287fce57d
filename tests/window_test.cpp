// Tests for <eduroadmap/window.hpp>: Window, to_iso, parse_iso_date.
#include <eduroadmap/window.hpp>

#include <doctest/doctest.h>

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

TEST_CASE("ISO dates format and parse strictly") {
    CHECK(eduroadmap::to_iso(Date(2024, 2, 29)) == "2024-02-29");
    CHECK(eduroadmap::to_iso(Window(Date(2023, 9, 1), Date(2024, 8, 31))) == "2023-09-01..2024-08-31");
    CHECK(eduroadmap::parse_iso_date("2024-02-29") == Date(2024, 2, 29));
    CHECK_FALSE(eduroadmap::parse_iso_date("2023-02-29"));
    CHECK_FALSE(eduroadmap::parse_iso_date("2023-2-28"));
    CHECK_FALSE(eduroadmap::parse_iso_date("2023-02-28x"));
    CHECK_FALSE(eduroadmap::parse_iso_date(""));
}
