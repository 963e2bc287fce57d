// duplicate-measure: the same or nearly the same measure twice in a plan
// (Tosno 10 and 80, one adding «Ленинградской области»). Titles are compared
// as sets of word stems — folded words (lower case, ё = е) of three letters or
// more, cut to their first five letters, so that «августовских форумов» and
// «августовского форума» agree. Two measures are duplicates when every stem
// of the shorter title occurs in the longer, the shorter has at least five,
// the two share at least 55 % of all their stems (Jaccard), and the words
// only the longer has name no other step of the management cycle (a
// «анализ результатов мониторинга …» is the next step of a «мониторинг …»,
// not its duplicate). Across sections a title made of management-cycle
// words only («Принятие управленческих решений по результатам проведенного
// анализа») is each direction's own step, not a duplicate. The thresholds
// were chosen over every pair of measures of the five bundled roadmaps
// (examples/README.md). Reported at the second, naming the first.
#include "rules/rule.hpp"
#include "rules/stem_table.hpp"

#include "numbering.hpp"

#include <algorithm>
#include <cstdint>
#include <set>
#include <utility>

namespace eduroadmap::detail {
namespace {

using Stems = std::set<std::string>;

constexpr std::size_t fewest_stems = 5;
constexpr double least_shared = 0.55;

// Stems that name a step of the management cycle or are common to any
// measure's wording.
const Stems &cycle_stems() {
    static const Stems stems{"анали", "монит", "реком", "приня", "решен", "управ", "резул",
                             "прове", "показ", "подго", "адрес", "итого", "основ"};
    return stems;
}
// Stems that, found only in the longer title, make it another step.
const Stems &step_stems() {
    static const Stems stems{"анали", "монит", "реком", "приня", "решен", "резул", "реали", "утвер", "разра"};
    return stems;
}

// What the rule asks of each stem of a StemTable, looked up once per stem.
class StemKinds {
public:
    explicit StemKinds(const StemTable &table) : step_(table.size()), cycle_(table.size()) {
        for (std::uint32_t id = 0; id < table.size(); ++id) {
            step_[id] = step_stems().count(table.stem(id)) > 0;
            cycle_[id] = cycle_stems().count(table.stem(id)) > 0;
        }
    }
    bool is_step(std::uint32_t id) const { return step_[id]; }
    bool is_cycle(std::uint32_t id) const { return cycle_[id]; }

private:
    std::vector<bool> step_, cycle_;
};

bool duplicates(const StemKinds &kinds, const StemIds &a, const StemIds &b, bool same_section) {
    const StemIds &shorter = a.size() <= b.size() ? a : b, &longer = a.size() <= b.size() ? b : a;
    if (shorter.size() < fewest_stems) return false;
    // The size test first: it is the cheapest and rejects most pairs.
    if (static_cast<double>(shorter.size()) < least_shared * static_cast<double>(longer.size())) return false;
    if (!std::includes(longer.begin(), longer.end(), shorter.begin(), shorter.end())) return false;
    for (std::uint32_t s : longer)
        if (kinds.is_step(s) && !std::binary_search(shorter.begin(), shorter.end(), s)) return false;
    if (!same_section &&
        std::all_of(shorter.begin(), shorter.end(), [&](std::uint32_t s) { return kinds.is_cycle(s); }))
        return false;
    return true;
}

// The earlier measures that may duplicate each measure. A pair's shorter
// title has all its stems in the longer, its rarest stem among them: so a
// measure is compared only with the measures that hold its rarest stem and
// those whose rarest stem it holds — a handful, not every earlier measure.
// Titles of fewer than fewest_stems stems are in no pair.
class Candidates {
public:
    explicit Candidates(const MeasureStems &stems)
        : stems_(stems), holders_(stems.table().size()), owners_(stems.table().size()), rarest_(stems.measures()) {
        std::vector<std::size_t> frequency(stems.table().size(), 0);
        for (std::size_t i = 0; i < stems.measures(); ++i)
            if (stems.title(i).size() >= fewest_stems)
                for (std::uint32_t s : stems.title(i)) ++frequency[s];
        for (std::size_t i = 0; i < stems.measures(); ++i) {
            const StemIds &of = stems.title(i);
            if (of.size() < fewest_stems) continue;
            for (std::uint32_t s : of) holders_[s].push_back(i);
            rarest_[i] = *std::min_element(of.begin(), of.end(), [&](std::uint32_t a, std::uint32_t b) {
                return std::make_pair(frequency[a], a) < std::make_pair(frequency[b], b);
            });
            owners_[rarest_[i]].push_back(i);
        }
    }
    // The measures before @p i that may duplicate it, in document order.
    std::vector<std::size_t> before(std::size_t i) const {
        std::vector<std::size_t> out;
        if (stems_.title(i).size() < fewest_stems) return out;
        auto take = [&](const std::vector<std::size_t> &list) {
            for (std::size_t j : list) {
                if (j >= i) break; // the lists are in document order
                out.push_back(j);
            }
        };
        take(holders_[rarest_[i]]);
        for (std::uint32_t s : stems_.title(i)) take(owners_[s]);
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

private:
    const MeasureStems &stems_;
    std::vector<std::vector<std::size_t>> holders_, owners_; // by stem: the measures that hold it, whose rarest it is
    std::vector<std::uint32_t> rarest_;
};

void check_duplicate_measure(const ResolvedRoadmap &rm, Findings &out) {
    const MeasureStems &stems = out.shared().stems();
    const StemKinds kinds(stems.table());
    const Candidates candidates(stems);
    for (std::size_t i = 0; i < rm.measures.size(); ++i)
        for (std::size_t j : candidates.before(i)) {
            const ResolvedMeasure &m = rm.measures[i], &first = rm.measures[j];
            if (!duplicates(kinds, stems.title(j), stems.title(i), m.ref.section == first.ref.section)) continue;
            out.add(m.ref.path() + ".title", {{"number", m.ref.measure->number},
                                              {"first", out.where(first.ref.path() + ".title")},
                                              {"first_number", display_number(first.ref.measure->number)}})
                .related(first.ref.path() + ".title", "впервые здесь", "first here");
            break; // one finding per measure, naming the first
        }
}

} // namespace

extern const Rule rule_duplicate_measure{
    {"duplicate-measure", Severity::warning, "The same measure twice in a plan.",
     "то же мероприятие, что и {first_number} ({first})",
     "the same measure as {first_number} (at {first})",
     "оставьте одно из двух или уточните, чем они различаются",
     "keep one of the two, or say how they differ",
     "rules.md#duplicate-measure", false /* needs the catalog */,
     RuleCategory::structure,
     "Одно и то же мероприятие дважды в плане."},
    check_duplicate_measure};

} // namespace eduroadmap::detail
