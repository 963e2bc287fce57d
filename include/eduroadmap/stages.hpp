/// @file stages.hpp
/// @brief The stage of the management cycle each measure serves: declared
/// with `stage:`, or inferred from the measure's title.
///
/// The inference is a documented heuristic (docs/catalogs.md, "Stages of the
/// management cycle"): the title's words are searched for cues («мониторинг»,
/// «анализ эффективности», «рекомендаций», «утверждение … показателей», …); the cue
/// that starts earliest in the title decides, and at the same word the more
/// specific stage wins; cues further on that do not overlap it add their
/// stages as MeasureStage::also. A title without any cue is an ordinary activity
/// (`measures`). Every guess says which cue made it. Pure functions, safe
/// from many threads.
#ifndef EDUROADMAP_STAGES_HPP
#define EDUROADMAP_STAGES_HPP

#include <eduroadmap/model.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap {

/// @brief A measure's stage and where it came from.
struct MeasureStage {
    Stage stage = Stage::measures; ///< the stage
    bool inferred = true;          ///< false when the measure declares `stage:`
    /// The cue that decided an inferred stage, as written in the cue table
    /// («анализ эффективност»); empty when declared or when no cue was found.
    std::string cue;
    /// Further stages an inferred title names after the deciding cue, in
    /// title order («Мониторинг и анализ …» is monitoring, also analysis);
    /// the coverage matrix counts the measure in those cells too. Empty when
    /// declared.
    std::vector<Stage> also{};
    /// Members compared by operator==.
    auto tie() const { return std::tie(stage, inferred, cue, also); }
    EDUROADMAP_VALUE_EQUALITY(MeasureStage)
};

/// @brief Infers the stage from a measure's title (always marked inferred).
MeasureStage infer_stage(std::string_view title);

/// @brief The measure's declared stage, else the stage inferred from its title.
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
