// dependency-unknown: a `depends_on` entry that names no measure of the
// roadmap (a typo, a renumbered measure, or an unqualified number that
// repeats across sections).
#include "rules/rule.hpp"

#include <eduroadmap/dependencies.hpp>
#include <eduroadmap/suggest.hpp>

namespace eduroadmap::detail {
namespace {

// The id the author most likely meant: the qualified form of a repeated
// number (`5` → `s3/5`, preferring the declaring measure's own section), the
// number without its printed dot (`5.` → `5`), else the closest id.
std::string meant(const ResolvedRoadmap &rm, const ResolvedMeasure &from, const std::string &written) {
    std::string bare = written.substr(0, written.find_last_not_of(". ") + 1);
    std::string qualified;
    for (const ResolvedMeasure &m : rm.measures) {
        if (m.id == bare) return m.id;
        std::size_t slash = m.id.find('/');
        if (slash == std::string::npos || m.id.compare(slash + 1, std::string::npos, bare) != 0) continue;
        if (m.ref.section == from.ref.section) return m.id;
        if (qualified.empty()) qualified = m.id;
    }
    if (!qualified.empty()) return qualified;
    std::vector<std::string_view> ids;
    ids.reserve(rm.measures.size());
    for (const ResolvedMeasure &m : rm.measures) ids.push_back(m.id);
    return closest(written, ids);
}

void check_dependency_unknown(const ResolvedRoadmap &rm, Findings &out) {
    for (const UnknownDependency &u : rm.dependencies->unknown()) {
        const ResolvedMeasure &m = rm.measures[u.measure];
        std::vector<MessageArg> args{{"id", u.id}, {"measure", m.id}};
        std::string suggestion = meant(rm, m, u.id);
        if (!suggestion.empty()) args.emplace_back("suggestion", std::move(suggestion));
        out.add(m.ref.path() + ".depends_on[" + std::to_string(u.entry) + "]", std::move(args));
    }
}

} // namespace

extern const Rule rule_dependency_unknown{
    {"dependency-unknown", Severity::error, "depends_on names a measure that does not exist.",
     "мероприятие {measure}: в depends_on указано «{id}», такого мероприятия нет",
     "measure {measure}: depends_on names '{id}', which is not a measure of the roadmap",
     "возможно, имелось в виду «{suggestion}»",
     "did you mean '{suggestion}'?",
     "rules.md#dependency-unknown", false /* needs the catalog */,
     RuleCategory::structure,
     "depends_on называет несуществующее мероприятие."},
    check_dependency_unknown};

} // namespace eduroadmap::detail
