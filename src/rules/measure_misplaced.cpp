// measure-misplaced: a measure that belongs to another catalog direction
// than its section's. Two signals, either one enough:
// - the catalog's keyword scores over the title (score_title) give another
//   direction at least `accept` and beat the section's own by a wide margin
//   (Tosno's «Выявление ОО с необъективными результатами …» under the
//   assessment of pupils, in a plan without an objectivity section);
// - no keyword of its own direction, the best keyword score is another
//   direction's, and the plan itself agrees: the measure's nearest neighbour
//   in that direction is clearly closer than any measure of its own
//   (Bashmakovo's leaders' monitoring under teacher development, next to
//   the same row under leaders; Tosno's olympiad report under the
//   assessment of pupils, its result word for word the talents section's).
// The thresholds are set so that none of the correctly placed measures of
// the five bundled roadmaps is reported (examples/README.md): below a
// margin of 12 the keyword scores alone report teacher training placed on
// purpose under objectivity; the neighbours' ratio of 1.4 stands between
// Bashmakovo's leaders' attestation (1.51) and the organisational rows a
// plan repeats in every direction (Tonkino's seminar for leaders on managing
// results, 1.24).
#include "catalog/keyword_scorer.hpp"
#include "rules/directions.hpp"
#include "rules/rule.hpp"
#include "rules/stem_table.hpp"

#include <eduroadmap/catalog.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <utility>

namespace eduroadmap::detail {
namespace {

// How much better the other direction's keywords must score than the
// section's own, on keywords alone.
constexpr double misplaced_margin = 12;
// How close the nearest measure of the other direction must be (cosine of
// stem weights), and how many times closer than any of its own direction.
constexpr double least_neighbour_similarity = 0.3, neighbour_ratio = 1.4;
// Stems held by more measures than this weigh little (their weight is the
// log of how rare they are) and are left out of the comparison, so that a
// measure is compared only with the few that share its rarer words.
constexpr std::size_t most_holders = 64;

std::string score_text(double score) {
    char out[16];
    std::snprintf(out, sizeof out, "%.1f", score);
    return out;
}

// The measures of a plan as vectors of stems of their title and expected
// result, each stem weighted by how rare it is in the plan (log N/df), and
// the cosine between two of them.
class Neighbours {
public:
    explicit Neighbours(const MeasureStems &stems) : stems_(stems), norm_(stems.measures()) {
        const std::size_t measures = stems.measures();
        std::vector<std::size_t> holders(stems.table().size(), 0);
        for (std::size_t i = 0; i < measures; ++i)
            for (std::uint32_t s : stems.title_and_result(i)) ++holders[s];
        weight_.resize(holders.size());
        for (std::size_t s = 0; s < weight_.size(); ++s)
            weight_[s] = std::log(static_cast<double>(measures) / static_cast<double>(holders[s]));
        holders_.resize(holders.size());
        for (std::size_t i = 0; i < measures; ++i) {
            double sum = 0;
            for (std::uint32_t s : stems.title_and_result(i)) {
                sum += weight_[s] * weight_[s];
                if (holders[s] <= most_holders) holders_[s].push_back(i);
            }
            norm_[i] = std::sqrt(sum);
        }
        dot_.assign(measures, 0);
    }

    // The measures that share a rarer stem with measure @p i, with their
    // cosine to it; @p i itself is left out.
    std::vector<std::pair<std::size_t, double>> similar(std::size_t i) {
        std::vector<std::size_t> touched;
        for (std::uint32_t s : stems_.title_and_result(i)) {
            // A stem every measure holds weighs nothing (and would leave a
            // zero mark that lists its holders twice).
            if (weight_[s] == 0) continue;
            for (std::size_t j : holders_[s]) {
                if (j == i) continue;
                if (dot_[j] == 0) touched.push_back(j);
                dot_[j] += weight_[s] * weight_[s];
            }
        }
        std::vector<std::pair<std::size_t, double>> out;
        out.reserve(touched.size());
        for (std::size_t j : touched) {
            out.emplace_back(j, norm_[i] > 0 && norm_[j] > 0 ? dot_[j] / (norm_[i] * norm_[j]) : 0.0);
            dot_[j] = 0;
        }
        return out;
    }

private:
    const MeasureStems &stems_;
    std::vector<double> norm_, weight_, dot_;
    std::vector<std::vector<std::size_t>> holders_; // by stem: the measures that hold it, if few
};

// The measure of direction @p other nearest to measure @p i when it is
// clearly nearer than any measure of @p own; nothing otherwise.
std::optional<std::size_t> nearer_in(const ResolvedRoadmap &rm, Neighbours &neighbours, std::size_t i,
                                     std::size_t own, std::size_t other) {
    double own_best = 0, other_best = 0;
    std::optional<std::size_t> nearest;
    for (const auto &[j, similarity] : neighbours.similar(i)) {
        const std::optional<std::size_t> d = rm.sections[rm.measures[j].ref.section].direction;
        if (d == own) own_best = std::max(own_best, similarity);
        if (d == other && similarity > other_best) other_best = similarity, nearest = j;
    }
    if (other_best < least_neighbour_similarity || other_best < neighbour_ratio * own_best) return std::nullopt;
    return nearest;
}

void check_measure_misplaced(const ResolvedRoadmap &rm, Findings &out) {
    const MeasureStems &stems = out.shared().stems(); // each title folded once, for the scorer too
    std::optional<Neighbours> neighbours;              // built for the first measure that needs them
    KeywordScorer scorer(*rm.catalog);
    for (std::size_t i = 0; i < rm.measures.size(); ++i) {
        const ResolvedMeasure &m = rm.measures[i];
        const std::optional<std::size_t> own = rm.sections[m.ref.section].direction;
        if (!own) continue;
        const std::vector<DirectionScore> scores = scorer.score(stems.title_words(i));
        if (scores.empty() || scores.front().direction == *own) continue;
        double own_score = 0;
        for (const DirectionScore &s : scores)
            if (s.direction == *own) own_score = s.score;
        const DirectionScore &best = scores.front();
        if (best.score <= 0) continue;
        std::optional<std::size_t> neighbour;
        if (best.score < rm.catalog->thresholds.accept || best.score - own_score < misplaced_margin) {
            if (own_score > 0) continue;
            if (!neighbours) neighbours.emplace(stems);
            neighbour = nearer_in(rm, *neighbours, i, *own, best.direction);
            if (!neighbour) continue;
        }
        const CatalogDirection &other = direction_at(rm, best.direction), &mine = direction_at(rm, *own);
        std::string keywords;
        for (const std::string &k : best.keywords) keywords += (keywords.empty() ? "" : ", ") + k;
        Found &found = out.add(m.ref.path() + ".title", {{"number", m.ref.measure->number},
                                                         {"direction", other.code},
                                                         {"title", other.title},
                                                         {"own", mine.code},
                                                         {"keywords", keywords},
                                                         {"score", score_text(best.score)},
                                                         {"own_score", score_text(own_score)}});
        if (neighbour)
            found.related(rm.measures[*neighbour].ref.path() + ".title", "похожее мероприятие направления " + other.code,
                          "a similar measure of direction " + other.code);
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
