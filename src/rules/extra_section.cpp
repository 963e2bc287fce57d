// extra-section (info): a section outside the catalog — declared so with
// `extra: true`, or whose title carries no keyword of any direction
// («Нормативно-правовое обеспечение …»). Allowed; reported so that it is
// never silently mapped.
#include "rules/directions.hpp"
#include "rules/rule.hpp"

namespace eduroadmap::detail {
namespace {

void check_extra_section(const ResolvedRoadmap &rm, Findings &out) {
    for (std::size_t s = 0; s < rm.sections.size(); ++s) {
        const MatchKind k = rm.sections[s].kind;
        if (k == MatchKind::extra || k == MatchKind::declared_extra)
            out.add(section_path(s) + ".title", {{"title", rm.roadmap->sections[s].title}, {"catalog", rm.catalog->id}});
    }
}

} // namespace

extern const Rule rule_extra_section{
    {"extra-section", Severity::info, "A section outside the catalog.",
     "раздел «{title}» вне каталога направлений",
     "section '{title}' is outside the direction catalog",
     "", "", // no hint
     "rules.md#extra-section", true /* needs the catalog */,
     RuleCategory::structure,
     "Раздел вне каталога направлений."},
    check_extra_section};

} // namespace eduroadmap::detail
