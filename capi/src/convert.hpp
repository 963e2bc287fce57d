// Conversions between the C API's plain values and the C++ API's types.
#ifndef EDUROADMAP_CAPI_CONVERT_HPP
#define EDUROADMAP_CAPI_CONVERT_HPP

#include <eduroadmap/eduroadmap.h>

#include <eduroadmap/deadline.hpp>
#include <eduroadmap/indicators.hpp>
#include <eduroadmap/model.hpp>
#include <eduroadmap/validate.hpp>

#include <optional>

namespace erm::detail {

erm_date to_c(const std::optional<eduroadmap::Date> &date) noexcept;
erm_window to_c(const eduroadmap::Window &window) noexcept;
erm_value to_c(const eduroadmap::IndicatorValue &value) noexcept;
erm_severity to_c(eduroadmap::Severity severity) noexcept;
erm_deadline_kind to_c(eduroadmap::DeadlineKind kind) noexcept;
erm_stage to_c(const std::optional<eduroadmap::Stage> &stage) noexcept;
erm_measure_status to_c(eduroadmap::Status status) noexcept;
erm_progress_status to_c(eduroadmap::ProgressStatus status) noexcept;
erm_unit to_c(eduroadmap::Unit unit) noexcept;
erm_comparator to_c(eduroadmap::Comparator comparator) noexcept;

// Reads a C language field; nothing for a value outside the enum.
std::optional<eduroadmap::Language> language_from_c(const erm_language &field) noexcept;

// Reads a C window; nothing when a date is invalid or end < start.
std::optional<eduroadmap::Window> from_c(const erm_window &window) noexcept;

// Caller options read and checked: what loading and validation take.
struct Options {
    eduroadmap::ValidateOptions validate;
    eduroadmap::Language language = eduroadmap::Language::ru;
};

// Reads @p options (NULL: defaults) into @p out; a failed status (already
// recorded as the last error) for a bad version, enum value or rule id.
erm_status read_options(const erm_options *options, Options &out);

} // namespace erm::detail

#endif
