/// @file diff.hpp
/// @brief Two versions of a roadmap compared: which measures were added,
/// removed, moved to another section and changed, which were only
/// renumbered, and what changed in the plan's metadata, its registry of
/// responsibles and its indicators (docs/diff.md).
///
/// Measures are matched by content, never by number alone: by the
/// similarity of their titles' folded words, with section, number, deadline
/// and responsibles breaking ties, so that an insertion that renumbers every
/// later measure reports one measure added and the rest renumbered.
///
/// Pure: no I/O. Thread safety: diff() only reads both roadmaps.
#ifndef EDUROADMAP_DIFF_HPP
#define EDUROADMAP_DIFF_HPP

#include <eduroadmap/resolve.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap {

/// @brief A field of a measure that diff() compares.
enum class MeasureField {
    id,           ///< the explicit `id`
    title,        ///< the wording of the title
    items,        ///< sub-items printed under the title
    form,         ///< «Форма проведения»
    deadline,     ///< the deadline as written (text or pinned resolution)
    responsibles, ///< the responsibles cell
    result,       ///< the expected result
    stage,        ///< the declared stage
    indicators,   ///< ids of the indicators it feeds
    depends_on,   ///< ids of its prerequisites
    status,       ///< `status` and `status_text`
    progress,     ///< the dated progress entries
    note,         ///< anything else printed in the row
};
/// @brief The format's name of a field (`title`, `depends_on`, …).
std::string_view to_string(MeasureField field) noexcept;

/// @brief One field's value before and after, as text (lists joined by «; »).
struct FieldChange {
    MeasureField field = MeasureField::title; ///< which field
    std::string before;                       ///< the old value; empty when absent
    std::string after;                        ///< the new value; empty when absent
};

/// @brief A measure of either version, or a matched pair.
struct MeasureDiff {
    /// The measure in the old version (borrowed from it); null when added.
    const ResolvedMeasure *before = nullptr;
    /// The measure in the new version (borrowed from it); null when removed.
    const ResolvedMeasure *after = nullptr;
    /// Similarity of the two titles' folded words, 0..1 (see title_similarity());
    /// 0 for an added or removed measure.
    double similarity = 0;
    /// The printed numbers differ (trailing dots aside).
    bool renumbered = false;
    /// The fields that changed, in MeasureField order.
    std::vector<FieldChange> changes;
};

/// @brief A section of either version, or a matched pair whose title changed.
struct SectionDiff {
    std::optional<std::size_t> before; ///< index in the old version; nothing when added
    std::optional<std::size_t> after;  ///< index in the new version; nothing when removed
    std::string before_title;          ///< the old printed title (empty when added)
    std::string after_title;           ///< the new printed title (empty when removed)
};

/// @brief A value of the plan (metadata) or of a registry or indicator
/// entry, before and after, as text.
struct ValueChange {
    std::string field;  ///< the format's name: `period`, `approved_by.number`, `short`, `targets`, …
    std::string before; ///< empty when absent
    std::string after;  ///< empty when absent
};

/// @brief An entry of the responsibles registry or an indicator, matched by id.
struct EntryDiff {
    /// What can happen to an entry.
    enum class Kind { added, removed, changed };
    Kind kind = Kind::changed;        ///< what happened to the entry
    std::string id;                   ///< the entry's id
    std::string title;                ///< its short name or title (the new one unless removed)
    std::vector<ValueChange> changes; ///< the fields that changed (empty unless `changed`)
};

/// @brief A catalog direction whose measures, coverage or score changed.
struct DirectionDiff {
    std::string code;  ///< the catalog code: «1.1»
    std::string title; ///< the catalog title
    std::size_t measures_before = 0; ///< measures of its sections in the old version
    std::size_t measures_after = 0;  ///< likewise in the new version
    /// Stages of the management cycle its measures or passports cover
    /// (coverage.hpp), in the old version.
    std::size_t stages_before = 0;
    std::size_t stages_after = 0; ///< likewise in the new version
    double score_before = 0; ///< its scorecard total with the default model (score.hpp), old version
    double score_after = 0;  ///< likewise, new version
    double score_max = 0;    ///< the most it can score
};

/// @brief Everything that differs between two versions of a roadmap.
///
/// Each matched pair of measures stands in at most one of @ref moved,
/// @ref changed and @ref renumbered; pairs that are equal in every compared
/// field and number are only counted (@ref unchanged).
struct RoadmapDiff {
    const ResolvedRoadmap *before = nullptr; ///< the old version (borrowed)
    const ResolvedRoadmap *after = nullptr;  ///< the new version (borrowed)
    std::vector<MeasureDiff> added;   ///< in the new version only, in its printed order
    std::vector<MeasureDiff> removed; ///< in the old version only, in its printed order
    /// Matched pairs now in another section (another direction, or a
    /// section of the old version that does not correspond) or another
    /// group, with their field changes; in the new version's order.
    std::vector<MeasureDiff> moved;
    /// Matched pairs in the same place whose fields changed, in the new version's order.
    std::vector<MeasureDiff> changed;
    /// Matched pairs in the same place that differ only in their printed number.
    std::vector<MeasureDiff> renumbered;
    std::size_t unchanged = 0; ///< matched pairs equal in place, number and every field
    /// Sections added, removed, or matched with a changed title.
    std::vector<SectionDiff> sections;
    /// The plan's own fields: `title`, `period`, `approved_by.*`,
    /// `territory.*`, `catalog`, `description`.
    std::vector<ValueChange> metadata;
    std::vector<EntryDiff> registry;   ///< responsibles entries, by id
    std::vector<EntryDiff> indicators; ///< indicator definitions, by id
    /// Catalog directions whose measure count, covered stages or score
    /// changed, in catalog order; empty when the versions follow different
    /// catalogs.
    std::vector<DirectionDiff> directions;

    /// @brief True when nothing at all differs (renumbering included).
    bool empty() const noexcept {
        return added.empty() && removed.empty() && moved.empty() && changed.empty() && renumbered.empty() &&
               sections.empty() && metadata.empty() && registry.empty() && indicators.empty() &&
               directions.empty();
    }
};

/// @brief Titles below this similarity are never matched (see diff()).
inline constexpr double min_title_similarity = 0.5;

/// @brief How alike two titles are, 0..1: the Dice coefficient of their
/// words folded (case, ё = е) and cut to their first six letters (a stem:
/// «результатам» and «результатов» agree), counted with repeats.
double title_similarity(std::string_view a, std::string_view b);

/// @brief Compares two versions of a roadmap (docs/diff.md).
///
/// Sections are paired first: by catalog direction, else by equal folded
/// titles, else by title similarity. Measures are then paired greedily:
/// every pair of an old and a new measure whose titles are at least
/// min_title_similarity alike is a candidate; candidates are taken best
/// first — higher similarity, then in corresponding sections, then the same
/// number, the same deadline, the same responsibles, then the nearer place
/// in printed order — each measure in at most one pair. The result is the
/// same whatever order the pairs are examined in. When both versions follow
/// the same catalog, each direction's measures, covered stages and score
/// (the default scoring model) are compared too.
///
/// @param before the old version
/// @param after  the new version
/// @return the differences; borrows from both, which must outlive it
RoadmapDiff diff(const ResolvedRoadmap &before, const ResolvedRoadmap &after);

/// @brief The difference as JSON (docs/diff.md): what `eduroadmap diff
/// --format json` prints and `erm_diff_json` returns.
/// @param indent spaces per level, at most 16; negative for one line
/// @throws std::invalid_argument when @p indent is above 16
std::string to_json(const RoadmapDiff &difference, int indent = -1);

} // namespace eduroadmap

#endif
