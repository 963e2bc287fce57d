// Names of deadline kinds and frequencies; due dates.
#include <eduroadmap/deadline.hpp>

namespace eduroadmap {

namespace {

constexpr std::string_view kind_names[] = {"fixed",    "recurring",   "continuous",  "on_demand",
                                           "external", "unspecified", "unrecognized"};

constexpr std::string_view frequency_names[] = {"yearly", "half_yearly", "quarterly",
                                                "monthly", "weekly",     "school_quarterly"};

} // namespace

std::string_view to_string(DeadlineKind kind) noexcept {
    const auto i = static_cast<std::size_t>(kind);
    return i < std::size(kind_names) ? kind_names[i] : std::string_view("unrecognized");
}

std::optional<DeadlineKind> parse_deadline_kind(std::string_view name) noexcept {
    for (std::size_t i = 0; i < std::size(kind_names); ++i)
        if (kind_names[i] == name) return static_cast<DeadlineKind>(i);
    return std::nullopt;
}

std::string_view to_string(Frequency frequency) noexcept {
    const auto i = static_cast<std::size_t>(frequency);
    return i < std::size(frequency_names) ? frequency_names[i] : std::string_view("yearly");
}

std::vector<Date> Deadline::due_dates() const { return windows.due_dates(); }

} // namespace eduroadmap
