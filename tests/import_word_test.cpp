// Tests for <eduroadmap/import.hpp> on Word and OpenDocument files and on
// text exports in other encodings. The documents are written at build time
// by tests/word/make_layout_documents.py into ERM_LAYOUT_DOCUMENTS, each
// layout with its transcription (LAYOUT.expected.json), which the import
// must equal field by field.
#include <eduroadmap/catalog.hpp>
#include <eduroadmap/import.hpp>
#include <eduroadmap/io.hpp>

#include "import/document.hpp"
#include "import/encoding.hpp"
#include "import/headings.hpp"
#include "import/period.hpp"
#include "import/vocabulary.hpp"
#include "words.hpp"

#include "import_checks.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

using namespace eduroadmap;
using testing::check_loads_back;
using testing::count_words;
using testing::messages_of;
using nlohmann::json;

namespace {

std::string layout_path(const std::string &name) { return std::string(ERM_LAYOUT_DOCUMENTS) + "/" + name; }
std::string roadmap_path(const std::string &name) { return std::string(ERM_ROADMAP_DOCUMENTS) + "/" + name; }
std::string word_path(const std::string &name) { return std::string(ERM_WORD_DOCUMENTS) + "/" + name; }

std::string bytes_of(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in, path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

json json_of(const std::string &path) { return json::parse(bytes_of(path)); }

// Every key the transcription gives equals the import's; lists have as many
// entries. A key the JSON leaves out stands for "" or []. A deadline the
// import pinned (a mapping) is compared by its text.
void compare(const json &want, const json &got, const std::string &path, std::vector<std::string> &differences) {
    if (want.is_object()) {
        for (const auto &[key, value] : want.items()) {
            if (path.empty() && (key == "rows" || key == "options" || key == "deadlines" || key == "period_stated" ||
                                 key == "measure_count" || key == "glossary"))
                continue;
            const std::string at = path + (path.empty() ? "" : ".") + key;
            if (!got.is_object() || !got.contains(key)) {
                if (!((value.is_string() && value.get<std::string>().empty()) || (value.is_array() && value.empty())))
                    differences.push_back(at + ": missing, want " + value.dump());
                continue;
            }
            compare(value, got.at(key), at, differences);
        }
        return;
    }
    if (want.is_array()) {
        if (!got.is_array() || got.size() != want.size()) {
            differences.push_back(path + ": " + std::to_string(want.size()) + " entries wanted, got " + got.dump());
            return;
        }
        for (std::size_t i = 0; i < want.size(); ++i)
            compare(want[i], got[i], path + "[" + std::to_string(i) + "]", differences);
        return;
    }
    const json &value = want.is_string() && got.is_object() && got.contains("text") ? got.at("text") : got;
    if (value != want) differences.push_back(path + ": want " + want.dump() + ", got " + value.dump());
}

std::size_t measures_in(const json &sections) {
    std::size_t n = 0;
    for (const json &s : sections) {
        if (s.contains("measures")) n += s["measures"].size();
        if (s.contains("groups"))
            for (const json &g : s["groups"]) n += g["measures"].size();
    }
    return n;
}

ImportResult import_layout(const std::string &file, const json &expected) {
    ImportOptions options;
    if (expected.contains("options") && expected["options"].contains("period"))
        options.period = expected["options"]["period"].get<std::string>();
    return import_document(layout_path(file), options);
}

const ImportMessage *find_message(const ImportResult &r, const std::string &part) {
    for (const ImportMessage &m : r.messages)
        if (m.text.find(part) != std::string::npos) return &m;
    return nullptr;
}

// The words a Word document shows, but those of its header rows (the
// headings are structure, not content: rows marked as header rows, and rows
// of known headings only).
void count_words(const std::vector<WordBlock> &blocks, std::map<std::string, int> &words) {
    for (const WordBlock &b : blocks) {
        if (b.is_paragraph()) {
            const std::string text = b.paragraph().displayed();
            // The order's date line («от 5 сентября 2023 года № 312») is read into its fields.
            if (detail::importer::date_in(text) && !detail::importer::number_in(text).empty()) continue;
            for (const std::string &w : detail::folded_words(text)) ++words[w];
            continue;
        }
        for (const WordRow &row : b.table().rows) {
            bool headings = true; // a header row, marked as one or not
            for (const WordCell &c : row.cells)
                headings = headings && (c.text().empty() || detail::importer::read_heading(c.text()).has_value());
            if (row.header || headings) continue;
            for (const WordCell &c : row.cells) count_words(c.blocks, words);
        }
    }
}

} // namespace

TEST_SUITE("import-word") {

    // The measure of done: each bundled roadmap, written out as .docx
    // and .odt in the style of its source (tests/word/make_roadmap_documents.py),
    // imports to its transcription.
    TEST_CASE("the bundled roadmaps as .docx and .odt import to their transcriptions") {
        for (const char *id : {"tosno-2021", "bashmakovo-2020-2022", "timashevsk-2023-2024", "tonkino-2020-2021",
                               "kachkanar-2019-2020"}) {
            const json expected = json_of(roadmap_path(std::string(id) + ".expected.json"));
            LoadResult transcribed = load_file(std::string(ERM_SOURCE_DIR) + "/examples/" + id + ".yaml");
            REQUIRE(transcribed.document);
            for (const char *format : {"docx", "odt"}) {
                const std::string file = std::string(id) + "." + format;
                CAPTURE(file);
                // A document that does not state its period is imported with the period given.
                ImportOptions options;
                const bool stated = expected["period_stated"].get<bool>();
                if (!stated) options.period = expected["period"].get<std::string>();
                ImportResult r = import_document(roadmap_path(file), options);
                INFO(messages_of(r));
                REQUIRE(r.ok());
                CHECK(r.roadmap.period_source == (stated ? PeriodSource::stated : PeriodSource::given));
                const json got = json::parse(to_json(r.roadmap));
                std::vector<std::string> differences;
                compare(expected, got, "", differences);
                std::string all;
                for (std::size_t i = 0; i < differences.size() && i < 20; ++i) all += differences[i] + "\n";
                CHECK_MESSAGE(differences.empty(), differences.size() << " differences:\n" << all);
                CHECK(measure_count(r.roadmap) == expected["measure_count"].get<std::size_t>());
                if (expected.contains("glossary")) {
                    REQUIRE(r.roadmap.responsibles.size() == expected["glossary"].size());
                    for (std::size_t i = 0; i < r.roadmap.responsibles.size(); ++i) {
                        CHECK(r.roadmap.responsibles[i].short_name == expected["glossary"][i]["short"].get<std::string>());
                        CHECK(r.roadmap.responsibles[i].full_name == expected["glossary"][i]["full"].get<std::string>());
                    }
                }
                // Each section goes to the direction its transcription goes to.
                const std::vector<Section> &want = transcribed.document->roadmap.sections;
                REQUIRE(r.roadmap.sections.size() == want.size());
                for (std::size_t i = 0; i < want.size(); ++i) {
                    CAPTURE(want[i].title);
                    DirectionMatch a = match_section(default_catalog(), want[i]);
                    DirectionMatch b = match_section(default_catalog(), r.roadmap.sections[i]);
                    CHECK(a.direction == b.direction);
                }
                MESSAGE(file << ": " << measure_count(r.roadmap) << " of " << expected["measure_count"]
                             << " measures, " << differences.size() << " fields differ, " << r.roadmap.import_notes.size()
                             << " notes");
                check_loads_back(r);
            }
        }
    }

    // The measure: every layout document imports to its transcription.
    TEST_CASE("each layout document, .docx and .odt, imports to its transcription field by field") {
        const json layouts = json_of(layout_path("layouts.json"));
        REQUIRE(layouts.size() >= 8);
        for (const json &layout : layouts) {
            const std::string name = layout["name"].get<std::string>();
            const json expected = json_of(layout_path(name + ".expected.json"));
            for (const json &format : layout["formats"]) {
                const std::string file = name + "." + format.get<std::string>();
                CAPTURE(file);
                ImportResult r = import_layout(file, expected);
                INFO(messages_of(r));
                REQUIRE(r.ok());
                CHECK(r.format == format.get<std::string>());
                CHECK(r.layout == TableLayout::word);
                const json got = json::parse(to_json(r.roadmap));
                std::vector<std::string> differences;
                compare(expected, got, "", differences);
                std::string all;
                for (const std::string &d : differences) all += d + "\n";
                CHECK_MESSAGE(differences.empty(), all);
                CHECK(r.rows == expected["rows"].get<std::size_t>());
                const std::size_t want = measures_in(expected["sections"]), imported = measure_count(r.roadmap);
                CHECK(imported == want);
                MESSAGE(file << ": " << imported << " of " << want << " measure rows imported, " << r.rows
                             << " rows read, " << r.roadmap.import_notes.size() << " notes");
                check_loads_back(r);
            }
        }
    }

    TEST_CASE("heading rows across the table are sections; year rows date the deadlines under them") {
        for (const char *file : {"heading-rows.docx", "heading-rows.odt"}) {
            CAPTURE(file);
            const json expected = json_of(layout_path("heading-rows.expected.json"));
            ImportResult r = import_layout(file, expected);
            REQUIRE(r.ok());
            const Roadmap &rm = r.roadmap;
            REQUIRE(rm.sections.size() == 2);
            CHECK(rm.sections[0].number == "I");
            CHECK(rm.sections[1].title == "Мероприятия по работе с одарёнными детьми");
            REQUIRE(rm.sections[1].groups.size() == 2);
            CHECK(rm.sections[1].groups[0].title == "2021 год");
            std::map<std::string, Window> pinned;
            for (const MeasureRef &ref : all_measures(rm)) {
                const DeadlineSpec &d = *ref.measure->deadline;
                if (d.pinned) {
                    REQUIRE(d.windows.size() == 1);
                    pinned.emplace(ref.measure->number, d.windows.front());
                }
            }
            const json &deadlines = expected["deadlines"];
            CHECK(pinned.size() == deadlines.size());
            for (const auto &[number, window] : deadlines.items()) {
                REQUIRE(pinned.count(number) == 1);
                CHECK(to_iso(pinned.at(number).start()) == window[0].get<std::string>());
                CHECK(to_iso(pinned.at(number).end()) == window[1].get<std::string>());
            }
            // The text stays as printed: the year comes from the row, not from the cell.
            CHECK(rm.sections[1].groups[0].measures[0].deadline->text == "сентябрь");
            CHECK(find_message(r, "is dated by the year row above it"));
        }
    }

    TEST_CASE("one table per direction: headings between tables, tables without a header, a glossary table") {
        for (const char *file : {"table-per-direction.docx", "table-per-direction.odt"}) {
            CAPTURE(file);
            ImportResult r = import_document(layout_path(file));
            INFO(messages_of(r));
            REQUIRE(r.ok());
            CHECK(r.tables == 1); // one header, read for the two tables that have none
            const ImportMessage *continued = find_message(r, "it is read with the header of the table before it");
            REQUIRE(continued);
            CHECK(continued->table == 2);
            CHECK(continued->where() == "table 2");
            CHECK(continued->where(Language::ru) == "таблица 2");
            // The signature under the plan is kept, where it stands.
            REQUIRE(r.roadmap.import_notes.size() == 1);
            const ImportNote &signature = r.roadmap.import_notes[0];
            CHECK(signature.line == 0);
            CHECK(signature.table == 0);
            CHECK(signature.paragraph > 0);
            const ImportMessage *m = find_message(r, "the signature under the plan");
            REQUIRE(m);
            CHECK(m->paragraph == signature.paragraph);
            CHECK(m->kind == ImportMessage::Kind::unplaced);
        }
    }

    TEST_CASE("cells of several paragraphs, bulleted sub-items and tracked changes") {
        ImportResult r = import_document(layout_path("several-paragraphs.docx"));
        REQUIRE(r.ok());
        const std::vector<Measure> &ms = r.roadmap.sections.at(0).measures;
        REQUIRE(ms.size() == 3);
        CHECK(ms[0].items == std::vector<std::string>{"• участия в олимпиадах;", "• охвата дополнительным образованием"});
        CHECK(ms[1].deadline->text == "март"); // «февраль» was deleted, «март» inserted
        CHECK(ms[2].number == "4.");           // the row of measure 3 was deleted
    }

    TEST_CASE("Word's list numbers in the number column are the measures' numbers, counted across tables") {
        for (const char *file : {"auto-numbered.docx", "auto-numbered.odt"}) {
            CAPTURE(file);
            ImportResult r = import_document(layout_path(file));
            REQUIRE(r.ok());
            std::vector<std::string> numbers;
            for (const MeasureRef &ref : all_measures(r.roadmap)) numbers.push_back(ref.measure->number);
            CHECK(numbers == std::vector<std::string>{"1.", "2.", "2.1.", "3.", "4.", "5."});
        }
    }

    TEST_CASE("a document that states no period: refused without --period, guessed from deadlines with years") {
        ImportResult none = import_document(layout_path("no-period.docx"));
        CHECK_FALSE(none.ok());
        CHECK_FALSE(none.roadmap.period.known);
        const ImportMessage *m = find_message(none, "states no plan period");
        REQUIRE(m);
        CHECK(m->kind == ImportMessage::Kind::error);
        CHECK(m->message(Language::ru).find("не указан период плана") != std::string::npos);

        ImportResult guessed = import_text("№\tМероприятие\tСроки\tОтветственные\n1.\tСовещание\tмарт 2021, май 2022\tУО\n");
        REQUIRE(guessed.ok());
        CHECK(guessed.roadmap.period.text == "2021-2022");
        CHECK(guessed.roadmap.period_source == PeriodSource::guessed);
        CHECK(to_yaml(guessed.roadmap).find("period_source: \"guessed\"") != std::string::npos);
    }

    // Nothing is dropped: every word a layout document shows (but its
    // headings) is somewhere in the imported roadmap.
    TEST_CASE("every word of every layout document is in the imported roadmap") {
        const json layouts = json_of(layout_path("layouts.json"));
        for (const json &layout : layouts) {
            const std::string name = layout["name"].get<std::string>();
            const json expected = json_of(layout_path(name + ".expected.json"));
            for (const json &format : layout["formats"]) {
                const std::string file = name + "." + format.get<std::string>();
                CAPTURE(file);
                WordResult read = read_word_document(layout_path(file));
                REQUIRE(read.ok());
                ImportResult r = import_layout(file, expected);
                std::map<std::string, int> shown, kept;
                count_words(read.document.blocks, shown);
                count_words(json::parse(to_json(r.roadmap)), kept);
                // The words of the forms that say what a line is, once read; a
                // stamp's authority («приказом управления …») is kept in the nominative.
                for (const char *form : {"утвержден", "приказом", "от", "используемые", "принятые", "сокращения",
                                         "управления"})
                    shown.erase(form);
                std::string missing;
                for (const auto &[word, count] : shown)
                    if (kept[word] < count)
                        missing += word + " (" + std::to_string(count) + " shown, " + std::to_string(kept[word]) + " kept) ";
                CHECK_MESSAGE(missing.empty(), missing);
            }
        }
    }

    TEST_CASE("text exports in Windows-1251, KOI8-R and UTF-16 import as their UTF-8 original") {
        // No structured bindings: CAPTURE's lambda cannot use them in C++17.
        for (const auto &entry : {std::pair{"cp1251", "windows-1251"}, {"koi8r", "koi8-r"},
                                  {"utf16le-bom", "utf-16le"}, {"utf16be-bom", "utf-16be"},
                                  {"utf16le", "utf-16le"}, {"utf16be", "utf-16be"}}) {
            const char *name = entry.first;
            const char *encoding = entry.second;
            CAPTURE(std::string(name));
            ImportOptions options;
            options.file = "tab-separated.txt"; // the same id for both
            const std::string twin = bytes_of(layout_path(std::string("tab-separated.") + name + ".utf8.txt"));
            ImportResult original = import_text(twin, options);
            REQUIRE(original.ok());
            CHECK(original.encoding == "utf-8");
            const std::string bytes = bytes_of(layout_path(std::string("tab-separated.") + name + ".txt"));
            ImportResult r = import_document(bytes.data(), bytes.size(), options);
            INFO(messages_of(r));
            REQUIRE(r.ok());
            CHECK(r.format == "text");
            CHECK(r.encoding == encoding);
            CHECK(r.roadmap == original.roadmap);
            const bool told = std::string(name).find("bom") == std::string::npos;
            CHECK((find_message(r, "the text was read as") != nullptr) == told);
        }
    }

    TEST_CASE("a text export whose cells hold several paragraphs: each row is joined back") {
        ImportResult r = import_document(layout_path("broken-rows.txt"));
        INFO(messages_of(r));
        REQUIRE(r.ok());
        const std::vector<Measure> &ms = r.roadmap.sections.at(0).measures;
        REQUIRE(ms.size() == 4);
        CHECK(ms[0].title == "Мониторинг участия в олимпиадах\nи конкурсах");
        CHECK(ms[0].deadline->text == "сентябрь");
        CHECK(ms[0].result == "справка");
        CHECK(ms[1].deadline->text == "октябрь\nежегодно");
        CHECK(ms[1].responsibles->names.front() == "УО, ОО");
        CHECK(ms[2].result == "повышение\nкомпетенций");
        CHECK(ms[3].number == "4.");
        CHECK(r.roadmap.import_notes.empty());
        const ImportMessage *m = find_message(r, "the row went on over 2 lines");
        REQUIRE(m);
        CHECK(m->line == 4);
    }

    TEST_CASE("what is not a Word file or text is refused with a reason; hostile archives end in an error") {
        for (const auto &entry : {std::pair{std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(512, '\0'), "legacy-word"},
                                  {std::string("{\\rtf1\\ansi plan}"), "rtf"},
                                  {std::string("%PDF-1.7\n"), "pdf"}}) {
            const std::string &bytes = entry.first;
            const char *status = entry.second; // no structured binding: CAPTURE's lambda
            CAPTURE(status);
            ImportResult r = import_document(bytes.data(), bytes.size());
            CHECK_FALSE(r.ok());
            REQUIRE(r.messages.size() == 1);
            CHECK(r.messages[0].kind == ImportMessage::Kind::error);
            CHECK(r.messages[0].text.find(".docx") != std::string::npos);
            CHECK(r.messages[0].text_ru.find(".docx") != std::string::npos);
            CHECK(r.format == status);
        }
        for (const char *file : {"spreadsheet.ods", "bomb.docx", "lying-bomb.docx", "many-entries.docx",
                                 "billion-laughs.docx", "deep.docx", "truncated.docx", "malformed.docx"}) {
            CAPTURE(file);
            ImportResult r = import_document(word_path(file));
            CHECK_FALSE(r.ok());
            REQUIRE(!r.messages.empty());
            CHECK(r.messages[0].kind == ImportMessage::Kind::error);
            CHECK(r.roadmap.sections.empty());
        }
        // Bytes that are no Word file are read as text: here, text with no plan table.
        ImportResult random = import_document(word_path("random.bin"));
        CHECK_FALSE(random.ok());
        CHECK(random.format == "text");
        CHECK(find_message(random, "no plan table found"));
        // A Word file whose tables are empty has no plan table either.
        ImportResult empty = import_document(word_path("empty-tables.docx"));
        CHECK_FALSE(empty.ok());
        CHECK(empty.format == "docx");
        CHECK(find_message(empty, "no plan table found"));
    }

    TEST_CASE("every message of an import is in Russian and English") {
        for (const char *file : {"columns-reordered.docx", "heading-rows.docx", "table-per-direction.odt", "no-period.docx"}) {
            ImportResult r = import_document(layout_path(file));
            for (const ImportMessage &m : r.messages) {
                CAPTURE(m.text);
                CHECK(!m.text.empty());
                CHECK(!m.text_ru.empty());
                CHECK(m.message(Language::ru) == m.text_ru);
                CHECK(m.message(Language::en) == m.text);
            }
        }
        ImportResult r = import_document(layout_path("columns-reordered.docx"));
        CHECK(import_summary(r, Language::en).find("3 measures in 1 section from 1 table (docx)") == 0);
        CHECK(import_summary(r, Language::ru).find("3 мероприятия в 1 разделе из 1 таблицы (docx)") == 0);
    }

    TEST_CASE("the plan period in every common form") {
        using detail::importer::period_in;
        CHECK(period_in("План на 2021-2022 учебный год") == "2021/2022");
        CHECK(period_in("План работы, 2022/2023 учебный год") == "2022/2023");
        CHECK(period_in("Дорожная карта на 2022 – 2024 годы") == "2022-2024");
        CHECK(period_in("План мероприятий по подготовке к ГИА в 2023 году") == "2023");
        CHECK(period_in("План на 2026 год") == "2026");
        CHECK(period_in("Дорожная карта, 2021-2024 гг.") == "2021-2024");
        CHECK(period_in("на период 2021-2024 годов") == "2021-2024");
        CHECK(period_in("в 2023-2024 уч. году") == "2023/2024");
        CHECK(period_in("на 2023-24 учебный год") == "2023/2024");
        CHECK(period_in("на 2021-2024 учебные годы") == "2021-09-01..2024-08-31");
        CHECK(period_in("на 2020 – 2022 гг.") == "2020-2022");
        CHECK(period_in("с 2021 по 2024 год") == "2021-2024");
        CHECK(period_in("на 2021 г.") == "2021");
        CHECK(period_in("План от 01.09.2023 № 5").empty());
        CHECK(period_in("Участие 2000 школьников").empty());
        using detail::importer::year_row_period;
        CHECK(year_row_period("2021 год") == "2021");
        CHECK(year_row_period("2021 г.") == "2021");
        CHECK(year_row_period("2022") == "2022");
        CHECK(year_row_period("На 2022 год:") == "2022");
        CHECK(year_row_period("2023-2024 учебный год") == "2023/2024");
        CHECK(year_row_period("Итоги 2021 года").empty());
        CHECK(year_row_period("I. Мероприятия").empty());
    }

    TEST_CASE("the order's date and number in every common form") {
        using namespace detail::importer;
        CHECK(date_in("14.03.2022 № 89-од") == Date(2022, 3, 14));
        CHECK(number_in("14.03.2022 № 89-од") == "89-од");
        CHECK(date_in("от 5 сентября 2023 года № 312") == Date(2023, 9, 5));
        CHECK(number_in("от 5 сентября 2023 года № 312") == "312");
        CHECK(date_in("от 05.10.2022 г. N 976") == Date(2022, 10, 5));
        CHECK(number_in("от 05.10.2022 г. N 976") == "976");
        CHECK(date_in("12.01.2021 N 7-р") == Date(2021, 1, 12));
        CHECK(number_in("12.01.2021 N 7-р") == "7-р");
        CHECK(date_in("от «14» мая 2022 г.") == Date(2022, 5, 14));
        CHECK_FALSE(date_in("31.02.2022"));
        CHECK(number_in("N-ский район").empty());
        for (const char *line : {"ПРИКАЗ от 14.03.2022 № 89-од", "ПРИКАЗ", "П Р И К А З"}) {
            Para p;
            p.text = p.raw = line;
            Paragraph paragraph{{&p}};
            Preamble pre = read_preamble({paragraph});
            REQUIRE_MESSAGE(pre.approved_by, line);
            CHECK(pre.approved_by->kind == "приказ");
        }
    }

    TEST_CASE("the heading vocabulary is data that reads, and covers the headings plans print") {
        using namespace detail::importer;
        std::string error;
        std::vector<ColumnWords> words = read_vocabulary(vocabulary_text(), error);
        CHECK(error.empty());
        CHECK(words.size() == vocabulary().size());
        read_vocabulary("columns: [{field: colour}]", error);
        CHECK(error.find("colour") != std::string::npos);
        const std::vector<std::pair<const char *, Column>> headings{
            {"№", Column::number},
            {"№ п/п", Column::number},
            {"N", Column::number},
            {"Мероприятие", Column::title},
            {"Мероприятия", Column::title},
            {"Содержание мероприятия", Column::title},
            {"Наименование мероприятия", Column::title},
            {"Содержание деятельности", Column::title},
            {"Направления деятельности", Column::title},
            {"Сроки", Column::deadline},
            {"Срок исполнения", Column::deadline},
            {"Сроки проведения", Column::deadline},
            {"Срок проведения", Column::deadline},
            {"Период проведения", Column::deadline},
            {"Дата", Column::deadline},
            {"Ответственные", Column::responsibles},
            {"Ответственный", Column::responsibles},
            {"Ответственные исполнители", Column::responsibles},
            {"Исполнитель", Column::responsibles},
            {"Исполнители", Column::responsibles},
            {"Ответственные лица", Column::responsibles},
            {"Ожидаемый результат", Column::result},
            {"Планируемый результат", Column::result},
            {"Результат", Column::result},
            {"Индикативные показатели", Column::result},
            {"Показатель", Column::result},
            {"Форма проведения", Column::form},
            {"Форма отчетности", Column::form},
            {"Категории участников", Column::note},
            {"Источник данных", Column::note},
        };
        for (const auto &entry : headings) { // no structured binding: CAPTURE's lambda
            const auto &heading = entry.first;
            const auto &column = entry.second;
            CAPTURE(heading);
            auto h = read_heading(heading);
            REQUIRE(h);
            CHECK(to_string(h->column) == to_string(column));
            CHECK(h->read_as.empty());
        }
    }

    TEST_CASE("encodings are told by their byte-order mark, their zero bytes, their validity, their letters") {
        using namespace detail::importer;
        Decoded bom = decode_text("\xEF\xBB\xBFплан");
        CHECK(bom.text == "план");
        CHECK(bom.evidence == Evidence::bom);
        // «План» in Windows-1251 and in KOI8-R: the same bytes, told apart by which reads as Russian.
        Decoded cp = decode_text("\xCF\xEB\xE0\xED \xEC\xE5\xF0\xEE\xEF\xF0\xE8\xFF\xF2\xE8\xE9");
        CHECK(cp.encoding == Encoding::windows1251);
        CHECK(cp.text == "План мероприятий");
        Decoded koi = decode_text("\xF0\xCC\xC1\xCE \xCD\xC5\xD2\xCF\xD0\xD2\xC9\xD1\xD4\xC9\xCA");
        CHECK(koi.encoding == Encoding::koi8r);
        CHECK(koi.text == "План мероприятий");
        Decoded odd = decode_text(std::string("\xFF\xFE\x1F\x04\x3B", 5)); // UTF-16LE «П» and half a unit
        CHECK(odd.encoding == Encoding::utf16le);
        CHECK(odd.text == "П\xEF\xBF\xBD");
        CHECK(odd.replaced == 1);
        Decoded ascii = decode_text("1.\tplan");
        CHECK(ascii.encoding == Encoding::utf8);
        CHECK(ascii.evidence == Evidence::valid);
    }
}
