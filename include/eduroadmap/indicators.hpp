/// @file indicators.hpp
/// @brief Indicators (показатели): progress towards their targets as of a
/// date, and indicator definitions suggested from the quantitative expected
/// results plans write in free text («Не менее 2-х участников», «Охват не
/// менее 20% педагогов», «100% ОО», «Наличие протокола»).
///
/// The progress rules are in docs/indicators.md. Pure functions over the
/// model, safe from many threads.
#ifndef EDUROADMAP_INDICATORS_HPP
#define EDUROADMAP_INDICATORS_HPP

#include <eduroadmap/model.hpp>
#include <eduroadmap/resolve.hpp>
#include <eduroadmap/window.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap {

/// @brief The days a target's `period` covers: a year `2021`, a span
/// `2020-2022`, a school year `2023/2024`, `START..END`, or a single date
/// `2021-06-30`; nothing when the text is none of these.
std::optional<Window> target_window(std::string_view period);

/// @brief True when @p value meets @p target under @p comparator. Boolean
/// values meet a boolean target when equal; a boolean never meets a number
/// nor the other way round. `=` on numbers allows a difference of 1e-9.
bool meets(const IndicatorValue &value, const IndicatorValue &target, Comparator comparator) noexcept;

/// @brief Where an indicator stands.
enum class ProgressStatus {
    achieved, ///< the latest actual meets the current target
    on_track, ///< not yet, but the target's period runs and the actual keeps pace with it
    behind,   ///< the target's period is over without meeting it, or the actual lags the expected pace
    no_data,  ///< a target exists but no actual value was measured by the date
    no_target ///< the indicator has no target with a readable period
};
/// @brief `achieved`, `on_track`, `behind`, `no_data`, `no_target`.
std::string_view to_string(ProgressStatus status) noexcept;

/// @brief Progress of one indicator as of a date.
struct IndicatorProgress {
    const Indicator *indicator = nullptr; ///< borrowed from the roadmap
    Date as_of{2000, 1, 1};               ///< the date progress is judged at
    /// The target for the date: the one whose period contains it (the
    /// earliest-ending one when several do); else the next one to come;
    /// else the last one.
    std::optional<Target> target;
    std::optional<Window> target_window;  ///< the days of #target's period
    std::optional<Actual> latest;         ///< the latest actual dated on or before #as_of
    /// Where the pace line (from the start value at the start date to the
    /// target at the end of its period) stands at the latest actual's date;
    /// nothing for boolean indicators or without a start value.
    std::optional<double> expected;
    /// Share of the way from the start value to the target that the latest
    /// actual has come (1 = reached; may exceed 1 or be negative); without a
    /// start value, actual ÷ target for `>=` and target ÷ actual for `<=`;
    /// 1 or 0 for booleans and `=`.
    std::optional<double> share;
    ProgressStatus status = ProgressStatus::no_target; ///< the verdict
};

/// @brief Progress of @p indicator as of @p as_of (docs/indicators.md).
IndicatorProgress progress(const Indicator &indicator, Date as_of);

/// @brief Progress of every indicator of @p roadmap, in definition order.
std::vector<IndicatorProgress> progress(const Roadmap &roadmap, Date as_of);

/// @brief A quantitative expected result read from free text.
struct QuantitativeResult {
    Comparator comparator = Comparator::at_least; ///< «не менее» `>=`, «не более» `<=`, a bare value `>=`
    IndicatorValue value;                         ///< the number, or yes for «наличие …»
    Unit unit = Unit::number;                     ///< percent for «%», count for «N участников», boolean for «наличие»
    std::string subject;                          ///< what is counted: «участников», «охват педагогов», «протокола»
    std::string matched;                          ///< the part of the text that was read
};

/// @brief Reads the first quantitative statement of an expected result:
/// «Не менее 2-х участников» (>= 2 count), «Охват не менее 20% педагогов»
/// (>= 20 percent), «100% ОО» (>= 100 percent), «не более 5 %» (<= 5
/// percent), «Наличие протокола» (= yes, boolean). Nothing when the text
/// states no quantity.
std::optional<QuantitativeResult> parse_expected_result(std::string_view text);

/// @brief An indicator definition suggested from a measure's expected result.
struct IndicatorSuggestion {
    std::string measure;       ///< the measure's id (ResolvedMeasure::id)
    std::string path;          ///< node path of the result: `sections[2].measures[4].result`
    std::string text;          ///< the expected result as printed
    QuantitativeResult result; ///< what was read from it
    /// The suggested definition: id `<measure id>-result` made safe, title from
    /// the text, direction of the measure's section, unit, comparator, and
    /// one target for the plan period.
    Indicator indicator;
};

/// @brief Suggests an indicator for every measure whose expected result
/// states a quantity and that feeds no indicator yet, in printed order.
std::vector<IndicatorSuggestion> suggest_indicators(const ResolvedRoadmap &roadmap);

/// @brief Suggestions as YAML ready to paste into a roadmap: a mapping with
/// one key, `indicators:`, listing the definitions in the roadmap format
/// (docs/format.md), each id followed by a comment naming the measure and
/// the words the quantity was read from. Written with yaml-cpp's emitter:
/// any text, line breaks and quotes included, reads back as it was.
std::string to_yaml(const std::vector<IndicatorSuggestion> &suggestions);

} // namespace eduroadmap

#endif
