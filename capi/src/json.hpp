// The JSON shapes of the C API's bulk results (measures, reports, deadlines).
#ifndef EDUROADMAP_CAPI_JSON_HPP
#define EDUROADMAP_CAPI_JSON_HPP

#include <eduroadmap/eduroadmap.h>

#include <eduroadmap/deadline.hpp>

#include <string>

namespace erm::detail {

// `{"text","kind","windows":[{"start","end"}],"count","ambiguous","note"}` (the CLI's `deadline` line).
std::string deadline_json(const eduroadmap::Deadline &deadline);
// The array documented at erm_roadmap_measures_json.
std::string measures_json(const erm_roadmap &roadmap);
// The coverage matrix documented at erm_roadmap_coverage_json.
std::string coverage_json(const erm_roadmap &roadmap);
// One file entry of `validate --format json`.
std::string report_json(const erm_report &report);

} // namespace erm::detail

#endif
