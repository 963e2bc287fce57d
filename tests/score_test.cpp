// Tests for <eduroadmap/score.hpp> and <eduroadmap/score_io.hpp>: the
// management-cycle scorecard. Each component's 0/1/2 boundary is checked on
// small made-up roadmaps with declared stages; the bundled roadmaps are
// checked for facts that do not hang on how stages are inferred.
#include <eduroadmap/io.hpp>
#include <eduroadmap/json.hpp>
#include <eduroadmap/resolve.hpp>
#include <eduroadmap/score.hpp>
#include <eduroadmap/score_html.hpp>
#include <eduroadmap/score_io.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

using namespace eduroadmap;

namespace {

// A plan for 2021 whose one section is pinned to direction 1.1, with
// @p section_body (passport, measures) under it and @p tail at the top level.
std::string plan(const std::string &section_body, const std::string &tail = "") {
    return "schema: eduroadmap/1\nid: s\ntitle: T\nperiod: 2021\n"
           "responsibles:\n  - {id: ko, short: КО, full: комитет образования}\n"
           "  - {id: oo, short: ОО, full: образовательные организации}\n"
           "sections:\n  - title: Раздел\n    direction: \"1.1\"\n" +
           section_body + (section_body.find("measures:") == std::string::npos ? "    measures: []\n" : "") + tail;
}

// Loads, resolves and scores @p text; the card of direction 1.1.
struct Scored {
    LoadedRoadmap loaded;
    ResolvedRoadmap resolved;
    Scorecard card;
    const ScoredDirection &first() const { return card.directions.at(0); }
    const ComponentScore &component(Stage s) const {
        for (const ComponentScore &c : first().components)
            if (c.component == s) return c;
        FAIL("component not scored");
        return first().components.front();
    }
};

std::unique_ptr<Scored> scored(const std::string &text, const ScoreModel &model = default_score_model()) {
    LoadResult r = load_string(text);
    for (const Diagnostic &d : r.diagnostics) INFO(d.rule << " " << d.location.line);
    REQUIRE(r.ok());
    auto s = std::make_unique<Scored>(Scored{std::move(*r.document), {}, {}});
    s->resolved = resolve(s->loaded.roadmap);
    s->card = score(s->resolved, model);
    return s;
}

int points(const std::string &text, Stage s) {
    auto sc = scored(text);
    const ComponentScore &c = sc->component(s);
    INFO(c.reason.id << ": " << c.reason.en);
    return c.points;
}

std::string reason(const std::string &text, Stage s) { return scored(text)->component(s).reason.id; }

// One measure at @p stage.
std::string measure(const std::string &number, const std::string &stage, const std::string &title,
                    const std::string &deadline = "", const std::string &responsibles = "КО",
                    const std::string &extra = "") {
    std::string m = "      - number: \"" + number + "\"\n        title: " + title + "\n        stage: " + stage + "\n";
    if (!deadline.empty()) m += "        deadline: " + deadline + "\n";
    if (!responsibles.empty()) m += "        responsibles: " + responsibles + "\n";
    return m + extra;
}

std::string measures(const std::string &list) { return "    measures:\n" + list; }

LoadedRoadmap load_score_example(const std::string &name) {
    LoadResult r = load_file(std::string(ERM_SOURCE_DIR) + "/examples/" + name);
    REQUIRE(r.document);
    return std::move(*r.document);
}

const ScoredDirection &direction(const Scorecard &card, const std::string &code) {
    for (const ScoredDirection &d : card.directions)
        if (d.code == code) return d;
    FAIL("no direction " << code);
    return card.directions.front();
}

} // namespace

TEST_CASE("the default model scores the nine components with weight 1") {
    const ScoreModel &m = default_score_model();
    CHECK(m.id == "fioko-2020");
    REQUIRE(m.components.size() == 9);
    for (std::size_t i = 0; i < 9; ++i) {
        CHECK(m.components[i].component == all_stages[i]);
        CHECK(m.components[i].weight == 1);
    }
    CHECK(builtin_score_model_ids() == std::vector<std::string>{"fioko-2020"});
    CHECK(builtin_score_model("fioko-2020") == &m);
    CHECK(builtin_score_model("none") == nullptr);
}

TEST_CASE("the embedded model file reads cleanly and is the default") {
    std::ifstream in(std::string(ERM_SOURCE_DIR) + "/catalogs/score-fioko-2020.yaml");
    std::stringstream text;
    text << in.rdbuf();
    ScoreModelLoadResult r = load_score_model_string(text.str(), "score-fioko-2020.yaml");
    CHECK(r.diagnostics.empty());
    REQUIRE(r.ok());
    CHECK(*r.model == default_score_model());
}

TEST_CASE("a direction without a section scores 0 everywhere and says why") {
    auto s = scored(plan(measures(measure("1", "monitoring", "Мониторинг", "Ежеквартально"))));
    REQUIRE(s->card.directions.size() == 9);
    const ScoredDirection &d = direction(s->card, "1.2");
    CHECK(d.sections.empty());
    CHECK(d.total == 0);
    CHECK(d.maximum == 18);
    for (const ComponentScore &c : d.components) {
        CHECK(c.points == 0);
        CHECK(c.evidence.empty());
        CHECK(c.reason.id == "no-section");
        CHECK(c.reason.ru.find("нет раздела") != std::string::npos);
    }
    CHECK(s->card.maximum == 9 * 18);
    CHECK(s->card.total == s->first().total);
}

TEST_CASE("goals: a stated goal 2, an implied one 1, none 0") {
    CHECK(points(plan("    passport:\n      goal: Повышение качества\n"), Stage::goals) == 2);
    CHECK(points(plan(measures(measure("1", "goals", "Определение целей"))), Stage::goals) == 2);
    CHECK(points(plan("    passport:\n      tasks: Обеспечить участие\n"), Stage::goals) == 1);
    CHECK(reason(plan("    passport:\n      expected_result: Рост\n"), Stage::goals) == "goals-implied");
    CHECK(points(plan(measures(measure("1", "monitoring", "Мониторинг"))), Stage::goals) == 0);
    // The evidence names the block and where it stands.
    auto s = scored(plan("    passport:\n      goal: Повышение качества\n"));
    const ComponentScore &c = s->component(Stage::goals);
    REQUIRE(c.evidence.size() == 1);
    CHECK(c.evidence[0].kind == EvidenceKind::block);
    CHECK(c.evidence[0].id == "goal");
    CHECK(c.evidence[0].path == "sections[0].passport.goal");
    CHECK(c.evidence[0].sound);
    CHECK(c.reason.ru == "цель сформулирована: паспорт: цель");
}

TEST_CASE("indicators: a target for the plan period 2, named without one 1, none 0") {
    const std::string m = measures(measure("1", "monitoring", "Мониторинг"));
    const auto with = [&](const std::string &targets) {
        return plan(m, "indicators:\n  - id: i1\n    title: Доля\n    direction: \"1.1\"\n    unit: percent\n" +
                           targets);
    };
    CHECK(points(with("    targets:\n      - {period: \"2021\", value: 90}\n"), Stage::indicators) == 2);
    CHECK(points(with(""), Stage::indicators) == 1);
    CHECK(reason(with(""), Stage::indicators) == "indicators-untargeted");
    // A target for another period is not one for the plan.
    CHECK(points(with("    targets:\n      - {period: \"2025\", value: 90}\n"), Stage::indicators) == 1);
    CHECK(points(plan("    passport:\n      target_indicators: Доля ОО\n"), Stage::indicators) == 1);
    CHECK(points(plan(m), Stage::indicators) == 0);
    auto s = scored(with("    targets:\n      - {period: \"2021\", value: 90}\n"));
    const ComponentScore &c = s->component(Stage::indicators);
    REQUIRE(c.evidence.size() == 1);
    CHECK(c.evidence[0].kind == EvidenceKind::indicator);
    CHECK(c.evidence[0].id == "i1");
    CHECK(c.evidence[0].path == "indicators[0]");
}

TEST_CASE("indicators: min_targeted raises the bar") {
    ScoreModel model = default_score_model();
    for (ComponentRule &c : model.components)
        if (c.component == Stage::indicators) c.min_targeted = 2;
    const std::string text =
        plan(measures(measure("1", "monitoring", "Мониторинг")),
             "indicators:\n  - {id: i1, title: A, direction: \"1.1\", targets: [{period: \"2021\", value: 1}]}\n"
             "  - {id: i2, title: B, direction: \"1.1\"}\n");
    CHECK(scored(text)->component(Stage::indicators).points == 2);
    auto s = scored(text, model);
    CHECK(s->component(Stage::indicators).points == 1);
    CHECK(s->component(Stage::indicators).reason.id == "indicators-few");
}

TEST_CASE("data collection: named with a frequency 2, without one 1, not named 0") {
    CHECK(points(plan(measures(measure("1", "data-collection", "Сбор статистических данных", "Ежеквартально"))),
                 Stage::data_collection) == 2);
    CHECK(points(plan(measures(measure("1", "data-collection", "Ежегодный сбор данных ОО-1", "Март 2021"))),
                 Stage::data_collection) == 2);
    CHECK(points(plan(measures(measure("1", "data-collection", "Сбор статистических данных", "Март 2021"))),
                 Stage::data_collection) == 1);
    CHECK(points(plan("    passport:\n      cycle:\n        data-collection: Данные ФИС ОКО ежегодно\n"),
                 Stage::data_collection) == 2);
    CHECK(points(plan("    passport:\n      cycle:\n        data-collection: Данные ФИС ОКО\n"),
                 Stage::data_collection) == 1);
    // An indicator with a method and a frequency names a method with a frequency.
    const std::string m = measures(measure("1", "monitoring", "Мониторинг"));
    CHECK(points(plan(m, "indicators:\n  - {id: i1, title: A, direction: \"1.1\", method: анкетирование, "
                         "frequency: ежегодно}\n"),
                 Stage::data_collection) == 2);
    CHECK(points(plan(m, "indicators:\n  - {id: i1, title: A, direction: \"1.1\", source: ФИС ОКО}\n"),
                 Stage::data_collection) == 1);
    CHECK(points(plan(m), Stage::data_collection) == 0);
}

TEST_CASE("monitoring: recurring 2, a one-off or undated 1, none 0") {
    CHECK(points(plan(measures(measure("1", "monitoring", "Мониторинг", "Ежеквартально"))), Stage::monitoring) == 2);
    CHECK(points(plan(measures(measure("1", "monitoring", "Мониторинг", "Постоянно"))), Stage::monitoring) == 2);
    CHECK(points(plan(measures(measure("1", "monitoring", "Мониторинг", "2 раза в год"))), Stage::monitoring) == 2);
    CHECK(points(plan(measures(measure("1", "monitoring", "Мониторинг", "Март 2021"))), Stage::monitoring) == 1);
    CHECK(reason(plan(measures(measure("1", "monitoring", "Мониторинг", "Март 2021"))), Stage::monitoring) ==
          "monitoring-once");
    CHECK(points(plan(measures(measure("1", "monitoring", "Мониторинг"))), Stage::monitoring) == 1);
    CHECK(reason(plan("    passport:\n      cycle:\n        monitoring: Мониторинг ВПР\n"), Stage::monitoring) ==
          "monitoring-passport-only");
    CHECK(points(plan(measures(measure("1", "analysis", "Анализ"))), Stage::monitoring) == 0);
    // A model that does not count continuous deadlines as recurring.
    ScoreModel model = default_score_model();
    for (ComponentRule &c : model.components)
        if (c.component == Stage::monitoring) c.continuous_recurs = false;
    CHECK(scored(plan(measures(measure("1", "monitoring", "Мониторинг", "Постоянно"))), model)
              ->component(Stage::monitoring)
              .points == 1);
}

TEST_CASE("analysis: after monitoring 2, unlinked 1, none 0") {
    const std::string mon = measure("1", "monitoring", "Мониторинг", "Март 2021");
    CHECK(points(plan(measures(mon + measure("2", "analysis", "Анализ", "Май 2021"))), Stage::analysis) == 2);
    CHECK(points(plan(measures(mon + measure("2", "analysis", "Анализ", "Январь 2021"))), Stage::analysis) == 1);
    CHECK(reason(plan(measures(mon + measure("2", "analysis", "Анализ", "Январь 2021"))), Stage::analysis) ==
          "analysis-unlinked");
    // depends_on links them whatever the dates say.
    CHECK(points(plan(measures(mon + measure("2", "analysis", "Анализ", "Январь 2021", "КО",
                                             "        depends_on: [\"1\"]\n"))),
                 Stage::analysis) == 2);
    CHECK(reason(plan(measures(measure("2", "analysis", "Анализ", "Май 2021"))), Stage::analysis) ==
          "analysis-nothing-to-follow");
    CHECK(points(plan(measures(mon)), Stage::analysis) == 0);
    auto s = scored(plan(measures(mon + measure("2", "analysis", "Анализ", "Май 2021"))));
    CHECK(s->component(Stage::analysis).reason.en.find("2 (by 2021-05-31) after 1 (by 2021-03-31)") !=
          std::string::npos);
}

TEST_CASE("recommendations: addressed 2, unaddressed 1, none 0") {
    CHECK(points(plan(measures(measure("1", "recommendations", "Адресные рекомендации по итогам ВПР"))),
                 Stage::recommendations) == 2);
    CHECK(points(plan(measures(measure("1", "recommendations", "Рекомендации для руководителей ОО"))),
                 Stage::recommendations) == 2);
    // A body of the registry named in the text addresses them.
    CHECK(points(plan(measures(measure("1", "recommendations", "Рекомендации образовательные организации"))),
                 Stage::recommendations) == 2);
    CHECK(points(plan(measures(measure("1", "recommendations", "Разработка рекомендаций"))),
                 Stage::recommendations) == 1);
    CHECK(reason(plan(measures(measure("1", "recommendations", "Разработка рекомендаций"))),
                 Stage::recommendations) == "recommendations-unaddressed");
    CHECK(points(plan(measures(measure("1", "monitoring", "Мониторинг"))), Stage::recommendations) == 0);
}

TEST_CASE("measures: enough with deadlines and responsibles 2, too few or incomplete 1, none 0") {
    const auto m = [](const std::string &n, const std::string &deadline, const std::string &who) {
        return measure(n, "measures", "Семинар", deadline, who);
    };
    CHECK(points(plan(measures(m("1", "Март 2021", "КО") + m("2", "Май 2021", "ОО") + m("3", "Ежегодно", "КО"))),
                 Stage::measures) == 2);
    // Three of four (75 %) is enough; two of four is not.
    CHECK(points(plan(measures(m("1", "Март 2021", "КО") + m("2", "Май 2021", "ОО") + m("3", "Ежегодно", "КО") +
                               m("4", "", "КО"))),
                 Stage::measures) == 2);
    CHECK(reason(plan(measures(m("1", "Март 2021", "КО") + m("2", "Май 2021", "") + m("3", "Ежегодно", "КО") +
                               m("4", "", "КО"))),
                 Stage::measures) == "measures-incomplete");
    CHECK(reason(plan(measures(m("1", "Март 2021", "КО") + m("2", "Май 2021", "ОО"))), Stage::measures) ==
          "measures-few");
    CHECK(points(plan(measures(m("1", "Март 2021", "КО") + m("2", "Май 2021", "ОО"))), Stage::measures) == 1);
    CHECK(points(plan(measures(measure("1", "monitoring", "Мониторинг"))), Stage::measures) == 0);
    // What earned the points comes first, in printed order; then the rest.
    auto s = scored(plan(measures(m("1", "", "КО") + m("2", "Май 2021", "ОО") + m("3", "", "КО") +
                                  m("4", "Ежегодно", "КО"))));
    std::vector<std::string> order;
    for (const Evidence &e : s->component(Stage::measures).evidence) order.push_back(e.id + (e.sound ? "+" : "-"));
    CHECK(order == std::vector<std::string>{"2+", "4+", "1-", "3-"});
}

TEST_CASE("decisions: with a responsible and a date 2, lacking one 1, none 0") {
    CHECK(points(plan(measures(measure("1", "decisions", "Приказ", "Март 2021"))), Stage::decisions) == 2);
    CHECK(points(plan(measures(measure("1", "decisions", "Приказ", "Март 2021", ""))), Stage::decisions) == 1);
    CHECK(reason(plan(measures(measure("1", "decisions", "Приказ"))), Stage::decisions) == "decisions-incomplete");
    CHECK(reason(plan("    passport:\n      cycle:\n        decisions: Приказы КО\n"), Stage::decisions) ==
          "decisions-passport-only");
    CHECK(points(plan(measures(measure("1", "monitoring", "Мониторинг"))), Stage::decisions) == 0);
}

TEST_CASE("review: dated after what it reviews 2, before it or undated 1, none 0") {
    const std::string m = measure("1", "measures", "Семинар", "Март 2021");
    CHECK(points(plan(measures(m + measure("2", "review", "Анализ эффективности", "Декабрь 2021"))), Stage::review) ==
          2);
    CHECK(reason(plan(measures(m + measure("2", "review", "Анализ эффективности", "Январь 2021"))), Stage::review) ==
          "review-before");
    CHECK(points(plan(measures(m + measure("2", "review", "Анализ эффективности", "Январь 2021"))), Stage::review) ==
          1);
    CHECK(reason(plan(measures(m + measure("2", "review", "Анализ эффективности"))), Stage::review) ==
          "review-undated");
    CHECK(reason(plan(measures(measure("2", "review", "Анализ эффективности", "Декабрь 2021"))), Stage::review) ==
          "review-nothing-dated");
    CHECK(points(plan(measures(m)), Stage::review) == 0);
    // depends_on says what it reviews: here a measure after it.
    const std::string late = measure("3", "measures", "Конференция", "Декабрь 2021");
    CHECK(points(plan(measures(m + late + measure("2", "review", "Анализ эффективности", "Июнь 2021", "КО",
                                                  "        depends_on: [\"3\"]\n"))),
                 Stage::review) == 1);
    auto s = scored(plan(measures(m + measure("2", "review", "Анализ эффективности", "Декабрь 2021"))));
    CHECK(s->component(Stage::review).reason.ru ==
          "анализ эффективности назначен после мероприятий, которые он оценивает: 2 до 2021-12-31, позднейшее из "
          "оцениваемых — 1 (2021-03-31)");
}

TEST_CASE("weights multiply points in the totals") {
    ScoreModel model = default_score_model();
    for (ComponentRule &c : model.components) c.weight = c.component == Stage::monitoring ? 2.5 : 0;
    auto s = scored(plan(measures(measure("1", "monitoring", "Мониторинг", "Ежеквартально"))), model);
    CHECK(s->component(Stage::monitoring).weighted() == 5);
    CHECK(s->first().total == 5);
    CHECK(s->first().maximum == 5);
    CHECK(s->first().share() == 1);
    CHECK(s->card.maximum == 45);
    CHECK(points_text(s->card.total) == "5");
    CHECK(points_text(10.5) == "10.5");
    CHECK(percent_text(s->card.share()) == "11 %");
}

TEST_CASE("scorecard JSON holds every direction, component, reason and evidence") {
    auto s = scored(plan("    passport:\n      goal: Цель\n"));
    const auto j = nlohmann::json::parse(to_json(s->card));
    CHECK(j["model"]["id"] == "fioko-2020");
    REQUIRE(j["directions"].size() == 9);
    const auto &first = j["directions"][0];
    CHECK(first["direction"] == "1.1");
    CHECK(first["components"].size() == 9);
    CHECK(first["components"][0]["component"] == "goals");
    CHECK(first["components"][0]["points"] == 2);
    CHECK(first["components"][0]["reason"]["id"] == "goals-sound");
    CHECK(first["components"][0]["evidence"][0]["path"] == "sections[0].passport.goal");
    CHECK(first["total"] == 2);
    CHECK(j["max"] == 162);
    CHECK(j["directions"][1]["components"][0]["reason"]["id"] == "no-section");
}

TEST_CASE("score models: extends, overrides and diagnostics with positions") {
    ScoreModelLoadResult r = load_score_model_string(R"(schema: eduroadmap-score/1
id: region
title: Региональная
extends: fioko-2020
components:
  monitoring:
    weight: 2
    min_windows: 4
)");
    REQUIRE(r.ok());
    CHECK(r.model->components.size() == 9);
    const ComponentRule *mon = r.model->find(Stage::monitoring);
    REQUIRE(mon);
    CHECK(mon->weight == 2);
    CHECK(mon->min_windows == 4);
    CHECK(mon->stages == std::vector<Stage>{Stage::monitoring});
    CHECK(r.model->frequency == default_score_model().frequency);

    // Only the components named are scored when nothing is extended.
    ScoreModelLoadResult two = load_score_model_string(
        "schema: eduroadmap-score/1\nid: two\ntitle: Два\ncomponents:\n  goals:\n  review: {weight: 3}\n");
    REQUIRE(two.ok());
    REQUIRE(two.model->components.size() == 2);
    CHECK(two.model->components[0].component == Stage::goals);
    CHECK(two.model->components[1].weight == 3);

    ScoreModelLoadResult bad = load_score_model_string(R"(schema: eduroadmap-score/1
id: bad
title: Плохая
components:
  monitoring:
    wieght: 2
    stages: [monitoring, gossip]
  review:
    min_share: 0.5
)", "bad.yaml");
    CHECK_FALSE(bad.ok());
    std::vector<std::string> found;
    for (const Diagnostic &d : bad.diagnostics)
        found.push_back(d.rule + "@" + std::to_string(d.location.line) + ":" + std::to_string(d.location.column));
    // wieght: unknown (did you mean weight); gossip: not a stage; min_share is not review's.
    CHECK(found == std::vector<std::string>{"unknown-field@6:5", "wrong-type@7:26", "unknown-field@9:5"});
    CHECK(bad.diagnostics[0].location.file == "bad.yaml");

    ScoreModelLoadResult syntax = load_score_model_string("schema: [\n", "x.yaml");
    CHECK_FALSE(syntax.ok());
    REQUIRE_FALSE(syntax.diagnostics.empty());
    CHECK(syntax.diagnostics[0].rule == "yaml-syntax");

    ScoreModelLoadResult wrong = load_score_model_string("schema: eduroadmap/1\nid: w\ntitle: W\nextends: nope\n");
    CHECK_FALSE(wrong.ok());
    CHECK(wrong.diagnostics.size() == 2);

    CHECK(find_score_model("fioko-2020").ok());
    CHECK_FALSE(find_score_model("/no/such/model.yaml").ok());
}

TEST_CASE("Tosno: nine directions, 2.1 and 2.4 without a section score 0") {
    LoadedRoadmap tosno = load_score_example("tosno-2021.yaml");
    ResolvedRoadmap rm = resolve(tosno.roadmap);
    Scorecard card = score(rm);
    REQUIRE(card.directions.size() == 9);
    for (const char *code : {"2.1", "2.4"}) {
        const ScoredDirection &d = direction(card, code);
        CHECK(d.sections.empty());
        CHECK(d.total == 0);
        for (const ComponentScore &c : d.components) CHECK(c.reason.id == "no-section");
    }
    double total = 0;
    for (const ScoredDirection &d : card.directions) {
        CHECK(d.components.size() == 9);
        total += d.total;
        if (!d.sections.empty()) CHECK(d.total > 0);
        // Every point rests on evidence.
        for (const ComponentScore &c : d.components)
            if (c.points > 0) CHECK_FALSE(c.evidence.empty());
    }
    CHECK(card.total == total);
    CHECK(card.maximum == 162);
}

TEST_CASE("Bashmakovo: 1.1 scores higher than 1.4") {
    LoadedRoadmap b = load_score_example("bashmakovo-2020-2022.yaml");
    ResolvedRoadmap rm = resolve(b.roadmap);
    Scorecard card = score(rm);
    CHECK(direction(card, "1.1").total > direction(card, "1.4").total);
}

TEST_CASE("Tonkino: every direction's passport states its goal") {
    LoadedRoadmap t = load_score_example("tonkino-2020-2021.yaml");
    ResolvedRoadmap rm = resolve(t.roadmap);
    Scorecard card = score(rm);
    REQUIRE(card.directions.size() == 9);
    for (const ScoredDirection &d : card.directions) {
        const ComponentScore &goals = d.components.at(0);
        CHECK(goals.points == 2);
        CHECK(std::any_of(goals.evidence.begin(), goals.evidence.end(),
                          [](const Evidence &e) { return e.kind == EvidenceKind::block && e.id == "goal"; }));
    }
}

TEST_CASE("the scorecard as HTML: escaped text, cells linking to their evidence, a page of several plans") {
    CHECK(html_escape("<a href='x'>«Я» & \"ты\"</a>") ==
          "&lt;a href=&#39;x&#39;&gt;«Я» &amp; &quot;ты&quot;&lt;/a&gt;");
    auto s = scored(plan("    passport:\n      goal: Цель <важная> & ясная\n"));
    const std::string fragment = scorecard_html(s->card, Language::ru, "x");
    // Each cell links to its component's evidence, which the fragment holds.
    CHECK(fragment.find("href=\"#x-d0-goals\"") != std::string::npos);
    CHECK(fragment.find("id=\"x-d0-goals\"") != std::string::npos);
    CHECK(fragment.find("Цель &lt;важная&gt; &amp; ясная") != std::string::npos);
    CHECK(fragment.find("<важная>") == std::string::npos);
    const std::string page = scorecard_page({{"a.yaml", &s->card}, {"b.yaml", &s->card}}, Language::en);
    CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
    CHECK(page.find("id=\"p0-d0-goals\"") != std::string::npos);
    CHECK(page.find("id=\"p1-d0-goals\"") != std::string::npos);
    CHECK(page.find("<script") == std::string::npos);
    CHECK(page.find("http") == std::string::npos);
}
