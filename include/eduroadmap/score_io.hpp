/// @file score_io.hpp
/// @brief The edge of scoring models: reading a model (docs/score.md, "The
/// model format") from YAML text or a file, and finding one by built-in id
/// or path. score.hpp is the pure part (the model, the scoring, the
/// built-in models).
#ifndef EDUROADMAP_SCORE_IO_HPP
#define EDUROADMAP_SCORE_IO_HPP

#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/io.hpp>
#include <eduroadmap/score.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap {

/// @brief What reading a scoring model produced.
struct ScoreModelLoadResult {
    std::optional<ScoreModel> model;     ///< absent when nothing usable was read
    std::vector<Diagnostic> diagnostics; ///< problems, with file, line and column
    /// @brief True when a model was read and no finding is an error.
    bool ok() const noexcept;
};

/// @brief Reads a scoring model from YAML text. An `extends:` names a
/// built-in model. Problems carry the roadmap loader's rule ids and
/// positions: `yaml-syntax`, `duplicate-key`, `unknown-field` (with a "did
/// you mean"), `missing-field`, `wrong-type` (a stage, block or number that
/// is not one, an `extends:` that names no built-in model).
/// @param text the UTF-8 YAML text
/// @param file the name used in locations
/// @param options input limits
/// @return the model and its problems; never throws for bad input
ScoreModelLoadResult load_score_model_string(std::string_view text, const std::string &file = "<string>",
                                             const LoadOptions &options = {});

/// @brief Reads a scoring model file (see load_score_model_string).
ScoreModelLoadResult load_score_model_file(const std::string &path, const LoadOptions &options = {});

/// @brief The model a command-line option or an API call names: a built-in
/// id (`fioko-2020`), else the path of a model file.
ScoreModelLoadResult find_score_model(std::string_view reference, const LoadOptions &options = {});

} // namespace eduroadmap

#endif
