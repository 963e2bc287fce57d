// The render round trip of issue 17 as a reusable check: resolving the
// canonical rendering (render_deadline) of a resolved deadline against the
// same period gives the same kind and the same windows. Used by the property
// tests (deadline_property_test.cpp) and meant as a fuzz invariant: it
// returns why it fails instead of asserting, so any harness can report it.
#ifndef EDUROADMAP_TESTS_DEADLINE_ROUNDTRIP_HPP
#define EDUROADMAP_TESTS_DEADLINE_ROUNDTRIP_HPP

#include <eduroadmap/deadline.hpp>

#include <string>

namespace eduroadmap::testing {

/// Empty when render_deadline(@p d) resolves against @p period to @p d's kind
/// and windows; otherwise what differs, with the rendering.
inline std::string render_round_trip_problem(const Deadline &d, const Window &period) {
    const std::string rendered = render_deadline(d);
    const Deadline again = resolve_deadline(rendered, period);
    const auto windows = [](const Deadline &x) {
        std::string s;
        for (const Window &w : x.windows) s += (s.empty() ? "" : " ") + to_iso(w);
        return s;
    };
    if (again.kind != d.kind)
        return "«" + d.text + "» (" + std::string(to_string(d.kind)) + ") renders as «" + rendered +
               "», which resolves as " + std::string(to_string(again.kind));
    if (again.windows != d.windows)
        return "«" + d.text + "» renders as «" + rendered + "»: windows " + windows(d) + " became " + windows(again);
    return {};
}

} // namespace eduroadmap::testing

#endif
