// What deadline-outside-period and period-missing share: the window of a
// deadline that lies wholly outside the plan period.
#ifndef EDUROADMAP_SRC_RULES_OUTSIDE_PERIOD_HPP
#define EDUROADMAP_SRC_RULES_OUTSIDE_PERIOD_HPP

#include <eduroadmap/schedule.hpp>
#include <eduroadmap/window.hpp>

#include <optional>

namespace eduroadmap::detail {

// The first window (by start) of @p windows sharing no day with @p period;
// nothing when every window touches it.
std::optional<Window> first_outside_period(const Schedule &windows, const Window &period);

} // namespace eduroadmap::detail

#endif
