// Tests for <eduroadmap/suggest.hpp>: "did you mean" over folded text.
#include <eduroadmap/suggest.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

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

TEST_CASE("closest is the nearest by edit_distance within a third, the earlier on a tie") {
    // closest() skips candidates whose length alone puts them too far; the
    // answer must be the one a comparison with every candidate gives.
    const std::vector<std::string_view> names = {
        "МБОУ «Тосненская СОШ № 1»", "МКУ ИМЦ", "Комитет образования", "комитет образования администрации",
        "ИМЦ", "МКУ «ИМЦ»", "Руководители ОО", "руководители ОУ", "ЦОКО", "ЛОИРО", "", "Отдел образования"};
    const std::vector<std::string_view> words = {"МКУ ИМЦ", "ИМЦ", "Комитет образованя", "руководители оо",
                                                 "ЦОК", "Отдел", "", "ЛОИРО и ЦОКО", "МБОУ Тосненская СОШ 1"};
    auto letters = [](std::string_view s) {
        std::size_t n = 0;
        for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0u) != 0x80u;
        return n;
    };
    for (std::string_view word : words) {
        std::string expected;
        std::size_t best = 0;
        for (std::string_view name : names) {
            const std::size_t d = edit_distance(word, name);
            if (d * 3 > std::max(letters(word), letters(name)) + 2) continue;
            if (expected.empty() || d < best) expected = std::string(name), best = d;
        }
        CAPTURE(word);
        CHECK(closest(word, names) == expected);
    }
    CHECK(closest("МКУ ИМЦ", names) == "МКУ ИМЦ");
    CHECK(closest("Комитет образованя", names) == "Комитет образования");
}
