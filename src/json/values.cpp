// The values every JSON form shares, and the public forms of windows,
// deadlines, findings and reports.
#include "json/value.hpp"

#include <eduroadmap/io.hpp>
#include <eduroadmap/json.hpp>

#include <stdexcept>

namespace eduroadmap {
namespace detail {

std::string dump(const Json &value, int indent, BadUtf8 bad) {
    if (indent > max_json_indent)
        throw std::invalid_argument("JSON indent " + std::to_string(indent) + " is above the maximum of " +
                                    std::to_string(max_json_indent));
    return value.dump(indent < 0 ? -1 : indent, ' ', false,
                      bad == BadUtf8::replace ? Json::error_handler_t::replace : Json::error_handler_t::strict);
}

Json text_or_null(std::string_view text) { return text.empty() ? Json(nullptr) : Json(text); }

Json json_of(const Window &window) { return {{"start", to_iso(window.start())}, {"end", to_iso(window.end())}}; }

namespace {
template <class Windows> Json windows_array(const Windows &windows) {
    Json a = Json::array();
    for (const Window &w : windows) a.push_back(json_of(w));
    return a;
}
} // namespace

Json json_of(const std::vector<Window> &windows) { return windows_array(windows); }

Json json_of(const Schedule &windows) { return windows_array(windows); }

Json json_of(const std::vector<Stage> &stages) {
    Json a = Json::array();
    for (Stage s : stages) a.push_back(to_string(s));
    return a;
}

Json decided_by(const MeasureStage &stage) {
    if (!stage.inferred || stage.cue.empty()) return nullptr;
    return {{"field", to_string(stage.field)}, {"cue", stage.cue}};
}

Json json_of(const Deadline &d) {
    return {{"text", d.text},     {"kind", to_string(d.kind)},     {"windows", json_of(d.windows)},
            {"count", d.count},   {"ambiguous", d.ambiguous},      {"note", d.note}};
}

Json json_of(const Diagnostic &d, Language language) {
    return {{"rule", d.rule},
            {"severity", to_string(d.severity)},
            {"message", message(d, language)},
            {"line", d.location.line},
            {"column", d.location.column},
            {"path", d.path},
            {"hint", text_or_null(hint(d, language))}};
}

Json json_of(const Report &report, Language language) {
    const Tally t = report.counts();
    Json diagnostics = Json::array();
    for (const Diagnostic &d : report.diagnostics) diagnostics.push_back(json_of(d, language));
    return {{"path", report.file},
            {"errors", t.errors},
            {"warnings", t.warnings},
            {"infos", t.infos},
            {"diagnostics", std::move(diagnostics)}};
}

} // namespace detail

std::string to_json(const Window &window) { return detail::dump(detail::json_of(window), -1); }

std::string to_json(const Deadline &deadline) { return detail::dump(detail::json_of(deadline), -1); }

std::string to_json(const Diagnostic &diagnostic, Language language) {
    return detail::dump(detail::json_of(diagnostic, language), -1);
}

std::string to_json(const Report &report, Language language, int indent) {
    return detail::dump(detail::json_of(report, language), indent);
}

} // namespace eduroadmap
