// <eduroadmap/word.hpp>: the Word and OpenDocument reader. The documents are
// written at build time by tests/word/make_documents.py into
// ERM_WORD_DOCUMENTS; this file asserts what the reader sees in them.
#include "../src/word/list_labels.hpp"

#include <eduroadmap/word.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using namespace eduroadmap;

namespace {

std::string document_path(const std::string &name) { return std::string(ERM_WORD_DOCUMENTS) + "/" + name; }

std::string word_bytes(const std::string &name) {
    std::ifstream in(document_path(name), std::ios::binary);
    REQUIRE(in);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

WordDocument read_ok(const std::string &name) {
    WordResult r = read_word_document(document_path(name));
    INFO(name << ": " << r.message());
    REQUIRE(r.ok());
    return std::move(r.document);
}

std::vector<const WordParagraph *> body_paragraphs(const WordDocument &d) {
    std::vector<const WordParagraph *> out;
    for (const WordBlock &b : d.blocks)
        if (b.is_paragraph()) out.push_back(&b.paragraph());
    return out;
}

const WordCell &cell(const WordTable &t, int row, int column) {
    REQUIRE(row >= 1);
    REQUIRE(static_cast<std::size_t>(row) <= t.rows.size());
    const WordCell *c = t.rows[static_cast<std::size_t>(row - 1)].cell_at(column);
    REQUIRE(c != nullptr);
    return *c;
}

// The first column's labels, row by row (the auto-numbered number column).
std::vector<std::string> number_column(const WordTable &t) {
    std::vector<std::string> out;
    for (const WordRow &r : t.rows) out.push_back(r.cells.front().text());
    return out;
}

std::size_t count_cells(const std::vector<WordBlock> &blocks) {
    std::size_t n = 0;
    for (const WordBlock &b : blocks)
        if (b.is_table())
            for (const WordRow &r : b.table().rows)
                for (const WordCell &c : r.cells) n += 1 + count_cells(c.blocks);
    return n;
}

WordLocation at(int table, int row, int column, int paragraph, std::vector<WordNestedCell> nested = {}) {
    WordLocation l;
    l.table = table;
    l.row = row;
    l.column = column;
    l.paragraph = paragraph;
    l.nested = std::move(nested);
    return l;
}

} // namespace

TEST_SUITE("word") {

    TEST_CASE("list numbers in every format, past the end of the alphabet") {
    using namespace eduroadmap::detail::word;
    CHECK(format_number(1994, NumberStyle::upper_roman) == "MCMXCIV");
    CHECK(format_number(4, NumberStyle::lower_roman) == "iv");
    CHECK(format_number(4000, NumberStyle::upper_roman) == "4000");
    CHECK(format_number(7, NumberStyle::decimal_zero) == "07");
    CHECK(format_number(0, NumberStyle::lower_latin) == "0");
    CHECK(format_number(28, NumberStyle::upper_latin) == "BB");
    CHECK(format_number(28, NumberStyle::upper_latin, Letters::bijective) == "AB");
    CHECK(format_number(53, NumberStyle::lower_latin) == "aaa");
    // Russian: 29 letters, without ё, й, ъ, ь.
    CHECK(format_number(9, NumberStyle::lower_russian) == "и");
    CHECK(format_number(10, NumberStyle::lower_russian) == "к");
    CHECK(format_number(29, NumberStyle::upper_russian) == "Я");
    CHECK(format_number(31, NumberStyle::lower_russian) == "бб");
    CHECK(format_number(31, NumberStyle::lower_russian, Letters::bijective) == "аб");
    CHECK(format_number(5, NumberStyle::none).empty());
    CHECK(docx_number_style("russianLower") == NumberStyle::lower_russian);
    CHECK(docx_number_style("ordinalText") == NumberStyle::decimal);
    CHECK(odf_number_style("а, б, .. (ru)") == NumberStyle::lower_russian);
    CHECK(odf_number_style("") == NumberStyle::none);
    CHECK(bullet_text("\uf0a7") == "▪");
}

TEST_CASE("docx body: fields show their result, tracked changes their final text, hidden characters resolved") {
        const WordDocument d = read_ok("plan.docx");
        CHECK(d.format == WordFormat::docx);
        const auto p = body_paragraphs(d);
        REQUIRE(p.size() == 18);
        CHECK(p[0]->text == "АДМИНИСТРАЦИЯ ТОСНЕНСКОГО РАЙОНА");
        CHECK(p[1]->text == "ПРИКАЗ от 01.03.2021 № 120");            // complex field: result, not the DATE instruction
        CHECK(p[2]->text == "Страница 1");                            // fldSimple
        CHECK(p[3]->text == "План утверждён полностью; новое место"); // w:ins, w:moveTo kept; w:del, w:moveFrom gone
        CHECK(p[4]->text == "Общеобразовательные организации-ГИА\t10 000 перенос\nвторая строка");
        CHECK(p[5]->text == "В элементе управления"); // w:sdt read through
        CHECK(p[6]->text == "Начало продолжение");    // deleted paragraph mark: joined; deleted paragraph: gone
        CHECK(p[7]->text == "Рамка: ");
        for (std::size_t i = 0; i < p.size(); ++i) CHECK(p[i]->location == at(0, 0, 0, static_cast<int>(i) + 1));
    }

    TEST_CASE("docx: what is seen but not read is reported where it stands") {
        const WordDocument d = read_ok("plan.docx");
        REQUIRE(d.omitted.size() == 2);
        CHECK(d.omitted[0].kind == WordOmission::Kind::note);
        CHECK(d.omitted[0].location == at(0, 0, 0, 5));
        CHECK(d.omitted[1].kind == WordOmission::Kind::text_box);
        CHECK(d.omitted[1].location == at(0, 0, 0, 8));
    }

    TEST_CASE("docx: numbering from a style's basedOn chain, outline levels, list formats") {
        const WordDocument d = read_ok("plan.docx");
        const auto p = body_paragraphs(d);
        REQUIRE(p.size() == 18);
        // «Section» is based on «SectionBase» (numId 92, upper Roman), itself on Heading 1.
        CHECK(p[8]->text == "Мероприятия по повышению качества");
        CHECK(p[8]->list_label == "I.");
        CHECK(p[8]->list_level == 1);
        CHECK(p[8]->style_id == "Section");
        CHECK(p[8]->style_name == "Section");
        CHECK(p[8]->outline_level == 1);
        CHECK(p[8]->displayed() == "I. Мероприятия по повышению качества");
        CHECK(p[9]->list_label == "II.");
        CHECK(p[0]->list_label.empty());
        CHECK(p[0]->list_level == 0);
        CHECK(p[0]->outline_level == 0);
        CHECK(p[17]->text == "Заголовок второго уровня");
        CHECK(p[17]->outline_level == 2);
        CHECK(p[17]->style_id == "Heading2");
        CHECK(p[17]->style_name == "heading 2"); // as styles.xml stores Word's built-in names
        // lowerLetter from 3, russianUpper, lowerRoman in parentheses.
        CHECK(p[11]->list_label == "c)");
        CHECK(p[12]->list_label == "d)");
        CHECK(p[13]->list_label == "А.");
        CHECK(p[14]->list_label == "Б.");
        CHECK(p[15]->list_label == "(i)");
        CHECK(p[16]->list_label == "(ii)");
    }

    TEST_CASE(
        "docx: a list's counter runs across tables, restarts with a start override, and is shared by its numIds") {
        const WordDocument d = read_ok("plan.docx");
        const auto tables = d.tables();
        REQUIRE(tables.size() == 3);
        // Table 1: header, heading row, then 1., 2., 2.1., 3.; the tracked
        // deleted row takes no number, so the row in a content control is 4.
        CHECK(number_column(*tables[0]) ==
              std::vector<std::string>{"№ п/п", "I. Мероприятия по повышению качества преподавания учебных предметов",
                                       "1.", "2.", "2.1.", "3.", "4."});
        // Table 2 goes on: 5., 6., then the third level «а)», «б)».
        CHECK(number_column(*tables[1]) == std::vector<std::string>{"5.", "6.", "а)", "б)"});
        CHECK(cell(*tables[1], 3, 1).paragraphs().front()->list_level == 3);
        // Table 3: a new numId on the same definition, with a start override.
        CHECK(number_column(*tables[2]) == std::vector<std::string>{"1.", "2."});
        // The first numId again after it: the counter belongs to the definition.
        const auto p = body_paragraphs(d);
        CHECK(p[10]->text == "Общий счётчик");
        CHECK(p[10]->list_label == "3.");
    }

    TEST_CASE("docx table: header row, a heading row across the grid, cells with several paragraphs and bullets") {
        const WordDocument d = read_ok("plan.docx");
        const WordTable &t = *d.tables().at(0);
        CHECK(t.columns == 4);
        REQUIRE(t.rows.size() == 7);
        CHECK(t.rows[0].header);
        CHECK_FALSE(t.rows[1].header);
        CHECK(t.location == at(1, 0, 0, 0));
        CHECK(t.rows[2].location == at(1, 3, 0, 0));
        REQUIRE(t.rows[1].cells.size() == 1);
        CHECK(t.rows[1].cells[0].span == 4);
        CHECK(t.rows[1].cells[0].column == 1);
        const WordCell &title = cell(t, 3, 2);
        CHECK(title.text() == "Проведение мониторинга\n• анализ результатов\n• рекомендации");
        const auto lines = title.paragraphs();
        REQUIRE(lines.size() == 3);
        CHECK(lines[1]->text == "анализ результатов");
        CHECK(lines[1]->list_label == "•");
        CHECK(lines[1]->location == at(1, 3, 2, 2));
        CHECK(cell(t, 7, 2).text() == "Строка в элементе управления");
    }

    TEST_CASE("docx table: a vertically merged cell's text belongs to every row it spans") {
        const WordDocument d = read_ok("plan.docx");
        const WordTable &t = *d.tables().at(0);
        const WordCell &first = cell(t, 3, 4);
        CHECK(first.text() == "КО, ОО");
        CHECK(first.merge == WordMerge::first);
        CHECK(first.rows_spanned == 3);
        CHECK(first.merge_row == 3);
        for (int row : {4, 5}) {
            CAPTURE(row);
            const WordCell &c = cell(t, row, 4);
            CHECK(c.text() == "КО, ОО");
            CHECK(c.merge == WordMerge::continued);
            CHECK(c.rows_spanned == 3);
            CHECK(c.merge_row == 3);
            CHECK(c.location == at(1, row, 4, 0));
            CHECK(c.paragraphs().front()->location == at(1, row, 4, 1));
        }
        const WordCell &after = cell(t, 6, 4);
        CHECK(after.text() == "МОУО");
        CHECK(after.merge == WordMerge::none);
        CHECK(after.rows_spanned == 1);
    }

    TEST_CASE("docx table: a nested table stays inside its cell, with its own locations") {
        const WordDocument d = read_ok("plan.docx");
        const WordCell &outer = cell(*d.tables().at(0), 6, 2);
        // A cell ends with a paragraph: Word shows an empty one after the nested table.
        REQUIRE(outer.blocks.size() == 3);
        CHECK(outer.blocks[0].paragraph().text == "С вложенной таблицей");
        CHECK(outer.blocks[2].paragraph().text.empty());
        CHECK(outer.blocks[2].paragraph().location == at(1, 6, 2, 2));
        const WordTable &inner = outer.blocks[1].table();
        REQUIRE(inner.rows.size() == 2);
        CHECK(cell(inner, 1, 1).text() == "а");
        CHECK(cell(inner, 2, 2).text() == "г");
        CHECK(cell(inner, 2, 2).paragraphs().front()->location == at(1, 6, 2, 1, {{1, 2, 2}}));
        CHECK(cell(inner, 2, 2).location.describe() == "table 1, row 6, column 2, nested table 1, row 2, column 2");
        CHECK(cell(inner, 2, 2).location.describe(Language::ru) ==
              "таблица 1, строка 6, столбец 2, вложенная таблица 1, строка 2, столбец 2");
        CHECK(outer.text() == "С вложенной таблицей\n"); // nested tables are not the cell's own text
    }

    TEST_CASE("docx numbering: legal levels, lvlRestart, style-linked levels, numStyleLink, replaced levels") {
    const WordDocument d = read_ok("numbering.docx");
    std::vector<std::string> labels;
    for (const WordParagraph *p : body_paragraphs(d)) labels.push_back(p->list_label);
    CHECK(labels == std::vector<std::string>{
                        "I.", "I.1.", "1.1.1.", // isLgl: every level in decimal
                        "II.", "II.2.",         // lvlRestart 0: the second level never restarts
                        "Статья 1.", "", "Статья 2.", // the style's level (w:pStyle); numId 0 switches it off
                        "1)", "2)",                   // numStyleLink: both numIds count on one definition
                        "Раздел 5", "Раздел 6",       // a level replaced by lvlOverride, with its start
                        "z)", "aa)", "09.", "10.", "•", ""});
    const auto p = body_paragraphs(d);
    CHECK(p[6]->list_level == 0);
    CHECK(p[5]->list_level == 1);
    CHECK(p[17]->text == "Символ • и\nперевод"); // w:sym from the Symbol font, w:cr
}

TEST_CASE("docx table: gridBefore, Word 97's hMerge, a vMerge with nothing above") {
    const WordDocument d = read_ok("numbering.docx");
    const WordTable &t = *d.tables().at(0);
    CHECK(t.columns == 3);
    REQUIRE(t.rows.size() == 2);
    REQUIRE(t.rows[0].cells.size() == 2);
    CHECK(t.rows[0].cells[0].column == 2);
    CHECK(t.rows[0].cells[0].text() == "второй столбец");
    CHECK(t.rows[0].cells[0].merge == WordMerge::none);
    CHECK(t.rows[0].cell_at(1) == nullptr);
    REQUIRE(t.rows[1].cells.size() == 2);
    CHECK(t.rows[1].cells[0].span == 2);
    CHECK(t.rows[1].cells[0].text() == "два столбца");
    CHECK(t.rows[1].cell_at(2) == &t.rows[1].cells[0]);
    CHECK(t.rows[1].cells[1].column == 3);
}

TEST_CASE("odt body: white space, tracked changes, fields, notes") {
        const WordDocument d = read_ok("plan.odt");
        CHECK(d.format == WordFormat::odt);
        const auto p = body_paragraphs(d);
        REQUIRE(p.size() == 5);
        CHECK(p[0]->text == "АДМИНИСТРАЦИЯ");
        CHECK(p[1]->text == "Текст остался, вставка"); // the deletion kept in text:tracked-changes is not shown
        CHECK(p[2]->text == "а   б\tв\nг д перенос и ещё");
        CHECK(p[3]->text == "Дата: 01.03.2021");
        REQUIRE(d.omitted.size() == 1);
        CHECK(d.omitted[0].kind == WordOmission::Kind::note);
        CHECK(d.omitted[0].location == at(0, 0, 0, 4));
        // A heading numbered by the outline style; its automatic style shows as the named one.
        CHECK(p[4]->text == "Мероприятия");
        CHECK(p[4]->outline_level == 1);
        CHECK(p[4]->list_label == "I.");
        CHECK(p[4]->style_id == "Heading_20_1");
        CHECK(p[4]->style_name == "Heading 1");
    }

    TEST_CASE("odt tables: spans, covered cells, header rows, lists continued and restarted, nested table") {
        const WordDocument d = read_ok("plan.odt");
        const auto tables = d.tables();
        REQUIRE(tables.size() == 3);
        const WordTable &t = *tables[0];
        CHECK(t.columns == 4);
        REQUIRE(t.rows.size() == 6);
        CHECK(t.rows[0].header);
        CHECK_FALSE(t.rows[2].header);
        REQUIRE(t.rows[1].cells.size() == 1);
        CHECK(t.rows[1].cells[0].span == 4);
        CHECK(number_column(t) ==
              std::vector<std::string>{"№ п/п", "I. Мероприятия по повышению качества", "1.", "2.", "2.1.", "3."});
        CHECK(cell(t, 5, 1).paragraphs().front()->list_level == 2);
        CHECK(cell(t, 3, 4).merge == WordMerge::first);
        for (int row : {3, 4, 5}) {
            CAPTURE(row);
            CHECK(cell(t, row, 4).text() == "КО, ОО");
            CHECK(cell(t, row, 4).rows_spanned == 3);
        }
        CHECK(cell(t, 5, 4).merge == WordMerge::continued);
        CHECK(cell(t, 5, 4).location == at(1, 5, 4, 0));
        // Two empty cells written as one repeated cell.
        REQUIRE(t.rows[5].cells.size() == 4);
        CHECK(t.rows[5].cells[3].column == 4);
        CHECK(t.rows[5].cells[3].text().empty());
        const WordTable &inner = cell(t, 6, 2).blocks.at(1).table();
        CHECK(cell(inner, 2, 1).text() == "в");
        CHECK(cell(inner, 2, 1).location == at(1, 6, 2, 0, {{1, 2, 1}}));
        CHECK(number_column(*tables[1]) == std::vector<std::string>{"4.", "5."});
        CHECK(number_column(*tables[2]) == std::vector<std::string>{"1.", "10."});
    }

    TEST_CASE("odt lists: bullets, list headers, items of several paragraphs, sublevels shown, letters") {
    const WordDocument d = read_ok("lists.odt");
    std::vector<std::string> shown;
    std::vector<int> levels;
    for (const WordParagraph *p : body_paragraphs(d)) {
        shown.push_back(p->displayed());
        levels.push_back(p->list_level);
    }
    CHECK(shown == std::vector<std::string>{"• первый", "• второй", "1. один", "заголовок списка", "2. два",
                                            "второй абзац пункта", "a) подпункт", "(2.a.1) глубже", "ab) буква",
                                            "bb) буква"});
    CHECK(levels == std::vector<int>{1, 1, 1, 1, 1, 1, 2, 3, 1, 1});
}

TEST_CASE("a .docx whose tables are empty reads as empty tables") {
        const WordDocument d = read_ok("empty-tables.docx");
        const auto tables = d.tables();
        REQUIRE(tables.size() == 2);
        REQUIRE(tables[0]->rows.size() == 3);
        for (const WordRow &r : tables[0]->rows) {
            REQUIRE(r.cells.size() == 3);
            for (const WordCell &c : r.cells) CHECK(c.text().empty());
        }
        CHECK(tables[1]->rows.empty());
        CHECK(tables[1]->columns == 1);
    }

    TEST_CASE("reading from memory gives what reading the file gives") {
        const std::string bytes = word_bytes("plan.docx");
        const WordResult from_memory = read_word_document(bytes.data(), bytes.size());
        REQUIRE(from_memory.ok());
        CHECK(from_memory.document == read_ok("plan.docx"));
    }

    TEST_CASE("formats are recognised by content: .doc, RTF and PDF are asked to be saved as .docx") {
        struct Case {
            std::string bytes;
            WordStatus status;
        };
        const Case cases[] = {
            {std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0'), WordStatus::legacy_word},
            {"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} План}", WordStatus::rtf},
            {"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj", WordStatus::pdf},
        };
        for (const Case &c : cases) {
            const WordResult r = read_word_document(c.bytes.data(), c.bytes.size());
            CHECK(r.status == c.status);
            CHECK(r.message(Language::en).find("as .docx") != std::string::npos);
            CHECK(r.message(Language::ru).find("как .docx") != std::string::npos);
        }
        CHECK(read_word_document("plain text\tcells\n", 17).status == WordStatus::not_word);
        CHECK(read_word_document(nullptr, 0).status == WordStatus::not_word);
        CHECK(read_word_document(document_path("random.bin")).status == WordStatus::not_word);
        const WordResult ods = read_word_document(document_path("spreadsheet.ods"));
        CHECK(ods.status == WordStatus::other_archive);
        CHECK(ods.message().find("application/vnd.oasis.opendocument.spreadsheet") != std::string::npos);
        CHECK(read_word_document(document_path("workbook.xlsx")).status == WordStatus::other_archive);
    }

    TEST_CASE("hostile archives end in their own error") {
        const WordLimits defaults;
        SUBCASE("a ZIP bomb is refused by its declared size, before it is inflated") {
            const WordResult r = read_word_document(document_path("bomb.docx"));
            CHECK(r.status == WordStatus::part_too_large);
            CHECK(r.part == "word/document.xml");
            CHECK(r.limit == defaults.max_part_bytes);
            CHECK(r.found == 100u << 20);
            CHECK(
                r.message() ==
                "part word/document.xml unpacks to more than the limit of 67108864 bytes (104857600 or more): refused "
                "as a possible ZIP bomb");
        }
        SUBCASE("a ZIP bomb whose headers lie about the size is stopped while it is inflated") {
            const WordResult r = read_word_document(document_path("lying-bomb.docx"));
            CHECK(r.status == WordStatus::part_too_large);
            CHECK(r.found > defaults.max_part_bytes);
            CHECK(r.found <= defaults.max_part_bytes + (64u << 10));
        }
        SUBCASE("thousands of entries") {
            const WordResult r = read_word_document(document_path("many-entries.docx"));
            CHECK(r.status == WordStatus::too_many_entries);
            CHECK(r.found == 20'001);
            CHECK(r.limit == 10'000);
            CHECK(r.message(Language::ru) == "в архиве 20001 файлов, больше предела 10000");
        }
        SUBCASE("billion laughs") {
            const WordResult r = read_word_document(document_path("billion-laughs.docx"));
            CHECK(r.status == WordStatus::doctype);
            CHECK(r.part == "word/document.xml");
        }
        SUBCASE("100,000-deep nesting") {
            const WordResult r = read_word_document(document_path("deep.docx"));
            CHECK(r.status == WordStatus::too_deep);
            CHECK(r.limit == 256);
            CHECK(r.found > 300'000);
        }
        SUBCASE("a truncated archive") {
            const WordResult r = read_word_document(document_path("truncated.docx"));
            CHECK(r.status == WordStatus::damaged_archive);
            CHECK_FALSE(r.detail.empty());
        }
        SUBCASE("malformed XML") {
            const WordResult r = read_word_document(document_path("malformed.docx"));
            CHECK(r.status == WordStatus::malformed_xml);
            CHECK(r.part == "word/document.xml");
            CHECK(r.found > 0);
        }
        SUBCASE("two billion spaces in an .odt") {
            const WordResult r = read_word_document(document_path("huge-spaces.odt"));
            CHECK(r.status == WordStatus::too_much_text);
            CHECK(r.limit == defaults.max_text_bytes);
        }
        SUBCASE("a billion repeated rows in an .odt") {
            const WordResult r = read_word_document(document_path("repeated-rows.odt"));
            CHECK(r.status == WordStatus::too_many_rows);
            CHECK(r.found == 1'000'000'000u);
        }
        SUBCASE("a file that is not there") {
            const WordResult r = read_word_document(document_path("absent.docx"));
            CHECK(r.status == WordStatus::unreadable);
            CHECK(r.message().find("No such file") != std::string::npos);
            const WordResult dir = read_word_document(std::string(ERM_WORD_DOCUMENTS));
            CHECK(dir.status == WordStatus::unreadable);
            CHECK(dir.message() == "the file cannot be read: Is a directory");
        }
    }

    TEST_CASE("every limit is enforced, merged cells' copies counted") {
        const std::string bytes = word_bytes("plan.docx");
        const auto status_with = [&](auto set) {
            WordLimits limits;
            set(limits);
            return read_word_document(bytes.data(), bytes.size(), limits).status;
        };
        CHECK(status_with([&](WordLimits &l) { l.max_input_bytes = bytes.size() - 1; }) == WordStatus::input_too_large);
        CHECK(status_with([](WordLimits &l) { l.max_entries = 3; }) == WordStatus::too_many_entries);
        CHECK(status_with([](WordLimits &l) { l.max_part_bytes = 1000; }) == WordStatus::part_too_large);
        CHECK(status_with([](WordLimits &l) { l.max_total_bytes = 5000; }) == WordStatus::total_too_large);
        CHECK(status_with([](WordLimits &l) { l.max_xml_nodes = 100; }) == WordStatus::too_many_nodes);
        CHECK(status_with([](WordLimits &l) { l.max_xml_depth = 5; }) == WordStatus::too_deep);
        CHECK(status_with([](WordLimits &l) { l.max_rows = 3; }) == WordStatus::too_many_rows);
        CHECK(status_with([](WordLimits &l) { l.max_paragraphs = 5; }) == WordStatus::too_many_paragraphs);
        CHECK(status_with([](WordLimits &l) { l.max_text_bytes = 100; }) == WordStatus::too_much_text);

        // The cells of the model, copies of merged cells and nested tables included:
        // exactly that many pass, one fewer does not.
        const std::size_t cells = count_cells(read_ok("plan.docx").blocks);
        CHECK(status_with([&](WordLimits &l) { l.max_cells = cells; }) == WordStatus::ok);
        CHECK(status_with([&](WordLimits &l) { l.max_cells = cells - 1; }) == WordStatus::too_many_cells);
    }

    TEST_CASE("every status has a message in both languages") {
        for (int s = static_cast<int>(WordStatus::not_word); s <= static_cast<int>(WordStatus::malformed_xml); ++s) {
            WordResult r;
            r.status = static_cast<WordStatus>(s);
            r.part = "word/document.xml";
            r.limit = 10;
            r.found = 11;
            CAPTURE(to_string(r.status));
            CHECK_FALSE(r.message(Language::en).empty());
            CHECK_FALSE(r.message(Language::ru).empty());
            CHECK(r.message(Language::en) != r.message(Language::ru));
            CHECK(r.message().find('{') == std::string::npos);
        }
        CHECK(WordResult().message().empty());
    }

} // TEST_SUITE
