// The pieces diff() is made of: title similarity and the greedy pairing it
// drives (pairing.cpp), the comparison of a pair's fields and of the plan's
// own values (fields.cpp).
#ifndef EDUROADMAP_SRC_DIFF_PARTS_HPP
#define EDUROADMAP_SRC_DIFF_PARTS_HPP

#include <eduroadmap/diff.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace eduroadmap::detail {

// The stems of a title's words, sorted: each folded word cut to its first
// six code points.
std::vector<std::string> title_stems(std::string_view title);

// Dice coefficient of two sorted stem lists, counted with repeats.
double stem_similarity(const std::vector<std::string> &a, const std::vector<std::string> &b);

// A possible pair of an old (a) and a new (b) item, with what ranks it:
// the similarity first, then the tie-breakers (larger is better), then the
// distance in printed order (smaller is better).
struct Candidate {
    double similarity = 0;
    std::tuple<bool, bool, bool, bool> ties{}; // section, number, deadline, responsibles
    std::size_t distance = 0;
    std::size_t a = 0, b = 0;
};

// Takes candidates best first, each item at most once: the stable greedy
// assignment. Returns the pairs taken, as (a, b).
std::vector<std::pair<std::size_t, std::size_t>> take_best(std::vector<Candidate> candidates, std::size_t a_count,
                                                           std::size_t b_count);

// A printed number without its trailing dots and spaces: «12.» is «12».
std::string bare_number(std::string_view number);

// The fields of a matched pair that differ, in MeasureField order.
std::vector<FieldChange> compare_fields(const Measure &before, const Measure &after);

// The plan's own fields that differ.
std::vector<ValueChange> compare_metadata(const Roadmap &before, const Roadmap &after);

// The registries, entry by id, in the new version's order then the removed ones.
std::vector<EntryDiff> compare_registry(const Roadmap &before, const Roadmap &after);

// The indicator definitions, likewise.
std::vector<EntryDiff> compare_indicators(const Roadmap &before, const Roadmap &after);

// The catalog directions whose measures, covered stages or score differ
// (directions.cpp); empty when the versions follow different catalogs.
std::vector<DirectionDiff> compare_directions(const ResolvedRoadmap &before, const ResolvedRoadmap &after);

} // namespace eduroadmap::detail

#endif
