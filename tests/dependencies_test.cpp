// Tests for <eduroadmap/dependencies.hpp>: the dependency graph of a
// roadmap's measures — ids, unknown references, cycles of length 1, 2 and
// many, topological order, the longest chain, blocked measures — and the
// rules dependency-unknown, dependency-cycle and dependency-order, each with
// a roadmap that triggers it and one that is clean.
#include "../src/build_counts.hpp"

#include <eduroadmap/coverage.hpp>
#include <eduroadmap/dependencies.hpp>
#include <eduroadmap/io.hpp>
#include <eduroadmap/validate_io.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace eduroadmap;

namespace {

// A measure in YAML: number, deadline, and depends_on when given.
std::string dependent_measure(const std::string &number, const std::string &deadline, const std::string &depends_on = "") {
    std::string m = "      - number: '" + number + "'\n        title: Мероприятие " + number +
                    "\n        deadline: '" + deadline + "'\n        responsibles: КО\n        result: Отчёт\n";
    if (!depends_on.empty()) m += "        depends_on: [" + depends_on + "]\n";
    return m;
}

std::string roadmap(const std::vector<std::string> &sections) {
    std::string y = "schema: eduroadmap/1\nid: deps\ntitle: План\nperiod: 2021\nsections:\n";
    for (const std::string &measures : sections)
        y += "  - title: Система оценки качества подготовки обучающихся\n    measures:\n" + measures;
    return y;
}

// A loaded and resolved roadmap (not copyable: the resolution borrows the model).
struct DependencyPlan {
    LoadResult loaded;
    ResolvedRoadmap resolved;
    explicit DependencyPlan(const std::string &yaml) : loaded(load_string(yaml, "deps.yaml")) {
        REQUIRE(loaded.document);
        resolved = resolve(loaded.document->roadmap);
    }
    DependencyPlan(const DependencyPlan &) = delete;
    DependencyPlan &operator=(const DependencyPlan &) = delete;
};

std::vector<std::string> ids(const ResolvedRoadmap &rm, const std::vector<std::size_t> &measures) {
    std::vector<std::string> out;
    for (std::size_t i : measures) out.push_back(rm.measures[i].id);
    return out;
}

std::vector<const Diagnostic *> findings(const Report &r, std::string_view rule) {
    std::vector<const Diagnostic *> out;
    for (const Diagnostic &d : r.diagnostics)
        if (d.rule == rule) out.push_back(&d);
    return out;
}

using Ids = std::vector<std::string>;

} // namespace

TEST_CASE("edges follow depends_on by measure id; unknown ids are kept apart") {
    DependencyPlan p(roadmap({dependent_measure("1.", "Январь 2021") + dependent_measure("2.", "Март 2021", "1, 7") + dependent_measure("3.", "Май 2021", "2")}));
    DependencyGraph g(p.resolved);
    CHECK(g.size() == 3);
    REQUIRE(g.dependencies().size() == 2);
    CHECK(g.dependencies()[0].measure == 1);
    CHECK(g.dependencies()[0].prerequisite == 0);
    CHECK(g.dependencies()[0].entry == 0);
    CHECK(g.dependencies()[1].measure == 2);
    CHECK(g.dependencies()[1].prerequisite == 1);
    REQUIRE(g.unknown().size() == 1);
    CHECK(g.unknown()[0].measure == 1);
    CHECK(g.unknown()[0].entry == 1);
    CHECK(g.unknown()[0].id == "7");
    CHECK(g.find("3") == std::optional<std::size_t>(2));
    CHECK_FALSE(g.find("3.").has_value()); // ids drop the printed dot
    CHECK(g.id(1) == "2");
    CHECK(g.prerequisites(1) == std::vector<std::size_t>{0});
    CHECK(g.acyclic());
}

TEST_CASE("section-qualified ids where numbers repeat across sections") {
    DependencyPlan p(roadmap({dependent_measure("1.", "Январь 2021") + dependent_measure("2.", "Март 2021"),
                    dependent_measure("1.", "Февраль 2021", "2") + dependent_measure("3.", "Апрель 2021", "s2/1")}));
    DependencyGraph g(p.resolved);
    CHECK(ids(p.resolved, {0, 1, 2, 3}) == Ids{"s1/1", "2", "s2/1", "3"});
    CHECK(g.unknown().empty());
    CHECK(ids(p.resolved, g.prerequisites(2)) == Ids{"2"});
    CHECK(ids(p.resolved, g.blocked_by(1)) == Ids{"s2/1", "3"});
}

TEST_CASE("a cycle of one: a measure that depends on itself") {
    DependencyPlan p(roadmap({dependent_measure("1.", "Январь 2021") + dependent_measure("2.", "Март 2021", "2")}));
    DependencyGraph g(p.resolved);
    REQUIRE(g.cycles().size() == 1);
    CHECK(g.cycles()[0] == std::vector<std::size_t>{1});
    CHECK_FALSE(g.acyclic());
    CHECK_FALSE(g.topological_order().has_value());
    CHECK(g.longest_chain().empty());
    CHECK(g.blocked_by(1) == std::vector<std::size_t>{1}); // it blocks itself
    CHECK(g.blocked_by(0).empty());
}

TEST_CASE("a cycle of two, reported once, from the measure printed first") {
    DependencyPlan p(roadmap({dependent_measure("1.", "Январь 2021", "2") + dependent_measure("2.", "Март 2021", "1, 1")}));
    DependencyGraph g(p.resolved);
    REQUIRE(g.cycles().size() == 1); // the repeated entry closes the same cycle
    CHECK(ids(p.resolved, g.cycles()[0]) == Ids{"1", "2"});
}

TEST_CASE("a cycle of many, in dependency order wherever the search starts") {
    // 2 → 3 → 4 → 5 → 2 ("→" reads "depends on"); 1 depends on 3 and is outside the cycle.
    DependencyPlan p(roadmap({dependent_measure("1.", "Январь 2021", "3") + dependent_measure("2.", "Март 2021", "3") +
                    dependent_measure("3.", "Май 2021", "4") + dependent_measure("4.", "Июнь 2021", "5") +
                    dependent_measure("5.", "Июль 2021", "2")}));
    DependencyGraph g(p.resolved);
    REQUIRE(g.cycles().size() == 1);
    CHECK(ids(p.resolved, g.cycles()[0]) == Ids{"2", "3", "4", "5"});
    CHECK(ids(p.resolved, g.blocked_by(3)) == Ids{"1", "2", "3", "4", "5"}); // 4 is on the cycle
}

TEST_CASE("two separate cycles are both reported, ordered by their first member") {
    DependencyPlan p(roadmap({dependent_measure("1.", "Январь 2021", "4") + dependent_measure("2.", "Март 2021", "3") +
                    dependent_measure("3.", "Май 2021", "2") + dependent_measure("4.", "Июнь 2021", "1")}));
    DependencyGraph g(p.resolved);
    REQUIRE(g.cycles().size() == 2);
    CHECK(ids(p.resolved, g.cycles()[0]) == Ids{"1", "4"});
    CHECK(ids(p.resolved, g.cycles()[1]) == Ids{"2", "3"});
}

TEST_CASE("topological order puts prerequisites first; the longest chain; blocked measures") {
    // 5 depends on 4 and 2; 4 on 3; 3 on 1; 2 on 1; 6 is free.
    DependencyPlan p(roadmap({dependent_measure("1.", "Январь 2021") + dependent_measure("2.", "Март 2021", "1") + dependent_measure("3.", "Май 2021", "1") +
                    dependent_measure("4.", "Июнь 2021", "3") + dependent_measure("5.", "Июль 2021", "4, 2") +
                    dependent_measure("6.", "Август 2021")}));
    DependencyGraph g(p.resolved);
    auto order = g.topological_order();
    REQUIRE(order);
    REQUIRE(order->size() == 6);
    auto position = [&](std::size_t v) { return std::find(order->begin(), order->end(), v) - order->begin(); };
    for (const Dependency &d : g.dependencies()) CHECK(position(d.prerequisite) < position(d.measure));
    CHECK(ids(p.resolved, *order) == Ids{"1", "2", "3", "4", "5", "6"});
    CHECK(ids(p.resolved, g.longest_chain()) == Ids{"1", "3", "4", "5"});
    CHECK(ids(p.resolved, g.blocked_by(0)) == Ids{"2", "3", "4", "5"});
    CHECK(ids(p.resolved, g.blocked_by(2)) == Ids{"4", "5"});
    CHECK(g.blocked_by(5).empty());
    CHECK_THROWS_AS(g.blocked_by(6), std::out_of_range);
}

TEST_CASE("without dependencies the order is the printed order and the chain one measure") {
    DependencyPlan p(roadmap({dependent_measure("1.", "Январь 2021") + dependent_measure("2.", "Март 2021")}));
    DependencyGraph g(p.resolved);
    CHECK(ids(p.resolved, *g.topological_order()) == Ids{"1", "2"});
    CHECK(ids(p.resolved, g.longest_chain()) == Ids{"1"});
}

TEST_CASE("the graph outlives the resolved roadmap it was built from") {
    std::optional<DependencyGraph> g;
    {
        DependencyPlan p(roadmap({dependent_measure("1.", "Январь 2021") + dependent_measure("2.", "Март 2021", "1")}));
        g.emplace(p.resolved);
    }
    CHECK(g->id(1) == "2");
    CHECK(g->blocked_by(0) == std::vector<std::size_t>{1});
}

// ---- the rules ----

TEST_CASE("dependency-unknown: triggering and clean") {
    Report bad = validate_string(
        roadmap({dependent_measure("1.", "Январь 2021") + dependent_measure("2.", "Март 2021", "1., 9")}), "u.yaml");
    auto found = findings(bad, "dependency-unknown");
    REQUIRE(found.size() == 2);
    CHECK(found[0]->severity == Severity::error);
    CHECK(found[0]->path == "sections[0].measures[1].depends_on[0]");
    CHECK(found[0]->location.line == 18);
    CHECK(message(*found[0], Language::en) == "measure 2: depends_on names '1.', which is not a measure of the roadmap");
    CHECK(hint(*found[0], Language::en) == "did you mean '1'?"); // the printed dot is not part of the id
    CHECK(found[1]->path == "sections[0].measures[1].depends_on[1]");
    CHECK(message(*found[1], Language::ru) == "мероприятие 2: в depends_on указано «9», такого мероприятия нет");

    Report clean = validate_string(roadmap({dependent_measure("1.", "Январь 2021") + dependent_measure("2.", "Март 2021", "1")}));
    CHECK(findings(clean, "dependency-unknown").empty());
}

TEST_CASE("dependency-unknown suggests the section-qualified id of a repeated number") {
    Report r = validate_string(roadmap({dependent_measure("1.", "Январь 2021"),
                                        dependent_measure("1.", "Февраль 2021") + dependent_measure("2.", "Март 2021", "1")}));
    auto found = findings(r, "dependency-unknown");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->arg("suggestion") == "s2/1"); // the one in the declaring measure's own section
}

TEST_CASE("dependency-cycle: the whole cycle in order, each member with its line:column") {
    std::string yaml = roadmap({dependent_measure("1.", "Январь 2021", "3") + dependent_measure("2.", "Март 2021", "1") +
                                dependent_measure("3.", "Май 2021", "2")});
    Report r = validate_string(yaml, "c.yaml");
    auto found = findings(r, "dependency-cycle");
    REQUIRE(found.size() == 1);
    // Measures start at lines 8, 14 and 20 (column 9: the mapping after «- »).
    CHECK(found[0]->arg("cycle") == "1 (8:9) → 3 (20:9) → 2 (14:9) → 1");
    CHECK(found[0]->path == "sections[0].measures[0].depends_on[0]");
    CHECK(found[0]->location.line == 13);
    CHECK(found[0]->severity == Severity::error);
    CHECK(message(*found[0], Language::en) == "dependencies form a cycle: 1 (8:9) → 3 (20:9) → 2 (14:9) → 1");

    Report self = validate_string(roadmap({dependent_measure("1.", "Январь 2021", "1")}));
    REQUIRE(findings(self, "dependency-cycle").size() == 1);
    CHECK(findings(self, "dependency-cycle")[0]->arg("cycle") == "1 (8:9) → 1");

    Report clean = validate_string(roadmap({dependent_measure("1.", "Январь 2021") + dependent_measure("2.", "Март 2021", "1")}));
    CHECK(findings(clean, "dependency-cycle").empty());
}

TEST_CASE("dependency-order: due before the prerequisite's first due date") {
    Report bad = validate_string(roadmap({dependent_measure("1.", "Декабрь 2021") + dependent_measure("2.", "Март 2021", "1")}));
    auto found = findings(bad, "dependency-order");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->severity == Severity::warning);
    CHECK(found[0]->path == "sections[0].measures[1].depends_on[0]");
    CHECK(message(*found[0], Language::en) ==
          "measure 2 is due (2021-03-31) before its prerequisite 1 (2021-12-31)");

    // The same day is not "before"; neither is a measure without windows.
    Report same = validate_string(roadmap({dependent_measure("1.", "Март 2021") + dependent_measure("2.", "Март 2021", "1")}));
    CHECK(findings(same, "dependency-order").empty());
    Report undated = validate_string(roadmap({dependent_measure("1.", "по запросу") + dependent_measure("2.", "Март 2021", "1")}));
    CHECK(findings(undated, "dependency-order").empty());
    Report clean = validate_string(roadmap({dependent_measure("1.", "Январь 2021") + dependent_measure("2.", "Март 2021", "1")}));
    CHECK(findings(clean, "dependency-order").empty());
}

TEST_CASE("one validation builds the dependency graph once and the coverage matrix once") {
    // Every dependency rule and both coverage rules have something to report,
    // so each of them read the graph or the matrix.
    const std::string yaml = roadmap({dependent_measure("1.", "Май 2021", "2") + dependent_measure("2.", "Июнь 2021", "1") +
                                      dependent_measure("3.", "Апрель 2021", "2, 9")});
    const std::size_t graphs = detail::dependency_graphs_built();
    const std::size_t matrices = detail::coverage_matrices_built();
    Report r = validate_string(yaml, "once.yaml");
    CHECK(detail::dependency_graphs_built() - graphs == 1);
    CHECK(detail::coverage_matrices_built() - matrices == 1);
    CHECK(findings(r, "dependency-unknown").size() == 1);
    CHECK(findings(r, "dependency-cycle").size() == 1);
    CHECK(findings(r, "dependency-order").size() == 1);
    CHECK_FALSE(findings(r, "cycle-stage-missing").empty());
    CHECK(findings(r, "indicator-missing-for-direction").size() == 1);
}

TEST_CASE("resolve() builds the graph and the matrix the rules share") {
    DependencyPlan p(roadmap({dependent_measure("1.", "Январь 2021") + dependent_measure("2.", "Март 2021", "1")}));
    REQUIRE(p.resolved.dependencies);
    REQUIRE(p.resolved.coverage);
    CHECK(p.resolved.dependencies->prerequisites(1) == std::vector<std::size_t>{0});
    const Coverage again = coverage(p.resolved);
    REQUIRE(again.rows.size() == p.resolved.coverage->rows.size());
    for (std::size_t i = 0; i < again.rows.size(); ++i) {
        CHECK(again.rows[i].measure_count == p.resolved.coverage->rows[i].measure_count);
        CHECK(again.rows[i].missing == p.resolved.coverage->rows[i].missing);
    }
}

TEST_CASE("the dependency rules can be suppressed per measure") {
    std::string yaml = roadmap({dependent_measure("1.", "Январь 2021") + dependent_measure("2.", "Март 2021", "9") +
                                "        lint: {ignore: [dependency-unknown]}\n"});
    CHECK(findings(validate_string(yaml), "dependency-unknown").empty());
}

TEST_CASE("dependency-order leaves the edges of a cycle to dependency-cycle") {
    // 1 (May) depends on 2 (June) and 2 on 1: out of order, but the cycle is the finding.
    Report r = validate_string(roadmap({dependent_measure("1.", "Май 2021", "2") + dependent_measure("2.", "Июнь 2021", "1") +
                                        dependent_measure("3.", "Апрель 2021", "2")}));
    CHECK(findings(r, "dependency-cycle").size() == 1);
    auto order = findings(r, "dependency-order");
    REQUIRE(order.size() == 1); // only 3 → 2, which is not on the cycle
    CHECK(order[0]->arg("measure") == "3");
}
