/// @file json.hpp
/// @brief The JSON forms of the library's results: one serializer per type,
/// the only place these shapes are written. The command-line tool's
/// `--format json` outputs, the `deadline` command's lines, the C API's
/// `erm_*_json` functions (and so the Python package) all come from here.
///
/// The shapes are a contract (docs/format.md, docs/query.md, docs/c-api.md):
/// keys appear in the order documented, a field that may be absent is `null`,
/// dates are ISO `YYYY-MM-DD`. Text is UTF-8, written as is (no `\u` escapes
/// beyond `"`, `\` and control characters); ill-formed UTF-8 in a text is
/// replaced by U+FFFD, so the output is always valid JSON.
///
/// Functions that take @p indent write one line for a negative value, else
/// that many spaces per level (at most 16, `max_json_indent` of io.hpp; wider
/// throws std::invalid_argument). The other forms of the library's JSON live
/// beside their types: the query and its result in query.hpp, the roadmap's
/// own form (the structure of its YAML) in io.hpp.
///
/// Thread safety: every function only reads its arguments.
#ifndef EDUROADMAP_JSON_HPP
#define EDUROADMAP_JSON_HPP

#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/window.hpp>

#include <string>
#include <vector>

namespace eduroadmap {

// Declared in their own headers (deadline.hpp, validate.hpp, resolve.hpp,
// coverage.hpp, indicators.hpp): include those to make the values.
struct Deadline;
struct Report;
struct ResolvedRoadmap;
struct Coverage;
struct IndicatorProgress;
struct IndicatorSuggestion;
struct Scorecard; // score.hpp

/// @brief A window: `{"start":"2021-09-01","end":"2021-09-30"}`.
std::string to_json(const Window &window);

/// @brief A resolved deadline, on one line — what `eduroadmap deadline`
/// prints and `erm_deadline_to_json` returns:
/// `{"text":…,"kind":"recurring","windows":[{"start":…,"end":…},…],"count":1,"ambiguous":false,"note":""}`.
std::string to_json(const Deadline &deadline);

/// @brief One finding, its message and hint rendered in @p language:
/// `{"rule":…,"severity":"warning","message":…,"line":N,"column":N,"path":…,"hint":…,
/// "group":…,"document":…,"related":[{"path","line","column","document","label"},…]}`;
/// `hint` is null when the rule has none, `group` is the id of its cause
/// (Diagnostic::group), `document` names its measure or section as the
/// document prints it («мероприятие 12 раздела 3»; null outside the plan's
/// table), `related` the other places it names.
std::string to_json(const Diagnostic &diagnostic, Language language);

/// @brief A validation report: `{"path":…,"errors":N,"warnings":N,"infos":N,"diagnostics":[…],
/// "groups":[…],"directions":[…]}` with each finding as to_json(const
/// Diagnostic &, Language) writes it; each group (one per cause, ranked as
/// Report::groups) as `{"id","rule","severity","category","count","message",
/// "hint","line","column","path","document","locations":[{"path","line",
/// "column","document","label"},…]}` — its findings' places first (label
/// null), then the places they name — and each direction of the digest as
/// `{"direction","title","measures","missing":[…],"groups"}`. This is what
/// `erm_report_to_json` returns, and the start of each entry of
/// `files` in `eduroadmap validate --format json` (which adds the catalog,
/// the configuration and the verdict).
std::string to_json(const Report &report, Language language, int indent = -1);

/// @brief The coverage matrix of @p roadmap (made by coverage(roadmap)) as
/// its fields, for bindings — what `erm_roadmap_coverage_json` returns:
/// `{"catalog":"fioko-2020","required":["monitoring",…],"rows":[{"code":"1.1"|null,
/// "slug":…|null,"title":…,"sections":[0],"measure_count":N,"missing":["review"],
/// "cells":{"goals":{"measures":["1","2"],"passports":[0]},…}},…]}`: cells
/// list their measures' ids and the sections whose passport covers the stage.
std::string to_json(const Coverage &coverage, const ResolvedRoadmap &roadmap, int indent = -1);

/// @brief The coverage matrix explained, as `eduroadmap coverage --format json`
/// prints it (docs/catalogs.md): `{"file":…,"roadmap":…,"catalog":…,
/// "required_stages":[…],"sections":[{"index","title","match","direction",
/// "score"?,"matched"?,"candidates"?},…],"rows":[{"direction","slug"?,"title",
/// "sections","measures","stages":{"goals":{"required","covered",
/// "measures":[{"id","inferred","decided_by"}],"passport_sections"},…},"missing"},…]}` —
/// how each section matched a direction, and each cell with the measures behind it;
/// `decided_by` is `{"field","cue"}` (the field — `title`, `form`, `result` — and
/// the cue that decided an inferred stage), null when declared or when no cue decided.
/// @param file the roadmap's file as the caller names it
std::string coverage_report_json(const std::string &file, const Coverage &coverage, const ResolvedRoadmap &roadmap,
                                 int indent = -1);

/// @brief Progress of indicators as of @p as_of, as `eduroadmap indicators
/// --format json` prints it: `{"as_of":…,"indicators":[{"id","title",
/// "direction","unit","comparator","status","target":{"period","value",
/// "start","end"}|null,"latest":{"date","value"}|null,"share","expected"},…]}`.
std::string to_json(const std::vector<IndicatorProgress> &progress, Date as_of, int indent = -1);

/// @brief Indicators read from expected results, as `eduroadmap indicators
/// --suggest --format json` prints them: `{"suggestions":[{"measure","path",
/// "text","matched","subject","indicator":{"id","title","direction","unit",
/// "comparator","targets":[{"period","value"}]}},…]}`.
std::string to_json(const std::vector<IndicatorSuggestion> &suggestions, int indent = -1);

/// @brief The management-cycle scorecard (docs/score.md, "JSON") — what
/// `erm_score_json` returns and each entry of `eduroadmap score --format
/// json` holds: `{"roadmap","title","catalog","model":{"id","title"},
/// "components":[{"component":"goals","name":{"ru","en"},"weight","max"},…],
/// "directions":[{"direction":"1.1","slug","title","sections":[1],"total",
/// "max","share","components":[{"component","points","weight","weighted",
/// "max","reason":{"id","ru","en"},"evidence":[{"kind":"measure"|"block"|
/// "indicator","id","number"|null,"path","section"|null,"text","sound"},…]},…]},…],
/// "total","max","share"}`. Totals and weights are integers when whole;
/// shares have four decimals.
std::string to_json(const Scorecard &scorecard, int indent = -1);

/// @brief Every measure of @p roadmap with what was resolved about it, in
/// the compact bulk form bindings read (`erm_roadmap_measures_json`, whose
/// documentation gives the shape): rows are arrays in the order `fields`
/// names, and deadlines and responsibles that measures share stand once in a
/// table the rows index. One line.
std::string measures_json(const ResolvedRoadmap &roadmap);

} // namespace eduroadmap

#endif
