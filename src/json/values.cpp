// The values every JSON form shares, and the public forms of windows,
// deadlines, findings and reports.
#include "json/value.hpp"

#include <eduroadmap/io.hpp>
#include <eduroadmap/json.hpp>

#include <cmath>
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

Json whole_or_real(double v) {
    if (v == std::floor(v) && std::fabs(v) < 1e15) return Json(static_cast<long long>(v));
    return Json(v);
}

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

Json json_of(const DocumentRef &reference, Language language) { return text_or_null(describe(reference, language)); }

namespace {

Json related_json(const RelatedLocation &r, Language language) {
    return {{"path", r.path},
            {"line", r.location.line},
            {"column", r.location.column},
            {"document", json_of(r.document, language)},
            {"label", language == Language::ru ? r.label_ru : r.label_en}};
}

Json group_json(const DiagnosticGroup &g, const std::vector<Diagnostic> &diagnostics, Language language) {
    const Diagnostic &primary = diagnostics[g.members.front()];
    Json locations = Json::array();
    for (std::size_t i : g.members) {
        const Diagnostic &d = diagnostics[i];
        locations.push_back({{"path", d.path},
                             {"line", d.location.line},
                             {"column", d.location.column},
                             {"document", json_of(d.document, language)},
                             {"label", nullptr}});
    }
    for (std::size_t i : g.members)
        for (const RelatedLocation &r : diagnostics[i].related) locations.push_back(related_json(r, language));
    return {{"id", g.id},
            {"rule", g.rule},
            {"severity", to_string(g.severity)},
            {"category", to_string(g.category)},
            {"count", g.count()},
            {"message", message(g, diagnostics, language)},
            {"hint", text_or_null(hint(g, diagnostics, language))},
            {"line", primary.location.line},
            {"column", primary.location.column},
            {"path", primary.path},
            {"document", json_of(primary.document, language)},
            {"locations", std::move(locations)}};
}

Json digest_json(const DirectionDigest &d) {
    return {{"direction", d.code}, {"title", d.title}, {"measures", d.measures}, {"missing", json_of(d.missing)},
            {"groups", d.groups}};
}

} // namespace

Json json_of(const Diagnostic &d, Language language) {
    Json related = Json::array();
    for (const RelatedLocation &r : d.related) related.push_back(related_json(r, language));
    return {{"rule", d.rule},
            {"severity", to_string(d.severity)},
            {"message", message(d, language)},
            {"line", d.location.line},
            {"column", d.location.column},
            {"path", d.path},
            {"hint", text_or_null(hint(d, language))},
            {"group", text_or_null(d.group)},
            {"document", json_of(d.document, language)},
            {"related", std::move(related)}};
}

Json json_of(const Report &report, Language language) {
    const Tally t = report.counts();
    Json diagnostics = Json::array(), groups = Json::array(), directions = Json::array();
    for (const Diagnostic &d : report.diagnostics) diagnostics.push_back(json_of(d, language));
    for (const DiagnosticGroup &g : report.groups) groups.push_back(group_json(g, report.diagnostics, language));
    for (const DirectionDigest &d : report.directions) directions.push_back(digest_json(d));
    return {{"path", report.file},
            {"errors", t.errors},
            {"warnings", t.warnings},
            {"infos", t.infos},
            {"diagnostics", std::move(diagnostics)},
            {"groups", std::move(groups)},
            {"directions", std::move(directions)}};
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
