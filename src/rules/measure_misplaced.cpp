// measure-misplaced: a measure whose wording matches another catalog
// direction clearly better than its own section's — the catalog's keyword
// scores over the measure's title (score_title) give another direction at
// least `accept` and beat its own section's direction by a wide margin
// (Tosno's «Выявление ОО с необъективными результатами …» under the
// assessment of pupils, in a plan without an objectivity section). The
// margin is set so that none of the correctly placed measures of the five
// bundled roadmaps is reported (examples/README.md: below 12 the keyword
// scores already report teacher training placed on purpose under
// objectivity or low-results schools); the hint names the direction.
#include "rules/directions.hpp"
#include "rules/rule.hpp"

#include <eduroadmap/catalog.hpp>

#include <cstdio>

namespace eduroadmap::detail {
namespace {

// How much better the other direction must score than the section's own.
constexpr double misplaced_margin = 12;

std::string score_text(double score) {
    char out[16];
    std::snprintf(out, sizeof out, "%.1f", score);
    return out;
}

void check_measure_misplaced(const ResolvedRoadmap &rm, Findings &out) {
    for (const ResolvedMeasure &m : rm.measures) {
        const std::optional<std::size_t> own = rm.sections[m.ref.section].direction;
        if (!own) continue;
        const std::vector<DirectionScore> scores = score_title(*rm.catalog, m.ref.measure->title);
        if (scores.empty() || scores.front().direction == *own) continue;
        double own_score = 0;
        for (const DirectionScore &s : scores)
            if (s.direction == *own) own_score = s.score;
        const DirectionScore &best = scores.front();
        if (best.score < rm.catalog->thresholds.accept || best.score - own_score < misplaced_margin) continue;
        const CatalogDirection &other = direction_at(rm, best.direction), &mine = direction_at(rm, *own);
        std::string keywords;
        for (const std::string &k : best.keywords) keywords += (keywords.empty() ? "" : ", ") + k;
        out.add(m.ref.path() + ".title", {{"number", m.ref.measure->number},
                                          {"direction", other.code},
                                          {"title", other.title},
                                          {"own", mine.code},
                                          {"keywords", keywords},
                                          {"score", score_text(best.score)},
                                          {"own_score", score_text(own_score)}});
    }
}

} // namespace

extern const Rule rule_measure_misplaced{
    {"measure-misplaced", Severity::warning, "A measure that belongs to another direction.",
     "мероприятие относится скорее к направлению {direction} «{title}», чем к направлению раздела {own}",
     "the measure belongs to direction {direction} '{title}' rather than its section's direction {own}",
     "перенесите мероприятие в раздел направления {direction} «{title}» (совпали: {keywords})",
     "move the measure to the section of direction {direction} '{title}' (matched: {keywords})",
     "rules.md#measure-misplaced", true /* needs the catalog */,
     RuleCategory::structure,
     "Мероприятие, которое относится к другому направлению."},
    check_measure_misplaced};

} // namespace eduroadmap::detail
