/// @file stages.hpp
/// @brief The stage of the management cycle each measure serves: declared
/// with `stage:`, or inferred from the measure's title, its form
/// («Форма проведения») and its expected result.
///
/// The inference is a documented heuristic (docs/catalogs.md, "Stages of the
/// management cycle"). Each field's words are searched for cues: stage cues
/// («мониторинг», «анализ эффективности», «рекомендаций», «утверждение …
/// показателей», …) and activity cues that name an ordinary measure
/// («семинар», «конкурс», «курсы»). The title is read first; the form only
/// when the title has no cue, the expected result only when neither has (and
/// there only for the products of a decision or a correction: «приказ»,
/// «Утвержден …», «Корректировка плана …»). Within a field the cue that
/// starts earliest decides, at the same word the more specific stage; a cue
/// inside a phrase naming what the measure builds on («по итогам анализа»,
/// «на основе мониторинга», «по вопросам оценки») is not the measure's own
/// stage. Stage cues further on, in a coordinated clause, add their stages
/// as MeasureStage::also. A measure without any cue is an ordinary activity
/// (`measures`). Every guess says which field and cue made it. Pure
/// functions, safe from many threads.
#ifndef EDUROADMAP_STAGES_HPP
#define EDUROADMAP_STAGES_HPP

#include <eduroadmap/model.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap {

/// @brief The field of a measure whose cue decided its inferred stage.
enum class StageField {
    title,  ///< the measure's title
    form,   ///< «Форма проведения» (Measure::form)
    result, ///< the expected result (Measure::result)
};

/// @brief The field's name as the JSON outputs write it: `title`, `form`, `result`.
std::string_view to_string(StageField field) noexcept;

/// @brief A measure's stage and where it came from.
struct MeasureStage {
    Stage stage = Stage::measures; ///< the stage
    bool inferred = true;          ///< false when the measure declares `stage:`
    /// The cue that decided an inferred stage, as written in the cue table
    /// («анализ эффективност», «приказ», or an activity cue such as
    /// «семинар» for `measures`); empty when declared or when no cue was found.
    std::string cue;
    /// Further stages an inferred title (or the deciding field) names after
    /// the deciding cue, in order («Мониторинг и анализ …» is monitoring,
    /// also analysis); the coverage matrix counts the measure in those cells
    /// too. Empty when declared.
    std::vector<Stage> also{};
    /// The field in which `cue` was found; `title` when `cue` is empty.
    StageField field = StageField::title;
    /// Members compared by operator==.
    auto tie() const { return std::tie(stage, inferred, cue, also, field); }
    EDUROADMAP_VALUE_EQUALITY(MeasureStage)
};

/// @brief Infers the stage from a measure's title alone (always marked inferred).
MeasureStage infer_stage(std::string_view title);

/// @brief Infers the stage from a measure's title, then its form («Форма
/// проведения»), then its expected result: the first field with a cue
/// decides (always marked inferred).
MeasureStage infer_stage(std::string_view title, std::string_view form, std::string_view result);

/// @brief The measure's declared stage, else the stage inferred from its
/// title, form and expected result.
MeasureStage stage_of(const Measure &measure);

/// @brief The Russian name of a stage, as the stage table of docs/catalogs.md
/// writes it («мониторинг», «адресные рекомендации», «анализ эффективности
/// принятых мер»).
std::string_view russian_name(Stage stage) noexcept;

/// @brief The stages `cycle-stage-missing` requires by default: monitoring,
/// analysis, recommendations, decisions, review.
const std::vector<Stage> &default_required_stages();

} // namespace eduroadmap

#endif
