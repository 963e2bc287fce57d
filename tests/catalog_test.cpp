// Tests for <eduroadmap/catalog.hpp>: the built-in catalogs, reading catalog
// files, and the matching of printed section titles to directions —
// including every section title of the five bundled roadmaps.
#include <eduroadmap/catalog.hpp>
#include <eduroadmap/catalog_io.hpp>
#include <eduroadmap/io.hpp>
#include <eduroadmap/resolve.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

using namespace eduroadmap;

namespace {

const std::string examples = std::string(ERM_SOURCE_DIR) + "/examples/";

std::string code_of(const Catalog &c, const DirectionMatch &m) {
    return m.direction ? c.directions[*m.direction].code : m.kind == MatchKind::unknown ? "?" : "extra";
}

Roadmap load_example(const std::string &name) {
    LoadResult r = load_file(examples + name);
    REQUIRE(r.document);
    return r.document->roadmap;
}

} // namespace

TEST_CASE("the built-in fioko-2020 catalog has the nine directions of docs/catalogs.md") {
    const Catalog &c = default_catalog();
    CHECK(c.id == "fioko-2020");
    REQUIRE(c.directions.size() == 9);
    const std::vector<std::pair<std::string, std::string>> expected{
        {"1.1", "training-quality"}, {"1.2", "low-results-schools"}, {"1.3", "talents"},
        {"1.4", "career-guidance"},  {"2.1", "objectivity"},         {"2.2", "leader-effectiveness"},
        {"2.3", "teacher-development"}, {"2.4", "methodical-work"}, {"2.5", "upbringing"}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(c.directions[i].code == expected[i].first);
        CHECK(c.directions[i].slug == expected[i].second);
        CHECK_FALSE(c.directions[i].keywords.empty());
    }
    CHECK(c.directions[4].title ==
          "Система обеспечения объективности процедур оценки качества образования и олимпиад школьников");
    CHECK(c.thresholds == MatchThresholds{4, 1.5, 2});
    CHECK(builtin_catalog("fioko-2020") == &c);
    CHECK(builtin_catalog("no-such") == nullptr);
    CHECK(builtin_catalog_ids() == std::vector<std::string>{"fioko-2020", "lenobl-2021"});
}

TEST_CASE("every embedded catalog file reads without a problem") {
    for (const char *name : {"fioko-2020", "lenobl-2021"}) {
        CAPTURE(name);
        CatalogLoadResult r = load_catalog_file(std::string(ERM_SOURCE_DIR) + "/catalogs/" + name + ".yaml");
        CHECK(r.diagnostics.empty());
        REQUIRE(r.ok());
        REQUIRE(builtin_catalog(name));
        CHECK(*r.catalog == *builtin_catalog(name));
    }
}

TEST_CASE("lenobl-2021 extends fioko-2020 with the preschool direction of the Tosno roadmap") {
    const Catalog *c = builtin_catalog("lenobl-2021");
    REQUIRE(c);
    REQUIRE(c->directions.size() == 10);
    for (std::size_t i = 0; i < 9; ++i) CHECK(c->directions[i] == default_catalog().directions[i]);
    CHECK(c->directions[9].code == "3.1");
    CHECK(c->directions[9].slug == "preschool-quality");
    DirectionMatch m = match_title(*c, "Система мониторинга качества дошкольного образования.");
    CHECK(m.kind == MatchKind::exact_title);
    CHECK(code_of(*c, m) == "3.1");
    CHECK(code_of(default_catalog(), match_title(default_catalog(), "Система мониторинга качества дошкольного образования.")) ==
          "extra");
}

TEST_CASE("directions are found by code or slug, case-insensitively, a trailing dot ignored") {
    const Catalog &c = default_catalog();
    CHECK(c.find("1.3") == std::optional<std::size_t>{2});
    CHECK(c.find("1.3.") == std::optional<std::size_t>{2});
    CHECK(c.find("Talents") == std::optional<std::size_t>{2});
    CHECK(c.find("2.5") == std::optional<std::size_t>{8});
    CHECK_FALSE(c.find("3.1"));
    CHECK_FALSE(c.find(""));
}

TEST_CASE("titles are normalised: case, ё, quotes, punctuation, a leading number or «Направление»") {
    CHECK(normalise_title("Направление «Совершенствование методической работы»") ==
          "совершенствование методической работы");
    CHECK(normalise_title("1. Система оценки качества подготовки обучающихся.") ==
          "система оценки качества подготовки обучающихся");
    CHECK(normalise_title("II. Система выявления талантов у детей и молодёжи") ==
          "система выявления талантов у детей и молодежи");
    CHECK(normalise_title("школами с низкими результатами и (или) школами") ==
          normalise_title("школами с низкими результатами и/или школами"));
}

TEST_CASE("how a title matched: exact, alias, keywords with a score, extra, unknown") {
    const Catalog &c = default_catalog();
    DirectionMatch exact = match_title(c, "СИСТЕМА МЕТОДИЧЕСКОЙ РАБОТЫ");
    CHECK(exact.kind == MatchKind::exact_title);
    CHECK(code_of(c, exact) == "2.4");

    DirectionMatch alias = match_title(c, "Система развития таланта");
    CHECK(alias.kind == MatchKind::alias);
    CHECK(alias.matched == "Система развития таланта");
    CHECK(code_of(c, alias) == "1.3");

    DirectionMatch kw = match_title(c, "Работа с одарёнными детьми");
    CHECK(kw.kind == MatchKind::keywords);
    CHECK(code_of(c, kw) == "1.3");
    CHECK(kw.score == 5); // «одарен» only
    CHECK(kw.matched == "одарен");

    DirectionMatch none = match_title(c, "Нормативно-правовое обеспечение");
    CHECK(none.kind == MatchKind::extra);
    CHECK_FALSE(none.direction);
    CHECK(none.candidates.empty());

    // «способност» (3) alone reaches the floor but not acceptance.
    DirectionMatch weak = match_title(c, "Способности");
    CHECK(weak.kind == MatchKind::unknown);
    CHECK_FALSE(weak.direction);
    REQUIRE_FALSE(weak.candidates.empty());
    CHECK(c.directions[weak.candidates[0].direction].code == "1.3");

    // Two directions with close scores do not decide.
    DirectionMatch tie = match_title(c, "Профориентация и воспитание"); // 5 and 5
    CHECK(tie.kind == MatchKind::unknown);
    CHECK(tie.candidates.size() == 2);
}

TEST_CASE("a section's pin wins over its title; extra: true declares it outside") {
    const Catalog &c = default_catalog();
    Section s;
    s.title = "Система оценки качества подготовки обучающихся";
    s.direction = "talents";
    DirectionMatch pinned = match_section(c, s);
    CHECK(pinned.kind == MatchKind::pinned);
    CHECK(code_of(c, pinned) == "1.3");
    s.direction = "9.9";
    CHECK(match_section(c, s).kind == MatchKind::unknown);
    s.direction.clear();
    s.extra = true;
    CHECK(match_section(c, s).kind == MatchKind::declared_extra);
}

// The right code of every section title of the five bundled roadmaps, decided by reading
// each title against docs/catalogs.md (not by running the matcher). The Timashevsk roadmap
// works in tracks: several tracks belong to one direction, and
// tracks no direction names are extra: «Профилактика учебной неуспешности»
// (pupils' failure, not schools'), «Устранение дефицита педагогических
// кадров» (staffing), «инновационная деятельность», «Повышение качества
// дошкольного образования» (preschool is not in fioko-2020).
TEST_CASE("every section title of the five bundled roadmaps maps to its catalog code") {
    struct Row {
        const char *file;
        std::size_t section;
        const char *starts; // the title's beginning, to be sure of the row
        const char *code;
    };
    const Row table[] = {
        {"tosno-2021.yaml", 0, "Нормативно-правовое обеспечение", "extra"},
        {"tosno-2021.yaml", 1, "Система оценки качества подготовки", "1.1"},
        {"tosno-2021.yaml", 2, "Система мониторинга эффективности руководителей", "2.2"},
        {"tosno-2021.yaml", 3, "Система обеспечения профессионального развития", "2.3"},
        {"tosno-2021.yaml", 4, "Система работы со школами с низкими", "1.2"},
        {"tosno-2021.yaml", 5, "Система выявления, поддержки", "1.3"},
        {"tosno-2021.yaml", 6, "Система профессионального самоопределения", "1.4"},
        {"tosno-2021.yaml", 7, "Система организации воспитания", "2.5"},
        {"tonkino-2020-2021.yaml", 0, "по развитию муниципальной системы оценки качества подготовки", "1.1"},
        {"tonkino-2020-2021.yaml", 1, "по  реализации муниципальной системы работы с общеобразовательными", "1.2"},
        {"tonkino-2020-2021.yaml", 2, "системы выявления, поддержки", "1.3"},
        {"tonkino-2020-2021.yaml", 3, "системы работы по самоопределению", "1.4"},
        {"tonkino-2020-2021.yaml", 4, "по формированию системы обеспечения объективности", "2.1"},
        {"tonkino-2020-2021.yaml", 5, "по внедрению системы мониторинга эффективности руководителей", "2.2"},
        {"tonkino-2020-2021.yaml", 6, "по формированию системы мониторинга качества дополнительного", "2.3"},
        {"tonkino-2020-2021.yaml", 7, "по формированию региональной системы методической работы", "2.4"},
        {"tonkino-2020-2021.yaml", 8, "по реализации системы организации воспитания", "2.5"},
        {"kachkanar-2019-2020.yaml", 0, "Формирование нормативно-правового обеспечения", "extra"},
        {"kachkanar-2019-2020.yaml", 1, "Система оценки качества подготовки", "1.1"},
        {"kachkanar-2019-2020.yaml", 2, "Система обеспечения объективности", "2.1"},
        {"kachkanar-2019-2020.yaml", 3, "Система мониторинга эффективности руководителей", "2.2"},
        {"kachkanar-2019-2020.yaml", 4, "Система мониторинга качества повышения квалификации", "2.3"},
        {"kachkanar-2019-2020.yaml", 5, "Система методической работы", "2.4"},
        {"kachkanar-2019-2020.yaml", 6, "Система работы со школами с низкими", "1.2"},
        {"kachkanar-2019-2020.yaml", 7, "Система развития таланта", "1.3"},
        {"kachkanar-2019-2020.yaml", 8, "Система работы по самоопределению и профориентации", "1.4"},
        {"bashmakovo-2020-2022.yaml", 0, "Направление «Развитие системы оценки качества", "1.1"},
        {"bashmakovo-2020-2022.yaml", 1, "Направление «Организация работы со школами с низкими", "1.2"},
        {"bashmakovo-2020-2022.yaml", 2, "Направление «Совершенствование системы выявления", "1.3"},
        {"bashmakovo-2020-2022.yaml", 3, "Направление «Организация системы работы по самоопределению", "1.4"},
        {"bashmakovo-2020-2022.yaml", 4, "Направление «Развитие системы объективности", "2.1"},
        {"bashmakovo-2020-2022.yaml", 5, "Направление «Мониторинг эффективности деятельности руководителей", "2.2"},
        {"bashmakovo-2020-2022.yaml", 6, "Направление «Мониторинг качества дополнительного профессионального", "2.3"},
        {"bashmakovo-2020-2022.yaml", 7, "Направление «Совершенствование методической работы", "2.4"},
        {"bashmakovo-2020-2022.yaml", 8, "Направление «Развитие системы организации воспитания", "2.5"},
        {"timashevsk-2023-2024.yaml", 0, "Объективность оценки качества подготовки", "2.1"},
        {"timashevsk-2023-2024.yaml", 1, "Сбалансированность системы оценки качества", "1.1"},
        {"timashevsk-2023-2024.yaml", 2, "Адресная поддержка школ с низкими", "1.2"},
        {"timashevsk-2023-2024.yaml", 3, "Профилактика учебной неуспешности", "extra"},
        {"timashevsk-2023-2024.yaml", 4, "Развитие способностей обучающихся", "1.3"},
        {"timashevsk-2023-2024.yaml", 5, "Организация работы с талантливыми детьми", "1.3"},
        {"timashevsk-2023-2024.yaml", 6, "Создание условий для совершенного выбора дальнейшей траектории", "1.4"},
        {"timashevsk-2023-2024.yaml", 7, "Повышение эффективности профориентации", "1.4"},
        {"timashevsk-2023-2024.yaml", 8, "Повышение качества управленческой деятельности руководителей", "2.2"},
        {"timashevsk-2023-2024.yaml", 9, "Повышение профессионального мастерства педагогических работников. Методическое",
         "2.4"},
        {"timashevsk-2023-2024.yaml", 10, "Аттестация педагогических работников", "2.3"},
        {"timashevsk-2023-2024.yaml", 11, "Устранение дефицита педагогических кадров", "extra"},
        {"timashevsk-2023-2024.yaml", 12, "Поддержка молодых педагогов / реализация программ наставничества", "2.4"}, // mentoring: methodical work, as in Tonkino and Kachkanar
        {"timashevsk-2023-2024.yaml", 13, "инновационная деятельность", "extra"},
        {"timashevsk-2023-2024.yaml", 14, "Профилактика деструктивного поведения", "2.5"},
        {"timashevsk-2023-2024.yaml", 15, "Профессиональные затруднения педагогов", "2.3"},
        {"timashevsk-2023-2024.yaml", 16, "Повышение качества дошкольного образования", "extra"},
    };
    std::map<std::string, std::size_t> rows_per_file;
    for (const Row &row : table) ++rows_per_file[row.file];
    for (const auto &entry : rows_per_file) { // no structured binding: CAPTURE's lambda cannot use one in C++17
        const std::string &file = entry.first;
        CAPTURE(file);
        CHECK(load_example(file).sections.size() == entry.second); // every section is in the table
    }
    std::string loaded_file;
    Roadmap rm;
    for (const Row &row : table) {
        if (loaded_file != row.file) rm = load_example(loaded_file = row.file);
        CAPTURE(row.file);
        CAPTURE(row.section);
        REQUIRE(row.section < rm.sections.size());
        const std::string &title = rm.sections[row.section].title;
        CHECK(title.rfind(row.starts, 0) == 0);
        CHECK(code_of(default_catalog(), match_section(default_catalog(), rm.sections[row.section])) == row.code);
    }
}

TEST_CASE("the declared directions of Tosno and Tonkino map to the catalog") {
    Roadmap tosno = load_example("tosno-2021.yaml");
    ResolvedRoadmap r = resolve(tosno);
    REQUIRE(r.declared_directions.size() == 9);
    std::vector<std::string> codes;
    for (const DirectionMatch &m : r.declared_directions) codes.push_back(code_of(*r.catalog, m));
    // Items 2 and 6 are both the low-results direction; item 5 (preschool) is outside fioko-2020.
    CHECK(codes == std::vector<std::string>{"1.1", "1.2", "2.2", "2.3", "extra", "1.2", "1.3", "1.4", "2.5"});

    Catalog lenobl = *builtin_catalog("lenobl-2021");
    ResolveOptions options;
    options.catalog = &lenobl;
    ResolvedRoadmap with_region = resolve(tosno, options);
    CHECK(code_of(lenobl, with_region.declared_directions[4]) == "3.1");

    Roadmap tonkino = load_example("tonkino-2020-2021.yaml");
    ResolvedRoadmap t = resolve(tonkino);
    REQUIRE(t.declared_directions.size() == 9);
    for (std::size_t i = 0; i < 9; ++i) CHECK(code_of(*t.catalog, t.declared_directions[i]) == t.catalog->directions[i].code);
}

TEST_CASE("resolve() uses the built-in catalog the roadmap names, else fioko-2020") {
    Roadmap rm;
    rm.catalog = "lenobl-2021";
    CHECK(resolve(rm).catalog == builtin_catalog("lenobl-2021"));
    rm.catalog = "regional/own.yaml"; // a file: loaded by the caller, not by the pure core
    CHECK(resolve(rm).catalog == &default_catalog());
    CHECK(resolve(rm).required_stages ==
          std::vector<Stage>{Stage::monitoring, Stage::analysis, Stage::recommendations, Stage::decisions, Stage::review});
}

TEST_CASE("reading catalogs: problems carry rule ids and positions") {
    CatalogLoadResult ok = load_catalog_string(R"(schema: eduroadmap-catalog/1
id: mini
title: Мини
match: {accept: 3, margin: 1, floor: 1}
directions:
  - code: "A"
    slug: alpha
    title: Альфа
    aliases: [Первая]
    keywords:
      альф: 3
      перв втор: 2
)");
    REQUIRE(ok.ok());
    CHECK(ok.catalog->thresholds == MatchThresholds{3, 1, 1});
    REQUIRE(ok.catalog->directions.size() == 1);
    const CatalogDirection &a = ok.catalog->directions[0];
    REQUIRE(a.keywords.size() == 2);
    CHECK(a.keywords[1].stems == std::vector<std::string>{"перв", "втор"});
    CHECK(a.keywords[1].weight == 2);
    CHECK(score_title(*ok.catalog, "Первые вторые")[0].score == 2); // consecutive, in order
    CHECK(score_title(*ok.catalog, "Вторые первые")[0].score == 0);
    CHECK(score_title(*ok.catalog, "Первые и вторые")[0].score == 0);
    CHECK(code_of(*ok.catalog, match_title(*ok.catalog, "Альфа: первые вторые")) == "A"); // 3 + 2 ≥ accept 3

    CatalogLoadResult typo = load_catalog_string("schema: eduroadmap-catalog/1\nid: x\ntitle: X\ndirections:\n"
                                                 "  - {code: A, slug: a, titel: T}\n",
                                                 "x.yaml");
    CHECK_FALSE(typo.ok());
    REQUIRE(typo.diagnostics.size() == 2); // unknown titel, missing title
    CHECK(typo.diagnostics[0].rule == "unknown-field");
    CHECK(typo.diagnostics[0].location == Location{"x.yaml", 5, 24});
    CHECK(typo.diagnostics[0].arg("suggestion") == "title");
    CHECK(typo.diagnostics[1].rule == "missing-field");

    CatalogLoadResult dup = load_catalog_string("schema: eduroadmap-catalog/1\nid: x\ntitle: X\ndirections:\n"
                                                "  - {code: A, slug: a, title: T}\n  - {code: A, slug: b, title: U}\n");
    REQUIRE(dup.diagnostics.size() == 1);
    CHECK(dup.diagnostics[0].rule == "duplicate-id");
    CHECK(dup.diagnostics[0].location.line == 6);

    CatalogLoadResult weight = load_catalog_string("schema: eduroadmap-catalog/1\nid: x\ntitle: X\ndirections:\n"
                                                   "  - {code: A, slug: a, title: T, keywords: {альф: много}}\n");
    REQUIRE(weight.diagnostics.size() == 1);
    CHECK(weight.diagnostics[0].rule == "wrong-type");

    CatalogLoadResult base = load_catalog_string("schema: eduroadmap-catalog/1\nid: x\ntitle: X\nextends: nothing-here\n");
    REQUIRE_FALSE(base.diagnostics.empty());
    CHECK(base.diagnostics[0].rule == "catalog-invalid");
    CHECK(base.diagnostics[0].location.line == 4);
}

TEST_CASE("a regional catalog may replace an inherited direction by its code") {
    CatalogLoadResult r = load_catalog_string(R"(schema: eduroadmap-catalog/1
id: own
title: Своя модель
extends: fioko-2020
directions:
  - code: "2.4"
    slug: methodical-work
    title: Система научно-методического сопровождения
    keywords: {научн методическ: 6}
  - code: "3.1"
    slug: tracks
    title: Треки
)");
    REQUIRE(r.ok());
    REQUIRE(r.catalog->directions.size() == 10);
    CHECK(r.catalog->directions[7].title == "Система научно-методического сопровождения");
    CHECK(r.catalog->directions[9].slug == "tracks");
    CHECK(r.catalog->thresholds == default_catalog().thresholds);
}

TEST_CASE("extends: through the caller's lookup, which is asked with the extending catalog's file") {
    const std::string base = "schema: eduroadmap-catalog/1\nid: base\ntitle: B\nextends: fioko-2020\n"
                             "directions:\n  - {code: \"3.1\", slug: preschool, title: Дошкольное}\n";
    std::vector<std::pair<std::string, std::string>> asked;
    CatalogLookup lookup = [&](std::string_view reference, const std::string &from) {
        asked.emplace_back(std::string(reference), from);
        CatalogText found;
        found.file = "store/" + std::string(reference);
        if (reference == "base")
            found.text = base;
        else
            found.diagnostics.push_back(
                Diagnostic{"catalog-invalid", Severity::error, "", {found.file, 0, 0}, {{"reason", "not in the store"}}});
        return found;
    };
    CatalogLoadResult own = load_catalog_string("schema: eduroadmap-catalog/1\nid: own\ntitle: O\nextends: base\n",
                                                "mine.yaml", {}, lookup);
    REQUIRE(own.ok());
    CHECK(own.catalog->directions.size() == 10); // fioko's nine, then base's 3.1
    CHECK(own.catalog->directions[9].slug == "preschool");
    // The built-in fioko-2020 that base extends is not asked for.
    CHECK(asked == std::vector<std::pair<std::string, std::string>>{{"base", "mine.yaml"}});

    CatalogLoadResult missing = load_catalog_string("schema: eduroadmap-catalog/1\nid: x\ntitle: X\nextends: other\n",
                                                    "mine.yaml", {}, lookup);
    REQUIRE(missing.diagnostics.size() == 1);
    CHECK(missing.diagnostics[0].rule == "catalog-invalid");
    CHECK(missing.diagnostics[0].arg("reason").find("not in the store") != std::string::npos);

    // No lookup: built-in ids only, and nothing is read.
    CatalogLoadResult none = load_catalog_string("schema: eduroadmap-catalog/1\nid: x\ntitle: X\nextends: base\n",
                                                 "mine.yaml", {}, CatalogLookup{});
    REQUIRE(none.diagnostics.size() == 1);
    CHECK(none.diagnostics[0].arg("reason") == "not a built-in catalog");
}

TEST_CASE("catalog_files: an extends path is read relative to the extending file") {
    CatalogText found = catalog_files()("lenobl-2021.yaml", std::string(ERM_SOURCE_DIR) + "/catalogs/own.yaml");
    CHECK(found.file == std::string(ERM_SOURCE_DIR) + "/catalogs/lenobl-2021.yaml");
    REQUIRE(found.text);
    CHECK(found.text->find("id: lenobl-2021") != std::string::npos);
    CatalogText absent = catalog_files()("none.yaml", "somewhere/own.yaml");
    CHECK_FALSE(absent.text);
    REQUIRE(absent.diagnostics.size() == 1);
    CHECK(absent.diagnostics[0].rule == "yaml-syntax"); // cannot open
}

TEST_CASE("choose_catalog: the option, else the roadmap's own relative to its file, else the default") {
    Roadmap rm;
    CatalogChoice none = choose_catalog(rm, {}, "t.yaml");
    CHECK(none.catalog == &default_catalog());
    CHECK(none.usable);
    rm.catalog = "lenobl-2021";
    CatalogChoice builtin = choose_catalog(rm, {}, "t.yaml");
    CHECK(builtin.catalog == builtin_catalog("lenobl-2021")); // the built-in itself, not a copy
    CHECK_FALSE(builtin.owned);
    CHECK(builtin.reference == "lenobl-2021");

    rm.catalog = "../catalogs/lenobl-2021.yaml";
    CatalogChoice file = choose_catalog(rm, {}, std::string(ERM_SOURCE_DIR) + "/examples/x.yaml");
    REQUIRE(file.owned);
    CHECK(file.catalog == file.owned.get());
    CHECK(file.catalog->id == "lenobl-2021");
    CHECK_FALSE(file.problem);

    CatalogChoice from_string = choose_catalog(rm, {}, "<string>"); // no directory: relative to the working one
    CHECK_FALSE(from_string.usable);
    REQUIRE(from_string.problem);
    CHECK(from_string.problem->rule == "catalog-invalid");
    CHECK(from_string.problem->path == "catalog");
    CHECK(from_string.catalog == &default_catalog());

    ValidateOptions options;
    options.catalog = "fioko";
    CatalogChoice option = choose_catalog(rm, options, "t.yaml");
    CHECK(option.reference == "fioko");
    REQUIRE(option.problem);
    CHECK(option.problem->path.empty());
    CHECK(option.problem->arg("catalog") == "fioko");
}

TEST_CASE("find_catalog: a built-in id, else a path relative to the roadmap's directory") {
    CHECK(find_catalog("fioko-2020").ok());
    CatalogLoadResult file = find_catalog("../catalogs/lenobl-2021.yaml", std::string(ERM_SOURCE_DIR) + "/examples");
    REQUIRE(file.ok());
    CHECK(file.catalog->id == "lenobl-2021");
    CatalogLoadResult missing = find_catalog("nowhere/none.yaml", std::string(ERM_SOURCE_DIR));
    CHECK_FALSE(missing.ok());
    REQUIRE_FALSE(missing.diagnostics.empty());
    CHECK(missing.diagnostics[0].rule == "yaml-syntax"); // cannot open
    CatalogLoadResult word = find_catalog("fioko2020");
    REQUIRE(word.diagnostics.size() == 1);
    CHECK(word.diagnostics[0].rule == "catalog-invalid");
}

#include "../src/catalog/keyword_scorer.hpp"

namespace {
// score_title by its definition: a keyword is found when its stems start
// consecutive words anywhere in the title.
std::vector<DirectionScore> scores_by_definition(const Catalog &c, std::string_view title) {
    const std::vector<std::string> words = detail::folded_words(title);
    std::vector<DirectionScore> out;
    for (std::size_t d = 0; d < c.directions.size(); ++d) {
        DirectionScore s;
        s.direction = d;
        for (const CatalogKeyword &k : c.directions[d].keywords)
            if (detail::find_stems(words, k.stems)) s.score += k.weight, s.keywords.push_back(k.text);
        out.push_back(std::move(s));
    }
    std::stable_sort(out.begin(), out.end(), [](const DirectionScore &a, const DirectionScore &b) { return a.score > b.score; });
    return out;
}

bool same_scores(const std::vector<DirectionScore> &a, const std::vector<DirectionScore> &b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].direction != b[i].direction || a[i].score != b[i].score || a[i].keywords != b[i].keywords) return false;
    return true;
}
} // namespace

TEST_CASE("keyword scores: one scorer over many titles gives score_title's definition") {
    std::size_t titles = 0, scored = 0;
    for (const char *catalog : {"fioko-2020", "lenobl-2021"}) {
        const Catalog &c = *builtin_catalog(catalog);
        detail::KeywordScorer scorer(c);
        for (const char *file : {"tosno-2021.yaml", "tonkino-2020-2021.yaml", "kachkanar-2019-2020.yaml", "bashmakovo-2020-2022.yaml",
                                 "timashevsk-2023-2024.yaml"}) {
            const Roadmap rm = load_example(file);
            for (const Section &s : rm.sections) {
                std::vector<const Measure *> measures;
                for (const Measure &m : s.measures) measures.push_back(&m);
                for (const Group &g : s.groups)
                    for (const Measure &m : g.measures) measures.push_back(&m);
                for (const Measure *m : measures) {
                    for (const std::string &text : {m->title, s.title, m->title + " " + s.title}) {
                        const auto want = scores_by_definition(c, text);
                        CHECK_MESSAGE(same_scores(scorer.score(text), want), text);
                        CHECK(same_scores(scorer.score(detail::FoldedWords(text)), want)); // folded beforehand
                        CHECK(same_scores(score_title(c, text), want));
                        ++titles;
                        if (want.front().score != 0) ++scored;
                    }
                }
            }
        }
    }
    CHECK(titles > 1000);
    CHECK(scored > titles / 4); // the titles do hit keywords
}
