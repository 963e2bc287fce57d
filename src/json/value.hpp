// The JSON layer's building blocks: every public JSON form
// (<eduroadmap/json.hpp>, query.hpp, io.hpp) is assembled from these values,
// so a window, a deadline or a finding reads the same wherever it appears.
#ifndef EDUROADMAP_SRC_JSON_VALUE_HPP
#define EDUROADMAP_SRC_JSON_VALUE_HPP

#include <eduroadmap/deadline.hpp>
#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/model.hpp>
#include <eduroadmap/stages.hpp>
#include <eduroadmap/validate.hpp>
#include <eduroadmap/window.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap::detail {

// Keys stay in the order they are written: the shapes are a contract.
using Json = nlohmann::ordered_json;

// What happens to ill-formed UTF-8 in a text.
enum class BadUtf8 {
    replace, // becomes U+FFFD: output never fails for a stray byte
    refuse,  // throws nlohmann's type_error (the roadmap's own JSON form)
};

// @p value as text: one line for a negative @p indent, else @p indent spaces
// per level. Throws std::invalid_argument above max_json_indent: nlohmann's
// indentation buffer grows by doubling once per level, which falls short of
// a much wider first step.
std::string dump(const Json &value, int indent, BadUtf8 bad = BadUtf8::replace);

// A text, or null when it is empty.
Json text_or_null(std::string_view text);

// A number written as an integer when it is whole (points, weights), else as it is.
Json whole_or_real(double value);

// `{"start":"YYYY-MM-DD","end":"YYYY-MM-DD"}`.
Json json_of(const Window &window);
// The windows in order, each as above.
Json json_of(const std::vector<Window> &windows);
Json json_of(const Schedule &windows);
// Stage names (`monitoring`, …) in order.
Json json_of(const std::vector<Stage> &stages);
// `{"field","cue"}`: the field (`title`, `form`, `result`) and the cue that
// decided an inferred stage; null when the stage is declared or no cue was found.
Json decided_by(const MeasureStage &stage);
// `{"text","kind","windows","count","ambiguous","note"}`: the `deadline` command's line.
Json json_of(const Deadline &deadline);
// describe(reference), or null for a reference of kind none.
Json json_of(const DocumentRef &reference, Language language);
// `{"rule","severity","message","line","column","path","hint","group","document","related"}`; the
// hint null when the rule has none, the document null outside the plan's table.
Json json_of(const Diagnostic &diagnostic, Language language);
// `{"path","errors","warnings","infos","diagnostics","groups","directions"}`.
Json json_of(const Report &report, Language language);

} // namespace eduroadmap::detail

#endif
