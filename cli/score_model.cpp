#include "score_model.hpp"

#include "commands.hpp"
#include "formats.hpp"
#include "report.hpp"

#include <eduroadmap/score_io.hpp>

#include <iostream>

namespace eduroadmap::cli {

std::unique_ptr<ScoreModel> choose_score_model(std::string_view command, const std::string &reference, Language lang) {
    if (reference.empty()) return std::make_unique<ScoreModel>(default_score_model());
    ScoreModelLoadResult found = find_score_model(reference);
    if (found.ok()) return std::make_unique<ScoreModel>(std::move(*found.model));
    std::cerr << "eduroadmap " << command << ": "
              << (lang == Language::ru ? "модель оценки не может быть использована: "
                                       : "the score model cannot be used: ")
              << reference << "\n";
    if (found.diagnostics.empty() && !found.model)
        std::cerr << (lang == Language::ru ? "это не встроенная модель и не файл модели\n"
                                           : "it is neither a built-in model nor a model file\n");
    write_findings(std::cerr, FileReport{reference, {}, {reference, found.diagnostics}}, Output{lang, false});
    exit_status() = usage;
    return nullptr;
}

} // namespace eduroadmap::cli
