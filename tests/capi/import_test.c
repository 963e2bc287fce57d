/* Importing plans through the C API: a text export, a Word file written at
 * build time (tests/word/make_layout_documents.py), bytes in memory, options,
 * refusals, and the YAML loading back as a roadmap. */
#include "check.h"

#include <stdlib.h>

static erm_import_result *import_file(const char *path, const erm_import_options *options, erm_import_info *info) {
    erm_import_result *r = NULL;
    CHECK_OK(erm_import_file(path, options, &r));
    CHECK(r != NULL);
    if (r) CHECK_OK(erm_import_describe(r, info));
    return r;
}

static void test_text_export(void) {
    erm_import_info info = ERM_IMPORT_INFO_INIT;
    erm_import_note note = ERM_IMPORT_NOTE_INIT;
    erm_import_message message = ERM_IMPORT_MESSAGE_INIT;
    erm_roadmap *rm = NULL;
    size_t i, unplaced = 0;
    erm_import_result *r = import_file(ERM_SOURCE_DIR "/tests/fixtures/import/tab-separated.txt", NULL, &info);
    if (!r) return;
    CHECK(info.ok == 1);
    CHECK_STR(info.format, "text");
    CHECK_STR(info.encoding, "utf-8");
    CHECK_STR(info.layout, "tab-separated");
    CHECK_STR(info.period_source, "stated");
    CHECK(info.tables == 1 && info.measures == 6 && info.sections == 2 && info.rows == 8);
    CHECK(info.note_count == 1);
    CHECK(strncmp(info.summary, "6 мероприятий в 2 разделах из 1 таблицы", strlen("6 мероприятий в 2 разделах из 1 таблицы")) == 0);
    CHECK(strstr(info.yaml, "id: \"tab-separated\"") != NULL);
    CHECK_OK(erm_import_note_at(r, 0, &note));
    CHECK(note.line == 39 && note.table == 0 && note.paragraph == 0);
    CHECK_STR(note.text, "Примечание: план может корректироваться.");
    CHECK_STATUS(erm_import_note_at(r, 1, &note), ERM_E_OUT_OF_RANGE);
    for (i = 0; i < info.message_count; ++i) {
        CHECK_OK(erm_import_message_at(r, i, &message));
        if (message.kind != ERM_IMPORT_UNPLACED) continue;
        ++unplaced;
        CHECK(message.line == 39);
        CHECK_STR(message.where, "39");
        CHECK(strncmp(message.message, "не размещено (после последней таблицы)", strlen("не размещено (после последней таблицы)")) == 0);
    }
    CHECK(unplaced == 1);
    CHECK_STATUS(erm_import_message_at(r, info.message_count, &message), ERM_E_OUT_OF_RANGE);
    /* The YAML is a roadmap. */
    CHECK_OK(erm_roadmap_load_string(info.yaml, strlen(info.yaml), &rm));
    CHECK(erm_roadmap_measure_count(rm) == 6);
    erm_roadmap_free(rm);
    erm_import_result_free(r);
}

static void test_word_file(void) {
    erm_import_options options = ERM_IMPORT_OPTIONS_INIT;
    erm_import_info info = ERM_IMPORT_INFO_INIT;
    erm_import_note note = ERM_IMPORT_NOTE_INIT;
    erm_import_message message = ERM_IMPORT_MESSAGE_INIT;
    size_t i, found = 0;
    erm_import_result *r;
    options.language = ERM_LANGUAGE_EN;
    options.file = "ignored by erm_import_file.txt";
    r = import_file(ERM_LAYOUT_DOCUMENTS "/columns-reordered.docx", &options, &info);
    if (!r) return;
    CHECK(info.ok == 1);
    CHECK_STR(info.format, "docx");
    CHECK_STR(info.encoding, "");
    CHECK_STR(info.layout, "word");
    CHECK(info.measures == 3 && info.note_count == 1);
    CHECK(strncmp(info.summary, "3 measures in 1 section from 1 table (docx)", strlen("3 measures in 1 section from 1 table (docx)")) == 0);
    CHECK(strstr(info.yaml, "id: \"columns-reordered\"") != NULL);
    CHECK(strstr(info.yaml, "number: \"312\"") != NULL);
    CHECK_OK(erm_import_note_at(r, 0, &note));
    CHECK(note.line == 0 && note.paragraph > 0);
    CHECK_STR(note.text, "г. Энск");
    for (i = 0; i < info.message_count; ++i) {
        CHECK_OK(erm_import_message_at(r, i, &message));
        if (message.kind == ERM_IMPORT_UNPLACED) {
            ++found;
            CHECK(message.paragraph == note.paragraph);
            CHECK(strncmp(message.where, "paragraph ", 10) == 0);
            CHECK(strstr(message.message, "г. Энск") != NULL);
        }
    }
    CHECK(found == 1);
    erm_import_result_free(r);
}

static void test_buffer_and_options(void) {
    static const char table[] = "№\tМероприятие\tСроки\tОтветственные\n1.\tСовещание\tмарт\tУО\n";
    static const char pdf[] = "%PDF-1.7\n";
    erm_import_options options = ERM_IMPORT_OPTIONS_INIT;
    erm_import_info info = ERM_IMPORT_INFO_INIT;
    erm_import_message message = ERM_IMPORT_MESSAGE_INIT;
    erm_import_result *r = NULL;

    /* No period in the text and none given: not imported, and the messages say why. */
    CHECK_OK(erm_import_buffer(table, strlen(table), NULL, &r));
    CHECK_OK(erm_import_describe(r, &info));
    CHECK(info.ok == 0);
    CHECK_STR(info.yaml, "");
    CHECK_STR(info.period_source, "");
    CHECK(info.message_count >= 1);
    /* Remarks on the document as a whole come first: the error leads. */
    CHECK_OK(erm_import_message_at(r, 0, &message));
    CHECK(message.kind == ERM_IMPORT_ERROR);
    CHECK_STR(message.where, "");
    CHECK(strstr(message.message, "--period") != NULL);
    erm_import_result_free(r);

    options.period = "2025";
    options.id = "plan-x";
    options.file = "План.txt";
    CHECK_OK(erm_import_buffer(table, strlen(table), &options, &r));
    CHECK_OK(erm_import_describe(r, &info));
    CHECK(info.ok == 1);
    CHECK_STR(info.period_source, "given");
    CHECK(strstr(info.yaml, "id: \"plan-x\"") != NULL);
    CHECK(strstr(info.yaml, "period: \"2025\"") != NULL);
    erm_import_result_free(r);
    options.id = NULL; /* the id from the file name */
    CHECK_OK(erm_import_buffer(table, strlen(table), &options, &r));
    CHECK_OK(erm_import_describe(r, &info));
    CHECK(strstr(info.yaml, "id: \"plan\"") != NULL);
    erm_import_result_free(r);

    /* A PDF is refused with a reason, in the language asked for. */
    options.language = ERM_LANGUAGE_EN;
    CHECK_OK(erm_import_buffer(pdf, strlen(pdf), &options, &r));
    CHECK_OK(erm_import_describe(r, &info));
    CHECK(info.ok == 0);
    CHECK_STR(info.format, "pdf");
    CHECK(info.message_count == 1);
    CHECK_OK(erm_import_message_at(r, 0, &message));
    CHECK(message.kind == ERM_IMPORT_ERROR);
    CHECK(strstr(message.message, ".docx") != NULL);
    erm_import_result_free(r);

    /* Nothing at all is a text without a plan table. */
    CHECK_OK(erm_import_buffer(NULL, 0, NULL, &r));
    CHECK_OK(erm_import_describe(r, &info));
    CHECK(info.ok == 0 && info.tables == 0);
    CHECK_STR(info.format, "text");
    erm_import_result_free(r);

    /* A file that is not there is in the result, not a failed call. */
    CHECK_OK(erm_import_file(ERM_SOURCE_DIR "/tests/fixtures/import/no-such-file.txt", NULL, &r));
    CHECK_OK(erm_import_describe(r, &info));
    CHECK(info.ok == 0);
    CHECK_OK(erm_import_message_at(r, 0, &message));
    CHECK(strstr(message.message, "no-such-file.txt") != NULL);
    erm_import_result_free(r);
}

int main(void) {
    test_text_export();
    test_word_file();
    test_buffer_and_options();
    return check_summary("capi-import");
}
