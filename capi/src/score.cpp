// The management-cycle scorecard: the JSON form of include/eduroadmap/score.hpp.
#include "errors.hpp"
#include "handles.hpp"

#include <eduroadmap/json.hpp>
#include <eduroadmap/score.hpp>
#include <eduroadmap/score_io.hpp>

using erm::detail::guard;
using erm::detail::valid;

extern "C" {

erm_status erm_score_json(const erm_roadmap *roadmap, const char *model_path, char **out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(out != nullptr);
        *out = nullptr;
        ERM_ASSERT_ARG(valid(roadmap));
        if (!model_path) {
            *out = erm::detail::copy_string(eduroadmap::to_json(eduroadmap::score(roadmap->resolved)));
            return ERM_OK;
        }
        eduroadmap::ScoreModelLoadResult found = eduroadmap::find_score_model(model_path);
        if (!found.ok()) return erm::detail::fail_load_first(found.diagnostics, model_path, "a score model");
        *out = erm::detail::copy_string(eduroadmap::to_json(eduroadmap::score(roadmap->resolved, *found.model)));
        return ERM_OK;
    });
}

} // extern "C"
