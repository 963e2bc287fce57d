// direction-empty: a section without a single measure.
#include "rules/directions.hpp"
#include "rules/rule.hpp"

namespace eduroadmap::detail {
namespace {

void check_direction_empty(const ResolvedRoadmap &rm, Findings &out) {
    for (std::size_t s = 0; s < rm.roadmap->sections.size(); ++s) {
        const Section &section = rm.roadmap->sections[s];
        if (measures_in(section) != 0) continue;
        std::vector<MessageArg> args{{"title", section.title}};
        if (s < rm.sections.size() && rm.sections[s].direction)
            args.emplace_back("direction", direction_at(rm, *rm.sections[s].direction).code);
        out.add(section_path(s) + (section.groups.empty() ? ".measures" : ".groups"), std::move(args));
    }
}

} // namespace

extern const Rule rule_direction_empty{
    {"direction-empty", Severity::warning, "A direction's section has no measures.",
     "в разделе «{title}» нет мероприятий",
     "section '{title}' has no measures",
     "", "", // no hint
     "rules.md#direction-empty", false /* needs the catalog */,
     RuleCategory::structure,
     "В разделе направления нет мероприятий."},
    check_direction_empty};

} // namespace eduroadmap::detail
