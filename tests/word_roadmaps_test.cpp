// The bundled roadmaps written as .docx and .odt by
// tests/word/make_roadmap_documents.py (into ERM_ROADMAP_DOCUMENTS at build
// time), read back with <eduroadmap/word.hpp>. Each document's
// <id>.layout.json says where its tables, heading rows and measure rows
// stand; the values the rows must show come from loading examples/<id>.yaml
// with the library, so that the reader, the generator and the transcription
// are checked against each other: every measure's number (an automatic list
// label where the generator numbered the column through Word's or ODF's
// lists), title, sub-items and other cells, in order.
#include <eduroadmap/io.hpp>
#include <eduroadmap/word.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace eduroadmap;
using nlohmann::json;

namespace {

std::vector<std::string> roadmap_ids() {
    std::vector<std::string> ids;
    for (const auto &entry : std::filesystem::directory_iterator(std::string(ERM_SOURCE_DIR) + "/examples"))
        if (entry.path().extension() == ".yaml") ids.push_back(entry.path().stem().string());
    std::sort(ids.begin(), ids.end());
    return ids;
}

json layout_of(const std::string &id) {
    std::ifstream in(std::string(ERM_ROADMAP_DOCUMENTS) + "/" + id + ".layout.json");
    REQUIRE(in);
    return json::parse(in);
}

std::string joined(const std::vector<std::string> &lines) {
    std::string out;
    for (const std::string &line : lines) out += (out.empty() ? "" : "\n") + line;
    return out;
}

// The cell's paragraphs at list level 0 (the title's lines) or in a list (sub-items).
std::vector<std::string> paragraphs(const WordCell &cell, bool listed) {
    std::vector<std::string> out;
    for (const WordParagraph *p : cell.paragraphs())
        if ((p->list_level > 0) == listed) out.push_back(p->text);
    return out;
}

// What the cell of @p field must show for @p m, as the YAML has it.
std::string printed(const Measure &m, const std::string &field) {
    if (field == "number") return m.number;
    if (field == "form") return m.form;
    if (field == "deadline") return m.deadline ? m.deadline->text : "";
    if (field == "responsibles") return m.responsibles ? joined(m.responsibles->names) : "";
    if (field == "result") return m.result.value_or("");
    if (field == "status_text") return m.status_text;
    FAIL("no printed form for the field " << field);
    return {};
}

// The number cell shows @p number as a list label (and no text) when the
// generator numbered it through a list, as text otherwise.
void check_number_cell(const WordCell &cell, const json &expected) {
    const std::vector<const WordParagraph *> paragraphs = cell.paragraphs();
    REQUIRE(paragraphs.size() == 1);
    const std::string number = expected["text"];
    if (expected["listed"].get<bool>()) {
        CHECK(paragraphs[0]->list_label == number);
        CHECK(paragraphs[0]->text.empty());
    } else {
        CHECK(paragraphs[0]->list_label.empty());
        CHECK(paragraphs[0]->text == number);
    }
}

void check_measure_row(const WordRow &row, const json &fields, const Measure &m) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const std::string field = fields[i];
        INFO("measure " << m.number << " «" << m.title.substr(0, 60) << "», column " << i + 1 << " (" << field << ")");
        const WordCell *cell = row.cell_at(static_cast<int>(i) + 1);
        REQUIRE(cell != nullptr);
        if (field == "title") {
            CHECK(joined(paragraphs(*cell, false)) == m.title);
            CHECK(paragraphs(*cell, true) == m.items);
        } else {
            CHECK(cell->text() == printed(m, field));
        }
    }
}

} // namespace

TEST_SUITE("word") {

    TEST_CASE("the bundled roadmaps as .docx and .odt: every table, heading and measure row as written") {
    const std::vector<std::string> ids = roadmap_ids();
    REQUIRE(ids.size() >= 5);
    for (const std::string &id : ids) {
        LoadResult loaded = load_file(std::string(ERM_SOURCE_DIR) + "/examples/" + id + ".yaml");
        REQUIRE(loaded.document);
        const std::vector<MeasureRef> measures = all_measures(loaded.document->roadmap);
        const json layout = layout_of(id);
        for (const char *format : {"docx", "odt"}) {
            const std::string path = std::string(ERM_ROADMAP_DOCUMENTS) + "/" + id + "." + format;
            INFO(path);
            WordResult read = read_word_document(path);
            INFO(read.message());
            REQUIRE(read.ok());
            const std::vector<const WordTable *> tables = read.document.tables();
            REQUIRE(tables.size() == layout["tables"].size());
            std::size_t next = 0;
            for (std::size_t t = 0; t < tables.size(); ++t) {
                const WordTable &table = *tables[t];
                const json &expected = layout["tables"][t];
                INFO("table " << t + 1);
                CHECK(table.rows.size() == expected["rows"].get<std::size_t>());
                CHECK(table.columns == expected["columns"].get<int>());
                CHECK(std::count_if(table.rows.begin(), table.rows.end(), [](const WordRow &r) { return r.header; }) ==
                      expected["header_rows"].get<long>());
                for (const json &heading : expected["headings"]) {
                    const WordRow &row = table.rows.at(heading["row"].get<std::size_t>() - 1);
                    REQUIRE(row.cells.size() == 1);
                    CHECK(row.cells[0].span == table.columns);
                    CHECK(row.cells[0].text() == heading["text"].get<std::string>());
                }
                for (const json &group : expected["groups"]) {
                    const WordRow &row = table.rows.at(group["row"].get<std::size_t>() - 1);
                    REQUIRE(row.cells.size() == 2);
                    check_number_cell(row.cells[0], group);
                    CHECK(row.cells[1].span == table.columns - 1);
                    CHECK(row.cells[1].text() == group["title"].get<std::string>());
                }
                for (const json &measure : expected["measures"]) {
                    REQUIRE(next < measures.size());
                    const Measure &m = *measures[next++].measure;
                    CHECK(measure["text"].get<std::string>() == m.number);
                    const WordRow &row = table.rows.at(measure["row"].get<std::size_t>() - 1);
                    check_number_cell(row.cells.at(0), measure);
                    check_measure_row(row, expected["fields"], m);
                }
            }
            CHECK(next == measures.size());
        }
    }
}

} // TEST_SUITE
