// Tests for src/numbering.hpp: printed numbers read as components, Roman
// numerals, and which number may follow which.
#include "../src/numbering.hpp"

#include <doctest/doctest.h>

#include <vector>

using namespace eduroadmap::detail;
using N = std::vector<unsigned>;

TEST_CASE("printed numbers as the bundled roadmaps print them") {
    CHECK(parse_number("12.") == N{12});
    CHECK(parse_number("12") == N{12});
    CHECK(parse_number(" 6. ") == N{6});
    CHECK(parse_number("2..") == N{2}); // the Kachkanar roadmap
    CHECK(parse_number("3.1") == N{3, 1});
    CHECK(parse_number("1.13.") == N{1, 13}); // the Tonkino roadmap
    CHECK(parse_number("II.4") == N{2, 4});
    CHECK(parse_number("IV") == N{4});
    CHECK(parse_number("1)") == N{1});
    CHECK(parse_number("").empty());
    CHECK(parse_number("   ").empty());
    CHECK(parse_number("3а").empty());
    CHECK(parse_number("п. 3").empty());
    CHECK(parse_number("99999999999").empty()); // too large: not a number, never an overflow
}

TEST_CASE("Roman numerals, Latin or the Cyrillic look-alikes") {
    CHECK(parse_roman("I") == 1);
    CHECK(parse_roman("iii") == 3);
    CHECK(parse_roman("IV") == 4);
    CHECK(parse_roman("IX") == 9);
    CHECK(parse_roman("XIV") == 14);
    CHECK(parse_roman("XL") == 40);
    CHECK(parse_roman("\xD0\xA5\xD0\x86") == 11); // «ХІ» in Cyrillic letters
    CHECK(parse_roman("") == 0);
    CHECK(parse_roman("IVa") == 0);
    CHECK(parse_roman("М") == 0); // Cyrillic М is not a numeral here
}

TEST_CASE("which number may follow which") {
    CHECK(follows(N{3}, N{4}));
    CHECK(follows(N{3}, N{3, 1}));
    CHECK(follows(N{3, 1}, N{3, 2}));
    CHECK(follows(N{3, 2}, N{4}));
    CHECK(follows(N{5, 5}, N{6}));
    CHECK(follows(N{11, 3}, N{12, 1})); // the Timashevsk roadmap: 12.1 without a row 12
    CHECK(follows(N{1, 13}, N{2, 1}));  // the Tonkino roadmap: the next group's numbering
    CHECK(follows(N{3}, N{3, 1, 1}));

    CHECK_FALSE(follows(N{40}, N{48}));
    CHECK_FALSE(follows(N{3}, N{5}));
    CHECK_FALSE(follows(N{3, 1}, N{3, 3}));
    CHECK_FALSE(follows(N{1, 8}, N{1, 13}));
    CHECK_FALSE(follows(N{4}, N{1}));
    CHECK_FALSE(follows(N{4}, N{4}));
    CHECK_FALSE(follows(N{3}, N{3, 2}));
    CHECK_FALSE(follows(N{3, 2}, N{5}));
    CHECK_FALSE(follows(N{}, N{1}));
}

TEST_CASE("numbers in messages are shown as printed, without trailing dots") {
    CHECK(display_number("40.") == "40");
    CHECK(display_number(" II. ") == "II");
    CHECK(display_number("2..") == "2");
    CHECK(display_number("1.13.") == "1.13");
    CHECK(display_number("").empty());
    CHECK(display_number("...").empty());
}
