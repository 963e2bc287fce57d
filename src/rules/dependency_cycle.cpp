// dependency-cycle: measures that depend on each other in a circle, so none
// of them can start. One finding per cycle, at the `depends_on` entry of the
// member printed first, naming every member in order with its line:column.
#include "rules/rule.hpp"

#include <eduroadmap/dependencies.hpp>

namespace eduroadmap::detail {
namespace {

void check_dependency_cycle(const ResolvedRoadmap &rm, Findings &out) {
    const DependencyGraph &graph = *rm.dependencies;
    for (const std::vector<std::size_t> &cycle : graph.cycles()) {
        const std::size_t first = cycle.front();
        const std::size_t next = cycle.size() > 1 ? cycle[1] : first;
        std::size_t entry = 0;
        for (const Dependency &d : graph.dependencies())
            if (d.measure == first && d.prerequisite == next) {
                entry = d.entry;
                break;
            }
        std::string members;
        for (std::size_t v : cycle)
            members += rm.measures[v].id + " (" + out.where(rm.measures[v].ref.path()) + ") → ";
        members += rm.measures[first].id;
        out.add(rm.measures[first].ref.path() + ".depends_on[" + std::to_string(entry) + "]",
                {{"cycle", std::move(members)}, {"measure", rm.measures[first].id}});
    }
}

} // namespace

extern const Rule rule_dependency_cycle{
    {"dependency-cycle", Severity::error, "Measures depend on each other in a cycle.",
     "зависимости образуют цикл: {cycle}",
     "dependencies form a cycle: {cycle}",
     "уберите из depends_on одну из зависимостей цикла",
     "remove one dependency of the cycle from depends_on",
     "rules.md#dependency-cycle", false /* needs the catalog */,
     RuleCategory::structure,
     "Мероприятия зависят друг от друга по кругу."},
    check_dependency_cycle};

} // namespace eduroadmap::detail
