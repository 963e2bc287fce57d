// Tests for <eduroadmap/report_html.hpp>: the HTML report's colours pass
// WCAG AA, every text from a plan is escaped, the timeline stays bounded and
// says what it leaves out, and the findings are grouped and located.
#include <eduroadmap/io.hpp>
#include <eduroadmap/report_html.hpp>
#include <eduroadmap/resolve.hpp>
#include <eduroadmap/score.hpp>
#include <eduroadmap/score_html.hpp>
#include <eduroadmap/validate_io.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <string>

using namespace eduroadmap;

namespace {

// A plan loaded, validated, resolved and scored, as the CLI makes one.
struct Made {
    std::string text;
    LoadedRoadmap loaded;
    Report findings;
    ResolvedRoadmap resolved;
    Scorecard card;
    ReportPlan report_plan() const { return {"plan.yaml", &resolved, &findings, &card, text}; }
};

std::unique_ptr<Made> make(std::string text) {
    LoadResult r = load_string(text, "plan.yaml");
    for (const Diagnostic &d : r.diagnostics) INFO(d.rule << " " << d.location.line);
    REQUIRE(r.ok());
    auto m = std::make_unique<Made>();
    m->text = std::move(text);
    m->loaded = std::move(*r.document);
    m->findings = validate(m->loaded);
    m->resolved = resolve(m->loaded.roadmap);
    m->card = score(m->resolved);
    return m;
}

std::string page(const Made &m, ReportOptions options = {}) {
    if (options.as_of == Date(2000, 1, 1)) options.as_of = Date(2021, 6, 1);
    return report_html({m.report_plan()}, options);
}

std::size_t count(const std::string &text, const std::string &what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// A plan for @p period with one section pinned to 1.1 holding @p measures (YAML list items).
std::string report_plan(const std::string &measures, const std::string &period = "2021") {
    return "schema: eduroadmap/1\nid: p\ntitle: План\nperiod: \"" + period +
           "\"\nresponsibles:\n  - {id: ko, short: КО, full: комитет образования}\n"
           "sections:\n  - title: Раздел\n    direction: \"1.1\"\n    measures:\n" +
           measures;
}

std::string measure(int n, const std::string &deadline) {
    return "      - {number: \"" + std::to_string(n) + ".\", title: \"Мероприятие " + std::to_string(n) +
           "\", deadline: \"" + deadline + "\", responsibles: КО, result: итог}\n";
}

std::string read_example(const std::string &name) {
    std::ifstream in(std::string(ERM_SOURCE_DIR) + "/examples/" + name, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST_CASE("contrast_ratio follows WCAG 2.x") {
    CHECK(contrast_ratio("#000000", "#ffffff") == doctest::Approx(21));
    CHECK(contrast_ratio("#ffffff", "#ffffff") == doctest::Approx(1));
    CHECK(contrast_ratio("#777777", "#ffffff") == doctest::Approx(4.48).epsilon(0.01)); // just fails AA
    CHECK(contrast_ratio("#1F5F99", "#ffffff") == doctest::Approx(contrast_ratio("#ffffff", "#1f5f99")));
    CHECK(contrast_ratio("red", "#ffffff") == 0);
    CHECK(contrast_ratio("#12345", "#ffffff") == 0);
}

TEST_CASE("every text colour on every fill of the report passes WCAG AA (4.5:1)") {
    const std::vector<ColourPair> pairs = report_colour_pairs();
    // The heat-map's five steps, the three severities, the scorecard's three points, headers, excerpts.
    CHECK(pairs.size() >= 14);
    std::set<std::string> fills;
    for (const ColourPair &p : pairs) {
        INFO(p.text << " on " << p.background);
        CHECK(contrast_ratio(p.text, p.background) >= 4.5);
        fills.insert(p.background);
    }
    CHECK(fills.count("#1f5f99")); // the darkest heat step, white text on it
    CHECK(fills.count("#f8d7da")); // the scorecard's 0
}

TEST_CASE("every text from the plan is escaped") {
    const std::string evil = R"(<script>alert("x")</script> 'q' & "Q")";
    const std::string yaml_evil = R"('<script>alert("x")</script> ''q'' & "Q"')";
    auto m = make("schema: eduroadmap/1\nid: p\ntitle: " + yaml_evil + "\nperiod: 2021\n"
                  "territory: {municipality: " + yaml_evil + ", region: " + yaml_evil + "}\n"
                  "responsibles:\n  - {id: ko, short: " + yaml_evil + ", full: комитет}\n"
                  "sections:\n  - title: " + yaml_evil + "\n    measures:\n"
                  "      - {number: \"1.\", title: " + yaml_evil + ", deadline: " + yaml_evil + ", responsibles: " +
                  yaml_evil + "}\n"
                  "indicators:\n  - {id: i1, title: " + yaml_evil + ", direction: \"1.1\", unit: percent, "
                  "targets: [{period: \"2021\", value: 5}], actuals: [{date: 2021-05-01, value: 3}]}\n");
    const std::string html = page(*m);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("alert(\"x\")") == std::string::npos);
    CHECK(html.find("'q'") == std::string::npos);
    CHECK(count(html, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#39;q&#39; &amp; &quot;Q&quot;") >= 5);
    // The findings quote the source line: escaped as well.
    CHECK(html.find("erm-finding-group") != std::string::npos);
}

TEST_CASE("the page declares its language, has no script and makes no request") {
    auto m = make(report_plan(measure(1, "Май 2021")));
    for (Language lang : {Language::ru, Language::en}) {
        ReportOptions options;
        options.language = lang;
        const std::string html = page(*m, options);
        CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"" + std::string(to_string(lang)) + "\">", 0) == 0);
        CHECK(html.find("<script") == std::string::npos);
        CHECK(html.find("src=") == std::string::npos);
        CHECK(html.find("url(") == std::string::npos);
        CHECK(html.find("@import") == std::string::npos);
        CHECK(html.find("http") == std::string::npos);
        CHECK(html.find("@page{size:A4") != std::string::npos);
        for (std::size_t at = html.find("href=\""); at != std::string::npos; at = html.find("href=\"", at + 1))
            CHECK(html[at + 6] == '#');
    }
}

TEST_CASE("the timeline draws only windows inside the period, merged at its scale, and marks the date") {
    auto m = make(report_plan(measure(1, "еженедельно") + measure(2, "Декабрь 2020") + measure(3, "Май 2021"), "2020-2029"));
    REQUIRE(m->resolved.measures[0].deadline.windows.size() > 500);
    const std::string html = page(*m);
    const std::size_t begin = html.find("id=\"plan1-timeline\""), end = html.find("id=\"plan1-workload\"");
    REQUIRE(begin < end);
    const std::string timeline = html.substr(begin, end - begin);
    // Weekly windows touch at a month's scale: one bar, not five hundred.
    const std::size_t first_row = timeline.find("Мероприятие 1"), second_row = timeline.find("Мероприятие 2");
    REQUIRE(first_row < second_row);
    CHECK(count(timeline.substr(first_row, second_row - first_row), "<rect") <= 3);
    CHECK(count(timeline, "<rect") <= 6);
    CHECK(timeline.find("class=\"erm-today\"") != std::string::npos);

    // Outside the period: said in words, no line.
    ReportOptions later;
    later.as_of = Date(2031, 1, 1);
    const std::string after = page(*m, later);
    CHECK(after.find("class=\"erm-today\"") == std::string::npos);
    CHECK(after.find("вне периода плана") != std::string::npos);
}

TEST_CASE("a window before the period is not drawn, and the row says so") {
    auto m = make(report_plan(measure(1, "Декабрь 2020") + measure(2, "Май 2021")));
    const std::string html = page(*m);
    CHECK(html.find("нет срока внутри периода: Декабрь 2020") != std::string::npos);
}

TEST_CASE("timeline rows beyond the cap per direction are counted, not dropped") {
    std::string measures;
    for (int i = 1; i <= 10; ++i) measures += measure(i, "Май 2021");
    auto m = make(report_plan(measures));
    ReportOptions options;
    options.max_timeline_rows = 3;
    options.as_of = Date(2021, 6, 1);
    const std::string html = page(*m, options);
    CHECK(html.find("… и ещё 7 мероприятий этого направления") != std::string::npos);
    CHECK(html.find("Не показано строк: 7") != std::string::npos);
    CHECK(count(html, "<g><title>") == 3);
}

TEST_CASE("findings are grouped by cause, ranked, and located as the document numbers them") {
    auto m = make(report_plan(measure(1, "Май 2021") + "      - {number: \"2.\", title: Без срока, responsibles: КО, result: итог}\n" +
                       "      - {number: \"5.\", title: Скачок, deadline: Май 2021, responsibles: КО, result: итог}\n"));
    std::set<std::string> rules;
    for (const Diagnostic &d : m->findings.diagnostics) rules.insert(d.rule);
    REQUIRE(rules.count("deadline-missing"));
    REQUIRE(!m->findings.groups.empty());
    CHECK(finding_group_count(m->findings) == m->findings.groups.size());
    const std::string html = findings_html(m->report_plan(), ReportOptions{}, "f");
    CHECK(count(html, "class=\"erm-finding-group\"") == m->findings.groups.size());
    CHECK(html.find("data-grouping=\"cause\"") != std::string::npos);
    // Each group's message is the report's own.
    CHECK(html.find(html_escape(message(m->findings.groups.front(), m->findings.diagnostics, Language::ru))) !=
          std::string::npos);
    CHECK(html.find("мероприятие 2 раздела 1") != std::string::npos);
    CHECK(html.find("<pre>") != std::string::npos); // a source line quoted
    // Ranked: no group of lower severity before one of higher.
    const std::size_t warning = html.find("erm-sev-warning"), info = html.find("erm-sev-info");
    if (warning != std::string::npos && info != std::string::npos) CHECK(warning < info);
}

TEST_CASE("Tonkino's report (123 measures) stays under 1 MB") {
    auto m = make(read_example("tonkino-2020-2021.yaml"));
    CHECK(m->resolved.measures.size() == 123);
    const std::string html = page(*m);
    CHECK(html.size() < 1024 * 1024);
    CHECK(count(html, "<g><title>") == 123); // every measure drawn: none over the cap
}
