// Importing plans: Word, OpenDocument and text exports into roadmap YAML,
// with the notes and the messages (<eduroadmap/import.hpp>).
#include "convert.hpp"
#include "errors.hpp"
#include "handles.hpp"

#include <eduroadmap/import.hpp>
#include <eduroadmap/io.hpp>

#include <memory>
#include <string>

namespace ed = eduroadmap;
using erm::detail::check_index;
using erm::detail::check_version;
using erm::detail::guard;
using erm::detail::valid;

namespace {

erm_import_message_kind to_c(ed::ImportMessage::Kind kind) {
    switch (kind) {
    case ed::ImportMessage::Kind::unplaced: return ERM_IMPORT_UNPLACED;
    case ed::ImportMessage::Kind::guess: return ERM_IMPORT_GUESS;
    case ed::ImportMessage::Kind::error: return ERM_IMPORT_ERROR;
    }
    return ERM_IMPORT_GUESS;
}

// Copies where a note or message stands (the C structs share the field names).
template <class From, class To> void copy_place(const From &from, To &to) {
    to.line = from.line;
    to.table = from.table;
    to.row = from.row;
    to.column = from.column;
    to.paragraph = from.paragraph;
}

// Reads the caller's options; a failed status (recorded) for a bad version or language.
erm_status read_import_options(const erm_import_options *options, ed::ImportOptions &out, ed::Language &language) {
    language = ed::Language::ru;
    if (!options) return ERM_OK;
    ERM_TRY(check_version(options->version, ERM_IMPORT_OPTIONS_VERSION, "erm_import_options"));
    const auto l = erm::detail::language_from_c(options->language);
    ERM_ASSERT_ARG(l.has_value());
    language = *l;
    if (options->id) out.id = options->id;
    if (options->period) out.period = options->period;
    if (options->file) out.file = options->file;
    return ERM_OK;
}

// Wraps a result in a handle, its texts rendered in @p language.
erm_status make_result(ed::ImportResult result, ed::Language language, erm_import_result **out) {
    auto handle = std::make_unique<erm_import_result>();
    if (result.ok()) handle->yaml = ed::to_yaml(result.roadmap);
    handle->layout = std::string(ed::to_string(result.layout));
    if (result.roadmap.period_source) handle->period_source = std::string(ed::to_string(*result.roadmap.period_source));
    handle->summary = ed::import_summary(result, language);
    for (const ed::ImportMessage &m : result.messages)
        handle->messages.push_back({to_c(m.kind), m.where(language), m.message(language)});
    handle->result = std::move(result);
    *out = handle.release();
    return ERM_OK;
}

} // namespace

extern "C" {

erm_status erm_import_file(const char *path, const erm_import_options *options, erm_import_result **out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(out != nullptr);
        *out = nullptr;
        ERM_ASSERT_ARG(path != nullptr);
        ed::ImportOptions o;
        ed::Language language;
        ERM_TRY(read_import_options(options, o, language));
        o.file.clear(); // the path names the file
        return make_result(ed::import_document(std::string(path), std::move(o)), language, out);
    });
}

erm_status erm_import_buffer(const void *data, size_t len, const erm_import_options *options, erm_import_result **out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(out != nullptr);
        *out = nullptr;
        ERM_ASSERT_ARG(data != nullptr || len == 0);
        ed::ImportOptions o;
        ed::Language language;
        ERM_TRY(read_import_options(options, o, language));
        return make_result(ed::import_document(static_cast<const char *>(data), len, o), language, out);
    });
}

erm_status erm_import_describe(const erm_import_result *result, erm_import_info *out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(valid(result));
        ERM_ASSERT_ARG(out != nullptr);
        ERM_TRY(check_version(out->version, ERM_IMPORT_INFO_VERSION, "erm_import_info"));
        const ed::ImportResult &r = result->result;
        out->ok = r.ok() ? 1 : 0;
        out->yaml = result->yaml.c_str();
        out->format = r.format.c_str();
        out->encoding = r.encoding.c_str();
        out->layout = result->layout.c_str();
        out->period_source = result->period_source.c_str();
        out->summary = result->summary.c_str();
        out->tables = r.tables;
        out->rows = r.rows;
        out->measures = ed::measure_count(r.roadmap);
        out->sections = r.roadmap.sections.size();
        out->note_count = r.roadmap.import_notes.size();
        out->message_count = r.messages.size();
        return ERM_OK;
    });
}

erm_status erm_import_note_at(const erm_import_result *result, size_t index, erm_import_note *out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(valid(result));
        ERM_ASSERT_ARG(out != nullptr);
        ERM_TRY(check_version(out->version, ERM_IMPORT_NOTE_VERSION, "erm_import_note"));
        const auto &notes = result->result.roadmap.import_notes;
        ERM_TRY(check_index(index, notes.size(), "note"));
        const ed::ImportNote &n = notes[index];
        copy_place(n, *out);
        out->text = n.text.c_str();
        return ERM_OK;
    });
}

erm_status erm_import_message_at(const erm_import_result *result, size_t index, erm_import_message *out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(valid(result));
        ERM_ASSERT_ARG(out != nullptr);
        ERM_TRY(check_version(out->version, ERM_IMPORT_MESSAGE_VERSION, "erm_import_message"));
        ERM_TRY(check_index(index, result->messages.size(), "message"));
        const ed::ImportMessage &m = result->result.messages[index];
        const erm_import_result::Message &text = result->messages[index];
        out->kind = text.kind;
        copy_place(m, *out);
        out->where = text.where.c_str();
        out->message = text.text.c_str();
        return ERM_OK;
    });
}

void erm_import_result_free(erm_import_result *result) { erm::detail::destroy(result); }

} // extern "C"
