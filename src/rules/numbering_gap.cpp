// numbering-gap: printed numbers that jump (40 → 48, 3 → 5, 3.1 → 3.3) or go
// backwards (4 → 1), among the measures, the section headings and the group
// headings. Numbers are read by src/numbering.hpp: «6» and «6.» and «6..»
// are the same number, sub-numbers (3 → 3.1 → 3.2 → 4) and Roman numerals
// (II → III) are understood, unnumbered rows are skipped.
//
// Measures are numbered one of two ways, and the rule decides from the data
// which one a roadmap uses. A *scope* is a section's own measures or one
// group's measures. At every boundary between two scopes that hold numbers,
// the first number of the new scope either restarts (its first component is
// 1 and it does not follow the previous number: the Bashmakovo roadmap restarts at 1 in
// every direction) or continues (any other first number: it follows the last
// number of the previous scope, as in the Tosno roadmap, which runs 1..40 across its
// sections, or jumps from it, as the Tosno roadmap does from 40 to 48). The convention
// with more boundaries wins; a tie means restart. Under «continue» the whole roadmap is
// one sequence and a jump across a section boundary is a gap; under
// «restart» each scope is checked on its own and its first number is not
// checked. Two equal measure numbers in one section are duplicate-id's
// finding, not a gap.
#include "rules/rule.hpp"

#include "numbering.hpp"

namespace eduroadmap::detail {
namespace {

struct Numbered {
    std::vector<unsigned> value; // parsed, never empty
    std::string printed;         // as printed
    std::string path;            // node path of the number
    std::size_t section;         // index of its section
};

void add_numbered(std::vector<Numbered> &to, const std::string &printed, std::string path, std::size_t section) {
    std::vector<unsigned> value = parse_number(printed);
    if (!value.empty()) to.push_back({std::move(value), printed, std::move(path), section});
}

// Reports every number that does not follow the one before it.
// @p repeats_are_duplicates: an equal number in the same section is left to duplicate-id.
void check_sequence(const std::vector<Numbered> &seq, bool repeats_are_duplicates, Findings &out) {
    for (std::size_t i = 1; i < seq.size(); ++i) {
        const Numbered &previous = seq[i - 1], &current = seq[i];
        if (follows(previous.value, current.value)) continue;
        if (repeats_are_duplicates && previous.value == current.value && previous.section == current.section)
            continue;
        out.add(current.path,
                {{"previous", display_number(previous.printed)}, {"number", display_number(current.printed)}});
    }
}

std::vector<std::vector<Numbered>> measure_scopes(const Roadmap &rm) {
    std::vector<std::vector<Numbered>> scopes;
    auto scope = [&](const std::vector<Measure> &measures, const std::string &prefix, std::size_t section) {
        std::vector<Numbered> s;
        for (std::size_t i = 0; i < measures.size(); ++i)
            add_numbered(s, measures[i].number, prefix + "measures[" + std::to_string(i) + "].number", section);
        if (!s.empty()) scopes.push_back(std::move(s));
    };
    for (std::size_t si = 0; si < rm.sections.size(); ++si) {
        const Section &section = rm.sections[si];
        std::string prefix = "sections[" + std::to_string(si) + "].";
        scope(section.measures, prefix, si);
        for (std::size_t gi = 0; gi < section.groups.size(); ++gi)
            scope(section.groups[gi].measures, prefix + "groups[" + std::to_string(gi) + "].", si);
    }
    return scopes;
}

// True when the roadmap numbers its measures continuously across scopes.
bool numbered_continuously(const std::vector<std::vector<Numbered>> &scopes) {
    int restart = 0, carry_on = 0;
    for (std::size_t i = 1; i < scopes.size(); ++i) {
        const Numbered &last = scopes[i - 1].back(), &first = scopes[i].front();
        if (first.value.front() == 1 && !follows(last.value, first.value))
            ++restart;
        else
            ++carry_on;
    }
    return carry_on > restart;
}

void check_numbering_gap(const ResolvedRoadmap &rm, Findings &out) {
    const Roadmap &roadmap = *rm.roadmap;

    std::vector<Numbered> sections;
    for (std::size_t si = 0; si < roadmap.sections.size(); ++si) {
        const Section &section = roadmap.sections[si];
        std::string prefix = "sections[" + std::to_string(si) + "]";
        add_numbered(sections, section.number, prefix + ".number", si);
        std::vector<Numbered> groups;
        for (std::size_t gi = 0; gi < section.groups.size(); ++gi)
            add_numbered(groups, section.groups[gi].number, prefix + ".groups[" + std::to_string(gi) + "].number", si);
        check_sequence(groups, false, out);
    }
    check_sequence(sections, false, out);

    std::vector<std::vector<Numbered>> scopes = measure_scopes(roadmap);
    if (numbered_continuously(scopes)) {
        std::vector<Numbered> all;
        for (std::vector<Numbered> &s : scopes) all.insert(all.end(), s.begin(), s.end());
        check_sequence(all, true, out);
    } else {
        for (const std::vector<Numbered> &s : scopes) check_sequence(s, true, out);
    }
}

} // namespace

extern const Rule rule_numbering_gap{
    {"numbering-gap", Severity::warning, "Printed numbers of measures or headings jump or go backwards.",
     "нумерация прерывается: после {previous} идёт {number}",
     "numbering jumps from {previous} to {number}",
     "проверьте, не пропущены ли мероприятия или разделы",
     "check whether measures or sections were lost",
     "rules.md#numbering-gap", false /* needs the catalog */,
     RuleCategory::structure,
     "Нумерация мероприятий или заголовков прерывается или идёт назад."},
    check_numbering_gap};

} // namespace eduroadmap::detail
