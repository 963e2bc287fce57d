// Tests for <eduroadmap/diff.hpp>: a later version of a bundled roadmap
// (Bashmakovo 2020–2022) with a measure removed, one added, one moved to
// another direction, one reworded, one deadline and one responsibles cell
// changed gives exactly those changes; the plan against itself gives none;
// an insertion that renumbers a section gives one addition and renumbering
// only; metadata, registry and indicator changes; ties between equal titles.
#include <eduroadmap/diff.hpp>
#include <eduroadmap/io.hpp>
#include <eduroadmap/resolve.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <utility>

using namespace eduroadmap;

namespace {

Roadmap bashmakovo_plan() {
    LoadResult r = load_file(std::string(ERM_SOURCE_DIR) + "/examples/bashmakovo-2020-2022.yaml");
    REQUIRE(r.ok());
    return r.document->roadmap;
}

Measure inserted_measure(const std::string &number, const std::string &title) {
    Measure m;
    m.number = number;
    m.title = title;
    m.deadline = DeadlineSpec{"Ежегодно", false, std::nullopt, {}, ""};
    m.responsibles = ResponsibleCell{{"Отдел образования"}, false};
    m.result = "Протокол";
    return m;
}

std::vector<MeasureField> changed_fields(const MeasureDiff &m) {
    std::vector<MeasureField> out;
    for (const FieldChange &c : m.changes) out.push_back(c.field);
    return out;
}

} // namespace

TEST_CASE("diff: the same plan against itself has no change") {
    const Roadmap a = bashmakovo_plan(), b = bashmakovo_plan();
    const ResolvedRoadmap ra = resolve(a), rb = resolve(b);
    const RoadmapDiff d = diff(ra, rb);
    CHECK(d.empty());
    CHECK(d.directions.empty());
    CHECK(d.unchanged == measure_count(a));
    const nlohmann::json j = nlohmann::json::parse(to_json(d));
    CHECK(j["equal"] == true);
    CHECK(j["summary"]["unchanged"] == measure_count(a));
}

TEST_CASE("diff: a later version gives exactly its removals, additions, moves and changes") {
    const Roadmap a = bashmakovo_plan();
    Roadmap b = a;
    std::vector<Measure> &first = b.sections[0].measures;
    REQUIRE(first.size() > 10);
    REQUIRE(b.sections.size() > 8);
    const std::string removed_title = first[4].title, moved_title = first[10].title;
    first[7].title = "Проведение анализа результатов ВПР";         // was «… анализа по результатам ВПР»
    first[1].deadline->text = "Август ежегодно";                    // was «Июль ежегодно»
    first[2].responsibles->names = {"Отдел образования, ГБУ ПО «ЦППМиСППО»"};
    b.sections[5].measures.push_back(first[10]);                   // to another direction
    first.erase(first.begin() + 10);
    first.erase(first.begin() + 4);
    b.sections[8].measures.push_back(inserted_measure("99.", "Проведение муниципального форума классных руководителей"));

    const ResolvedRoadmap ra = resolve(a), rb = resolve(b);
    const RoadmapDiff d = diff(ra, rb);

    REQUIRE(d.removed.size() == 1);
    CHECK(d.removed[0].before->ref.measure->title == removed_title);
    REQUIRE(d.added.size() == 1);
    CHECK(d.added[0].after->ref.measure->title == "Проведение муниципального форума классных руководителей");
    REQUIRE(d.moved.size() == 1);
    CHECK(d.moved[0].after->ref.measure->title == moved_title);
    CHECK(d.moved[0].before->ref.section == 0);
    CHECK(d.moved[0].after->ref.section == 5);
    CHECK(d.moved[0].changes.empty());
    REQUIRE(d.changed.size() == 3);
    // In the new version's order: measures 2, 3 and 8 of the first section.
    CHECK(d.changed[0].after->ref.measure->number == "2.");
    CHECK(changed_fields(d.changed[0]) == std::vector<MeasureField>{MeasureField::deadline});
    CHECK(d.changed[0].changes[0].before == "Июль ежегодно");
    CHECK(d.changed[0].changes[0].after == "Август ежегодно");
    CHECK(d.changed[0].before->deadline.windows.front().start().month() == 7);
    CHECK(d.changed[0].after->deadline.windows.front().start().month() == 8);
    CHECK(changed_fields(d.changed[1]) == std::vector<MeasureField>{MeasureField::responsibles});
    CHECK(d.changed[1].changes[0].after == "Отдел образования, ГБУ ПО «ЦППМиСППО»");
    CHECK(changed_fields(d.changed[2]) == std::vector<MeasureField>{MeasureField::title});
    CHECK(d.changed[2].changes[0].before == "Проведение анализа по результатам ВПР");
    CHECK(d.changed[2].similarity >= min_title_similarity);
    CHECK(d.changed[2].similarity < 1);
    CHECK(d.renumbered.empty());
    CHECK(d.sections.empty());
    CHECK(d.metadata.empty());
    CHECK(d.registry.empty());
    CHECK(d.indicators.empty());
    CHECK(d.unchanged == measure_count(a) - 1 - 1 - 3);
    CHECK_FALSE(d.empty());
    // The three directions that lost or gained a measure, with their counts.
    auto code = [&](std::size_t section) { return ra.catalog->directions[*ra.sections[section].direction].code; };
    REQUIRE(d.directions.size() == 3);
    std::map<std::string, std::pair<std::size_t, std::size_t>> counts;
    for (const DirectionDiff &x : d.directions) counts[x.code] = {x.measures_before, x.measures_after};
    CHECK(counts[code(0)] == std::pair<std::size_t, std::size_t>(a.sections[0].measures.size(), first.size()));
    CHECK(counts[code(5)] == std::pair<std::size_t, std::size_t>(a.sections[5].measures.size(),
                                                                 b.sections[5].measures.size()));
    CHECK(counts[code(8)] == std::pair<std::size_t, std::size_t>(a.sections[8].measures.size(),
                                                                 b.sections[8].measures.size()));
    for (const DirectionDiff &x : d.directions) CHECK(x.score_max > 0);

    const nlohmann::json j = nlohmann::json::parse(to_json(d, 2));
    CHECK(j["equal"] == false);
    CHECK(j["summary"] == nlohmann::json{{"added", 1}, {"removed", 1}, {"moved", 1}, {"changed", 3},
                                         {"renumbered", 0}, {"unchanged", d.unchanged}});
    const nlohmann::json &deadline = j["changed"][0]["changes"][0];
    CHECK(deadline["field"] == "deadline");
    CHECK(deadline["windows_before"][0]["start"] == "2020-07-01");
    CHECK(deadline["windows_after"][0]["start"] == "2020-08-01");
    CHECK(j["moved"][0]["before"]["direction"] != j["moved"][0]["after"]["direction"]);
}

TEST_CASE("diff: a measure inserted at the start of a section renumbers it, and nothing else changes") {
    const Roadmap a = bashmakovo_plan();
    Roadmap b = a;
    std::vector<Measure> &third = b.sections[2].measures;
    const std::size_t before = third.size();
    REQUIRE(before > 3);
    third.insert(third.begin(), inserted_measure("1.", "Создание муниципального банка одарённых детей"));
    for (std::size_t i = 0; i < third.size(); ++i) third[i].number = std::to_string(i + 1) + ".";

    const ResolvedRoadmap ra = resolve(a), rb = resolve(b);
    const RoadmapDiff d = diff(ra, rb);
    REQUIRE(d.added.size() == 1);
    CHECK(d.added[0].after->ref.index == 0);
    CHECK(d.removed.empty());
    CHECK(d.moved.empty());
    CHECK(d.changed.empty());
    REQUIRE(d.renumbered.size() == before);
    for (const MeasureDiff &m : d.renumbered) {
        CHECK(m.renumbered);
        CHECK(m.changes.empty());
        CHECK(m.after->ref.index == m.before->ref.index + 1);
    }
    CHECK(d.unchanged == measure_count(a) - before);
}

TEST_CASE("diff: equal titles in two sections stay in their own sections") {
    const char *yaml = R"(schema: eduroadmap/1
id: ties
title: План
period: 2021
sections:
  - title: Система оценки качества подготовки обучающихся
    measures:
      - {number: '1.', title: Совещание с руководителями, deadline: Март 2021, responsibles: КО, result: Протокол}
  - title: Система работы со школами с низкими результатами обучения
    measures:
      - {number: '1.', title: Совещание с руководителями, deadline: Май 2021, responsibles: КО, result: Протокол}
)";
    LoadResult x = load_string(yaml), y = load_string(yaml);
    REQUIRE(x.ok());
    Roadmap &b = y.document->roadmap;
    b.sections[0].measures[0].deadline->text = "Апрель 2021"; // one of the twins changes
    const ResolvedRoadmap ra = resolve(x.document->roadmap), rb = resolve(b);
    const RoadmapDiff d = diff(ra, rb);
    CHECK(d.moved.empty());
    REQUIRE(d.changed.size() == 1);
    CHECK(d.changed[0].before->ref.section == 0);
    CHECK(d.changed[0].after->ref.section == 0);
    CHECK(d.unchanged == 1);
}

TEST_CASE("diff: metadata, registry, indicators and sections") {
    const Roadmap a = bashmakovo_plan();
    Roadmap b = a;
    b.period = *[] {
        std::string reason;
        return parse_plan_period("2020-2023", reason);
    }();
    b.approved_by = ApprovingDocument{"приказ", "12", Date(2022, 9, 1), "Отдел образования", "", "", "", ""};
    b.responsibles.erase(b.responsibles.begin() + 4); // «БПК БР»
    b.responsibles[0].full_name = "Отдел образования администрации Башмаковского района";
    b.responsibles.push_back(Responsible{"imts", "ИМЦ", "Информационно-методический центр", {}});
    Indicator share;
    share.id = "vpr-share";
    share.title = "Доля школ, участвующих в ВПР";
    b.indicators.push_back(share);
    b.sections[7].title = "Направление «Совершенствование методической работы с педагогами»";

    const ResolvedRoadmap ra = resolve(a), rb = resolve(b);
    const RoadmapDiff d = diff(ra, rb);
    std::vector<std::string> meta;
    for (const ValueChange &c : d.metadata) meta.push_back(c.field);
    CHECK(meta == std::vector<std::string>{"period", "approved_by.kind", "approved_by.number", "approved_by.date",
                                           "approved_by.authority"});
    CHECK(d.metadata[0].before == "2020-2022 (2020-01-01..2022-12-31)");
    CHECK(d.metadata[0].after == "2020-2023 (2020-01-01..2023-12-31)");
    REQUIRE(d.registry.size() == 3);
    CHECK(d.registry[0].kind == EntryDiff::Kind::changed);
    CHECK(d.registry[0].changes.size() == 1);
    CHECK(d.registry[0].changes[0].field == "full");
    CHECK(d.registry[1].kind == EntryDiff::Kind::added);
    CHECK(d.registry[1].id == "imts");
    CHECK(d.registry[2].kind == EntryDiff::Kind::removed);
    CHECK(d.registry[2].id == "bpk-br");
    REQUIRE(d.indicators.size() == 1);
    CHECK(d.indicators[0].kind == EntryDiff::Kind::added);
    REQUIRE(d.sections.size() == 1);
    CHECK(d.sections[0].before == std::optional<std::size_t>(7));
    CHECK(d.sections[0].after == std::optional<std::size_t>(7));
    // The renamed section still corresponds: its measures did not move.
    CHECK(d.moved.empty());
    CHECK(d.added.empty());
    CHECK(d.removed.empty());
}

TEST_CASE("title_similarity: folded words cut to stems, counted with repeats") {
    CHECK(title_similarity("Анализ по результатам ВПР", "анализ по РЕЗУЛЬТАТОВ впр") == doctest::Approx(1.0));
    CHECK(title_similarity("Проведение анализа по результатам ВПР", "Проведение анализа результатов ВПР") ==
          doctest::Approx(2.0 * 4 / 9));
    CHECK(title_similarity("Совещание", "Семинар") == doctest::Approx(0.0));
    CHECK(title_similarity("", "") == doctest::Approx(1.0));
    CHECK(title_similarity("Ёлка ёлка", "елка") == doctest::Approx(2.0 / 3));
}
