// The scoring model a command was asked for (--model), shared by `score` and `report`.
#ifndef EDUROADMAP_CLI_SCORE_MODEL_HPP
#define EDUROADMAP_CLI_SCORE_MODEL_HPP

#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/score.hpp>

#include <memory>
#include <string>
#include <string_view>

namespace eduroadmap::cli {

// The model named by @p reference (a built-in id or a model file), or the
// default when it is empty; when it cannot be used, says why on standard
// error as `eduroadmap COMMAND: …`, sets exit status 2 and returns nothing.
std::unique_ptr<ScoreModel> choose_score_model(std::string_view command, const std::string &reference, Language lang);

} // namespace eduroadmap::cli

#endif
