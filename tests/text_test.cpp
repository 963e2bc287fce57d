// Tests for src/text.hpp: UTF-8 decoding and the text folding the library
// matches with (deadlines, responsibles, catalog titles).
#include "../src/text.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace eduroadmap::detail;

TEST_CASE("fold lower-cases Cyrillic and Latin and maps ё to е") {
    CHECK(fold("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ") == "абвгдеежзийклмнопрстуфхцчшщъыьэюя");
    CHECK(fold("ЁЛКА, ёж, Ёж") == "елка, еж, еж");
    CHECK(fold("Четвёртый КВАРТАЛ") == "четвертый квартал");
    CHECK(fold("ABC xyz ВПР-2021") == "abc xyz впр-2021");
    CHECK(fold("ЀЂЃЄЅІЇЈ") == "ѐђѓєѕіїј"); // the other Cyrillic capitals of U+0400..U+040F
    CHECK(fold("ѐђ") == "ѐђ");
}

TEST_CASE("fold makes every dash a hyphen") {
    CHECK(fold("a-b‐c‑d‒e–f—g―h−i") == "a-b-c-d-e-f-g-h-i");
    CHECK(fold("Сентябрь –\nоктябрь") == "сентябрь - октябрь");
}

TEST_CASE("fold turns whitespace runs into one space and trims") {
    CHECK(fold("  a \t\n b\r\n") == "a b");
    CHECK(fold("a\xC2\xA0\xC2\xA0" "b") == "a b");   // NBSP
    CHECK(fold("a\xE2\x80\xAF" "b") == "a b");       // narrow NBSP
    CHECK(fold("a\xE2\x80\x89" "b") == "a b");       // thin space
    CHECK(fold(" \t\n") == "");
    CHECK(fold("") == "");
    CHECK(fold("сен\xC2\xAD" "тябрь") == "сентябрь"); // soft hyphen dropped
    CHECK(fold("\xEF\xBB\xBF" "2021") == "2021");    // BOM dropped
}

TEST_CASE("fold folds each code point below U+0500 as fold_code_point does") {
    // ASCII and two-byte Cyrillic take a path of their own in fold(): it must
    // agree with the code point by code point definition everywhere.
    for (char32_t cp = 0; cp < 0x0500u; ++cp) {
        if (is_space(cp) || is_ignorable(cp)) continue;
        std::string text = "Ж", expected = "ж";
        append_utf8(text, cp), append_utf8(expected, fold_code_point(cp));
        text += "Z", expected += "z";
        CAPTURE(static_cast<unsigned>(cp));
        CHECK(fold(text) == expected);
    }
    CHECK(fold("\xD0" "A") == "\xEF\xBF\xBD" "a"); // a lead byte without its continuation
}

TEST_CASE("fold replaces ill-formed bytes and stays idempotent") {
    CHECK(fold("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
    CHECK(fold("\xD0") == "\xEF\xBF\xBD");
    const std::string once = fold("Ё\xC0\x80 \xED\xA0\x80-–");
    CHECK(is_valid_utf8(once));
    CHECK(fold(once) == once);
}

TEST_CASE("decode_utf8 decodes and rejects per RFC 3629") {
    const std::string s = "a\xD0\x81\xE2\x80\x94\xF0\x9F\x98\x80";
    std::size_t pos = 0;
    CHECK(decode_utf8(s, pos) == U'a');
    CHECK(decode_utf8(s, pos) == 0x0401u);
    CHECK(decode_utf8(s, pos) == 0x2014u);
    CHECK(decode_utf8(s, pos) == 0x1F600u);
    CHECK(pos == s.size());
    for (const std::string &bad : {std::string("\xC0\x80"), std::string("\xC1\xBF"), std::string("\xE0\x80\x80"),
                                  std::string("\xED\xA0\x80"), std::string("\xF4\x90\x80\x80"),
                                  std::string("\xF5\x80\x80\x80"), std::string("\x80"), std::string("\xE2\x82"),
                                  std::string("\xE2\x28\xA1")}) {
        std::size_t p = 0;
        CHECK(decode_utf8(bad, p) == invalid_code_point);
        CHECK(p == 1); // always one byte of progress
    }
}

TEST_CASE("append_utf8 writes scalar values and U+FFFD for anything else") {
    std::string out;
    for (char32_t cp : {U'a', char32_t(0x0451), char32_t(0x20AC), char32_t(0x1F600)}) append_utf8(out, cp);
    CHECK(out == "a\xD1\x91\xE2\x82\xAC\xF0\x9F\x98\x80");
    std::string bad;
    append_utf8(bad, 0xD800);
    append_utf8(bad, 0x110000);
    CHECK(bad == "\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("is_valid_utf8 reports the first bad byte") {
    std::size_t at = 99;
    CHECK(is_valid_utf8("Сроки: 2021", &at));
    CHECK(at == 99);
    CHECK_FALSE(is_valid_utf8("ок\xFFок", &at));
    CHECK(at == 4);
    CHECK_FALSE(is_valid_utf8("\xE2\x80", nullptr));
    CHECK(is_valid_utf8(""));
}

TEST_CASE("squeeze_spaces collapses whitespace but keeps case") {
    CHECK(squeeze_spaces("  В  соответствии\n\nс\tграфиком ") == "В соответствии с графиком");
    CHECK(squeeze_spaces("a\xC2\xA0" "B") == "a B");
    CHECK(squeeze_spaces("") == "");
}

TEST_CASE("code point classes") {
    CHECK(is_space(0x00A0));
    CHECK(is_space(0x202F));
    CHECK_FALSE(is_space(U'a'));
    CHECK(is_dash(0x2212));
    CHECK(is_dash(0x2015));
    CHECK_FALSE(is_dash(0x2016));
    CHECK(is_letter(0x0451));
    CHECK_FALSE(is_letter(U'1'));
    CHECK(fold_code_point(0x0401) == 0x0435); // Ё → е
    CHECK(fold_code_point(0x2014) == U'-');
    CHECK(fold_code_point(U'?') == U'?');
}

#include "../src/words.hpp"

#include <random>

namespace {
// folded_words by the letter of its definition, one code point at a time;
// the library's version reads ASCII and two-byte Cyrillic without decoding.
std::vector<std::string> folded_words_by_code_point(std::string_view text) {
    std::vector<std::string> words(1);
    for (std::size_t pos = 0; pos < text.size();) {
        char32_t cp = eduroadmap::detail::decode_utf8(text, pos);
        if (eduroadmap::detail::is_ignorable(cp)) continue;
        cp = eduroadmap::detail::fold_code_point(cp);
        if (eduroadmap::detail::is_letter_or_digit(cp))
            eduroadmap::detail::append_utf8(words.back(), cp);
        else if (!words.back().empty())
            words.emplace_back();
    }
    if (words.back().empty()) words.pop_back();
    return words;
}
} // namespace

TEST_CASE("folded_words: folded letters and digits, split at everything else") {
    using eduroadmap::detail::folded_words;
    CHECK(folded_words("Ёлка, ЁЖИК и Zebra-42: «ПРИКАЗ» УО") ==
          std::vector<std::string>{"елка", "ежик", "и", "zebra", "42", "приказ", "уо"});
    // Case folds for Russian letters and Ѐ–Џ only; other Cyrillic stays as written.
    CHECK(folded_words("под\u00ADготовка Ѓ ѓ Ә") == std::vector<std::string>{"подготовка", "ѓ", "ѓ", "Ә"});
    CHECK(folded_words("").empty());
    CHECK(folded_words(" \t—–").empty());
    // A lead byte of Cyrillic without its second byte is no letter.
    CHECK(folded_words("а\xD0") == std::vector<std::string>{"а"});
    CHECK(folded_words("а\xD0 б") == std::vector<std::string>{"а", "б"});
}

TEST_CASE("FoldedWords: several texts in one buffer, reused after clear") {
    eduroadmap::detail::FoldedWords words("Мониторинг КАЧЕСТВА");
    words.append("образования; ЁЖ");
    REQUIRE(words.size() == 4);
    CHECK(words[0] == "мониторинг");
    CHECK(words[1] == "качества");
    // A text ends its last word: the next text starts a new one.
    CHECK(words[2] == "образования");
    CHECK(words[3] == "еж");
    words.clear();
    CHECK(words.empty());
    words.append("еще раз");
    REQUIRE(words.size() == 2);
    CHECK(words[1] == "раз");
    // Words stay right when the buffer grows under them.
    words.clear();
    std::string many;
    for (int i = 0; i < 300; ++i) many += "слово" + std::to_string(i) + " ";
    words.append(many);
    REQUIRE(words.size() == 300);
    CHECK(words[299] == "слово299");
    CHECK(eduroadmap::detail::stems_at(words, {"слово1", "слово2"}, 1));
    CHECK(eduroadmap::detail::find_stems(words, {"слово29"}, 30) == std::optional<std::size_t>(290));
}

TEST_CASE("folded_words agrees with folding code point by code point") {
    // Pieces that exercise every branch: ASCII letters, digits and marks,
    // Cyrillic of both cases and ё/Ё, other blocks, soft hyphen, dashes,
    // and broken sequences.
    const std::vector<std::string> pieces{"a", "Z", "7", " ", "-", ".", "а", "Я", "ё", "Ё", "Ѐ", "ӿ", "é", "Ω",
                                          "\u00AD", "\u2014", "\u200B", "\xD0", "\xD1\x28", "\xC0\xAF", "\xE2\x82",
                                          "\xF0\x9F\x98\x80", "\xFF", "ß", "\xD3\xBF"};
    std::mt19937 random(20261206);
    for (int n = 0; n < 5000; ++n) {
        std::string text;
        const int length = static_cast<int>(random() % 12);
        for (int k = 0; k < length; ++k) text += pieces[random() % pieces.size()];
        CAPTURE(text);
        CHECK(eduroadmap::detail::folded_words(text) == folded_words_by_code_point(text));
    }
}

#include "../src/rules/stem_table.hpp"

TEST_CASE("StemTable: stems of five letters, numbered once, of one text or several") {
    eduroadmap::detail::StemTable table;
    // «августовских форумов» and «августовского форума» share their stems; words under three letters have none.
    const auto a = table.ids("Августовских форумов и ОО");
    const auto b = table.ids("августовского ФОРУМА");
    CHECK(a == b);
    REQUIRE(a.size() == 2);
    CHECK(table.stem(a[0]) == "авгус");
    CHECK(table.stem(a[1]) == "форум");
    // Several texts read as one text with a break between them.
    eduroadmap::detail::StemTable apart, joined;
    const auto parts = apart.ids({"Проведение олимпиады", "Аналитическая справка"});
    CHECK(parts == joined.ids("Проведение олимпиады\nАналитическая справка"));
    CHECK(parts.size() == 4);
    CHECK(apart.size() == 4);
}

#include <eduroadmap/resolve.hpp>

#include <algorithm>
#include <optional>

TEST_CASE("MeasureStems: each title and result read once, numbered as one table reads them measure by measure") {
    using eduroadmap::detail::StemIds;
    using eduroadmap::detail::StemTable;
    eduroadmap::Roadmap rm;
    rm.sections.resize(2);
    auto add = [&](std::size_t section, std::string title, std::optional<std::string> result) {
        eduroadmap::Measure m;
        m.title = std::move(title);
        m.result = std::move(result);
        rm.sections[section].measures.push_back(std::move(m));
    };
    add(0, "Проведение августовского форума педагогов", std::string("Аналитическая справка по итогам форума"));
    add(0, "Мониторинг качества подготовки обучающихся", std::nullopt);
    add(1, "Августовских форумов педагогов проведение", std::string("Приказ об итогах мониторинга"));
    const eduroadmap::ResolvedRoadmap resolved = eduroadmap::resolve(rm);
    const eduroadmap::detail::MeasureStems stems(resolved);
    REQUIRE(stems.measures() == 3);
    // The ids one table gives to ids({title, result}), measure by measure —
    // what measure-misplaced read on its own before.
    StemTable together;
    auto strings = [](const StemTable &table, const StemIds &ids) {
        std::vector<std::string> out;
        for (std::uint32_t id : ids) out.push_back(table.stem(id));
        std::sort(out.begin(), out.end());
        return out;
    };
    for (std::size_t i = 0; i < 3; ++i) {
        const eduroadmap::Measure &m = *resolved.measures[i].ref.measure;
        CAPTURE(m.title);
        const StemIds both = m.result ? together.ids({m.title, *m.result}) : together.ids(m.title);
        CHECK(stems.title_and_result(i) == both);
        // A title's own stems, as a table of titles alone reads them.
        StemTable titles;
        CHECK(strings(stems.table(), stems.title(i)) == strings(titles, titles.ids(m.title)));
        const eduroadmap::detail::FoldedWords words(m.title);
        REQUIRE(stems.title_words(i).size() == words.size());
        for (std::size_t w = 0; w < words.size(); ++w) CHECK(stems.title_words(i)[w] == words[w]);
    }
    CHECK(stems.table().size() == together.size());
    CHECK(stems.title(0) == stems.title(2)); // «августовского форума» and «августовских форумов»
    CHECK(stems.title_and_result(1) == stems.title(1)); // no result
    CHECK(stems.title_and_result(0).size() > stems.title(0).size());
}
