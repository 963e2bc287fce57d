// dependency-order: a measure whose first due date falls before the first
// due date of a measure it depends on — it is planned to finish before what
// it needs is ready.
#include "rules/rule.hpp"

#include <eduroadmap/dependencies.hpp>

#include <algorithm>
#include <set>
#include <utility>

namespace eduroadmap::detail {
namespace {
// The earliest end of a window. Windows are sorted by start, so one that
// ends before the first window does overlaps it: only those are looked at,
// not every window of a recurring deadline.
std::optional<Date> first_due(const Deadline &d) {
    if (d.windows.empty()) return std::nullopt;
    const Window first = d.windows.front();
    Date due = first.end();
    for (const Window &w : d.windows.in(first)) due = std::min(due, w.end());
    return due;
}
void check_dependency_order(const ResolvedRoadmap &rm, Findings &out) {
    const DependencyGraph &graph = *rm.dependencies;
    // Edges on a cycle have no possible order: dependency-cycle reports them.
    std::set<std::pair<std::size_t, std::size_t>> on_cycle;
    for (const std::vector<std::size_t> &c : graph.cycles())
        for (std::size_t i = 0; i < c.size(); ++i) on_cycle.emplace(c[i], c[(i + 1) % c.size()]);
    for (const Dependency &d : graph.dependencies()) {
        if (on_cycle.count({d.measure, d.prerequisite})) continue;
        const ResolvedMeasure &m = rm.measures[d.measure];
        const ResolvedMeasure &p = rm.measures[d.prerequisite];
        std::optional<Date> due = first_due(m.deadline), needed = first_due(p.deadline);
        if (!due || !needed || !(*due < *needed)) continue;
        out.add(m.ref.path() + ".depends_on[" + std::to_string(d.entry) + "]",
                {{"measure", m.id}, {"due", to_iso(*due)}, {"prerequisite", p.id}, {"prerequisite_due", to_iso(*needed)}});
    }
}

} // namespace

extern const Rule rule_dependency_order{
    {"dependency-order", Severity::warning, "A measure is due before the measure it depends on.",
     "мероприятие {measure} завершается ({due}) раньше, чем {prerequisite} ({prerequisite_due}), от которого оно зависит",
     "measure {measure} is due ({due}) before its prerequisite {prerequisite} ({prerequisite_due})",
     "", "", // no hint
     "rules.md#dependency-order", false /* needs the catalog */,
     RuleCategory::dates,
     "Мероприятие должно быть выполнено раньше того, от которого зависит."},
    check_dependency_order};

} // namespace eduroadmap::detail
