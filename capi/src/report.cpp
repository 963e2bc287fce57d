// Validation and reports.
#include "calls.hpp"
#include "convert.hpp"
#include "errors.hpp"
#include "handles.hpp"

#include <eduroadmap/json.hpp>
#include <eduroadmap/validate_io.hpp>

#include <memory>
#include <string>
#include <string_view>

namespace ed = eduroadmap;
using erm::detail::guard;
using erm::detail::valid;

namespace {

// A report handle with every message rendered in the chosen language.
erm_report *make_report(ed::Report report, ed::Language language) {
    auto handle = std::make_unique<erm_report>();
    handle->counts = report.counts();
    handle->entries.reserve(report.diagnostics.size());
    for (const ed::Diagnostic &d : report.diagnostics) {
        erm_report::Entry e;
        e.rule = d.rule;
        e.severity = erm::detail::to_c(d.severity);
        e.message = ed::message(d, language);
        e.hint = ed::hint(d, language);
        e.path = d.path;
        e.file = d.location.file;
        e.line = d.location.line;
        e.column = d.location.column;
        handle->entries.push_back(std::move(e));
    }
    handle->report = std::move(report);
    handle->language = language;
    return handle.release();
}

// Checks the common arguments, reads the options and stores the report that @p run makes.
template <class Run> erm_status validate_with(const erm_options *options, erm_report **out, Run run) {
    ERM_ASSERT_ARG(out != nullptr);
    *out = nullptr;
    erm::detail::Options o;
    ERM_TRY(erm::detail::read_options(options, o));
    *out = make_report(run(o.validate), o.language);
    return ERM_OK;
}

// The language of a report made with a configuration: the caller's, else the configuration's, else Russian.
erm_status config_language(const erm_language *language, const erm_config &config, ed::Language &out) {
    out = config.config.language.value_or(ed::Language::ru);
    if (!language) return ERM_OK;
    const auto chosen = erm::detail::language_from_c(*language);
    ERM_ASSERT_ARG(chosen.has_value());
    out = *chosen;
    return ERM_OK;
}

// Checks the arguments shared by the entries that validate with a
// configuration and stores the report @p run makes with its options.
template <class Run>
erm_status validate_with_config(const erm_config *config, const erm_language *language, erm_report **out, Run run) {
    ERM_ASSERT_ARG(out != nullptr);
    *out = nullptr;
    ERM_ASSERT_ARG(valid(config));
    ed::Language chosen = ed::Language::ru;
    ERM_TRY(config_language(language, *config, chosen));
    *out = make_report(run(config->config.validate), chosen);
    return ERM_OK;
}

} // namespace

extern "C" {

erm_status erm_validate(const erm_roadmap *roadmap, const erm_options *options, erm_report **out) {
    return guard(__func__, [&]() -> erm_status {
        if (out) *out = nullptr;
        ERM_ASSERT_ARG(valid(roadmap));
        return validate_with(options, out, [&](const ed::ValidateOptions &o) {
            return ed::validate(roadmap->loaded, roadmap->file(), o);
        });
    });
}

erm_status erm_validate_file(const char *path, const erm_options *options, erm_report **out) {
    return guard(__func__, [&]() -> erm_status {
        if (out) *out = nullptr;
        ERM_ASSERT_ARG(path != nullptr);
        return validate_with(options, out, [&](const ed::ValidateOptions &o) { return ed::validate_file(path, o); });
    });
}

erm_status erm_validate_string(const char *data, size_t len, const char *name, const erm_options *options,
                               erm_report **out) {
    return guard(__func__, [&]() -> erm_status {
        if (out) *out = nullptr;
        ERM_ASSERT_ARG(data != nullptr);
        return validate_with(options, out, [&](const ed::ValidateOptions &o) {
            return ed::validate_string(std::string_view(data, len), name ? name : "<string>", o);
        });
    });
}

erm_status erm_validate_with_config(const erm_roadmap *roadmap, const erm_config *config, const erm_language *language,
                                    erm_report **out) {
    return guard(__func__, [&]() -> erm_status {
        if (out) *out = nullptr;
        ERM_ASSERT_ARG(valid(roadmap));
        return validate_with_config(config, language, out, [&](const ed::ValidateOptions &o) {
            return ed::validate(roadmap->loaded, roadmap->file(), o);
        });
    });
}

erm_status erm_validate_file_with_config(const char *path, const erm_config *config, const erm_language *language,
                                         erm_report **out) {
    return guard(__func__, [&]() -> erm_status {
        if (out) *out = nullptr;
        ERM_ASSERT_ARG(path != nullptr);
        return validate_with_config(config, language, out,
                                    [&](const ed::ValidateOptions &o) { return ed::validate_file(path, o); });
    });
}

size_t erm_report_size(const erm_report *report) {
    return erm::detail::count_result(__func__, report, [](const erm_report &r) { return r.entries.size(); });
}

erm_status erm_report_at(const erm_report *report, size_t index, erm_diagnostic *out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(valid(report));
        ERM_ASSERT_ARG(out != nullptr);
        ERM_TRY(erm::detail::check_version(out->version, ERM_DIAGNOSTIC_VERSION, "erm_diagnostic"));
        ERM_TRY(erm::detail::check_index(index, report->entries.size(), "diagnostic"));
        const erm_report::Entry &e = report->entries[index];
        out->rule = e.rule.c_str();
        out->severity = e.severity;
        out->message = e.message.c_str();
        out->hint = e.hint.c_str();
        out->path = e.path.c_str();
        out->file = e.file.c_str();
        out->line = e.line;
        out->column = e.column;
        return ERM_OK;
    });
}

erm_status erm_report_counts(const erm_report *report, size_t *errors, size_t *warnings, size_t *infos) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(valid(report));
        ERM_ASSERT_ARG(errors != nullptr);
        ERM_ASSERT_ARG(warnings != nullptr);
        ERM_ASSERT_ARG(infos != nullptr);
        *errors = report->counts.errors;
        *warnings = report->counts.warnings;
        *infos = report->counts.infos;
        return ERM_OK;
    });
}

erm_status erm_report_to_json(const erm_report *report, char **out) {
    return erm::detail::string_result(__func__, report, out,
                                      [](const erm_report &r) { return ed::to_json(r.report, r.language); });
}

void erm_report_free(erm_report *report) { erm::detail::destroy(report); }

} // extern "C"
