// Roadmaps: loading, metadata, sections, measures, responsibles, indicators, export.
#include "calls.hpp"
#include "convert.hpp"
#include "errors.hpp"
#include "handles.hpp"

#include <eduroadmap/catalog_io.hpp>
#include <eduroadmap/coverage.hpp>
#include <eduroadmap/indicators.hpp>
#include <eduroadmap/io.hpp>
#include <eduroadmap/json.hpp>
#include <eduroadmap/query.hpp>
#include <eduroadmap/resolve.hpp>
#include <eduroadmap/validate.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace ed = eduroadmap;
using erm::detail::check_index;
using erm::detail::check_version;
using erm::detail::guard;
using erm::detail::valid;

namespace {

// Fails with the loader's first error.
erm_status load_failure(const ed::LoadResult &loaded, const std::string &file) {
    return erm::detail::fail_load_first(loaded.diagnostics, file, "a roadmap");
}

// What the C accessors of sections and coverage rows read, computed once.
void describe_parts(erm_roadmap &h) {
    const ed::Roadmap &model = h.model();
    const auto &measures = h.resolved.measures;
    h.sections.resize(model.sections.size());
    for (std::size_t s = 0; s < h.sections.size(); ++s) h.sections[s].path = "sections[" + std::to_string(s) + "]";
    for (std::size_t i = measures.size(); i-- > 0;) h.sections[measures[i].ref.section].first = i;
    for (const ed::ResolvedMeasure &m : measures) {
        ++h.sections[m.ref.section].size;
        h.measure_paths.push_back(m.ref.path());
    }
    for (std::size_t s = 0; s < h.sections.size(); ++s) {
        erm_roadmap::SectionView &v = h.sections[s];
        if (v.size == 0) v.first = s == 0 ? 0 : h.sections[s - 1].first + h.sections[s - 1].size;
        const ed::DirectionMatch &match = h.resolved.sections.at(s);
        v.match = std::string(ed::to_string(match.kind));
        if (match.direction) {
            const ed::CatalogDirection &d = h.resolved.catalog->directions.at(*match.direction);
            v.code = d.code, v.slug = d.slug, v.title = d.title;
        }
    }
    for (const ed::CoverageRow &row : h.coverage.rows) {
        erm_roadmap::RowView v;
        if (row.direction) {
            const ed::CatalogDirection &d = h.coverage.catalog->directions.at(*row.direction);
            v.code = d.code, v.slug = d.slug, v.title = d.title;
        } else if (!row.sections.empty()) {
            v.title = model.sections.at(row.sections.front()).title;
        }
        for (ed::Stage stage : ed::all_stages)
            if (row.cell(stage).covered()) v.covered |= ERM_STAGE_BIT(static_cast<int>(stage));
        for (ed::Stage stage : row.missing) v.missing |= ERM_STAGE_BIT(static_cast<int>(stage));
        h.rows.push_back(std::move(v));
    }
}

// Wraps what the loader produced in a handle, or fails with its first error.
erm_status make_roadmap(ed::LoadResult loaded, const std::string &file, const erm::detail::Options &options,
                        erm_roadmap **out) {
    if (!loaded.document) return load_failure(loaded, file);
    auto handle = std::make_unique<erm_roadmap>();
    handle->loaded = std::move(loaded);
    // Everything below borrows the model (and catalog) now in their final place.
    ed::CatalogChoice chosen = ed::choose_catalog(handle->model(), options.validate, handle->file());
    handle->catalog = chosen.owned;
    handle->resolved = ed::resolve(handle->model(), ed::ResolveOptions{chosen.catalog, options.validate.required_stages});
    // A roadmap over the window budget is refused, as by the CLI's reading
    // commands: listing its windows (measures JSON, queries) would take gigabytes.
    if (std::optional<ed::Diagnostic> over = ed::window_budget_finding(handle->resolved, options.validate.limits)) {
        over->location = handle->loaded.document->sources.locate(over->path);
        ed::LoadResult refused;
        refused.diagnostics.push_back(std::move(*over));
        return load_failure(refused, file);
    }
    handle->coverage = *handle->resolved.coverage;
    describe_parts(*handle);
    *out = handle.release();
    return ERM_OK;
}

ed::LoadOptions load_options(const erm::detail::Options &options) { return {options.validate.limits}; }

erm_status load_file(const char *function, const char *path, const erm_options *options, erm_roadmap **out) {
    return guard(function, [&]() -> erm_status {
        ERM_ASSERT_ARG(out != nullptr);
        *out = nullptr;
        ERM_ASSERT_ARG(path != nullptr);
        erm::detail::Options o;
        ERM_TRY(erm::detail::read_options(options, o));
        return make_roadmap(ed::load_file(path, load_options(o)), path, o, out);
    });
}

erm_status load_string(const char *function, const char *data, std::size_t len, const char *name,
                       const erm_options *options, erm_roadmap **out) {
    return guard(function, [&]() -> erm_status {
        ERM_ASSERT_ARG(out != nullptr);
        *out = nullptr;
        ERM_ASSERT_ARG(data != nullptr);
        erm::detail::Options o;
        ERM_TRY(erm::detail::read_options(options, o));
        const std::string file = name ? name : "<string>";
        return make_roadmap(ed::load_string(std::string_view(data, len), file, load_options(o)), file, o, out);
    });
}

const ed::ResolvedMeasure *measure(const erm_roadmap &roadmap, std::size_t index) {
    return index < roadmap.resolved.measures.size() ? &roadmap.resolved.measures[index] : nullptr;
}

} // namespace

extern "C" {

erm_status erm_roadmap_load_file(const char *path, erm_roadmap **out) {
    return load_file(__func__, path, nullptr, out);
}

erm_status erm_roadmap_load_string(const char *data, size_t len, erm_roadmap **out) {
    return load_string(__func__, data, len, nullptr, nullptr, out);
}

erm_status erm_roadmap_load_file_ext(const char *path, const erm_options *options, erm_roadmap **out) {
    return load_file(__func__, path, options, out);
}

erm_status erm_roadmap_load_string_ext(const char *data, size_t len, const char *name, const erm_options *options,
                                       erm_roadmap **out) {
    return load_string(__func__, data, len, name, options, out);
}

void erm_roadmap_free(erm_roadmap *roadmap) { erm::detail::destroy(roadmap); }

erm_status erm_roadmap_describe(const erm_roadmap *roadmap, erm_roadmap_info *out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(valid(roadmap));
        ERM_ASSERT_ARG(out != nullptr);
        ERM_TRY(check_version(out->version, ERM_ROADMAP_INFO_VERSION, "erm_roadmap_info"));
        const ed::Roadmap &m = roadmap->model();
        static const ed::ApprovingDocument none;
        const ed::ApprovingDocument &doc = m.approved_by ? *m.approved_by : none;
        out->file = roadmap->file().c_str();
        out->schema = m.schema.c_str();
        out->id = m.id.c_str();
        out->title = m.title.c_str();
        out->language = m.language.c_str();
        out->catalog = m.catalog.c_str();
        out->municipality = m.territory.municipality.c_str();
        out->region = m.territory.region.c_str();
        out->period_text = m.period.text.c_str();
        out->period_known = m.period.known ? 1 : 0;
        out->period = erm::detail::to_c(m.period.window);
        out->approved = m.approved_by ? 1 : 0;
        out->approved_kind = doc.kind.c_str();
        out->approved_number = doc.number.c_str();
        out->approved_date = erm::detail::to_c(doc.date);
        out->approved_authority = doc.authority.c_str();
        out->approved_signed_by = doc.signed_by.c_str();
        out->approved_title = doc.title.c_str();
        out->description = m.description.c_str();
        return ERM_OK;
    });
}

size_t erm_roadmap_measure_count(const erm_roadmap *roadmap) {
    return erm::detail::count_result(__func__, roadmap, [](const erm_roadmap &r) { return r.resolved.measures.size(); });
}
size_t erm_roadmap_section_count(const erm_roadmap *roadmap) {
    return erm::detail::count_result(__func__, roadmap, [](const erm_roadmap &r) { return r.model().sections.size(); });
}
size_t erm_roadmap_responsible_count(const erm_roadmap *roadmap) {
    return erm::detail::count_result(__func__, roadmap,
                                     [](const erm_roadmap &r) { return r.model().responsibles.size(); });
}
size_t erm_roadmap_indicator_count(const erm_roadmap *roadmap) {
    return erm::detail::count_result(__func__, roadmap, [](const erm_roadmap &r) { return r.model().indicators.size(); });
}

erm_status erm_roadmap_section_at(const erm_roadmap *roadmap, size_t index, erm_section_info *out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(valid(roadmap));
        ERM_ASSERT_ARG(out != nullptr);
        ERM_TRY(check_version(out->version, ERM_SECTION_INFO_VERSION, "erm_section_info"));
        ERM_TRY(check_index(index, roadmap->model().sections.size(), "section"));
        const ed::Section &s = roadmap->model().sections[index];
        const erm_roadmap::SectionView &v = roadmap->sections[index];
        out->number = s.number.c_str();
        out->title = s.title.c_str();
        out->direction = s.direction.c_str();
        out->extra = s.extra ? 1 : 0;
        out->match = v.match.c_str();
        out->direction_code = v.code.c_str();
        out->direction_slug = v.slug.c_str();
        out->direction_title = v.title.c_str();
        out->path = v.path.c_str();
        out->first_measure = v.first;
        out->measure_count = v.size;
        out->group_count = s.groups.size();
        return ERM_OK;
    });
}

erm_status erm_roadmap_measure_at(const erm_roadmap *roadmap, size_t index, erm_measure_info *out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(valid(roadmap));
        ERM_ASSERT_ARG(out != nullptr);
        ERM_TRY(check_version(out->version, ERM_MEASURE_INFO_VERSION, "erm_measure_info"));
        ERM_TRY(check_index(index, roadmap->resolved.measures.size(), "measure"));
        const ed::ResolvedMeasure &r = roadmap->resolved.measures[index];
        const ed::Measure &m = *r.ref.measure;
        static const std::string empty;
        out->id = r.id.c_str();
        out->number = m.number.c_str();
        out->title = m.title.c_str();
        out->form = m.form.c_str();
        out->path = roadmap->measure_paths[index].c_str();
        out->section = r.ref.section;
        out->group = r.ref.group ? *r.ref.group : ERM_NO_INDEX;
        out->deadline_text = m.deadline ? m.deadline->text.c_str() : empty.c_str();
        out->deadline_kind = erm::detail::to_c(r.deadline.kind);
        out->window_count = r.deadline.windows.size();
        out->deadline_count = r.deadline.count;
        out->deadline_ambiguous = r.deadline.ambiguous ? 1 : 0;
        out->deadline_note = r.deadline.note.c_str();
        out->responsible_count = r.responsibles.size();
        out->result = m.result ? m.result->c_str() : nullptr;
        out->stage = erm::detail::to_c(r.stage.stage);
        out->stage_inferred = r.stage.inferred ? 1 : 0;
        out->status = erm::detail::to_c(ed::status_of(m));
        out->status_text = m.status_text.c_str();
        out->note = m.note.c_str();
        return ERM_OK;
    });
}

erm_status erm_roadmap_measure_window(const erm_roadmap *roadmap, size_t index, size_t window, erm_window *out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(valid(roadmap));
        ERM_ASSERT_ARG(out != nullptr);
        ERM_TRY(check_index(index, roadmap->resolved.measures.size(), "measure"));
        const auto &windows = measure(*roadmap, index)->deadline.windows;
        ERM_TRY(check_index(window, windows.size(), "window"));
        *out = erm::detail::to_c(windows[window]);
        return ERM_OK;
    });
}

erm_status erm_roadmap_measure_responsible(const erm_roadmap *roadmap, size_t index, size_t which,
                                           erm_responsible_mention *out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(valid(roadmap));
        ERM_ASSERT_ARG(out != nullptr);
        ERM_TRY(check_version(out->version, ERM_RESPONSIBLE_MENTION_VERSION, "erm_responsible_mention"));
        ERM_TRY(check_index(index, roadmap->resolved.measures.size(), "measure"));
        const auto &mentions = measure(*roadmap, index)->responsibles;
        ERM_TRY(check_index(which, mentions.size(), "responsible"));
        out->text = mentions[which].text.c_str();
        out->id = mentions[which].id.c_str();
        out->suggestion = mentions[which].suggestion.c_str();
        return ERM_OK;
    });
}

erm_status erm_roadmap_responsible_at(const erm_roadmap *roadmap, size_t index, erm_responsible_info *out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(valid(roadmap));
        ERM_ASSERT_ARG(out != nullptr);
        ERM_TRY(check_version(out->version, ERM_RESPONSIBLE_INFO_VERSION, "erm_responsible_info"));
        ERM_TRY(check_index(index, roadmap->model().responsibles.size(), "responsible"));
        const ed::Responsible &r = roadmap->model().responsibles[index];
        out->id = r.id.c_str();
        out->short_name = r.short_name.c_str();
        out->full_name = r.full_name.c_str();
        out->alias_count = r.aliases.size();
        return ERM_OK;
    });
}

erm_status erm_roadmap_responsible_alias(const erm_roadmap *roadmap, size_t index, size_t alias, const char **out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(out != nullptr);
        *out = nullptr;
        ERM_ASSERT_ARG(valid(roadmap));
        ERM_TRY(check_index(index, roadmap->model().responsibles.size(), "responsible"));
        const auto &aliases = roadmap->model().responsibles[index].aliases;
        ERM_TRY(check_index(alias, aliases.size(), "alias"));
        *out = aliases[alias].c_str();
        return ERM_OK;
    });
}

erm_status erm_roadmap_indicator_at(const erm_roadmap *roadmap, size_t index, erm_indicator_info *out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(valid(roadmap));
        ERM_ASSERT_ARG(out != nullptr);
        ERM_TRY(check_version(out->version, ERM_INDICATOR_INFO_VERSION, "erm_indicator_info"));
        ERM_TRY(check_index(index, roadmap->model().indicators.size(), "indicator"));
        const ed::Indicator &i = roadmap->model().indicators[index];
        out->id = i.id.c_str();
        out->title = i.title.c_str();
        out->direction = i.direction.c_str();
        out->unit = erm::detail::to_c(i.unit);
        out->comparator = erm::detail::to_c(i.comparator);
        out->has_baseline = i.baseline ? 1 : 0;
        out->baseline = i.baseline ? erm::detail::to_c(i.baseline->value) : erm_value{0, 0, 0.0};
        out->baseline_date = erm::detail::to_c(i.baseline ? i.baseline->date : std::nullopt);
        out->target_count = i.targets.size();
        out->actual_count = i.actuals.size();
        out->method = i.method.c_str();
        out->source = i.source.c_str();
        out->frequency = i.frequency.c_str();
        out->responsible = i.responsible.c_str();
        return ERM_OK;
    });
}

erm_status erm_roadmap_indicator_target(const erm_roadmap *roadmap, size_t index, size_t target, const char **period,
                                        erm_value *out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(period != nullptr);
        *period = nullptr;
        ERM_ASSERT_ARG(valid(roadmap));
        ERM_ASSERT_ARG(out != nullptr);
        ERM_TRY(check_index(index, roadmap->model().indicators.size(), "indicator"));
        const auto &targets = roadmap->model().indicators[index].targets;
        ERM_TRY(check_index(target, targets.size(), "target"));
        *period = targets[target].period.c_str();
        *out = erm::detail::to_c(targets[target].value);
        return ERM_OK;
    });
}

erm_status erm_roadmap_indicator_actual(const erm_roadmap *roadmap, size_t index, size_t actual, erm_date *date,
                                        erm_value *out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(valid(roadmap));
        ERM_ASSERT_ARG(date != nullptr);
        ERM_ASSERT_ARG(out != nullptr);
        ERM_TRY(check_index(index, roadmap->model().indicators.size(), "indicator"));
        const auto &actuals = roadmap->model().indicators[index].actuals;
        ERM_TRY(check_index(actual, actuals.size(), "actual"));
        *date = erm::detail::to_c(actuals[actual].date);
        *out = erm::detail::to_c(actuals[actual].value);
        return ERM_OK;
    });
}

erm_status erm_roadmap_to_json(const erm_roadmap *roadmap, int indent, char **out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(out != nullptr);
        *out = nullptr;
        ERM_ASSERT_ARG(valid(roadmap));
        ERM_ASSERT_ARG(indent <= ERM_JSON_MAX_INDENT);
        *out = erm::detail::copy_string(ed::to_json(roadmap->model(), indent));
        return ERM_OK;
    });
}

erm_status erm_roadmap_to_yaml(const erm_roadmap *roadmap, char **out) {
    return erm::detail::string_result(__func__, roadmap, out, [](const erm_roadmap &r) { return ed::to_yaml(r.model()); });
}

erm_status erm_roadmap_measures_json(const erm_roadmap *roadmap, char **out) {
    return erm::detail::string_result(__func__, roadmap, out,
                                      [](const erm_roadmap &r) { return ed::measures_json(r.resolved); });
}

} // extern "C"
