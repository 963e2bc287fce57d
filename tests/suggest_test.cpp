// Tests for <eduroadmap/suggest.hpp>: "did you mean" over folded text.
#include <eduroadmap/suggest.hpp>

#include <doctest/doctest.h>

using namespace eduroadmap;

TEST_CASE("edit distance counts code points of the folded texts") {
    CHECK(edit_distance("мониторинг", "мониторин") == 1);
    CHECK(edit_distance("Мониторинг", "мониторинг") == 0); // case
    CHECK(edit_distance("учёт", "учет") == 0);             // ё = е
    CHECK(edit_distance("deadline", "dedline") == 1);
    CHECK(edit_distance("", "абв") == 3); // three letters, not six bytes
}

TEST_CASE("the closest candidate, or none when every one is too far to be a typo") {
    CHECK(closest("deadline-mising", {"deadline-missing", "result-missing"}) == "deadline-missing");
    CHECK(closest("статус", {"status", "title"}).empty());
    CHECK(closest("Title", {"titel", "title"}) == "title"); // differs only in case: the best
    CHECK(closest("ab", {"ax", "ay"}) == "ax");             // a tie: the earlier one
    CHECK(closest("x", std::vector<std::string_view>{}).empty());
}
