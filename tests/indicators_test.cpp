// Tests for <eduroadmap/indicators.hpp>: progress as of a date on hand-made
// indicator series (no actuals, a target reached early, a decreasing
// indicator with <=, booleans, periods), and the reading of quantitative
// expected results from the bundled roadmaps.
#include <eduroadmap/indicators.hpp>
#include <eduroadmap/io.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace eduroadmap;

namespace {

Date d(int y, int m, int day) {
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(day));
}

IndicatorValue num(double v) { return IndicatorValue{v, false, false}; }
IndicatorValue yes_no(bool v) { return IndicatorValue{0, true, v}; }

// Share of OO with objective VPR results: 80 % in September 2020, 90 % by the end of 2021, 100 % by 2022.
Indicator rising() {
    Indicator i;
    i.id = "vpr";
    i.unit = Unit::percent;
    i.baseline = Baseline{num(80), d(2020, 9, 1)};
    i.targets = {{"2021", num(90)}, {"2022", num(100)}};
    return i;
}

} // namespace

TEST_CASE("target periods: a year, a span, a school year, dates") {
    CHECK(target_window("2021") == Window(d(2021, 1, 1), d(2021, 12, 31)));
    CHECK(target_window("2020-2022") == Window(d(2020, 1, 1), d(2022, 12, 31)));
    CHECK(target_window("2023/2024") == Window(d(2023, 9, 1), d(2024, 8, 31)));
    CHECK(target_window("2021-06-30") == Window::day(d(2021, 6, 30)));
    CHECK(target_window("2021-01-01..2021-03-31") == Window(d(2021, 1, 1), d(2021, 3, 31)));
    CHECK_FALSE(target_window("к концу года"));
}

TEST_CASE("meets: comparators, booleans") {
    CHECK(meets(num(90), num(90), Comparator::at_least));
    CHECK_FALSE(meets(num(89.9), num(90), Comparator::at_least));
    CHECK(meets(num(5), num(10), Comparator::at_most));
    CHECK_FALSE(meets(num(11), num(10), Comparator::at_most));
    CHECK(meets(num(3), num(3), Comparator::equal));
    CHECK(meets(yes_no(true), yes_no(true), Comparator::equal));
    CHECK_FALSE(meets(yes_no(false), yes_no(true), Comparator::equal));
    CHECK_FALSE(meets(num(1), yes_no(true), Comparator::at_least));
}

TEST_CASE("no actuals: no data, with the target of the period") {
    Indicator i = rising();
    IndicatorProgress p = progress(i, d(2021, 5, 1));
    CHECK(p.status == ProgressStatus::no_data);
    REQUIRE(p.target);
    CHECK(p.target->period == "2021");
    CHECK_FALSE(p.latest);
    CHECK_FALSE(p.share);
}

TEST_CASE("on track and behind: the actual against the pace line from the baseline") {
    Indicator i = rising();
    // Pace line: 80 on 2020-09-01 → 90 on 2021-12-31 (486 days). On 2021-06-30 (302 days) it stands at 86.21.
    i.actuals = {{d(2021, 6, 30), num(87)}};
    IndicatorProgress on = progress(i, d(2021, 7, 1));
    CHECK(on.status == ProgressStatus::on_track);
    REQUIRE(on.expected);
    CHECK(*on.expected == doctest::Approx(80 + 10 * 302.0 / 486.0));
    REQUIRE(on.share);
    CHECK(*on.share == doctest::Approx(0.7)); // (87 − 80) / (90 − 80)

    i.actuals = {{d(2021, 6, 30), num(84)}};
    CHECK(progress(i, d(2021, 7, 1)).status == ProgressStatus::behind);

    // Late in the year 89 lags the pace line (89.77 on 2021-12-20).
    i.actuals = {{d(2021, 12, 20), num(89)}};
    IndicatorProgress late = progress(i, d(2021, 12, 31));
    CHECK(late.status == ProgressStatus::behind);
    CHECK(*late.expected == doctest::Approx(80 + 10 * 475.0 / 486.0));
    i.actuals = {{d(2021, 12, 20), num(89.9)}};
    CHECK(progress(i, d(2021, 12, 31)).status == ProgressStatus::on_track);
    CHECK(progress(i, d(2021, 12, 31)).target->period == "2021");
    i.actuals = {{d(2021, 12, 20), num(89)}};
    // In 2022 the 2022 target governs: 89 against a line 80 → 100 by 2022-12-31.
    IndicatorProgress next = progress(i, d(2022, 2, 1));
    REQUIRE(next.target);
    CHECK(next.target->period == "2022");
    CHECK(*next.share == doctest::Approx(0.45));
}

TEST_CASE("a target reached early is achieved; the latest actual up to the date counts") {
    Indicator i = rising();
    i.actuals = {{d(2021, 3, 1), num(85)}, {d(2021, 4, 1), num(92)}, {d(2021, 9, 1), num(70)}};
    IndicatorProgress p = progress(i, d(2021, 5, 1));
    CHECK(p.status == ProgressStatus::achieved);
    REQUIRE(p.latest);
    CHECK(p.latest->date == d(2021, 4, 1)); // 2021-09-01 is after the date
    CHECK(*p.share == doctest::Approx(1.2));
    CHECK(progress(i, d(2021, 10, 1)).status == ProgressStatus::behind); // 70 on 2021-09-01
}

TEST_CASE("a decreasing indicator with <=") {
    // Share of schools with low results: 20 % at the start of 2021, at most 10 % in 2022.
    Indicator i;
    i.id = "shnor";
    i.unit = Unit::percent;
    i.comparator = Comparator::at_most;
    i.baseline = Baseline{num(20), d(2021, 1, 1)};
    i.targets = {{"2022", num(10)}};
    i.actuals = {{d(2022, 1, 10), num(15)}};
    IndicatorProgress p = progress(i, d(2022, 2, 1));
    CHECK(p.status == ProgressStatus::behind); // the pace line stands at 14.9 on 2022-01-10
    CHECK(*p.share == doctest::Approx(0.5));
    i.actuals = {{d(2022, 1, 10), num(14)}};
    CHECK(progress(i, d(2022, 2, 1)).status == ProgressStatus::on_track);
    i.actuals.push_back({d(2022, 11, 1), num(9)});
    CHECK(progress(i, d(2022, 11, 2)).status == ProgressStatus::achieved);
    CHECK(*progress(i, d(2022, 11, 2)).share == doctest::Approx(1.1));
    i.baseline.reset(); // without a baseline: target ÷ actual
    CHECK(*progress(i, d(2022, 11, 2)).share == doctest::Approx(10.0 / 9.0));
}

TEST_CASE("boolean indicators, missing targets, targets to come") {
    Indicator b;
    b.unit = Unit::boolean;
    b.comparator = Comparator::equal;
    b.targets = {{"2021", yes_no(true)}};
    b.actuals = {{d(2021, 2, 1), yes_no(false)}};
    IndicatorProgress p = progress(b, d(2021, 3, 1));
    CHECK(p.status == ProgressStatus::on_track);
    CHECK(*p.share == 0);
    CHECK(progress(b, d(2022, 1, 5)).status == ProgressStatus::behind); // the last target's year is over
    b.actuals.push_back({d(2021, 6, 1), yes_no(true)});
    CHECK(progress(b, d(2021, 7, 1)).status == ProgressStatus::achieved);

    Indicator none;
    none.actuals = {{d(2021, 1, 1), num(3)}};
    CHECK(progress(none, d(2021, 2, 1)).status == ProgressStatus::no_target);
    none.targets = {{"когда-нибудь", num(5)}};
    CHECK(progress(none, d(2021, 2, 1)).status == ProgressStatus::no_target);

    Indicator future = rising();
    future.actuals = {{d(2020, 10, 1), num(81)}};
    IndicatorProgress early = progress(future, d(2020, 10, 2));
    REQUIRE(early.target);
    CHECK(early.target->period == "2021"); // the next one
    CHECK(early.status == ProgressStatus::on_track);
}

TEST_CASE("progress of every indicator of a roadmap, in order") {
    Roadmap rm;
    rm.indicators = {rising(), rising()};
    rm.indicators[1].id = "second";
    auto all = progress(rm, d(2021, 1, 1));
    REQUIRE(all.size() == 2);
    CHECK(all[1].indicator == &rm.indicators[1]);
    CHECK(to_string(all[0].status) == "no_data");
}

TEST_CASE("quantitative expected results from the bundled roadmaps") {
    struct Case {
        const char *text;
        Comparator comparator;
        double value;
        Unit unit;
        const char *subject;
        const char *matched;
    };
    const Case cases[] = {
        // the Bashmakovo roadmap
        {"Не менее 2-х участников", Comparator::at_least, 2, Unit::count, "участников", "Не менее 2-х участников"},
        {"Охват не менее 20% педагогов", Comparator::at_least, 20, Unit::percent, "Охват педагогов",
         "Охват не менее 20% педагогов"},
        {"Не менее 2 чел.", Comparator::at_least, 2, Unit::count, "чел", "Не менее 2 чел"},
        {"Не менее 2-х мероприятий в год", Comparator::at_least, 2, Unit::count, "мероприятий в год",
         "Не менее 2-х мероприятий в год"},
        // the Tonkino roadmap
        {"наличие в 100% ОО локального акта", Comparator::at_least, 100, Unit::percent, "ОО локального акта",
         "100% ОО локального акта"},
        {"Обеспечение 100% участия педагогических работников в обучении", Comparator::at_least, 100, Unit::percent,
         "участия педагогических работников в", "100% участия педагогических работников в"},
        {"Проведено не менее 2 совещаний, семинаров", Comparator::at_least, 2, Unit::count, "совещаний",
         "не менее 2 совещаний"},
        {"выявлены профессиональные дефициты (затруднения) педагогов до 100%;", Comparator::at_least, 100,
         Unit::percent, "", "100%"},
        // others
        {"100% ОО", Comparator::at_least, 100, Unit::percent, "ОО", "100% ОО"},
        {"доля неуспевающих не более 5 %", Comparator::at_most, 5, Unit::percent, "", "не более 5 %"},
        {"не менее двух семинаров", Comparator::at_least, 2, Unit::count, "семинаров", "не менее двух семинаров"},
        {"Не менее 1,5 баллов", Comparator::at_least, 1.5, Unit::count, "баллов", "Не менее 1,5 баллов"},
    };
    for (const Case &c : cases) {
        CAPTURE(c.text);
        auto r = parse_expected_result(c.text);
        REQUIRE(r);
        CHECK(r->comparator == c.comparator);
        CHECK(r->value.number == doctest::Approx(c.value));
        CHECK_FALSE(r->value.is_boolean);
        CHECK(r->unit == c.unit);
        CHECK(r->subject == c.subject);
        CHECK(r->matched == c.matched);
    }
}

TEST_CASE("«Наличие …» is a yes/no result; texts without a quantity give nothing") {
    auto r = parse_expected_result("Наличие протокола совещания");
    REQUIRE(r);
    CHECK(r->unit == Unit::boolean);
    CHECK(r->comparator == Comparator::equal);
    CHECK(r->value == IndicatorValue{0, true, true});
    CHECK(r->subject == "протокола совещания");
    CHECK(r->matched == "Наличие протокола совещания");
    auto plan = parse_expected_result("Наличие Плана-графика («дорожная карта»)"); // Bashmakovo 1
    REQUIRE(plan);
    CHECK(plan->subject == "Плана-графика");
    for (const char *none : {"Аналитическая справка", "Ранняя профессиональная ориентация обучающихся 6-11 классов.",
                             "План работы на 2020-2021 учебный год.", "Отчёт за 2021 год", ""}) {
        CAPTURE(none);
        CHECK_FALSE(parse_expected_result(none));
    }
}

TEST_CASE("suggested indicators from Bashmakovo's expected results") {
    LoadResult r = load_file(std::string(ERM_SOURCE_DIR) + "/examples/bashmakovo-2020-2022.yaml");
    REQUIRE(r.document);
    ResolvedRoadmap rm = resolve(r.document->roadmap);
    std::vector<IndicatorSuggestion> all = suggest_indicators(rm);
    REQUIRE_FALSE(all.empty());
    const IndicatorSuggestion *coverage = nullptr;
    for (const IndicatorSuggestion &s : all)
        if (s.text == "Охват не менее 20% педагогов") coverage = &s;
    REQUIRE(coverage);
    // Measure 3 of the objectivity section (the fifth): teachers trained in assessment procedures.
    CHECK(coverage->measure == "s5/3");
    CHECK(coverage->path == "sections[4].measures[2].result");
    CHECK(coverage->indicator.id == "s5-3-result");
    CHECK(coverage->indicator.title == "Охват не менее 20% педагогов");
    CHECK(coverage->indicator.direction == "2.1");
    CHECK(coverage->indicator.unit == Unit::percent);
    CHECK(coverage->indicator.comparator == Comparator::at_least);
    REQUIRE(coverage->indicator.targets.size() == 1);
    CHECK(coverage->indicator.targets[0].period == "2020-2022");
    CHECK(coverage->indicator.targets[0].value == IndicatorValue{20, false, false});
    for (const IndicatorSuggestion &s : all) {
        CAPTURE(s.text);
        CHECK(s.indicator.id.size() > 7);
        CHECK(s.indicator.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos);
    }
}

TEST_CASE("suggestions written as YAML load back whole, multi-line cells included") {
    const std::string plan = "schema: eduroadmap/1\n"
                             "id: y\n"
                             "title: T\n"
                             "period: 2023/2024\n"
                             "sections:\n"
                             "  - title: Система оценки качества подготовки обучающихся\n"
                             "    measures:\n"
                             "      - number: \"1\"\n"
                             "        title: Курсы\n"
                             "        result: \"Охват не менее 20%\\nпедагогов, \\\"учителей\\\"\\r\\nи ОО: #1\"\n"
                             "      - number: \"2\"\n"
                             "        title: Протокол\n"
                             "        result: |\n"
                             "          Наличие протокола\n"
                             "          # не комментарий: «кавычки», 'апострофы', - дефис\n";
    LoadResult r = load_string(plan);
    REQUIRE(r.ok());
    ResolvedRoadmap rm = resolve(r.document->roadmap);
    std::vector<IndicatorSuggestion> all = suggest_indicators(rm);
    REQUIRE(all.size() == 2);
    CHECK(all[0].result.matched.find('\n') != std::string::npos); // the comment has a line break to keep off

    // Pasted into the roadmap it came from, the YAML gives back every definition.
    const std::string yaml = to_yaml(all);
    LoadResult pasted = load_string(plan + yaml, "pasted.yaml");
    REQUIRE(pasted.ok());
    const std::vector<Indicator> &read = pasted.document->roadmap.indicators;
    REQUIRE(read.size() == all.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        CAPTURE(all[i].text);
        CHECK(read[i] == all[i].indicator);
    }
    CHECK(yaml.find("# measure 1: Охват не менее 20% педагогов\n") != std::string::npos);
    CHECK(to_yaml(std::vector<IndicatorSuggestion>{}) == "indicators: []\n");
}

TEST_CASE("every suggestion for a bundled roadmap loads back as YAML") {
    const std::string path = std::string(ERM_SOURCE_DIR) + "/examples/bashmakovo-2020-2022.yaml";
    LoadResult r = load_file(path);
    REQUIRE(r.ok());
    std::vector<IndicatorSuggestion> all = suggest_indicators(resolve(r.document->roadmap));
    REQUIRE(all.size() > 10);
    LoadResult pasted = load_string(to_yaml(r.document->roadmap) + to_yaml(all));
    REQUIRE(pasted.ok());
    REQUIRE(pasted.document->roadmap.indicators.size() == all.size());
    for (std::size_t i = 0; i < all.size(); ++i) CHECK(pasted.document->roadmap.indicators[i] == all[i].indicator);
}
