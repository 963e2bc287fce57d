// How the responsible and result rules name a measure in their messages, and
// the HTML pages of a diff and of the execution in their rows: its number as
// printed, or its resolved id («s3/#4») when it has no number.
#ifndef EDUROADMAP_SRC_RULES_MEASURE_LABEL_HPP
#define EDUROADMAP_SRC_RULES_MEASURE_LABEL_HPP

#include <eduroadmap/resolve.hpp>

#include <string>

namespace eduroadmap::detail {

inline std::string measure_label(const ResolvedMeasure &m) {
    const std::string &number = m.ref.measure->number;
    return number.find_first_not_of(" \t.") == std::string::npos ? m.id : number;
}

} // namespace eduroadmap::detail

#endif
