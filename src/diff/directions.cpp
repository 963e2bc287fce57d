// Per catalog direction, what the two versions' coverage matrices and
// scorecards say: how many measures, how many stages of the cycle covered,
// how many points — listed where they differ.
#include "diff/parts.hpp"

#include <eduroadmap/coverage.hpp>
#include <eduroadmap/score.hpp>

#include <map>

namespace eduroadmap::detail {
namespace {

// The coverage resolve() built, or one made now for a roadmap resolved otherwise.
Coverage coverage_of(const ResolvedRoadmap &rm) { return rm.coverage ? *rm.coverage : coverage(rm); }

struct Side {
    std::size_t measures = 0, stages = 0;
    double score = 0, max = 0;
};

std::map<std::string, Side> sides(const ResolvedRoadmap &rm) {
    std::map<std::string, Side> out;
    for (const CoverageRow &row : coverage_of(rm).rows) {
        if (!row.direction) continue;
        Side &side = out[rm.catalog->directions[*row.direction].code];
        side.measures = row.measure_count;
        for (const CoverageCell &cell : row.cells) side.stages += cell.covered();
    }
    for (const ScoredDirection &d : score(rm).directions) {
        out[d.code].score = d.total;
        out[d.code].max = d.maximum;
    }
    return out;
}

} // namespace

std::vector<DirectionDiff> compare_directions(const ResolvedRoadmap &before, const ResolvedRoadmap &after) {
    std::vector<DirectionDiff> out;
    if (!before.catalog || !after.catalog || before.catalog->id != after.catalog->id) return out;
    const std::map<std::string, Side> a = sides(before), b = sides(after);
    for (const CatalogDirection &d : after.catalog->directions) {
        const auto x = a.find(d.code), y = b.find(d.code);
        const Side none;
        const Side &p = x == a.end() ? none : x->second, &q = y == b.end() ? none : y->second;
        if (p.measures == q.measures && p.stages == q.stages && p.score == q.score) continue;
        out.push_back({d.code, d.title, p.measures, q.measures, p.stages, q.stages, p.score, q.score, q.max});
    }
    return out;
}

} // namespace eduroadmap::detail
