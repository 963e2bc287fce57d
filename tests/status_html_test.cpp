// Tests for <eduroadmap/status_html.hpp>: the execution of
// tests/fixtures/status/quarterly.yaml as HTML — the counts per direction,
// per responsible and for the plan with the share done of what was due,
// the overdue occurrences with their measure and window, every measure with
// its occurrences and marks; the quarterly view; escaping.
#include <eduroadmap/query.hpp>
#include <eduroadmap/report_html.hpp>
#include <eduroadmap/resolve.hpp>
#include <eduroadmap/score.hpp>
#include <eduroadmap/status_html.hpp>

#include "html_checks.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace eduroadmap;

using html_checks::count_in;
using html_checks::element_by_id;

namespace {

Roadmap quarterly_fixture() { return html_checks::source_roadmap("tests/fixtures/status/quarterly.yaml"); }

} // namespace

TEST_CASE("status_html: counts, share done, what is overdue, each measure's occurrences") {
    const Roadmap plan = quarterly_fixture();
    const ResolvedRoadmap resolved = resolve(plan);
    const StatusReport report = status(resolved, StatusOptions{Date(2021, 4, 1), std::nullopt});
    REQUIRE(report.total.due == 2);
    const std::string html = status_html(report, Language::ru, "s");

    // The plan: 7 measures, 2 due, 1 of them done, 50 %; 1 overdue.
    const std::string total = element_by_id(html, "s-directions");
    const std::string foot = total.substr(total.find("<tfoot>"));
    CHECK(foot.find("План в целом</th><td class=\"erm-n\">7</td><td class=\"erm-n\">2</td><td class=\"erm-n\">1</td>"
                    "<td class=\"erm-n\" data-share=\"0.500000\">" + percent_text(0.5) + "</td><td class=\"erm-n\">1</td>") !=
          std::string::npos);
    CHECK(count_in(total, "<tr data-key=") == 2); // directions 1.1 and 1.2
    CHECK(total.find("<tr data-key=\"1.2\"><th scope=\"row\">1.2 ") != std::string::npos);

    const std::string responsibles = element_by_id(html, "s-responsibles");
    CHECK(count_in(responsibles, "<tr data-key=") == 3);
    CHECK(responsibles.find("<tr data-key=\"\"><th scope=\"row\">Школа №1</th><td class=\"erm-n\">1</td><td class=\"erm-n\">0</td>"
                            "<td class=\"erm-n\">0</td><td class=\"erm-n\" data-share=\"\">—</td>") != std::string::npos);

    // Overdue: the March analysis, with its window.
    const std::string overdue = element_by_id(html, "s-overdue");
    CHECK(overdue.find("data-count=\"1\">\n<h4>Просрочено (1)</h4>") != std::string::npos);
    CHECK(count_in(overdue, "<tr class=\"erm-status-overdue\">") == 1);
    CHECK(overdue.find("Анализ результатов ВПР</td><td>Март 2021</td><td class=\"erm-n\">01.03.2021 – 31.03.2021</td>") !=
          std::string::npos);

    // Measures: every one, with its execution in words; the monitoring's Q1 mark, its Q3 to come not listed.
    const std::string measures = element_by_id(html, "s-measures");
    CHECK(count_in(measures, "<tr data-execution=") == 7);
    CHECK(count_in(measures, "<tr data-execution=\"cancelled\">") == 2);
    CHECK(measures.find("01.01.2021 – 31.03.2021 <span class=\"erm-exec erm-exec-done\"><span aria-hidden=\"true\">✓</span> "
                        "выполнено</span> — <span class=\"erm-status-mark\">20.03.2021 выполнено: Справка за I квартал</span>") !=
          std::string::npos);
    CHECK(measures.find("01.07.2021") == std::string::npos);

    const std::string en = status_html(report, Language::en, "s");
    CHECK(en.find("Overdue (1)") != std::string::npos);
    CHECK(en.find("</span> in progress</span>") != std::string::npos);
}

TEST_CASE("status_html: the quarterly view lists what slipped in the quarter") {
    const Roadmap plan = quarterly_fixture();
    const ResolvedRoadmap resolved = resolve(plan);
    const StatusReport report =
        status(resolved, StatusOptions{Date(2021, 4, 1), Window(Date(2021, 1, 1), Date(2021, 3, 31))});
    const std::string html = status_html(report, Language::ru, "q");
    CHECK(html.find("только то, чей срок истекает в периоде 01.01.2021 – 31.03.2021") != std::string::npos);
    CHECK(element_by_id(html, "q-overdue").find("Не выполнено в срок (1)") != std::string::npos);
    // Due in Q1: the analysis (March), the monitoring's first quarter, the February seminar (cancelled).
    CHECK(count_in(element_by_id(html, "q-measures"), "<tr data-execution=") == 3);
}

TEST_CASE("status_page: a page of its own, plan texts escaped") {
    Roadmap plan = quarterly_fixture();
    plan.title = "План <script>x</script>";
    plan.sections[0].measures[0].title = "Анализ <b>ВПР</b>";
    plan.sections[0].measures[1].progress[0].note = "Справка <i>";
    const ResolvedRoadmap resolved = resolve(plan);
    const StatusReport report = status(resolved, StatusOptions{Date(2021, 4, 1), std::nullopt});
    const std::string page = status_page(report, "plan.yaml", Language::en);
    CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
    CHECK(page.find("<script") == std::string::npos);
    CHECK(page.find("<b>") == std::string::npos);
    CHECK(page.find("<i>") == std::string::npos);
    CHECK(page.find("<h1>Execution of the roadmap: План &lt;script&gt;x&lt;/script&gt;</h1>") != std::string::npos);
    CHECK(page.find("Анализ &lt;b&gt;ВПР&lt;/b&gt;") != std::string::npos);
    CHECK(page.find("Справка &lt;i&gt;") != std::string::npos);
    CHECK(page.find("as of 01.04.2021 · plan.yaml") != std::string::npos);
    CHECK(page.find(report_css()) != std::string::npos);
}
