// Tests for <eduroadmap/diff_html.hpp> and the report's "changes since"
// part: the two versions of tests/fixtures/diff (a seminar inserted first,
// the analysis moved to April and renumbered, the conference dropped, the
// monitoring only renumbered) give those rows and counts in the HTML, the
// deadline with its windows before and after; texts from a plan are
// escaped; equal plans say so; the report links the part only when given.
#include <eduroadmap/diff.hpp>
#include <eduroadmap/diff_html.hpp>
#include <eduroadmap/report_html.hpp>
#include <eduroadmap/resolve.hpp>
#include <eduroadmap/score.hpp>

#include "html_checks.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace eduroadmap;

using html_checks::count_in;
using html_checks::element_by_id;

namespace {

Roadmap diff_fixture(const std::string &name) { return html_checks::source_roadmap("tests/fixtures/diff/" + name); }

} // namespace

TEST_CASE("diff_html: each change in its list, with the counts") {
    const Roadmap a = diff_fixture("v1.yaml"), b = diff_fixture("v2.yaml");
    const ResolvedRoadmap ra = resolve(a), rb = resolve(b);
    const RoadmapDiff d = diff(ra, rb);
    REQUIRE(d.added.size() == 1);
    REQUIRE(d.removed.size() == 1);
    REQUIRE(d.changed.size() == 1);
    REQUIRE(d.renumbered.size() == 1);
    const std::string html = diff_html(d, {"v1.yaml", "v2.yaml"}, Language::ru, "d");

    CHECK(html.find("data-count=\"added\">1</td>") != std::string::npos);
    CHECK(html.find("data-count=\"removed\">1</td>") != std::string::npos);
    CHECK(html.find("data-count=\"changed\">1</td>") != std::string::npos);
    CHECK(html.find("data-count=\"renumbered\">1</td>") != std::string::npos);
    CHECK(html.find("data-count=\"moved\">0</td>") != std::string::npos);
    CHECK(html.find("Планы совпадают") == std::string::npos);

    const std::string added = element_by_id(html, "d-added", "section");
    CHECK(count_in(added, "<tr class=\"erm-diff-row\"") == 1);
    CHECK(added.find("Семинар для заместителей директоров") != std::string::npos);
    CHECK(added.find("01.01.2021–31.01.2021") != std::string::npos); // its window
    const std::string removed = element_by_id(html, "d-removed", "section");
    CHECK(count_in(removed, "<tr class=\"erm-diff-row\"") == 1);
    CHECK(removed.find("Конференция") != std::string::npos);
    CHECK(removed.find("Семинар") == std::string::npos);

    // The analysis: renumbered 1. → 2., its deadline and windows old → new.
    const std::string changed = element_by_id(html, "d-changed", "section");
    CHECK(changed.find("1. → 2.") != std::string::npos);
    CHECK(changed.find("<li data-field=\"deadline\"><strong>срок</strong>: <del>Март 2021</del> → <ins>Апрель 2021</ins>") !=
          std::string::npos);
    CHECK(changed.find("<del>01.03.2021–31.03.2021</del> → <ins>01.04.2021–30.04.2021</ins>") != std::string::npos);

    // Renumbering is folded.
    const std::string renumbered = element_by_id(html, "d-renumbered", "details");
    CHECK(renumbered.find("data-count=\"1\"><summary>") != std::string::npos);
    CHECK(renumbered.find("Мониторинг качества подготовки") != std::string::npos);
    CHECK(html.find("id=\"d-moved\"") == std::string::npos); // no list for what did not happen

    const std::string en = diff_html(d, {"v1.yaml", "v2.yaml"}, Language::en, "d");
    CHECK(en.find("<strong>deadline</strong>: <del>Март 2021</del>") != std::string::npos);
    CHECK(en.find("Renumbered (1)") != std::string::npos);
}

TEST_CASE("diff_page: a page of its own, plan texts escaped, metadata and registry before and after") {
    const Roadmap a = diff_fixture("v1.yaml");
    Roadmap b = a;
    b.title = "План <b>«2022»</b> & Co";
    b.responsibles.push_back({"oo", "ОО <i>", "образовательные организации", {}});
    b.sections[0].measures[0].title = "Анализ <script>alert(1)</script> результатов ВПР";
    const ResolvedRoadmap ra = resolve(a), rb = resolve(b);
    const RoadmapDiff d = diff(ra, rb);
    REQUIRE(d.changed.size() == 1);
    const std::string page = diff_page(d, {"old <x>.yaml", "new.yaml"}, Language::ru);
    CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"ru\">", 0) == 0);
    CHECK(page.find("<script") == std::string::npos);
    CHECK(page.find("<b>") == std::string::npos);
    CHECK(page.find("<i>") == std::string::npos);
    CHECK(page.find("Анализ &lt;script&gt;alert(1)&lt;/script&gt; результатов ВПР") != std::string::npos);
    CHECK(page.find("old &lt;x&gt;.yaml") != std::string::npos);
    CHECK(page.find("href=\"http") == std::string::npos);
    CHECK(page.find(report_css()) != std::string::npos); // the report's stylesheet, not a second one
    const std::string metadata = element_by_id(page, "diff-metadata", "section");
    CHECK(metadata.find("<code>title</code></th><td><del>План</del></td><td><ins>План &lt;b&gt;«2022»&lt;/b&gt; &amp; Co</ins>") !=
          std::string::npos);
    const std::string registry = element_by_id(page, "diff-registry", "section");
    CHECK(registry.find("<tr data-kind=\"added\"><th scope=\"row\">+ добавлен</th><td><code>oo</code></td><td>ОО &lt;i&gt;") !=
          std::string::npos);
}

TEST_CASE("diff_html: equal plans say so and list nothing") {
    const Roadmap a = diff_fixture("v1.yaml"), b = diff_fixture("v1.yaml");
    const ResolvedRoadmap ra = resolve(a), rb = resolve(b);
    const std::string html = diff_html(diff(ra, rb), {"a", "b"}, Language::en);
    CHECK(html.find("The plans are equal.") != std::string::npos);
    CHECK(html.find("data-count=\"unchanged\">3</td>") != std::string::npos);
    CHECK(html.find("erm-diff-row") == std::string::npos);
}

TEST_CASE("report_html: the changes since an earlier version are a part of the plan, linked from its navigation") {
    const Roadmap a = diff_fixture("v1.yaml"), b = diff_fixture("v2.yaml");
    const ResolvedRoadmap ra = resolve(a), rb = resolve(b);
    const RoadmapDiff d = diff(ra, rb);
    const Report findings;
    const Scorecard card = score(rb);
    ReportOptions options;
    options.as_of = Date(2021, 6, 1);
    ReportPlan plan{"v2.yaml", &rb, &findings, &card, ""};
    const std::string without = report_html({plan}, options);
    CHECK(without.find("plan1-changes") == std::string::npos);
    plan.since = &d;
    plan.since_name = "v1.yaml";
    const std::string with = report_html({plan}, options);
    CHECK(with.find("<li><a href=\"#plan1-changes\">Изменения с предыдущей версии</a></li>") != std::string::npos);
    CHECK(count_in(with, "<section class=\"erm-part\" id=\"plan1-changes\">") == 1);
    const std::string added = element_by_id(with, "plan1-changes-added", "section");
    CHECK(added.find("Семинар для заместителей директоров") != std::string::npos);
    CHECK(with.find("v1.yaml — План") != std::string::npos); // the earlier version named
    // The part comes right after the card.
    CHECK(with.find("id=\"plan1-card\"") < with.find("id=\"plan1-changes\""));
    CHECK(with.find("id=\"plan1-changes\"") < with.find("id=\"plan1-score\""));
}
