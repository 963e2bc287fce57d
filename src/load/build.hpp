// The model from a parsed YAML document (docs/format.md), reporting
// unknown-field, missing-field, wrong-type and period-invalid on the way.
#ifndef EDUROADMAP_SRC_LOAD_BUILD_HPP
#define EDUROADMAP_SRC_LOAD_BUILD_HPP

#include "load/reader.hpp"
#include "yaml/document.hpp"

#include <eduroadmap/model.hpp>

namespace eduroadmap::detail {

Roadmap build_roadmap(const YamlDocument &doc, Reader &reader);

} // namespace eduroadmap::detail

#endif
