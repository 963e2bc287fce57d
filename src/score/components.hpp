// The component scorers (components.cpp): one per stage of the cycle.
#ifndef EDUROADMAP_SRC_SCORE_COMPONENTS_HPP
#define EDUROADMAP_SRC_SCORE_COMPONENTS_HPP

#include "score/evidence.hpp"

namespace eduroadmap::detail {

// Scores @p rule's component for the direction @p d (which has sections):
// points, evidence and reason.
void score_component(const DirectionContext &d, const ComponentRule &rule, ComponentScore &out);

} // namespace eduroadmap::detail

#endif
