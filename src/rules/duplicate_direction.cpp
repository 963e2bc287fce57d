// duplicate-direction: two sections that map to the same direction, or a
// direction the roadmap's note declares twice (the Tosno roadmap lists «школы с
// низкими результатами» as items 2 and 6). Reported at the second one; the
// jump of the section headings over the number left without a section
// (Tosno's 1 → 3) is its symptom, not a finding of its own.
#include "rules/directions.hpp"
#include "rules/rule.hpp"

#include <map>

namespace eduroadmap::detail {
namespace {

void check_duplicate_direction(const ResolvedRoadmap &rm, Findings &out) {
    const Roadmap &r = *rm.roadmap;
    std::map<std::size_t, std::size_t> first; // direction → first section
    for (std::size_t s = 0; s < rm.sections.size(); ++s) {
        const auto &d = rm.sections[s].direction;
        if (!d) continue;
        auto [it, fresh] = first.emplace(*d, s);
        if (fresh) continue;
        out.add(section_path(s) + ".title", {{"direction", direction_at(rm, *d).code},
                                             {"first", r.sections[it->second].title},
                                             {"where", out.where(section_path(it->second) + ".title")}});
    }
    // The declared list: by catalog direction, or by title outside the catalog.
    std::map<std::string, std::size_t> declared;
    for (std::size_t i = 0; i < rm.declared_directions.size(); ++i) {
        const auto &d = rm.declared_directions[i].direction;
        const std::string key = d ? "#" + direction_at(rm, *d).code : normalise_title(r.declared_directions[i].title);
        if (key.empty()) continue;
        auto [it, fresh] = declared.emplace(key, i);
        if (fresh) continue;
        Found &f = out.add(declared_path(i) + ".title",
                           {{"direction", d ? direction_at(rm, *d).code : "«" + r.declared_directions[i].title + "»"},
                            {"first", declared_label(r.declared_directions[it->second])},
                            {"where", out.where(declared_path(it->second) + ".title")}});
        // The headings follow the list: the item printed twice leaves its
        // first (or second) number without a section.
        for (std::size_t item : {it->second, i})
            if (std::string gap = heading_gap_for(r, r.declared_directions[item].number); !gap.empty())
                f.explain("numbering-gap", gap);
    }
}

} // namespace

extern const Rule rule_duplicate_direction{
    {"duplicate-direction", Severity::warning, "Two sections map to the same direction.",
     "направление {direction} повторяется; впервые — «{first}» ({where})",
     "direction {direction} is repeated; first as '{first}' ({where})",
     "объедините разделы или укажите direction: там, где имелось в виду другое направление",
     "merge the sections, or set direction: where another direction was meant",
     "rules.md#duplicate-direction", true /* needs the catalog */,
     RuleCategory::structure,
     "Два раздела относятся к одному направлению."},
    check_duplicate_direction};

} // namespace eduroadmap::detail
