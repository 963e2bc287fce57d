// Issue 17's reproducers as regression tests: every hostile input ends in a
// finding or a clean result, and the work it causes is bounded by
// construction (window counts, not timings: speed is bench/hostile.py's).
#include <eduroadmap/config.hpp>
#include <eduroadmap/io.hpp>
#include <eduroadmap/query.hpp>
#include <eduroadmap/resolve.hpp>
#include <eduroadmap/validate.hpp>
#include <eduroadmap/validate_io.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using namespace eduroadmap;

namespace {

std::string roadmap(const std::string &period, std::size_t measures, const std::string &deadline = "еженедельно") {
    std::string text = "schema: eduroadmap/1\nid: hostile\ntitle: План\nperiod: " + period +
                       "\nsections:\n  - title: Мониторинг\n    measures:\n";
    for (std::size_t i = 1; i <= measures; ++i)
        text += "      - number: \"" + std::to_string(i) + ".\"\n        title: Мониторинг " + std::to_string(i) +
                "\n        deadline: \"" + deadline + "\"\n";
    return text;
}

std::vector<const Diagnostic *> with_rule(const std::vector<Diagnostic> &ds, std::string_view rule) {
    std::vector<const Diagnostic *> out;
    for (const Diagnostic &d : ds)
        if (d.rule == rule) out.push_back(&d);
    return out;
}

} // namespace

TEST_CASE("a plan period lies in 1900–2199 and spans at most ten years") {
    for (const char *bad : {"1400-01-01..9999-12-31", "2021-2031", "1899", "2199-12-31..2200-01-01"}) {
        INFO(bad);
        const LoadResult r = load_string(roadmap(bad, 1));
        const auto found = with_rule(r.diagnostics, "period-invalid");
        REQUIRE(found.size() == 1);
        CHECK_FALSE(found[0]->arg("reason").empty());
        REQUIRE(r.document);
        CHECK_FALSE(r.document->roadmap.period.known);
    }
    for (const char *good : {"2021-2030", "2199", "1900-01-01..1909-12-31", "2023/2024"}) {
        INFO(good);
        const LoadResult r = load_string(roadmap(good, 1));
        CHECK(with_rule(r.diagnostics, "period-invalid").empty());
    }
    const LoadResult mapping = load_string(roadmap("{start: 2000-01-01, end: 2020-12-31}", 1));
    CHECK(with_rule(mapping.diagnostics, "period-invalid").size() == 1);
    // Dates beyond the plan calendar are not read: a window to 9999-12-31
    // would make the calendar's DTEND leave Boost's range.
    const LoadResult far = load_string(roadmap("{start: 1400-01-01, end: 9999-12-31}", 1));
    CHECK(with_rule(far.diagnostics, "wrong-type").size() == 2);
    REQUIRE(far.document);
    CHECK_FALSE(far.document->roadmap.period.known);
}

TEST_CASE("no Boost exception: a pinned window at the end of Boost's calendar is a finding") {
    std::string text = roadmap("2021", 1, "x");
    text.replace(text.find("deadline: \"x\""), std::string("deadline: \"x\"").size(),
                 "deadline: {text: x, kind: fixed, windows: [[2021-01-01, 9999-12-31]]}");
    const LoadResult r = load_string(text);
    CHECK(with_rule(r.diagnostics, "wrong-type").size() == 1);
}

TEST_CASE("recurring deadlines are kept as rules: the window budget is counted, not expanded") {
    // 2000 weekly measures over four years: 420,000 windows, over the default budget.
    const LoadResult r = load_string(roadmap("2021-2024", 2000));
    REQUIRE(r.ok());
    const ResolvedRoadmap resolved = resolve(r.document->roadmap);
    for (const ResolvedMeasure &m : resolved.measures) REQUIRE(m.deadline.windows.is_rule());
    CHECK(resolved.window_count == 2000u * resolved.measures.front().deadline.windows.size());
    CHECK(resolved.measures.front().deadline.windows.size() == 210); // 210 weeks touch 2021–2024
    const auto over = window_budget_finding(resolved, Limits{});
    REQUIRE(over);
    CHECK(over->rule == "input-limit");
    CHECK(over->arg("limit") == "windows");

    const Report report = validate(*r.document);
    const auto found = with_rule(report.diagnostics, "input-limit");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->location.line > 0);

    Limits raised;
    raised.max_windows = 500'000;
    CHECK_FALSE(window_budget_finding(resolved, raised));

    // A query over one month looks only at that month's windows: one per measure.
    Query q;
    q.due_between = Window(Date(2022, 9, 1), Date(2022, 9, 30));
    const QueryResult result = query(resolved, q);
    REQUIRE(result.matches.size() == 2000);
    for (const QueryMatch &m : result.matches) CHECK(m.windows.size() == 4);
}

TEST_CASE("NUL bytes and tags outside the core schema are findings") {
    const std::string base = "schema: eduroadmap/1\nid: x\nperiod: 2021\nsections: []\n";
    SUBCASE("a raw NUL byte inside a quoted scalar") {
        const LoadResult r = load_string("schema: eduroadmap/1\nid: x\ntitle: \"a" + std::string(1, '\0') + "b\"\n");
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].rule == "yaml-syntax");
        CHECK(r.diagnostics[0].location.line == 3);
        CHECK(r.diagnostics[0].arg("detail").find("NUL") != std::string::npos);
    }
    SUBCASE("NUL bytes after the document: not «unknown escape character»") {
        const LoadResult r = load_string(base + "title: T\n" + std::string(8, '\0'));
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].arg("detail").find("NUL") != std::string::npos);
        CHECK(r.diagnostics[0].location.line == 6);
    }
    SUBCASE("an escaped NUL in a double-quoted text") {
        const LoadResult r = load_string(base + "title: \"a\\0b\"\n");
        const auto found = with_rule(r.diagnostics, "yaml-syntax");
        REQUIRE(found.size() == 1);
        CHECK(found[0]->location.line == 5);
    }
    SUBCASE("!!binary and local tags") {
        for (const char *tagged : {"title: !!binary aGVsbG8=\n", "title: !custom x\n", "title: !<tag:x.org:t> x\n"}) {
            INFO(tagged);
            const LoadResult r = load_string(base + tagged);
            const auto found = with_rule(r.diagnostics, "yaml-syntax");
            REQUIRE(found.size() == 1);
            CHECK(found[0]->arg("detail").find("tag") != std::string::npos);
        }
    }
    SUBCASE("the core schema's tags load as before") {
        const LoadResult r = load_string(base + "title: !!str 2021\n");
        CHECK(r.ok());
        REQUIRE(r.document);
        CHECK(r.document->roadmap.title == "2021");
    }
}

TEST_CASE("a configuration lowers a limit and raises it only to the ceiling") {
    constexpr Limits ceiling = Limits::ceiling();
    const ConfigResult low = load_config_string("limits:\n  max_depth: 10\n  max_windows: 50\n");
    REQUIRE(low.config);
    CHECK(low.config->validate.limits.max_depth == 10);
    CHECK(low.config->validate.limits.max_windows == 50);
    const ConfigResult at = load_config_string("limits:\n  max_depth: " + std::to_string(ceiling.max_depth) + "\n");
    REQUIRE(at.config);
    for (const char *limit : {"max_file_bytes", "max_depth", "max_nodes", "max_windows"}) {
        INFO(limit);
        const ConfigResult over = load_config_string(std::string("limits:\n  ") + limit + ": 1000000000\n");
        CHECK_FALSE(over.config);
        REQUIRE(over.diagnostics.size() == 1);
        CHECK(over.diagnostics[0].rule == "wrong-type");
    }
}

TEST_CASE("required_stages of any length is each stage once") {
    std::string text = "required_stages: [";
    for (int i = 0; i < 100000; ++i) text += i % 2 ? "monitoring, " : "analysis, ";
    text += "review]\n";
    const ConfigResult r = load_config_string(text);
    REQUIRE(r.config);
    CHECK(r.config->validate.required_stages == std::vector<Stage>{Stage::analysis, Stage::monitoring, Stage::review});
    // The library dedupes what C++ callers pass too.
    const LoadResult loaded = load_string(roadmap("2021", 1, "2021"));
    REQUIRE(loaded.ok());
    ResolveOptions options;
    options.required_stages.assign(1000, Stage::monitoring);
    CHECK(resolve(loaded.document->roadmap, options).required_stages == std::vector<Stage>{Stage::monitoring});
}
