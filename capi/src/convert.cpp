#include "convert.hpp"

#include "errors.hpp"

#include <eduroadmap/suggest.hpp>

#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace erm::detail {

namespace ed = eduroadmap;

erm_date to_c(const std::optional<ed::Date> &date) noexcept {
    if (!date || date->is_special()) return {0, 0, 0};
    const auto ymd = date->year_month_day();
    return {static_cast<int>(ymd.year), static_cast<int>(ymd.month), static_cast<int>(ymd.day)};
}

erm_window to_c(const ed::Window &window) noexcept { return {to_c(window.start()), to_c(window.end())}; }

erm_value to_c(const ed::IndicatorValue &value) noexcept {
    return {value.is_boolean ? 1 : 0, value.boolean ? 1 : 0, value.number};
}

// The C enums mirror the C++ ones value for value; these casts rely on it.
erm_severity to_c(ed::Severity severity) noexcept { return static_cast<erm_severity>(severity); }
erm_deadline_kind to_c(ed::DeadlineKind kind) noexcept { return static_cast<erm_deadline_kind>(kind); }
erm_stage to_c(const std::optional<ed::Stage> &stage) noexcept {
    return stage ? static_cast<erm_stage>(*stage) : ERM_STAGE_NONE;
}
erm_measure_status to_c(ed::Status status) noexcept { return static_cast<erm_measure_status>(status); }
erm_progress_status to_c(ed::ProgressStatus status) noexcept { return static_cast<erm_progress_status>(status); }
erm_unit to_c(ed::Unit unit) noexcept { return static_cast<erm_unit>(unit); }
erm_comparator to_c(ed::Comparator comparator) noexcept { return static_cast<erm_comparator>(comparator); }

static_assert(ERM_SEVERITY_ERROR == static_cast<int>(ed::Severity::error));
static_assert(ERM_DEADLINE_UNRECOGNIZED == static_cast<int>(ed::DeadlineKind::unrecognized));
static_assert(ERM_STAGE_REVIEW == static_cast<int>(ed::Stage::review));
static_assert(ERM_MEASURE_STATUS_OVERDUE == static_cast<int>(ed::Status::overdue));
static_assert(ERM_UNIT_BOOLEAN == static_cast<int>(ed::Unit::boolean));
static_assert(ERM_COMPARATOR_EQUAL == static_cast<int>(ed::Comparator::equal));
static_assert(ERM_PROGRESS_NO_TARGET == static_cast<int>(ed::ProgressStatus::no_target));

namespace {
std::optional<ed::Date> date_from_c(const erm_date &d) noexcept {
    // The plan calendar (1900–2199): arithmetic on a date never leaves Boost's range.
    if (d.year < ed::min_plan_year || d.year > ed::max_plan_year || d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) return std::nullopt;
    try {
        return ed::Date(static_cast<unsigned short>(d.year), static_cast<unsigned short>(d.month),
                        static_cast<unsigned short>(d.day));
    } catch (...) {
        return std::nullopt; // 31 April and the like
    }
}
erm_status unknown_rule(std::string_view id) {
    std::vector<std::string_view> ids;
    for (const ed::RuleInfo &rule : ed::rule_catalog()) ids.push_back(rule.id);
    std::string message = "invalid argument: unknown rule id '" + std::string(id) + "'";
    if (std::string guess = ed::closest(id, ids); !guess.empty()) message += " (did you mean '" + guess + "'?)";
    return fail(ERM_E_INVALID_ARGUMENT, message);
}
} // namespace

std::optional<ed::Window> from_c(const erm_window &window) noexcept {
    const auto start = date_from_c(window.start), end = date_from_c(window.end);
    if (!start || !end || *end < *start) return std::nullopt;
    return ed::Window(*start, *end);
}

namespace {
// The value a caller stored in a C enum field, if it lies in [first, last].
// C lets any int sit in such a field; reading it as the C++ enum type is
// undefined behaviour outside the enumerators' range, so the bytes are read as
// the underlying integer first.
template <class E> std::optional<E> enum_in_range(const E &field, E first, E last) noexcept {
    using Int = std::underlying_type_t<E>;
    Int value;
    std::memcpy(&value, &field, sizeof value);
    if (value < static_cast<Int>(first) || value > static_cast<Int>(last)) return std::nullopt;
    return static_cast<E>(value);
}
} // namespace

std::optional<ed::Language> language_from_c(const erm_language &field) noexcept {
    const auto language = enum_in_range(field, ERM_LANGUAGE_RU, ERM_LANGUAGE_EN);
    if (!language) return std::nullopt;
    return *language == ERM_LANGUAGE_EN ? ed::Language::en : ed::Language::ru;
}

erm_status read_options(const erm_options *options, Options &out) {
    out = Options{};
    if (!options) return ERM_OK;
    ERM_TRY(check_version(options->version, ERM_OPTIONS_VERSION, "erm_options"));
    const auto language = language_from_c(options->language);
    ERM_ASSERT_ARG(language.has_value());
    out.language = *language;
    if (options->catalog) out.validate.catalog = options->catalog;
    ERM_ASSERT_ARG(options->rules != nullptr || options->rule_count == 0);
    for (std::size_t i = 0; i < options->rule_count; ++i) {
        const erm_rule_setting &setting = options->rules[i];
        ERM_ASSERT_ARG(setting.rule != nullptr);
        if (!ed::find_rule(setting.rule)) return unknown_rule(setting.rule);
        const auto level = enum_in_range(setting.level, ERM_RULE_OFF, ERM_RULE_ERROR);
        ERM_ASSERT_ARG(level.has_value());
        out.validate.rules[setting.rule] =
            *level == ERM_RULE_OFF ? std::nullopt : std::optional<ed::Severity>(static_cast<ed::Severity>(*level - 1));
    }
    ERM_ASSERT_ARG(options->required_stages != nullptr || options->required_stage_count == 0);
    for (std::size_t i = 0; i < options->required_stage_count; ++i) {
        const auto stage = enum_in_range(options->required_stages[i], ERM_STAGE_GOALS, ERM_STAGE_REVIEW);
        ERM_ASSERT_ARG(stage.has_value());
        out.validate.required_stages.push_back(static_cast<ed::Stage>(*stage));
    }
    // A limit may be lowered, and raised only to its ceiling (docs/limits.md).
    constexpr ed::Limits ceiling = ed::Limits::ceiling();
    ERM_ASSERT_ARG(options->max_file_bytes <= ceiling.max_file_bytes);
    ERM_ASSERT_ARG(options->max_depth <= ceiling.max_depth);
    ERM_ASSERT_ARG(options->max_nodes <= ceiling.max_nodes);
    if (options->max_file_bytes) out.validate.limits.max_file_bytes = options->max_file_bytes;
    if (options->max_depth) out.validate.limits.max_depth = options->max_depth;
    if (options->max_nodes) out.validate.limits.max_nodes = options->max_nodes;
    if (options->version >= 2) { // max_windows is read only from a struct that has it
        ERM_ASSERT_ARG(options->max_windows <= ceiling.max_windows);
        if (options->max_windows) out.validate.limits.max_windows = options->max_windows;
    }
    return ERM_OK;
}

} // namespace erm::detail
