// Tests for <eduroadmap/import.hpp>: plan tables saved from Word as text, in
// both layouts (tests/fixtures/import/), the import_notes field, and the five
// bundled roadmaps' source texts (tests/fixtures/sources/) against their hand
// transcriptions in examples/.
#include <eduroadmap/import.hpp>
#include <eduroadmap/io.hpp>

#include "../src/import/glossary.hpp"
#include "../src/import/headings.hpp"
#include "../src/import/ids.hpp"
#include "../src/import/source.hpp"
#include "../src/text.hpp"
#include "../src/words.hpp"

#include "import_checks.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace eduroadmap;
using testing::check_loads_back;
using testing::count_words;
using testing::messages_of;

namespace {

const std::string fixtures = std::string(ERM_SOURCE_DIR) + "/tests/fixtures/import/";

ImportResult import_fixture(const std::string &name) { return import_file(fixtures + name); }

std::string read(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The plain-text export of the bundled roadmap @p name («tosno-2021»).
std::string source(const std::string &name) {
    return std::string(ERM_SOURCE_DIR) + "/tests/fixtures/sources/" + name + ".txt";
}

const ImportMessage *message_at(const ImportResult &r, int line, ImportMessage::Kind kind) {
    for (const ImportMessage &m : r.messages)
        if (m.line == line && m.kind == kind) return &m;
    return nullptr;
}

// ---- the five fields the transcriptions are compared on -----------------------

struct Row {
    std::string number, title, deadline, responsibles, result;
    bool operator==(const Row &o) const {
        return number == o.number && title == o.title && deadline == o.deadline && responsibles == o.responsibles &&
               result == o.result;
    }
};

std::vector<Row> rows_of(const Roadmap &rm) {
    using detail::squeeze_spaces;
    std::vector<Row> out;
    for (const MeasureRef &ref : all_measures(rm)) {
        const Measure &m = *ref.measure;
        std::string resp;
        if (m.responsibles)
            for (const std::string &n : m.responsibles->names) resp += (resp.empty() ? "" : ", ") + n;
        out.push_back({squeeze_spaces(m.number), squeeze_spaces(m.title),
                       squeeze_spaces(m.deadline ? m.deadline->text : std::string()), squeeze_spaces(resp),
                       squeeze_spaces(m.result.value_or(""))});
    }
    return out;
}

// The rows of @p want found, all five fields equal, in the same order in
// @p got: the length of their longest common subsequence.
std::size_t matching_rows(const std::vector<Row> &want, const std::vector<Row> &got) {
    std::vector<std::size_t> prev(got.size() + 1, 0), cur(got.size() + 1, 0);
    for (std::size_t i = 1; i <= want.size(); ++i) {
        for (std::size_t j = 1; j <= got.size(); ++j)
            cur[j] = want[i - 1] == got[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], cur[j - 1]);
        std::swap(prev, cur);
    }
    return prev[got.size()];
}

// What differs, for the report: rows of the transcription with no equal row
// at the same position of the import (rows compared in order while both
// sequences have the same length).
std::string differences(const std::vector<Row> &want, const std::vector<Row> &got) {
    std::string s;
    for (std::size_t i = 0; i < want.size() && i < got.size(); ++i) {
        if (want[i] == got[i]) continue;
        s += "row " + std::to_string(i) + " «" + want[i].number + "»:";
        if (want[i].title != got[i].title) s += " title";
        if (want[i].deadline != got[i].deadline) s += " deadline [" + want[i].deadline + " | " + got[i].deadline + "]";
        if (want[i].responsibles != got[i].responsibles)
            s += " responsibles [" + want[i].responsibles + " | " + got[i].responsibles + "]";
        if (want[i].result != got[i].result) s += " result";
        s += "\n";
    }
    if (want.size() != got.size())
        s += std::to_string(want.size()) + " rows transcribed, " + std::to_string(got.size()) + " imported\n";
    return s;
}

double match_rate(const std::string &name, std::string &report) {
    ImportResult imported = import_file(source(name));
    LoadResult transcribed = load_file(std::string(ERM_SOURCE_DIR) + "/examples/" + name + ".yaml");
    REQUIRE(transcribed.document);
    std::vector<Row> want = rows_of(transcribed.document->roadmap), got = rows_of(imported.roadmap);
    REQUIRE(!want.empty());
    std::size_t matching = matching_rows(want, got);
    double rate = 100.0 * static_cast<double>(matching) / static_cast<double>(want.size());
    char line[160];
    std::snprintf(line, sizeof line, "%s: %zu of %zu rows match (%.1f %%), %zu imported", name.c_str(), matching,
                  want.size(), rate, got.size());
    report = line + std::string("\n") + differences(want, got);
    return rate;
}

} // namespace

TEST_CASE("a tab-separated table: order header, sections, wrapped rows, shifted cells, a glossary") {
    ImportResult r = import_fixture("tab-separated.txt");
    INFO(messages_of(r));
    REQUIRE(r.ok());
    CHECK(r.layout == TableLayout::tab_separated);
    CHECK(r.tables == 1);
    const Roadmap &rm = r.roadmap;
    CHECK(rm.id == "tab-separated");
    CHECK(rm.title == "План мероприятий («дорожная карта») по развитию системы оценки качества образования на "
                      "2021-2022 годы");
    CHECK(rm.period.text == "2021-2022");
    REQUIRE(rm.approved_by);
    CHECK(rm.approved_by->kind == "приказ");
    CHECK(rm.approved_by->number == "12/3");
    CHECK(rm.approved_by->date == Date(2021, 2, 15));
    CHECK(rm.approved_by->authority == "АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО РАЙОНА УПРАВЛЕНИЕ ОБРАЗОВАНИЯ");
    CHECK(rm.approved_by->title == "Об утверждении плана мероприятий");
    CHECK(rm.approved_by->signed_by == "И.И. Петрова");
    CHECK(rm.approved_by->text == "1. Утвердить план мероприятий (приложение).\n\nНачальник управления");

    REQUIRE(rm.sections.size() == 2);
    const Section &first = rm.sections[0];
    CHECK(first.number == "1");
    CHECK(first.title == "Система оценки качества подготовки обучающихся.");
    REQUIRE(first.measures.size() == 4);
    CHECK(first.measures[0].number == "1.");
    CHECK(first.measures[0].title == "Участие во Всероссийских проверочных работах");
    CHECK(first.measures[0].deadline->text == "Ежегодно");
    CHECK(first.measures[0].responsibles->names == std::vector<std::string>{"УО, ОО"});
    CHECK(first.measures[0].result == "Аналитическая справка");
    // A row the export broke over two lines (source lines 21 and 23): one measure.
    CHECK(first.measures[1].title == "Обеспечение информационной безопасности при обработке данных.");
    CHECK(first.measures[1].deadline->text == "Постоянно");
    CHECK(first.measures[1].result == "Выполнение требований безопасности.");
    // Seven cells under five headings: the empty ones go, the rest is read
    // left to right, so the deadline holds a form of work, as printed.
    CHECK(first.measures[2].deadline->text == "совещание");
    CHECK(first.measures[2].responsibles->names.front() == "март");
    CHECK(first.measures[2].result == "УО");
    CHECK(message_at(r, 24, ImportMessage::Kind::guess));
    // A short row: the missing cells are empty.
    CHECK(first.measures[3].title == "Круглый стол");
    CHECK(first.measures[3].deadline->text == "Апрель 2021");
    CHECK(first.measures[3].responsibles->names.front().empty());
    CHECK(first.measures[3].result == "");

    // A heading printed as a line of its own between rows.
    const Section &second = rm.sections[1];
    CHECK(second.number.empty());
    CHECK(second.title == "Направление «Работа со школами с низкими результатами обучения»");
    REQUIRE(second.measures.size() == 2);
    CHECK(second.measures[0].title == "Мониторинг:");
    CHECK(second.measures[0].items ==
          std::vector<std::string>{"• участия в олимпиадах;", "• охвата дополнительным образованием"});
    CHECK(second.measures[0].deadline->text == "ежегодно");
    // An unnumbered row with cells of its own is a measure of its own.
    CHECK(second.measures[1].number.empty());
    CHECK(second.measures[1].title == "Консультации для педагогов");
    CHECK(second.measures[1].result == "Консультации проведены");

    REQUIRE(rm.responsibles.size() == 2);
    CHECK(rm.responsibles[0].id == "uo");
    CHECK(rm.responsibles[0].short_name == "УО");
    CHECK(rm.responsibles[0].full_name == "управление образования администрации района");
    CHECK(rm.responsibles[1].id == "oo");
    CHECK(rm.responsibles[1].full_name == "образовательные организации");

    REQUIRE(rm.import_notes.size() == 1);
    CHECK(rm.import_notes[0].line == 39);
    CHECK(rm.import_notes[0].text == "Примечание: план может корректироваться.");
    const ImportMessage *m = message_at(r, 39, ImportMessage::Kind::unplaced);
    REQUIRE(m);
    CHECK(m->text.find("Примечание: план может корректироваться.") != std::string::npos);
    check_loads_back(r);
}

TEST_CASE("one cell per line: approval stamp, sub-headings, multi-line and empty cells") {
    ImportResult r = import_fixture("cell-per-line.txt");
    INFO(messages_of(r));
    REQUIRE(r.ok());
    CHECK(r.layout == TableLayout::cell_per_line);
    const Roadmap &rm = r.roadmap;
    CHECK(rm.title == "План мероприятий по повышению качества образования на 2023-2024 учебный год");
    CHECK(rm.period.text == "2023/2024");
    CHECK(rm.period.window == Window(Date(2023, 9, 1), Date(2024, 8, 31)));
    REQUIRE(rm.approved_by);
    CHECK(rm.approved_by->kind == "приказ");
    CHECK(rm.approved_by->authority == "Управление образования Н-ского района"); // the stamp's genitive, in the nominative
    CHECK(rm.approved_by->date == Date(2023, 9, 1));
    CHECK(rm.approved_by->number == "77");

    REQUIRE(rm.sections.size() == 1);
    const Section &s = rm.sections[0];
    CHECK(s.title == "Система оценки качества подготовки обучающихся");
    CHECK(s.measures.empty());
    REQUIRE(s.groups.size() == 2);
    CHECK(s.groups[0].number == "I");
    CHECK(s.groups[0].title == "Организационные мероприятия");
    REQUIRE(s.groups[0].measures.size() == 2);
    const Measure &m1 = s.groups[0].measures[0];
    CHECK(m1.number == "1.");
    CHECK(m1.title == "Проведение мониторинга:\n- предметных результатов;\n- метапредметных результатов");
    CHECK(m1.deadline->text == "сентябрь\nежегодно"); // a cell's lines, a blank line between them
    CHECK(m1.responsibles->names.front() == "УО\nОО");
    CHECK(!m1.result); // the table has no result column
    const Measure &m2 = s.groups[0].measures[1];
    CHECK(m2.number == "2");
    CHECK(m2.deadline->text == "?");
    CHECK(m2.responsibles->names.front().empty()); // a lone tab: an empty cell
    REQUIRE(s.groups[1].measures.size() == 1);
    CHECK(s.groups[1].number == "II");
    CHECK(s.groups[1].measures[0].title == "Родительское собрание");
    CHECK(s.groups[1].measures[0].deadline->text == "март 2024");

    // The table ends at the line in capitals; what follows is kept.
    REQUIRE(rm.import_notes.size() == 2);
    CHECK(rm.import_notes[0].line == 41);
    CHECK(rm.import_notes[0].text == "ПРИЛОЖЕНИЕ");
    CHECK(rm.import_notes[1].line == 42);
    CHECK(rm.import_notes[1].text == "Лист ознакомления");
    check_loads_back(r);
}

TEST_CASE("headings: folded words with extra words, a misspelling, a column the format lacks") {
    ImportResult r = import_fixture("headings.txt");
    INFO(messages_of(r));
    REQUIRE(r.ok());
    CHECK(r.roadmap.period.text == "2022");
    const ImportMessage *m = message_at(r, 3, ImportMessage::Kind::guess);
    REQUIRE(m);
    CHECK(m->text == "the heading «Срки исполнения» was read as «Сроки исполнения»");
    REQUIRE(r.roadmap.sections.size() == 1);
    const std::vector<Measure> &ms = r.roadmap.sections[0].measures;
    REQUIRE(ms.size() == 2);
    CHECK(ms[0].title == "Семинар для заместителей директоров");
    CHECK(ms[0].form == "семинар");
    CHECK(ms[0].deadline->text == "октябрь");
    CHECK(ms[0].responsibles->names.front() == "МКУ ЦРО");
    CHECK(ms[0].result == "повышение компетенций");
    CHECK(ms[0].note == "Примечание: по плану ИРО");
    CHECK(ms[0].status_text == "выполнено");
    CHECK(ms[1].note.empty());
    CHECK(ms[1].result == "");
    check_loads_back(r);
}

TEST_CASE("a text without a plan table is not importable, and no line is lost") {
    ImportResult r = import_fixture("no-table.txt");
    CHECK_FALSE(r.ok());
    CHECK(r.tables == 0);
    CHECK(r.layout == TableLayout::none);
    REQUIRE(message_at(r, 0, ImportMessage::Kind::error));
    std::vector<int> lines;
    for (const ImportNote &n : r.roadmap.import_notes) lines.push_back(n.line);
    CHECK(lines == std::vector<int>{1, 3, 4});
}

TEST_CASE("the plan period: from the title, an explicit one, a guess from the deadlines") {
    const std::string table = "№\tМероприятие\tСроки\tОтветственные\n1.\tСовещание\tмарт 2021, май 2022\tУО\n";
    ImportResult guessed = import_text(table);
    INFO(messages_of(guessed));
    REQUIRE(guessed.ok());
    CHECK(guessed.roadmap.period.text == "2021-2022");
    CHECK(message_at(guessed, 0, ImportMessage::Kind::guess));

    ImportOptions explicit_period;
    explicit_period.period = "2020/2021";
    ImportResult given = import_text(table, explicit_period);
    REQUIRE(given.ok());
    CHECK(given.roadmap.period.window == Window(Date(2020, 9, 1), Date(2021, 8, 31)));
    CHECK_FALSE(message_at(given, 0, ImportMessage::Kind::guess));

    ImportOptions bad;
    bad.period = "2022-2020";
    ImportResult refused = import_text(table, bad);
    CHECK_FALSE(refused.ok());
    CHECK(message_at(refused, 0, ImportMessage::Kind::error));

    ImportResult none = import_text("№\tМероприятие\tСроки\tОтветственные\n1.\tСовещание\tежегодно\tУО\n");
    CHECK_FALSE(none.ok());
    CHECK_FALSE(none.roadmap.period.known);

    ImportResult school = import_text("План работы на 2023/2024 учебный год\n\n" + table);
    CHECK(school.roadmap.period.text == "2023/2024");
    ImportResult years = import_text("Дорожная карта на 2020 – 2022 гг.\n\n" + table);
    CHECK(years.roadmap.period.text == "2020-2022");
}

TEST_CASE("ids: from the option, from the file name, refused when malformed") {
    const std::string table = "№\tМероприятие\tСроки\tОтветственные\n1.\tСовещание\t2021\tУО\n";
    ImportOptions o;
    o.file = "/tmp/План_Тосно 2021.txt";
    CHECK(import_text(table, o).roadmap.id == "plan-tosno-2021");
    CHECK(import_text(table).roadmap.id == "imported");
    o.id = "tosno-2021";
    CHECK(import_text(table, o).roadmap.id == "tosno-2021");
    o.id = "Тосно";
    CHECK_FALSE(import_text(table, o).ok());
    CHECK(detail::importer::make_id("МБОУ ДО «ТР ДЮЦ»") == "mbou-do-tr-dyuts");
    CHECK(detail::importer::make_id("Объединение, щука, ёж") == "obedinenie-shchuka-ezh");
    CHECK(detail::importer::make_id("«—»").empty());
}

TEST_CASE("ill-formed UTF-8 and control characters are replaced, not fatal") {
    std::string text = "№\tМероприятие\tСроки\tОтветственные\n1.\tСовещ\xff\x01ние\t2021\tУО\n";
    ImportResult r = import_text(text);
    REQUIRE(r.ok());
    CHECK(r.roadmap.sections.at(0).measures.at(0).title == "Совещ\xEF\xBF\xBD ние");
    CHECK(message_at(r, 2, ImportMessage::Kind::guess));
    check_loads_back(r);
}

TEST_CASE("import_file: an unreadable file is an error, not an exception") {
    ImportResult r = import_file(fixtures + "does-not-exist.txt");
    CHECK_FALSE(r.ok());
    REQUIRE(r.messages.size() == 1);
    CHECK(r.messages[0].kind == ImportMessage::Kind::error);
    CHECK(r.messages[0].text.find("does-not-exist.txt") != std::string::npos);
    ImportOptions tiny;
    tiny.limits.max_file_bytes = 10;
    CHECK_FALSE(import_file(fixtures + "headings.txt", tiny).ok());
}

TEST_CASE("import_notes: written, loaded back, checked") {
    const std::string base = "schema: eduroadmap/1\nid: x\ntitle: X\nperiod: 2021\nsections: []\n";
    LoadResult ok = load_string(base + "import_notes:\n  - line: 7\n    text: \"Дочка\"\n");
    REQUIRE(ok.ok());
    REQUIRE(ok.document->roadmap.import_notes.size() == 1);
    CHECK(ok.document->roadmap.import_notes[0].line == 7);
    CHECK(ok.document->roadmap.import_notes[0].text == "Дочка");
    std::string yaml = to_yaml(ok.document->roadmap);
    CHECK(yaml.find("import_notes:\n  - line: 7\n    text: \"Дочка\"") != std::string::npos);

    LoadResult fraction = load_string(base + "import_notes:\n  - {line: 2.5, text: a}\n");
    REQUIRE(!fraction.diagnostics.empty());
    CHECK(fraction.diagnostics[0].rule == "wrong-type");
    CHECK(fraction.diagnostics[0].path == "import_notes[0].line");
    LoadResult zero = load_string(base + "import_notes:\n  - {line: 0, text: a}\n");
    CHECK_FALSE(zero.ok());
    LoadResult missing = load_string(base + "import_notes:\n  - {line: 3}\n");
    REQUIRE(!missing.diagnostics.empty());
    CHECK(missing.diagnostics[0].rule == "missing-field");
    LoadResult unknown = load_string(base + "import_notes:\n  - {line: 3, text: a, page: 1}\n");
    REQUIRE(!unknown.diagnostics.empty());
    CHECK(unknown.diagnostics[0].rule == "unknown-field");
}

TEST_CASE("measure numbers and headings") {
    using namespace detail::importer;
    for (const char *n : {"1", "12.", "3.1", "2..", "12.1", "1.1.", "7)"}) CHECK_MESSAGE(is_measure_number(n), n);
    for (const char *n : {"", "2021", ".", "1a", "Ежегодно", "1...", "1.2021"}) CHECK_MESSAGE(!is_measure_number(n), n);
    CHECK(is_roman_number("IV."));
    CHECK_FALSE(is_roman_number("IT"));
    auto column = [](const char *cell) { return read_heading(cell).value_or(Heading{}).column; };
    CHECK(column("№ п/п") == Column::number);
    CHECK(column("Мероприятие (содержание деятельности)") == Column::title);
    CHECK(column("НАИМЕНОВАНИЕ МЕРОПРИЯТИЯ") == Column::title);
    CHECK(column("Сроки исполнения") == Column::deadline);
    CHECK(column("Срок проведения") == Column::deadline);
    CHECK(column("Ответственный исполнитель") == Column::responsibles);
    CHECK(column("Исполнители") == Column::responsibles);
    CHECK(column("Индикативные показатели") == Column::result);
    CHECK(column("Ожидаемые результаты (форма отчёта)") == Column::result);
    CHECK(column("Форма проведения") == Column::form);
    CHECK(column("Отметка о выполнении") == Column::status);
    CHECK_FALSE(read_heading("Участие образовательных организаций во Всероссийских проверочных работах в штатном режиме"));
}

// The measure of done: importing the Tosno, Bashmakovo and Timashevsk roadmaps reproduces
// their transcriptions' measures (number, title, deadline, responsibles,
// result, compared after whitespace normalisation) for at least 95 % of rows.
TEST_CASE("the tab-separated sources reproduce their transcriptions") {
    for (const char *name : {"tosno-2021", "bashmakovo-2020-2022", "timashevsk-2023-2024"}) {
        std::string report;
        double rate = match_rate(name, report);
        MESSAGE(report);
        CHECK(rate >= 95.0);
    }
}

TEST_CASE("the one-cell-per-line sources reproduce their transcriptions") {
    for (const char *name : {"tonkino-2020-2021", "kachkanar-2019-2020"}) {
        std::string report;
        double rate = match_rate(name, report);
        MESSAGE(report);
        CHECK(rate >= 95.0);
    }
}

// Nothing from the input is silently dropped: every word of every line (but
// the headings and the column numbers under them) is somewhere in the
// imported roadmap, as many times as the input has it.
TEST_CASE("every source imports into YAML that loads, and keeps every word of the text") {
    using namespace detail::importer;
    for (const char *name : {"tosno-2021", "tonkino-2020-2021", "kachkanar-2019-2020", "bashmakovo-2020-2022",
                             "timashevsk-2023-2024"}) {
        CAPTURE(name);
        std::string path = source(name);
        ImportResult r = import_file(path);
        INFO(messages_of(r));
        REQUIRE(r.ok());
        check_loads_back(r);

        std::map<std::string, int> output;
        count_words(nlohmann::json::parse(to_json(r.roadmap)), output);
        std::map<std::string, int> input;
        std::vector<ImportMessage> ignored;
        for (const SourceLine &line : split_lines(read(path), ignored)) {
            std::vector<std::string> cells = split_cells(line.text);
            bool header = true, numbering = true;
            int n = 0;
            for (const std::string &c : cells) {
                std::string t = trim(clean(c));
                if (t.empty()) continue;
                header = header && read_heading(t).has_value();
                numbering = numbering && t == std::to_string(++n);
            }
            if (header || numbering || is_glossary_heading(line.text)) continue; // structure, not content
            for (const std::string &c : cells)
                for (const std::string &w : detail::folded_words(clean(c)))
                    if (w.size() > 2 || (w.size() == 2 && static_cast<unsigned char>(w[0]) < 0x80)) ++input[w];
        }
        // The approval formula's own words («УТВЕРЖДЕНА постановлением … от
        // 19.06.2020 № 179») say nothing once its kind, date and number are
        // read; its authority («Управления …») is kept in the nominative.
        for (const char *formula : {"утверждена", "постановлением", "от", "управления"}) input.erase(formula);
        std::string missing;
        for (const auto &[word, count] : input)
            if (output[word] < count)
                missing += word + " (" + std::to_string(count) + " in, " + std::to_string(output[word]) + " out) ";
        CHECK_MESSAGE(missing.empty(), missing);
    }
}

// Hostile or broken text never crashes the importer, and whatever it calls a
// success loads: every fixture cut at many points, and with bytes replaced
// (tabs, line breaks, invalid UTF-8) by a fixed pseudo-random sequence.
TEST_CASE("broken text: truncated and mangled inputs import or fail cleanly") {
    std::uint32_t state = 12345;
    auto next = [&] { return state = state * 1664525u + 1013904223u; };
    const char replacements[] = {'\t', '\n', '\r', '\xd0', '\xff', ' ', '1', '.', '<', '*'};
    for (const char *name : {"tab-separated.txt", "cell-per-line.txt", "headings.txt", "tosno-excerpt.txt"}) {
        const std::string text = read(fixtures + name);
        CAPTURE(name);
        for (std::size_t cut = 0; cut <= text.size(); cut += 37) {
            std::string variant = text.substr(0, cut);
            for (int k = 0; k < 4 && !variant.empty(); ++k)
                variant[next() % variant.size()] = replacements[next() % sizeof replacements];
            CAPTURE(cut);
            ImportResult r = import_text(variant);
            const int lines = 1 + static_cast<int>(std::count(variant.begin(), variant.end(), '\n') +
                                                   std::count(variant.begin(), variant.end(), '\r'));
            for (const ImportNote &n : r.roadmap.import_notes) {
                CHECK(n.line >= 1);
                CHECK(n.line <= lines);
            }
            if (!r.ok()) continue;
            LoadResult back = load_string(to_yaml(r.roadmap));
            CHECK(back.ok());
        }
    }
}

TEST_CASE("a glossary printed as one paragraph gives one entry per abbreviation") {
    const std::string text = "План мероприятий на 2024 год\n"
                             "№\tМероприятие\tСроки\tОтветственные\n"
                             "1.\tСовещание руководителей\tмарт\tУО, ММС\n"
                             "Принятые сокращения:\n"
                             "УО – управление образования; ММС – муниципальная методическая служба; "
                             "ШНОР – школы с низкими результатами обучения\n";
    ImportResult r = import_text(text);
    INFO(messages_of(r));
    REQUIRE(r.ok());
    const std::vector<Responsible> &registry = r.roadmap.responsibles;
    REQUIRE(registry.size() == 3);
    CHECK(registry[0].short_name == "УО");
    CHECK(registry[0].full_name == "управление образования");
    CHECK(registry[1].short_name == "ММС");
    CHECK(registry[2].full_name == "школы с низкими результатами обучения");
    CHECK(r.roadmap.import_notes.empty());

    // A semicolon inside one entry's name does not split it.
    ImportResult one = import_text("План мероприятий на 2024 год\n"
                                   "№\tМероприятие\tСроки\tОтветственные\n"
                                   "1.\tСовещание\tмарт\tОО\n"
                                   "Принятые сокращения:\n"
                                   "ОО – общеобразовательные организации; детские сады\n");
    REQUIRE(one.ok());
    REQUIRE(one.roadmap.responsibles.size() == 1);
    CHECK(one.roadmap.responsibles[0].full_name == "общеобразовательные организации; детские сады");
}
