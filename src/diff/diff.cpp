// diff(): sections paired first, then measures by content, then each pair
// sorted into moved, changed, renumbered or unchanged (docs/diff.md).
#include "diff/parts.hpp"

#include "text.hpp"

#include <eduroadmap/catalog.hpp>

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace eduroadmap {
namespace {

using detail::Candidate;

// Beyond this many old × new measures left after exact titles, only
// measures of corresponding sections are compared: bounded work on a
// national corpus, at the price of reporting a reworded measure that also
// moved as removed and added.
constexpr std::size_t max_candidate_pairs = 4'000'000;

std::optional<std::string> direction_code(const ResolvedRoadmap &rm, std::size_t section) {
    if (!rm.catalog || section >= rm.sections.size() || !rm.sections[section].direction) return std::nullopt;
    return rm.catalog->directions[*rm.sections[section].direction].code;
}

std::size_t distance(std::size_t x, std::size_t y) { return x < y ? y - x : x - y; }

// The new section each old section corresponds to: the same catalog
// direction when each side has one section of it, else the most alike
// title (numbers and «Направление» aside).
std::vector<std::optional<std::size_t>> pair_sections(const ResolvedRoadmap &a, const ResolvedRoadmap &b) {
    const std::vector<Section> &as = a.roadmap->sections, &bs = b.roadmap->sections;
    std::vector<std::optional<std::size_t>> map(as.size());
    std::vector<bool> b_taken(bs.size());
    auto count_code = [](const ResolvedRoadmap &rm, std::size_t n, const std::string &code) {
        std::size_t k = 0;
        for (std::size_t s = 0; s < n; ++s) k += direction_code(rm, s) == code;
        return k;
    };
    for (std::size_t i = 0; i < as.size(); ++i) {
        std::optional<std::string> code = direction_code(a, i);
        if (!code || count_code(a, as.size(), *code) != 1 || count_code(b, bs.size(), *code) != 1) continue;
        for (std::size_t j = 0; j < bs.size(); ++j)
            if (direction_code(b, j) == code) map[i] = j, b_taken[j] = true;
    }
    std::vector<Candidate> candidates;
    for (std::size_t i = 0; i < as.size(); ++i) {
        if (map[i]) continue;
        std::vector<std::string> si = detail::title_stems(normalise_title(as[i].title));
        for (std::size_t j = 0; j < bs.size(); ++j) {
            if (b_taken[j]) continue;
            double s = detail::stem_similarity(si, detail::title_stems(normalise_title(bs[j].title)));
            if (s >= min_title_similarity) candidates.push_back({s, {}, distance(i, j), i, j});
        }
    }
    for (auto [i, j] : detail::take_best(std::move(candidates), as.size(), bs.size())) map[i] = j;
    return map;
}

std::vector<SectionDiff> section_changes(const Roadmap &a, const Roadmap &b,
                                         const std::vector<std::optional<std::size_t>> &map) {
    std::vector<SectionDiff> out;
    std::vector<bool> b_matched(b.sections.size());
    for (std::size_t i = 0; i < map.size(); ++i) {
        if (!map[i]) {
            out.push_back({i, std::nullopt, a.sections[i].title, {}});
            continue;
        }
        b_matched[*map[i]] = true;
        const std::string &before = a.sections[i].title, &after = b.sections[*map[i]].title;
        if (detail::squeeze_spaces(before) != detail::squeeze_spaces(after)) out.push_back({i, map[i], before, after});
    }
    for (std::size_t j = 0; j < b.sections.size(); ++j)
        if (!b_matched[j]) out.push_back({std::nullopt, j, {}, b.sections[j].title});
    return out;
}

// What a measure is compared by, computed once.
struct Facts {
    std::vector<std::string> stems;
    std::string title, number, deadline, responsibles, group;
};

Facts facts_of(const ResolvedMeasure &m, const Roadmap &rm) {
    const Measure &x = *m.ref.measure;
    Facts f;
    f.stems = detail::title_stems(x.title);
    f.title = detail::fold(x.title);
    f.number = detail::bare_number(x.number);
    f.deadline = x.deadline ? detail::fold(x.deadline->text) : std::string();
    if (x.responsibles)
        for (const std::string &n : x.responsibles->names) f.responsibles += detail::fold(n) + "\n";
    if (m.ref.group) f.group = detail::fold(rm.sections[m.ref.section].groups[*m.ref.group].title);
    return f;
}

// Pairs of old and new measures (indices into ResolvedRoadmap::measures).
std::vector<std::pair<std::size_t, std::size_t>> pair_measures(const ResolvedRoadmap &a, const ResolvedRoadmap &b,
                                                               const std::vector<Facts> &fa,
                                                               const std::vector<Facts> &fb,
                                                               const std::vector<std::optional<std::size_t>> &sections) {
    const std::size_t na = fa.size(), nb = fb.size();
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    std::vector<bool> a_taken(na), b_taken(nb);
    // A title that occurs once on each side, word for word, is the same measure.
    std::unordered_map<std::string, std::pair<std::vector<std::size_t>, std::vector<std::size_t>>> by_title;
    for (std::size_t i = 0; i < na; ++i) by_title[fa[i].title].first.push_back(i);
    for (std::size_t j = 0; j < nb; ++j) by_title[fb[j].title].second.push_back(j);
    for (const auto &entry : by_title) {
        const auto &[is, js] = entry.second;
        if (is.size() != 1 || js.size() != 1) continue;
        pairs.emplace_back(is[0], js[0]);
        a_taken[is[0]] = b_taken[js[0]] = true;
    }
    std::vector<std::size_t> ra, rb;
    for (std::size_t i = 0; i < na; ++i)
        if (!a_taken[i]) ra.push_back(i);
    for (std::size_t j = 0; j < nb; ++j)
        if (!b_taken[j]) rb.push_back(j);
    const bool bounded = ra.size() * rb.size() > max_candidate_pairs;
    std::vector<Candidate> candidates;
    for (std::size_t i : ra) {
        const std::optional<std::size_t> home = sections[a.measures[i].ref.section];
        for (std::size_t j : rb) {
            const bool same_section = home == b.measures[j].ref.section;
            if (bounded && !same_section) continue;
            double s = detail::stem_similarity(fa[i].stems, fb[j].stems);
            if (s < min_title_similarity) continue;
            candidates.push_back({s,
                                  {same_section, fa[i].number == fb[j].number, fa[i].deadline == fb[j].deadline,
                                   fa[i].responsibles == fb[j].responsibles},
                                  distance(i, j), i, j});
        }
    }
    for (auto p : detail::take_best(std::move(candidates), na, nb)) pairs.push_back(p);
    return pairs;
}

} // namespace

RoadmapDiff diff(const ResolvedRoadmap &before, const ResolvedRoadmap &after) {
    RoadmapDiff d;
    d.before = &before;
    d.after = &after;
    const Roadmap &a = *before.roadmap, &b = *after.roadmap;
    const std::vector<std::optional<std::size_t>> sections = pair_sections(before, after);
    d.sections = section_changes(a, b, sections);
    d.metadata = detail::compare_metadata(a, b);
    d.registry = detail::compare_registry(a, b);
    d.indicators = detail::compare_indicators(a, b);
    d.directions = detail::compare_directions(before, after);

    std::vector<Facts> fa, fb;
    for (const ResolvedMeasure &m : before.measures) fa.push_back(facts_of(m, a));
    for (const ResolvedMeasure &m : after.measures) fb.push_back(facts_of(m, b));
    std::vector<std::pair<std::size_t, std::size_t>> pairs = pair_measures(before, after, fa, fb, sections);
    std::sort(pairs.begin(), pairs.end(), [](const auto &x, const auto &y) { return x.second < y.second; });

    std::vector<bool> a_paired(fa.size()), b_paired(fb.size());
    for (auto [i, j] : pairs) {
        a_paired[i] = b_paired[j] = true;
        const ResolvedMeasure &x = before.measures[i], &y = after.measures[j];
        MeasureDiff m{&x, &y, detail::stem_similarity(fa[i].stems, fb[j].stems), fa[i].number != fb[j].number,
                      detail::compare_fields(*x.ref.measure, *y.ref.measure)};
        const bool moved = sections[x.ref.section] != y.ref.section || fa[i].group != fb[j].group;
        if (moved) d.moved.push_back(std::move(m));
        else if (!m.changes.empty()) d.changed.push_back(std::move(m));
        else if (m.renumbered) d.renumbered.push_back(std::move(m));
        else ++d.unchanged;
    }
    for (std::size_t j = 0; j < fb.size(); ++j)
        if (!b_paired[j]) d.added.push_back({nullptr, &after.measures[j], 0, false, {}});
    for (std::size_t i = 0; i < fa.size(); ++i)
        if (!a_paired[i]) d.removed.push_back({&before.measures[i], nullptr, 0, false, {}});
    return d;
}

} // namespace eduroadmap
