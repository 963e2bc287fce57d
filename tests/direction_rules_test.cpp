// Tests for the direction, cycle and indicator rules (unknown-direction,
// extra-section, direction-missing, duplicate-direction, direction-empty,
// cycle-stage-missing, indicator-unknown, indicator-unused,
// indicator-target-invalid, indicator-missing-for-direction, catalog-invalid):
// each with a fixture that triggers it and a clean one, and what they report
// on the Tosno roadmap of 2021.
#include <eduroadmap/catalog.hpp>
#include <eduroadmap/validate_io.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

using namespace eduroadmap;

namespace {

const std::set<std::string> direction_rules{"unknown-direction",    "extra-section",       "direction-missing",
                                            "duplicate-direction",  "direction-empty",     "cycle-stage-missing",
                                            "indicator-unknown",    "indicator-unused",    "indicator-target-invalid",
                                            "indicator-missing-for-direction", "catalog-invalid"};

// The findings of these rules only (other rules have their own tests).
std::vector<Diagnostic> findings(const Report &r) {
    std::vector<Diagnostic> out;
    for (const Diagnostic &d : r.diagnostics)
        if (direction_rules.count(d.rule)) out.push_back(d);
    return out;
}

std::vector<Diagnostic> findings(const std::string &text, const ValidateOptions &options = {}) {
    return findings(validate_string(text, "t.yaml", options));
}

std::vector<Diagnostic> of(const std::vector<Diagnostic> &all, std::string_view rule) {
    std::vector<Diagnostic> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out), [&](const Diagnostic &d) { return d.rule == rule; });
    return out;
}

// A section of direction @p d (catalog index) whose five measures close the
// default cycle, the monitoring one feeding the direction's indicator.
std::string section(std::size_t d, const std::string &title = "", const std::string &extra_fields = "") {
    const CatalogDirection &dir = default_catalog().directions[d];
    const std::string n = std::to_string(d + 1);
    return "  - title: \"" + (title.empty() ? dir.title : title) + "\"\n" + extra_fields +
           "    measures:\n"
           "      - {number: \"" + n + ".1\", title: Проведение мониторинга, indicators: [ind-" + n + "]}\n"
           "      - {number: \"" + n + ".2\", title: Анализ результатов мониторинга}\n"
           "      - {number: \"" + n + ".3\", title: Подготовка адресных рекомендаций}\n"
           "      - {number: \"" + n + ".4\", title: Принятие управленческих решений}\n"
           "      - {number: \"" + n + ".5\", title: Анализ эффективности принятых мер}\n";
}

std::string indicators() {
    std::string out = "indicators:\n";
    for (std::size_t d = 0; d < 9; ++d) {
        const std::string n = std::to_string(d + 1);
        out += "  - {id: ind-" + n + ", title: Показатель " + n + ", direction: \"" +
               default_catalog().directions[d].code + "\", unit: percent, baseline: {value: 50}, " +
               "targets: [{period: \"2021\", value: 60}]}\n";
    }
    return out;
}

const std::string head = "schema: eduroadmap/1\nid: t\ntitle: T\nperiod: 2021\n";

// All nine directions, each closing the cycle, each with an indicator.
std::string complete(const std::string &top = "", std::size_t skip = 99) {
    std::string text = head + top + "sections:\n";
    for (std::size_t d = 0; d < 9; ++d)
        if (d != skip) text += section(d);
    return text + indicators();
}

} // namespace

TEST_CASE("a complete plan is clean of every direction, cycle and indicator rule") {
    std::vector<Diagnostic> all = findings(complete());
    for (const Diagnostic &d : all) MESSAGE(d.rule << " at " << d.path);
    CHECK(all.empty());
}

TEST_CASE("unknown-direction: a pin that names no direction, a title that does not decide") {
    std::string text = head + "sections:\n" + section(0, "", "    direction: \"1.9\"\n") +
                       section(1, "Способности") + section(2, "", "    direction: talents\n") + indicators() +
                       "  - {id: extra-ind, title: X, direction: objectivty}\n";
    std::vector<Diagnostic> u = of(findings(text), "unknown-direction");
    REQUIRE(u.size() == 3);
    CHECK(u[0].path == "sections[0].direction");
    CHECK(u[0].arg("title") == "1.9");
    CHECK(u[0].arg("suggestion") == "1.1");
    CHECK(u[0].location.line == 7);
    CHECK(u[1].path == "sections[1].title");
    CHECK(u[1].arg("suggestion").rfind("1.3 «", 0) == 0);
    CHECK(message(u[1], Language::ru) == "раздел «Способности» не соответствует ни одному направлению каталога fioko-2020");
    CHECK(hint(u[1], Language::en).rfind("closest: 1.3 «Система выявления", 0) == 0);
    CHECK(u[2].path == "indicators[9].direction");
    CHECK(u[2].arg("suggestion") == "objectivity");
    CHECK(message(u[2], Language::en) ==
          "indicator direction 'objectivty' matches no direction of catalog fioko-2020");
    // Clean: a pin by slug, an exact title.
    CHECK(of(findings(complete()), "unknown-direction").empty());
}

TEST_CASE("extra-section: outside the catalog by its title or by extra: true") {
    std::string text = complete().replace(complete().find("indicators:\n"), 0,
                                          "  - title: Нормативно-правовое обеспечение\n"
                                          "    measures: [{number: x1, title: Утверждение плана}]\n"
                                          "  - title: Система оценки чего-то своего\n    extra: true\n"
                                          "    measures: [{number: x2, title: Утверждение плана}]\n");
    std::vector<Diagnostic> e = of(findings(text), "extra-section");
    REQUIRE(e.size() == 2);
    CHECK(e[0].severity == Severity::info);
    CHECK(e[0].path == "sections[9].title");
    CHECK(e[1].path == "sections[10].title");
    CHECK(of(findings(text), "unknown-direction").empty());
    CHECK(of(findings(complete()), "extra-section").empty());
}

TEST_CASE("direction-missing: a catalog direction without a section, with the measures that belong to it") {
    // No objectivity section (2.1); a measure on objectivity is printed under 1.1.
    std::string text = complete("", 4);
    text.replace(text.find("      - {number: \"1.2\""), 0,
                 "      - {number: \"1.9\", title: Проведение мероприятий по повышению объективности оценки}\n");
    std::vector<Diagnostic> m = of(findings(text), "direction-missing");
    REQUIRE(m.size() == 1);
    CHECK(m[0].severity == Severity::warning);
    CHECK(m[0].path == "sections");
    CHECK(m[0].arg("direction") == "2.1");
    CHECK(m[0].arg("related") == "1.9");
    CHECK(message(m[0], Language::ru) == "нет раздела для направления 2.1 «Система обеспечения объективности процедур "
                                         "оценки качества образования и олимпиад школьников»");
    CHECK(hint(m[0], Language::ru) == "по содержанию к нему относятся мероприятия других разделов: 1.9");
    CHECK(of(findings(complete()), "direction-missing").empty());
    // A text that is no plan at all (no sections) gets no list of the whole catalog.
    CHECK(findings(head + "sections: []\n").empty());
    CHECK(findings("- just\n- a list\n").empty());
}

TEST_CASE("direction-missing: a direction the note declares has no section") {
    std::string top = "declared_directions:\n"
                      "  - {number: \"1\", title: Система оценки качества подготовки обучающихся}\n"
                      "  - {number: \"5\", title: Система мониторинга качества дошкольного образования.}\n"
                      "  - {number: \"6\", title: Нормативно-правовое обеспечение}\n";
    std::string text = complete(top);
    text.replace(text.find("indicators:\n"), 0,
                 "  - title: Нормативно-правовое обеспечение системы\n"
                 "    measures: [{number: x1, title: Утверждение плана}]\n");
    std::vector<Diagnostic> m = of(findings(text), "direction-missing");
    REQUIRE(m.size() == 1); // item 6 has its (extra) section, item 1 its catalog section
    CHECK(m[0].path == "declared_directions[1]");
    CHECK(m[0].arg("direction") == "№5");
    CHECK(m[0].location.line == 7);
    // With the regional catalog, preschool is a catalog direction: missing as 3.1, at the declared item.
    ValidateOptions regional;
    regional.catalog = "lenobl-2021";
    std::vector<Diagnostic> r = of(findings(text, regional), "direction-missing");
    REQUIRE(r.size() == 1);
    CHECK(r[0].arg("direction") == "3.1");
    CHECK(r[0].path == "declared_directions[1]");
}

TEST_CASE("duplicate-direction: two sections, or two declared items, of one direction") {
    std::string text = complete().replace(complete().find("indicators:\n"), 0,
                                          section(2, "Организация работы с талантливыми детьми и молодежью"));
    std::vector<Diagnostic> d = of(findings(text), "duplicate-direction");
    REQUIRE(d.size() == 1);
    CHECK(d[0].path == "sections[9].title");
    CHECK(d[0].arg("direction") == "1.3");
    CHECK(d[0].arg("first") == default_catalog().directions[2].title);
    CHECK(d[0].arg("where") == "20:12");

    std::string declared = complete("declared_directions:\n"
                                    "  - {number: \"2\", title: Система работы со школами с низкими результатами обучения}\n"
                                    "  - {number: \"6\", title: Система работы со школами с низкими результатами обучения}\n");
    std::vector<Diagnostic> dd = of(findings(declared), "duplicate-direction");
    REQUIRE(dd.size() == 1);
    CHECK(dd[0].path == "declared_directions[1].title");
    CHECK(dd[0].arg("first") == "№2 Система работы со школами с низкими результатами обучения");
    CHECK(of(findings(complete()), "duplicate-direction").empty());
}

TEST_CASE("direction-empty: a section without measures") {
    std::string text = complete("", 7);
    text.replace(text.find("indicators:\n"), 0, "  - title: Система методической работы\n    measures: []\n");
    std::vector<Diagnostic> e = of(findings(text), "direction-empty");
    REQUIRE(e.size() == 1);
    CHECK(e[0].path == "sections[8].measures");
    CHECK(e[0].arg("direction") == "2.4");
    CHECK(of(findings(text), "cycle-stage-missing").empty()); // not repeated as five missing stages
    CHECK(of(findings(complete()), "direction-empty").empty());
}

TEST_CASE("cycle-stage-missing: a stage no measure or passport block covers") {
    std::string text = complete();
    const std::string review = "      - {number: \"3.5\", title: Анализ эффективности принятых мер}\n";
    text.erase(text.find(review), review.size());
    std::vector<Diagnostic> c = of(findings(text), "cycle-stage-missing");
    REQUIRE(c.size() == 1);
    CHECK(c[0].path == "sections[2].title");
    CHECK(c[0].arg("direction") == "1.3");
    CHECK(c[0].arg("stages") == "review");
    CHECK(message(c[0], Language::ru) ==
          "направление 1.3: нет этапов управленческого цикла: «анализ эффективности принятых мер»");

    // A passport's review block covers it.
    std::string with_passport = text;
    with_passport.replace(with_passport.find("    measures:\n      - {number: \"3.1\""), 0,
                          "    passport:\n      cycle:\n        review: Анализ эффективности принятых мер\n");
    CHECK(of(findings(with_passport), "cycle-stage-missing").empty());
    // A declared stage covers it too.
    std::string declared = text;
    declared.replace(declared.find("title: Принятие управленческих решений}", declared.find("\"3.4\"")),
                     std::string("title: Принятие управленческих решений}").size(),
                     "title: Семинар, stage: review}");
    std::vector<Diagnostic> now = of(findings(declared), "cycle-stage-missing");
    REQUIRE(now.size() == 1);
    CHECK(now[0].arg("stages") == "decisions");

    // Required stages are configurable.
    ValidateOptions goals;
    goals.required_stages = {Stage::goals};
    // One finding per direction, naming every stage it misses.
    std::vector<Diagnostic> nine = of(findings(complete(), goals), "cycle-stage-missing");
    CHECK(nine.size() == 9);
    for (const Diagnostic &d : nine) CHECK(d.arg("stages") == "goals");
    CHECK(of(findings(complete()), "cycle-stage-missing").empty());
}

TEST_CASE("indicator-unknown and indicator-unused") {
    std::string text = complete();
    text.replace(text.find("indicators: [ind-4]"), std::string("indicators: [ind-4]").size(), "indicators: [ind-44]");
    std::vector<Diagnostic> all = findings(text);
    std::vector<Diagnostic> unknown = of(all, "indicator-unknown");
    REQUIRE(unknown.size() == 1);
    CHECK(unknown[0].severity == Severity::error);
    CHECK(unknown[0].path == "sections[3].measures[0].indicators[0]");
    CHECK(unknown[0].arg("suggestion") == "ind-4");
    std::vector<Diagnostic> unused = of(all, "indicator-unused");
    REQUIRE(unused.size() == 1);
    CHECK(unused[0].severity == Severity::info);
    CHECK(unused[0].path == "indicators[3].id");
    CHECK(of(findings(complete()), "indicator-unknown").empty());
    CHECK(of(findings(complete()), "indicator-unused").empty());
}

TEST_CASE("indicator-target-invalid: percent range, baseline side, period, yes/no") {
    std::string text = complete() +
                       "  - {id: a, title: A, unit: percent, targets: [{period: \"2021\", value: 120}]}\n"
                       "  - {id: b, title: B, baseline: {value: 50}, targets: [{period: \"2021\", value: 40}]}\n"
                       "  - {id: c, title: C, comparator: \"<=\", baseline: {value: 5}, "
                       "targets: [{period: \"2021\", value: 8}]}\n"
                       "  - {id: d, title: D, targets: [{period: \"2030\", value: 1}, {period: скоро, value: 1}]}\n"
                       "  - {id: e, title: E, unit: boolean, targets: [{period: \"2021\", value: 1}]}\n"
                       "  - {id: f, title: F, targets: [{period: \"2021\", value: true}]}\n"
                       "  - {id: g, title: G, unit: boolean, comparator: \"=\", targets: [{period: \"2021\", value: true}]}\n";
    std::vector<Diagnostic> t = of(findings(text), "indicator-target-invalid");
    std::vector<std::pair<std::string, std::string>> got;
    for (const Diagnostic &d : t) got.emplace_back(d.arg("id"), d.path);
    CHECK(got == std::vector<std::pair<std::string, std::string>>{
                     {"a", "indicators[9].targets[0].value"},
                     {"b", "indicators[10].targets[0].value"},
                     {"c", "indicators[11].targets[0].value"},
                     {"d", "indicators[12].targets[0].period"},
                     {"d", "indicators[12].targets[1].period"},
                     {"e", "indicators[13].targets[0].value"},
                     {"f", "indicators[14].targets[0].value"}});
    REQUIRE(t.size() == 7);
    CHECK(message(t[0], Language::ru) == "цель показателя «a» некорректна: процент 120 вне 0–100");
    CHECK(message(t[1], Language::en) ==
          "target of indicator 'b' is invalid: target 40 is below the baseline 50 for comparator >=");
    CHECK(message(t[3], Language::en) ==
          "target of indicator 'd' is invalid: period 2030 lies outside the plan period 2021-01-01..2021-12-31");
    CHECK(of(findings(complete()), "indicator-target-invalid").empty());
}

TEST_CASE("indicator-missing-for-direction: a direction with measures and no indicator") {
    std::string text = complete();
    const std::string line = "  - {id: ind-9, title: Показатель 9, direction: \"2.5\", unit: percent, baseline: "
                             "{value: 50}, targets: [{period: \"2021\", value: 60}]}\n";
    REQUIRE(text.find(line) != std::string::npos);
    text.erase(text.find(line), line.size());
    text.replace(text.find("indicators: [ind-9]"), std::string("indicators: [ind-9]").size(), "indicators: []");
    std::vector<Diagnostic> m = of(findings(text), "indicator-missing-for-direction");
    REQUIRE(m.size() == 1);
    CHECK(m[0].severity == Severity::info);
    CHECK(m[0].arg("direction") == "2.5");
    CHECK(of(findings(complete()), "indicator-missing-for-direction").empty());
}

TEST_CASE("catalog-invalid: a catalog that cannot be had stops the direction rules") {
    std::vector<Diagnostic> bad = findings(complete("catalog: regional/none.yaml\n"));
    REQUIRE(bad.size() == 1);
    CHECK(bad[0].rule == "catalog-invalid");
    CHECK(bad[0].severity == Severity::error);
    CHECK(bad[0].path == "catalog");
    CHECK(bad[0].location.line == 5);
    CHECK(bad[0].arg("reason").find("cannot open") != std::string::npos);
    ValidateOptions option;
    option.catalog = "fioko";
    std::vector<Diagnostic> opt = findings(complete(), option);
    REQUIRE(opt.size() == 1);
    CHECK(opt[0].path.empty());
    CHECK(findings(complete("catalog: lenobl-2021\n")).size() == 1); // 3.1 missing
}

TEST_CASE("without its catalog, exactly the rules that need one are skipped") {
    // A missing direction (3), an unknown pin and an empty section: findings
    // of rules that need the catalog and of one that does not.
    std::string text = complete("", 3);
    text.insert(text.find("sections:\n") + 10, "  - {title: Нечто, direction: \"7.7\", measures: []}\n");
    const Report good = validate_string(text, "t.yaml");
    std::set<std::string> needing;
    for (const Diagnostic &d : good.diagnostics)
        if (find_rule(d.rule)->needs_catalog) needing.insert(d.rule);
    CHECK(needing == std::set<std::string>{"direction-missing", "unknown-direction"});
    CHECK(of(good.diagnostics, "direction-empty").size() == 1);

    std::string unusable = text;
    unusable.insert(unusable.find("sections:\n"), "catalog: regional/none.yaml\n");
    const Report bad = validate_string(unusable, "t.yaml");
    for (const Diagnostic &d : bad.diagnostics) CHECK_MESSAGE(!find_rule(d.rule)->needs_catalog, d.rule);
    CHECK(of(bad.diagnostics, "catalog-invalid").size() == 1);
    CHECK(of(bad.diagnostics, "direction-empty").size() == 1); // needs no catalog: still checked
}

TEST_CASE("the pure validate() checks against the catalog it is given and reads none") {
    const std::string named = complete("catalog: lenobl-2021\n");
    LoadResult loaded = load_string(named, "t.yaml");
    REQUIRE(loaded.document);
    const Report pure = validate(loaded.document->roadmap, loaded.document->sources, *builtin_catalog("lenobl-2021"));
    CHECK(pure.diagnostics == validate_string(named, "t.yaml").diagnostics);
    CHECK(pure.file == "t.yaml");
    CHECK(pure.catalog == "lenobl-2021");

    // A roadmap naming a catalog file that is not there: the edge reports it,
    // the core never looks and checks against what it was given.
    LoadResult elsewhere = load_string(complete("catalog: regional/none.yaml\n"), "t.yaml");
    REQUIRE(elsewhere.document);
    const Report given =
        validate(elsewhere.document->roadmap, elsewhere.document->sources, *builtin_catalog("lenobl-2021"));
    CHECK(given.catalog == "lenobl-2021"); // what it was checked against, not what the roadmap names
    std::vector<Diagnostic> found = findings(given);
    REQUIRE(found.size() == 1);
    CHECK(found[0].rule == "direction-missing");
    CHECK(found[0].arg("direction") == "3.1");
    CHECK(findings(validate(elsewhere.document->roadmap, elsewhere.document->sources, default_catalog())).empty());
}

TEST_CASE("Tosno 2021: what its readers can see") {
    Report r = validate_file(std::string(ERM_SOURCE_DIR) + "/examples/tosno-2021.yaml");
    auto pick = [&](std::string_view rule) {
        std::vector<std::string> out;
        for (const Diagnostic &d : r.diagnostics)
            if (d.rule == rule) out.push_back(d.path + " " + d.arg("direction") + " " + d.arg("related"));
        return out;
    };
    // No section for objectivity (its measures 21–29 are printed under direction 1) nor for
    // methodical work; the note's item 5 (preschool) has no section.
    CHECK(pick("direction-missing") == std::vector<std::string>{"declared_directions[4] №5 ",
                                                                "sections 2.1 21, 23, 25, 26, 27", "sections 2.4 2"});
    // The note lists the low-results direction twice (items 2 and 6).
    CHECK(pick("duplicate-direction") == std::vector<std::string>{"declared_directions[5].title 1.2 "});
    CHECK(pick("extra-section") == std::vector<std::string>{"sections[0].title  "});
    CHECK(pick("unknown-direction").empty());
    CHECK(pick("direction-empty").empty());
}
