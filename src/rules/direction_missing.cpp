// direction-missing: a catalog direction with no section, and a direction
// the roadmap's own note declares (declared_directions) that has no section
// in its table. For a catalog direction, the measures printed in other
// sections whose titles belong to it are named («21, 23, 25»).
// The heading jump its missing section leaves (Tosno 4 → 6 for item 5 of
// the note) is its symptom and is not reported apart (heading_gap_for).
#include "catalog/keyword_scorer.hpp"
#include "rules/directions.hpp"
#include "rules/rule.hpp"
#include "rules/stem_table.hpp"

#include "numbering.hpp"

#include <optional>

namespace eduroadmap::detail {

std::string heading_gap_for(const Roadmap &r, const std::string &number) {
    const std::vector<unsigned> wanted = parse_number(number);
    if (wanted.size() != 1) return {};
    std::optional<unsigned> before; // the last heading number below the item's
    for (std::size_t s = 0; s < r.sections.size(); ++s) {
        const std::vector<unsigned> n = parse_number(r.sections[s].number);
        if (n.empty()) continue;
        if (n.front() == wanted.front()) return {};
        if (n.front() < wanted.front()) {
            before = n.front();
            continue;
        }
        return before ? section_path(s) + ".number" : std::string();
    }
    return {};
}

namespace {

// Every measure's title scored against every direction, once for all the
// absent directions: scores[measure][direction]. The titles come folded
// from @p stems, as measure-misplaced scores them.
std::vector<std::vector<double>> title_scores(const ResolvedRoadmap &rm, const MeasureStems &stems) {
    KeywordScorer scorer(*rm.catalog);
    std::vector<std::vector<double>> out;
    out.reserve(rm.measures.size());
    for (std::size_t i = 0; i < rm.measures.size(); ++i) {
        std::vector<double> &by_direction = out.emplace_back(rm.catalog->directions.size(), 0.0);
        for (const DirectionScore &s : scorer.score(stems.title_words(i))) by_direction[s.direction] = s.score;
    }
    return out;
}

// Measures of other sections whose titles score @p d at least `accept` and
// above the direction of their own section.
std::string related_measures(const ResolvedRoadmap &rm, const std::vector<std::vector<double>> &scores,
                             std::size_t d) {
    std::string out;
    for (std::size_t i = 0; i < rm.measures.size(); ++i) {
        const ResolvedMeasure &m = rm.measures[i];
        const auto &own_dir = rm.sections[m.ref.section].direction;
        const double mine = scores[i][d], own = own_dir ? scores[i][*own_dir] : 0.0;
        if (mine >= rm.catalog->thresholds.accept && mine > own) out += (out.empty() ? "" : ", ") + m.id;
    }
    return out;
}

// A declared direction outside the catalog is present when a section
// outside the catalog has the same title, or one title contains the other.
bool has_section_titled(const ResolvedRoadmap &rm, const std::string &title) {
    const std::string want = normalise_title(title);
    if (want.empty()) return true;
    for (std::size_t s = 0; s < rm.sections.size(); ++s) {
        if (rm.sections[s].direction) continue;
        const std::string have = normalise_title(rm.roadmap->sections[s].title);
        if (!have.empty() && (have.find(want) != std::string::npos || want.find(have) != std::string::npos))
            return true;
    }
    return false;
}

void check_direction_missing(const ResolvedRoadmap &rm, Findings &out) {
    const Catalog &c = *rm.catalog;
    std::vector<bool> present(c.directions.size(), false);
    for (const DirectionMatch &m : rm.sections)
        if (m.direction) present[*m.direction] = true;
    // A roadmap without sections (not a plan at all, or one not yet written)
    // gets no list of everything the catalog has.
    std::vector<std::size_t> absent;
    for (std::size_t d = 0; d < c.directions.size() && !rm.roadmap->sections.empty(); ++d)
        if (!present[d]) absent.push_back(d);
    // Several absent directions are one cause: the plan does not cover the
    // catalog. One group naming them all; a finding (and its hint) for each.
    std::string codes;
    for (std::size_t d : absent) codes += (codes.empty() ? "" : ", ") + c.directions[d].code;
    const std::vector<std::vector<double>> scores =
        absent.empty() ? std::vector<std::vector<double>>{} : title_scores(rm, out.shared().stems());
    for (std::size_t d : absent) {
        std::string path = "sections";
        std::vector<MessageArg> args{{"direction", c.directions[d].code}, {"title", c.directions[d].title}};
        std::string gap; // the heading number its missing section leaves out
        for (std::size_t i = 0; i < rm.declared_directions.size(); ++i)
            if (rm.declared_directions[i].direction == d) {
                path = declared_path(i);
                gap = heading_gap_for(*rm.roadmap, rm.roadmap->declared_directions[i].number);
                break;
            }
        if (std::string related = related_measures(rm, scores, d); !related.empty()) args.emplace_back("related", related);
        Found &f = out.add(std::move(path), std::move(args));
        if (absent.size() >= 2) f.because("catalog", "plan", {{"directions", codes}});
        if (!gap.empty()) f.explain("numbering-gap", gap);
    }
    const Roadmap &r = *rm.roadmap;
    for (std::size_t i = 0; i < rm.declared_directions.size(); ++i) {
        if (rm.declared_directions[i].direction || has_section_titled(rm, r.declared_directions[i].title)) continue;
        std::string number = r.declared_directions[i].number.empty() ? "" : "№" + r.declared_directions[i].number;
        Found &f = out.add(declared_path(i), {{"direction", number}, {"title", r.declared_directions[i].title}});
        if (std::string gap = heading_gap_for(r, r.declared_directions[i].number); !gap.empty())
            f.explain("numbering-gap", gap);
    }
}

} // namespace

extern const Rule rule_direction_missing{
    {"direction-missing", Severity::warning, "A catalog direction has no section.",
     "нет раздела для направления {direction} «{title}»",
     "no section for direction {direction} '{title}'",
     "по содержанию к нему относятся мероприятия других разделов: {related}",
     "by their titles, measures of other sections belong to it: {related}",
     "rules.md#direction-missing", true /* needs the catalog */,
     RuleCategory::structure,
     "Для направления каталога нет раздела."},
    check_direction_missing,
    {{"plan", "в плане нет разделов для {count} направлений каталога: {directions}",
      "the plan has no sections for {count} catalog directions: {directions}", "", ""}}};

} // namespace eduroadmap::detail
