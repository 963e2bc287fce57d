// Reading scoring models with a given way to find the built-in models they
// may extend: the built-in models are read with it while they are being built.
#ifndef EDUROADMAP_SRC_SCORE_READ_HPP
#define EDUROADMAP_SRC_SCORE_READ_HPP

#include <eduroadmap/score_io.hpp>

#include <functional>
#include <string>
#include <string_view>

namespace eduroadmap::detail {

// The built-in model with that id, or nullptr.
using ScoreModelLookup = std::function<const ScoreModel *(std::string_view id)>;

// Reads a model; an `extends:` is looked up in @p builtins.
ScoreModelLoadResult read_score_model(std::string_view text, const std::string &file, const LoadOptions &options,
                                      const ScoreModelLookup &builtins);

// The rule a component has when a model names it without saying more: its
// own stage's measures and passport block, and the defaults of docs/score.md.
ComponentRule default_rule(Stage component);

} // namespace eduroadmap::detail

#endif
