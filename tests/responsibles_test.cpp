// Tests for <eduroadmap/responsibles.hpp>: splitting a printed responsibles
// cell against the registry, match kinds, suggestions. The cells are the
// bundled roadmaps' own (Tosno, Tonkino, Kachkanar, Bashmakovo,
// Timashevsk), with the registries of their transcriptions in examples/.
#include <eduroadmap/resolve.hpp>
#include <eduroadmap/responsibles.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace eduroadmap;

namespace {

const std::vector<Responsible> tosno{
    {"ko", "КО", "комитет образования администрации муниципального образования Тосненский район Ленинградской области", {}},
    {"oo", "ОО", "образовательные организации", {}},
    {"tr-dyuc", "МБОУ ДО «ТР ДЮЦ»",
     "Муниципальное бюджетное образовательное учреждение дополнительного образования «Тосненский районный "
     "детско-юношеский центр»",
     {}},
    {"poo", "ПОО", "", {}},
    {"lgu-pushkin", "ЛГУ им. А.С. Пушкина", "", {}},
};

const std::vector<Responsible> bashmakovo{
    {"otdel-obrazovaniya", "Отдел образования", "", {}},
    {"obrazovatelnye-organizatsii", "образовательные организации", "", {}},
    {"obshcheobrazovatelnye-organizatsii", "общеобразовательные организации", "", {}},
    {"gbu-po-tsppmisppo", "ГБУ ПО «ЦППМиСППО»", "", {}},
    {"bpk-br", "БПК БР", "", {}},
};

ResponsibleCell text(const std::string &cell) { return ResponsibleCell{{cell}, false}; }

// "text=id" for each mention (id empty when unmatched).
std::vector<std::string> summary(const std::vector<ResponsibleMention> &mentions) {
    std::vector<std::string> out;
    for (const ResponsibleMention &m : mentions) out.push_back(m.text + "=" + m.id);
    return out;
}

using Strings = std::vector<std::string>;

} // namespace

TEST_CASE("a cell without separators is split by the registry names it contains") {
    ResponsibleMatcher matcher(tosno);
    CHECK(summary(matcher.match(text("КО МБОУ ДО «ТР ДЮЦ»"))) == Strings{"КО=ko", "МБОУ ДО «ТР ДЮЦ»=tr-dyuc"});
    CHECK(summary(matcher.match(text("КО МБОУ ДО «ТР ДЮЦ» ОО"))) ==
          Strings{"КО=ko", "МБОУ ДО «ТР ДЮЦ»=tr-dyuc", "ОО=oo"});
    CHECK(summary(matcher.match(text("КО ОО МБОУ ДО «ТР ДЮЦ»"))) ==
          Strings{"КО=ko", "ОО=oo", "МБОУ ДО «ТР ДЮЦ»=tr-dyuc"});
}

TEST_CASE("commas, semicolons and line breaks separate; spaces and a trailing dot are trimmed") {
    ResponsibleMatcher matcher(tosno);
    CHECK(summary(matcher.match(text("КО, ОО"))) == Strings{"КО=ko", "ОО=oo"});
    CHECK(summary(matcher.match(text("КО;ОО"))) == Strings{"КО=ko", "ОО=oo"});
    CHECK(summary(matcher.match(text("КО, МБОУ ДО «ТР ДЮЦ», ОО"))) ==
          Strings{"КО=ko", "МБОУ ДО «ТР ДЮЦ»=tr-dyuc", "ОО=oo"});
    CHECK(summary(matcher.match(text("  КО ,\n\n ОО.  "))) == Strings{"КО=ko", "ОО=oo"});
    CHECK(summary(matcher.match(text("КО, ОО, ЛГУ им. А.С. Пушкина"))) ==
          Strings{"КО=ko", "ОО=oo", "ЛГУ им. А.С. Пушкина=lgu-pushkin"});

    ResponsibleMatcher kachkanar({{"mouo", "МОУО", "", {}}, {"oo", "ОО", "", {}}, {"gimcro", "ГИМЦРО", "", {}},
                                  {"gimc", "ГИМЦ", "", {}}, {"gmo", "ГМО", "", {}}});
    CHECK(summary(kachkanar.match(text("МОУО\nГИМЦ, ГМО, ОО"))) == Strings{"МОУО=mouo", "ГИМЦ=gimc", "ГМО=gmo", "ОО=oo"});
    // ГИМЦ is a prefix of ГИМЦРО, but a match must end at a word boundary.
    CHECK(summary(kachkanar.match(text("МОУО ГИМЦРО"))) == Strings{"МОУО=mouo", "ГИМЦРО=gimcro"});
}

TEST_CASE("the longest registry name wins: «общеобразовательные организации» before «образовательные организации»") {
    ResponsibleMatcher matcher(bashmakovo);
    CHECK(summary(matcher.match(text("Отдел образования общеобразовательные организации"))) ==
          Strings{"Отдел образования=otdel-obrazovaniya",
                  "общеобразовательные организации=obshcheobrazovatelnye-organizatsii"});
    CHECK(summary(matcher.match(text("Отдел образования, образовательные организации"))) ==
          Strings{"Отдел образования=otdel-obrazovaniya", "образовательные организации=obrazovatelnye-organizatsii"});
    CHECK(summary(matcher.match(text("Отдел образования ГБУ ПО «ЦППМиСППО» БПК БР"))) ==
          Strings{"Отдел образования=otdel-obrazovaniya", "ГБУ ПО «ЦППМиСППО»=gbu-po-tsppmisppo", "БПК БР=bpk-br"});
}

TEST_CASE("matching ignores case and ё, keeping the text as printed") {
    ResponsibleMatcher matcher(bashmakovo);
    std::vector<ResponsibleMention> m = matcher.match(text("Отдел Образования, ОБЩЕОБРАЗОВАТЕЛЬНЫЕ организации"));
    CHECK(summary(m) == Strings{"Отдел Образования=otdel-obrazovaniya",
                                "ОБЩЕОБРАЗОВАТЕЛЬНЫЕ организации=obshcheobrazovatelnye-organizatsii"});
    ResponsibleMatcher yo({{"obyed", "Объединённый методический совет", "", {}}});
    CHECK(summary(yo.match(text("объединенный  методический совет"))) ==
          Strings{"объединенный  методический совет=obyed"});
}

TEST_CASE("every kind of quotation mark is the same; quotes are part of the name") {
    ResponsibleMatcher matcher({{"mku-tsro", "МКУ \"Центр развития образования\"", "", {}}});
    CHECK(summary(matcher.match(text("МКУ «Центр развития образования»"))) ==
          Strings{"МКУ «Центр развития образования»=mku-tsro"});
    // A comma inside quotes does not split.
    ResponsibleMatcher school({{"s1", "МОУ «Школа, которая растёт»", "", {}}});
    CHECK(summary(school.match(text("МОУ «Школа, которая растёт», родители"))) ==
          Strings{"МОУ «Школа, которая растёт»=s1", "родители="});
}

TEST_CASE("how a mention matched: id, short, full or alias") {
    ResponsibleMatcher matcher({{"uo-i-mp", "УО и МП",
                                 "Управление образования и молодежной политики администрации Тонкинского "
                                 "муниципального района Нижегородской области",
                                 {"УОи МП"}}});
    auto how = [&](const std::string &cell) {
        std::vector<ResponsibleMention> m = matcher.match(text(cell));
        REQUIRE(m.size() == 1);
        CHECK(m[0].id == "uo-i-mp");
        return std::string(to_string(m[0].match));
    };
    CHECK(how("uo-i-mp") == "id");
    CHECK(how("УО и МП") == "short");
    CHECK(how("Управление образования и молодежной политики  администрации Тонкинского муниципального района "
              "Нижегородской области") == "full");
    CHECK(how("УОи МП") == "alias");
    CHECK(to_string(MentionMatch::none) == "none");
}

TEST_CASE("a parenthesised «(далее – …)» defines an abbreviation and names nobody") {
    ResponsibleMatcher matcher({{"uo-i-mp", "УО и МП",
                                 "Управление образования и молодежной политики администрации Тонкинского "
                                 "муниципального района Нижегородской области",
                                 {}}});
    std::vector<ResponsibleMention> m = matcher.match(
        text("Управление образования и молодежной политики  администрации Тонкинского муниципального района "
             "Нижегородской области (далее – УО и МП)"));
    REQUIRE(m.size() == 1);
    CHECK(m[0].id == "uo-i-mp");
    CHECK(m[0].match == MentionMatch::full_name);
    CHECK(m[0].text.find("далее") == std::string::npos);
}

TEST_CASE("an unknown name keeps its text and gets the closest registry entry as a suggestion") {
    ResponsibleMatcher matcher(tosno);
    std::vector<ResponsibleMention> m = matcher.match(text("КО ОО, МБОУ ДО «ТР ДЮОЦ»"));
    REQUIRE(m.size() == 3);
    CHECK(summary(m) == Strings{"КО=ko", "ОО=oo", "МБОУ ДО «ТР ДЮОЦ»="});
    CHECK_FALSE(m[2].matched());
    CHECK(m[2].match == MentionMatch::none);
    CHECK(m[2].suggestion == "МБОУ ДО «ТР ДЮЦ»");
    CHECK(m[2].suggestion_id == "tr-dyuc");

    // «ДЮОЦ» holds «ОО» only inside a word: no match there.
    m = matcher.match(text("КО МБОУ ДО «ТР ДЮОЦ» ОО"));
    CHECK(summary(m) == Strings{"КО=ko", "МБОУ ДО «ТР ДЮОЦ»=", "ОО=oo"});

    // Printed alone, the quoted core still finds the entry.
    ResponsibleMention alone = matcher.match_name("«ТР ДЮОЦ»");
    CHECK_FALSE(alone.matched());
    CHECK(alone.suggestion == "МБОУ ДО «ТР ДЮЦ»");
    alone = matcher.match_name("ТР ДЮОЦ");
    CHECK(alone.suggestion == "МБОУ ДО «ТР ДЮЦ»");

    // Nothing close: no suggestion.
    ResponsibleMention far = matcher.match_name("сентябрь-май");
    CHECK(far.text == "сентябрь-май");
    CHECK(far.suggestion.empty());
    CHECK(far.suggestion_id.empty());
}

TEST_CASE("a misspelt long name that contains a correct short one is one unknown mention") {
    ResponsibleMatcher matcher({{"mku-tsro", "МКУ \"Центр развития образования\"", "", {}},
                                {"metodist", "методист МКУ \"Центр развития образования\"", "", {}},
                                {"spetsialisty-uo", "специалисты УО", "", {}}});
    std::vector<ResponsibleMention> m =
        matcher.match(text("методиты МКУ \"Центр развития образования\", специалисты УО"));
    REQUIRE(m.size() == 2);
    CHECK(m[0].text == "методиты МКУ \"Центр развития образования\"");
    CHECK(m[0].suggestion == "методист МКУ \"Центр развития образования\"");
    CHECK(m[1].id == "spetsialisty-uo");
    // A stray quote (Timashevsk) must not swallow the comma after it.
    m = matcher.match(text("методиты МКУ \"Центр развития образования, специалисты УО"));
    REQUIRE(m.size() == 2);
    CHECK(m[0].suggestion_id == "metodist");
    CHECK(m[1].id == "spetsialisty-uo");
}

TEST_CASE("cells that name nobody give no mentions; an empty registry matches nothing") {
    ResponsibleMatcher matcher(tosno);
    CHECK(matcher.match(text("")).empty());
    CHECK(matcher.match(text(" - ")).empty());
    CHECK(matcher.match(text(",,")).empty());
    CHECK(matcher.match(ResponsibleCell{{}, true}).empty());

    ResponsibleMatcher none({});
    CHECK(none.empty());
    std::vector<ResponsibleMention> m = none.match(text("КО, ОО"));
    CHECK(summary(m) == Strings{"КО=", "ОО="});
    CHECK(m[0].suggestion.empty());
}

TEST_CASE("a list cell gives one mention per item, matched whole, with the item's index") {
    ResponsibleMatcher matcher(tosno);
    std::vector<ResponsibleMention> m = matcher.match(ResponsibleCell{{"ko", "", "КО ОО", "МБОУ ДО «ТР ДЮЦ»"}, true});
    REQUIRE(m.size() == 3);
    CHECK(m[0].id == "ko");
    CHECK(m[0].match == MentionMatch::id);
    CHECK(m[0].item == 0);
    CHECK_FALSE(m[1].matched()); // an item is one body: «КО ОО» is not split
    CHECK(m[1].text == "КО ОО");
    CHECK(m[1].item == 2);
    CHECK(m[2].id == "tr-dyuc");
    CHECK(m[2].item == 3);
    CHECK(match_responsibles(ResponsibleCell{{"oo"}, true}, tosno)[0].id == "oo");
}

TEST_CASE("resolve() matches every measure's cell against the roadmap's registry") {
    Roadmap rm;
    rm.responsibles = tosno;
    Section s;
    s.title = "Раздел";
    Measure a;
    a.number = "1.";
    a.responsibles = ResponsibleCell{{"КО МБОУ ДО «ТР ДЮОЦ»"}, false};
    Measure b;
    b.number = "2.";
    s.measures = {a, b};
    rm.sections = {s};
    ResolvedRoadmap r = resolve(rm);
    REQUIRE(r.measures.size() == 2);
    CHECK(summary(r.measures[0].responsibles) == Strings{"КО=ko", "МБОУ ДО «ТР ДЮОЦ»="});
    CHECK(r.measures[0].responsibles[1].suggestion_id == "tr-dyuc");
    CHECK(r.measures[1].responsibles.empty()); // no cell
}
