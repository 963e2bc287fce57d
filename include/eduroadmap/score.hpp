/// @file score.hpp
/// @brief The management-cycle scorecard (docs/score.md): a plan read the
/// way its owners and judges read it — per catalog direction, each component
/// of the management cycle (goals, indicators, data-collection methods,
/// monitoring, analysis, targeted recommendations, measures, management
/// decisions, review of the effectiveness of the measures taken) scored 0
/// (absent), 1 (present but weak) or 2 (present and sound), with the
/// evidence behind each point and why it is not higher.
///
/// It is a self-assessment along the federal management-cycle criteria, not
/// an official score. What counts is data, a ScoreModel (YAML, like the
/// direction catalogs): the built-in `fioko-2020` model is the default;
/// reading a model from text or a file is at the edge (score_io.hpp).
///
/// Pure: score() reads a resolved roadmap and a model and nothing else; safe
/// from many threads. The built-in models are parsed once, on first use.
#ifndef EDUROADMAP_SCORE_HPP
#define EDUROADMAP_SCORE_HPP

#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/model.hpp>
#include <eduroadmap/resolve.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap {

/// @brief A text block of a section that can count as evidence: a passport
/// field, a passport's management-cycle block, or the section's justification.
enum class Block {
    goal,              ///< `passport.goal` (Цель)
    tasks,             ///< `passport.tasks` (Задачи)
    expected_result,   ///< `passport.expected_result` (Ожидаемый результат)
    target_indicators, ///< `passport.target_indicators` (Целевые показатели, as printed)
    justification,     ///< the section's `justification` (text printed before its table)
    cycle,             ///< `passport.cycle.<stage>`: a management-cycle block (see BlockRef::stage)
};

/// @brief A block, and for Block::cycle the stage of the cycle block.
struct BlockRef {
    Block block = Block::goal; ///< which block
    Stage stage = Stage::goals; ///< the cycle block's stage; `goals` unless #block is Block::cycle
    /// Members compared by operator==.
    auto tie() const { return std::tie(block, stage); }
    EDUROADMAP_VALUE_EQUALITY(BlockRef)
};

/// @brief The model's name of a block: `goal`, `tasks`, `expected_result`,
/// `target_indicators`, `justification`, `cycle.monitoring`, …
std::string to_string(const BlockRef &block);
/// @brief Reads a block name as to_string writes it; nothing otherwise.
std::optional<BlockRef> parse_block(std::string_view name) noexcept;

/// @brief How one component of the cycle is scored. Which fields matter
/// depends on the component (docs/score.md lists them); the others keep
/// their defaults.
struct ComponentRule {
    Stage component = Stage::goals; ///< the component: a stage of the management cycle
    /// Points are multiplied by the weight in the totals (0: shown, not counted).
    double weight = 1;
    /// Measures at these stages (deciding or `also`) are the component's
    /// evidence; by default the component's own stage.
    std::vector<Stage> stages{};
    /// Blocks of the direction's sections that are evidence; by default the
    /// passport's cycle block of the component's stage. For goals, a goal in
    /// one of these is sound.
    std::vector<BlockRef> blocks{};
    /// goals: blocks that only imply a goal (1 point): tasks, expected result,
    /// justification.
    std::vector<BlockRef> implied_by{};
    /// indicators: how many indicators need a target for the plan period for 2 points.
    int min_targeted = 1;
    /// monitoring: how many windows within the plan period make a deadline recur.
    int min_windows = 2;
    /// monitoring: a continuous deadline («постоянно», «в течение года») recurs.
    bool continuous_recurs = true;
    /// analysis: the stages analysis must follow (by deadline or `depends_on`).
    std::vector<Stage> follows{};
    /// recommendations: stem phrases that make recommendations addressed
    /// («адресн», «для руководител»), found in a measure's title, items or
    /// result, or in a block.
    std::vector<std::string> addressed{};
    /// recommendations: naming a body of the roadmap's registry makes them addressed.
    bool registry_addressed = true;
    /// measures: how many measures at least for 2 points …
    int min_count = 3;
    /// measures: … and the least share of them with a deadline and responsibles.
    double min_share = 0.75;
    /// review: the stages whose measures the effectiveness review reviews.
    std::vector<Stage> reviews{};
    /// Members compared by operator==.
    auto tie() const {
        return std::tie(component, weight, stages, blocks, implied_by, min_targeted, min_windows, continuous_recurs,
                        follows, addressed, registry_addressed, min_count, min_share, reviews);
    }
    EDUROADMAP_VALUE_EQUALITY(ComponentRule)
};

/// @brief A scoring model (docs/score.md, "The model format").
struct ScoreModel {
    std::string id;          ///< «fioko-2020»
    std::string title;       ///< human-readable name
    std::string description; ///< free text
    /// Stem phrases that state a frequency («ежегодн», «ежекварт», «раз в год»),
    /// searched in blocks and in the texts of data-collection measures and indicators.
    std::vector<std::string> frequency{};
    /// The components scored, in cycle order; a stage without a rule is not scored.
    std::vector<ComponentRule> components{};
    /// @brief The rule of @p component, or nullptr when it is not scored.
    const ComponentRule *find(Stage component) const noexcept;
    /// Members compared by operator==.
    auto tie() const { return std::tie(id, title, description, frequency, components); }
    EDUROADMAP_VALUE_EQUALITY(ScoreModel)
};

/// @brief The default model, `fioko-2020` (built in).
const ScoreModel &default_score_model();
/// @brief A built-in model by id, or nullptr.
const ScoreModel *builtin_score_model(std::string_view id);
/// @brief Ids of the built-in models, the default first.
std::vector<std::string> builtin_score_model_ids();

/// @brief The name of a component in @p language: «мониторинг», «адресные
/// рекомендации»; "monitoring", "targeted recommendations".
std::string_view component_name(Stage component, Language language) noexcept;

/// @brief What an evidence item is.
enum class EvidenceKind { measure, block, indicator };
/// @brief `measure`, `block` or `indicator`.
std::string_view to_string(EvidenceKind kind) noexcept;

/// @brief One thing a component's points rest on.
struct Evidence {
    EvidenceKind kind = EvidenceKind::measure; ///< what it is
    /// The measure's id (ResolvedMeasure::id), the block's name (`goal`,
    /// `cycle.monitoring`) or the indicator's id.
    std::string id;
    std::string number;               ///< a measure's number as printed; empty otherwise
    std::string path;                 ///< node path: `sections[2].measures[4]`, `sections[0].passport.goal`, `indicators[1]`
    std::optional<std::size_t> section; ///< the section it stands in; nothing for an indicator
    std::optional<std::size_t> measure; ///< a measure's index into ResolvedRoadmap::measures
    std::string text;                 ///< the measure's title, the block's text, the indicator's title
    /// True when it meets the component's criterion for 2 points.
    bool sound = false;
    /// Members compared by operator==.
    auto tie() const { return std::tie(kind, id, number, path, section, measure, text, sound); }
    EDUROADMAP_VALUE_EQUALITY(Evidence)
};

/// @brief Why a component has its points and, below 2, what it lacks: a
/// stable id (`monitoring-once`) and the sentence in both languages.
struct ScoreReason {
    std::string id; ///< kebab-case, stable (docs/score.md lists them)
    std::string ru; ///< in Russian
    std::string en; ///< in English
    /// @brief The sentence in @p language.
    const std::string &text(Language language) const noexcept { return language == Language::ru ? ru : en; }
    /// Members compared by operator==.
    auto tie() const { return std::tie(id, ru, en); }
    EDUROADMAP_VALUE_EQUALITY(ScoreReason)
};

/// @brief One component of one direction.
struct ComponentScore {
    Stage component = Stage::goals; ///< which component
    int points = 0;                 ///< 0 absent, 1 present but weak, 2 present and sound
    double weight = 1;              ///< the model's weight
    std::vector<Evidence> evidence; ///< what was found, sound items first in printed order, then the rest
    ScoreReason reason;             ///< why these points, and why not more
    /// @brief points × weight.
    double weighted() const noexcept { return points * weight; }
    /// @brief 2 × weight.
    double maximum() const noexcept { return 2 * weight; }
};

/// @brief A catalog direction's scores.
struct ScoredDirection {
    std::size_t direction = 0;            ///< index in the catalog
    std::string code;                     ///< «1.1»
    std::string slug;                     ///< «training-quality»
    std::string title;                    ///< the catalog's title
    std::vector<std::size_t> sections;    ///< the plan's sections for it; empty: every component 0
    std::vector<ComponentScore> components; ///< in the model's order
    double total = 0;                     ///< Σ points × weight
    double maximum = 0;                   ///< Σ 2 × weight
    /// @brief total ÷ maximum (0 when the maximum is 0).
    double share() const noexcept { return maximum > 0 ? total / maximum : 0; }
};

/// @brief The scorecard of one plan.
struct Scorecard {
    std::string roadmap;                    ///< the roadmap's id
    std::string title;                      ///< the roadmap's title
    std::string catalog;                    ///< the catalog's id
    std::string model;                      ///< the model's id
    std::string model_title;                ///< the model's title
    std::vector<ComponentRule> components;  ///< the model's components, in order (for headings)
    std::vector<ScoredDirection> directions; ///< the catalog's directions, in catalog order
    double total = 0;                       ///< Σ over directions
    double maximum = 0;                     ///< Σ over directions
    /// @brief total ÷ maximum (0 when the maximum is 0).
    double share() const noexcept { return maximum > 0 ? total / maximum : 0; }
};

/// @brief A total as people read it: «11», «10.5» (one decimal when not whole).
std::string points_text(double points);
/// @brief A share of the maximum as people read it: «61 %».
std::string percent_text(double share);

/// @brief Scores @p roadmap with @p model: every direction of the roadmap's
/// catalog, every component of the model (docs/score.md). Sections outside
/// the catalog are not scored.
Scorecard score(const ResolvedRoadmap &roadmap, const ScoreModel &model);

/// @brief Scores @p roadmap with the default model.
Scorecard score(const ResolvedRoadmap &roadmap);

} // namespace eduroadmap

#endif
