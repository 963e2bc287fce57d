// Tests for <eduroadmap/stages.hpp>: stage inference from measure titles,
// the declared stage winning, and the inference's accuracy against the
// hand-labelled stage of every measure of two bundled roadmaps
// (tests/fixtures/stages/*.tsv).
#include <eduroadmap/io.hpp>
#include <eduroadmap/resolve.hpp>
#include <eduroadmap/stages.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

using namespace eduroadmap;

TEST_CASE("the typical cues of each stage give that stage") {
    struct Case {
        const char *title;
        Stage stage;
    };
    const Case cases[] = {
        {"Проведение мониторинга показателей эффективности", Stage::monitoring},
        {"Анализ результатов ВПР", Stage::analysis},
        {"Ежегодный аналитический отчет", Stage::analysis},
        {"Подготовка адресных рекомендаций по итогам анализа", Stage::recommendations},
        {"Принятие управленческих решений по результатам анализа", Stage::decisions},
        {"Анализ эффективности принятых мер", Stage::review},
        {"Корректировка муниципальной программы", Stage::review},
        {"Утверждение показателей эффективности деятельности", Stage::indicators},
        {"Разработка критериев (показателей) результативности", Stage::indicators},
        {"Утверждение Плана мероприятий", Stage::decisions},
        {"Сбор информации о результатах", Stage::data_collection},
        {"Создание единой базы данных одарённых детей", Stage::data_collection},
        {"Обоснование целей программы", Stage::goals},
        {"Проведение семинара для учителей", Stage::measures},
        {"Организация участия ОО во Всероссийских проверочных работах", Stage::monitoring},
    };
    for (const Case &c : cases) {
        CAPTURE(c.title);
        MeasureStage s = infer_stage(c.title);
        CHECK(s.stage == c.stage);
        CHECK(s.inferred);
        CHECK(s.field == StageField::title);
        // Every stage but `measures` is named by a cue; «семинара» is an activity cue.
        CHECK((c.stage == Stage::measures || !s.cue.empty()));
    }
    CHECK(infer_stage("Проведение семинара для учителей").cue == "семинар");
    CHECK(infer_stage("Открытие новых классов").cue.empty()); // no cue at all: an ordinary measure
}

TEST_CASE("the earliest cue decides; at the same word the more specific stage") {
    // «мониторинга» comes before «рекомендаций».
    CHECK(infer_stage("Проведение мониторинга и подготовка адресных рекомендаций").stage == Stage::monitoring);
    // «анализ эффективности» (review) and «анализ» (analysis) start at the same word.
    MeasureStage review = infer_stage("Анализ эффективности принятых мер");
    CHECK(review.cue == "анализ эффективност");
    // «Утверждение … показателей» is indicators, not the decision «утверждение».
    CHECK(infer_stage("Утверждение муниципальных показателей").cue == "утвержден");
    CHECK(infer_stage("Утверждение муниципальных показателей").stage == Stage::indicators);
    // «выявление» is analysis only as the first word: a contest «направленный на выявление» is a measure.
    CHECK(infer_stage("Выявление школ с низкими результатами").stage == Stage::analysis);
    CHECK(infer_stage("Организация конкурсов, направленных на выявление одаренных детей").stage == Stage::measures);
    // Quoted names of laws and events are not the activity.
    CHECK(infer_stage("Разработка рабочих программ (в соответствии с Федеральным законом «О внесении изменений в "
                      "Федеральный закон «Об образовании»»)")
              .stage == Stage::measures);
    CHECK(infer_stage("Семинар «Итоги мониторинга»").stage == Stage::measures);
    // «целевое обучение» is not a goal.
    CHECK(infer_stage("Заключение договоров по целевому обучению").stage == Stage::measures);
}

TEST_CASE("a title naming several stages covers them all, without overlaps") {
    // The bundled roadmaps' double titles: Timashevsk 1.3, Kachkanar 1.4, Bashmakovo 2.5.
    MeasureStage two = infer_stage("Мониторинг и анализ доступности дошкольного образования");
    CHECK(two.stage == Stage::monitoring);
    CHECK(two.also == std::vector<Stage>{Stage::analysis});
    CHECK(infer_stage("Проведение мониторинга, принятие управленческих мер").also == std::vector<Stage>{Stage::decisions});
    // What a dependent phrase names is what the measure builds on, not a stage it carries out.
    CHECK(infer_stage("Мониторинг и подготовка адресных рекомендаций по итогам анализа").also ==
          std::vector<Stage>{Stage::recommendations});
    CHECK(infer_stage("Принятие управленческих решений по результатам анализа мониторинга").also.empty());
    CHECK(infer_stage("Подготовка рекомендаций при принятии управленческих решений").also.empty());
    // Only a cue that opens a coordinated clause counts: the monitoring here is
    // what is analysed; the decisions stand after the comma.
    CHECK(infer_stage("Проведение анализа результатов мониторинга, принятие управленческих мер").also ==
          std::vector<Stage>{Stage::decisions});
    CHECK(infer_stage("Проведение мониторинга (анализа) поездок").also == std::vector<Stage>{Stage::analysis});
    CHECK(infer_stage("Подготовка адресных рекомендаций принятия управленческих решений").also.empty());
    // A dependent phrase ends at the punctuation mark (Kachkanar 2.1, measure 4).
    CHECK(infer_stage("Проведение мониторинга показателей в организациях, анализ результатов").also ==
          std::vector<Stage>{Stage::analysis});
    // One phrase is one stage: «анализ эффективности принятых мер» is review,
    // not also analysis (same word) and decisions (inside the phrase).
    MeasureStage review = infer_stage("Анализ эффективности принятых мер");
    CHECK(review.stage == Stage::review);
    CHECK(review.also.empty());
    // A stage named twice is listed once, and never as its own «also».
    CHECK(infer_stage("Мониторинг и анализ, повторный мониторинг и анализ").also == std::vector<Stage>{Stage::analysis});
    // Declared stages have no «also».
    Measure m;
    m.title = "Мониторинг и анализ";
    m.stage = Stage::goals;
    CHECK(stage_of(m).also.empty());
}

TEST_CASE("each cue of the table, on made-up titles") {
    // One row per cue added for the form and result columns and for the
    // five roadmaps' phrasings (docs/catalogs.md, the cue table).
    struct Case {
        const char *title;
        Stage stage;
        const char *cue;
    };
    const Case cases[] = {
        {"Проведение оценки эффективности реализации программы", Stage::review, "проведен"},
        {"Анализ результатов реализованных мероприятий", Stage::review, "анализ результат"},
        {"Корректировка плана работы с одаренными детьми", Stage::review, "корректировк"},
        {"Внесение дополнений в программу развития", Stage::review, "внесен"},
        {"Конструирование показателей качества дошкольного образования", Stage::indicators, "конструирован"},
        {"Использование критериев оценки деятельности школ", Stage::indicators, "использован"},
        {"Разработка инструментов диагностики", Stage::data_collection, "разработк"},
        {"Разработка программы мониторинга качества", Stage::data_collection, "разработк"},
        {"Обновление диагностического инструментария", Stage::data_collection, "инструментари"},
        {"Методика проведения мониторинга", Stage::data_collection, "методик"},
        {"Подготовка нормативной базы", Stage::decisions, "нормативн"},
        {"Обновление должностных инструкций заместителей", Stage::decisions, "должностн инструкц"},
        {"Разработка положения о конкурсе", Stage::decisions, "разработк"},
        {"Формирование перечня мероприятий", Stage::decisions, "формирован"},
        {"Подготовка отчета о результатах экзаменов", Stage::analysis, "отчет"},
        {"Определение профессиональных дефицитов педагогов", Stage::analysis, "определен"},
        {"Определение целевых групп обучающихся", Stage::analysis, "определен"},
        {"Организация участия в государственной итоговой аттестации", Stage::monitoring, "участи"},
        {"Проведение анкетирования родителей", Stage::monitoring, "проведен"},
        {"Исследование удовлетворенности родителей", Stage::monitoring, "исследован"},
        {"Самообследование образовательных организаций", Stage::monitoring, "самообследован"},
        {"Самопроверка работ экспертами", Stage::monitoring, "самопроверк"},
        {"Опрос выпускников", Stage::monitoring, "опрос"},
        {"Анкетирование педагогов", Stage::monitoring, "анкетирован"},
        {"Диагностика затруднений учителей", Stage::monitoring, "диагностик"},
        {"Аудит сайтов школ", Stage::monitoring, "аудит"},
        {"Контроль за организацией питания", Stage::monitoring, "контрол"},
        {"Организация выездных проверок", Stage::monitoring, "проверок"},
        {"Организация выборочных перепроверок работ", Stage::monitoring, "перепроверок"},
        {"Вебинар для классных руководителей", Stage::measures, "вебинар"},
        {"Организация курсов повышения квалификации", Stage::measures, "курс"},
        {"Муниципальный фестиваль детского творчества", Stage::measures, "фестивал"},
        {"Проведение родительских собраний", Stage::measures, "собрани"},
        {"Информационно-разъяснительная работа с выпускниками", Stage::measures, "информационно разъяснительн"},
    };
    for (const Case &c : cases) {
        CAPTURE(c.title);
        const MeasureStage s = infer_stage(c.title);
        CHECK(s.stage == c.stage);
        CHECK(s.cue == c.cue);
    }
    // What the cues leave alone.
    CHECK(infer_stage("Корректировка затруднений учащихся").stage == Stage::measures); // no plan corrected
    CHECK(infer_stage("Разработка рабочих программ по предметам").stage == Stage::measures); // teaching programmes
    CHECK(infer_stage("Формирование планируемых результатов").stage == Stage::measures);   // «планируемых» is no plan
    CHECK(infer_stage("Выявление и распространение лучших практик").stage == Stage::measures);
    CHECK(infer_stage("Организация исследовательской деятельности учащихся").stage == Stage::measures);
    CHECK(infer_stage("Обсуждение контрольно-оценочных средств").stage == Stage::measures);
    CHECK(infer_stage("Участие в семинаре по вопросам оценки качества").cue == "семинар");
}

TEST_CASE("the title decides first, then the form, then the expected result") {
    // A cue in the title wins over the form.
    MeasureStage s = infer_stage("Мониторинг занятости выпускников", "приказ", "");
    CHECK(s.stage == Stage::monitoring);
    CHECK(s.field == StageField::title);
    // An activity named in the title wins too: the order convenes the seminar.
    s = infer_stage("Семинар для заместителей директоров", "приказ УО", "Утвержден план");
    CHECK(s.stage == Stage::measures);
    CHECK(s.cue == "семинар");
    CHECK(s.field == StageField::title);
    // A title without a cue: the form says how the measure is carried out.
    s = infer_stage("Открытие профильных классов", "приказ УО", "");
    CHECK(s == MeasureStage{Stage::decisions, true, "приказ", {}, StageField::form});
    CHECK(infer_stage("Привлечение родителей", "онлайн-опросы", "").stage == Stage::monitoring);
    CHECK(infer_stage("Распространение опыта", "методические рекомендации", "").stage == Stage::recommendations);
    s = infer_stage("Распространение опыта", "семинары, круглые столы", "Приказ");
    CHECK(s.stage == Stage::measures);
    CHECK(s.field == StageField::form);
    // Neither tells: the result, for the product of a decision or a correction only.
    s = infer_stage("Создание рабочей группы", "", "Утвержден состав рабочей группы");
    CHECK(s == MeasureStage{Stage::decisions, true, "утвержден", {}, StageField::result});
    CHECK(infer_stage("Создание рабочей группы", "", "План работы на год").stage == Stage::decisions);
    CHECK(infer_stage("Создание рабочей группы", "", "Исполнение плана").cue.empty()); // «план» only first
    CHECK(infer_stage("Реализация программы", "", "Корректировка программы развития").stage == Stage::review);
    // A routine report after an event does not make it an analysis.
    s = infer_stage("Открытие профильных классов", "", "Аналитический отчет");
    CHECK(s.stage == Stage::measures);
    CHECK(s.cue.empty());
    CHECK(s.field == StageField::title);
    // The one-argument form reads the title alone.
    CHECK(infer_stage("Открытие профильных классов").cue.empty());
    CHECK(to_string(StageField::form) == "form");
    CHECK(to_string(StageField::result) == "result");
}

TEST_CASE("what a measure builds on is not its stage") {
    CHECK(infer_stage("Проведение занятий по итогам мониторинга").cue.empty());
    CHECK(infer_stage("Работа с педагогами по вопросам оценки качества").cue.empty());
    CHECK(infer_stage("Составление маршрутов на основе анализа результатов").cue.empty());
    CHECK(infer_stage("Открытие классов в соответствии с приказом министерства").cue.empty());
    // The phrase ends at the next preposition: what follows is what the measure does.
    CHECK(infer_stage("Участие с учетом рекомендаций в курсах повышения квалификации").cue == "курс");
    // … but «с» mostly qualifies a noun, and the phrase goes on.
    CHECK(infer_stage("Открытие классов с учетом потребностей обучающихся с ОВЗ и рекомендаций ПМПК").cue.empty());
    // In the form column too.
    CHECK(infer_stage("Открытие классов", "по результатам мониторинга", "").cue.empty());
    // A title wholly in quotes is read as it stands: the name is all there is.
    CHECK(infer_stage("«Анализ результатов ВПР»").stage == Stage::analysis);
}

TEST_CASE("a declared stage wins and is not marked inferred") {
    Measure m;
    m.title = "Анализ результатов ГИА";
    CHECK(stage_of(m) == MeasureStage{Stage::analysis, true, "анализ"});
    m.stage = Stage::review;
    CHECK(stage_of(m) == MeasureStage{Stage::review, false, ""});
}

TEST_CASE("resolution records every measure's stage") {
    LoadResult r = load_string(R"(schema: eduroadmap/1
id: s
title: T
period: 2021
sections:
  - title: Система оценки качества подготовки обучающихся
    measures:
      - {number: "1", title: Мониторинг результатов}
      - {number: "2", title: Семинар, stage: decisions}
)");
    REQUIRE(r.ok());
    ResolvedRoadmap rm = resolve(r.document->roadmap);
    REQUIRE(rm.measures.size() == 2);
    CHECK(rm.measures[0].stage == MeasureStage{Stage::monitoring, true, "мониторинг"});
    CHECK(rm.measures[1].stage == MeasureStage{Stage::decisions, false, ""});
}

TEST_CASE("Russian names of the stages") {
    CHECK(russian_name(Stage::review) == "анализ эффективности принятых мер");
    CHECK(russian_name(Stage::recommendations) == "адресные рекомендации");
    for (Stage s : all_stages) CHECK_FALSE(russian_name(s).empty());
}

namespace {

// The first @p n code points of @p text with its runs of white space folded
// into one space: the title column of the label files.
std::string title_prefix(const std::string &text, std::size_t n = 100) {
    std::string folded;
    bool space = false;
    for (char ch : text) {
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
            space = !folded.empty();
            continue;
        }
        if (space) folded += ' ';
        space = false;
        folded += ch;
    }
    std::size_t i = 0, seen = 0;
    for (; i < folded.size(); ++i)
        if ((static_cast<unsigned char>(folded[i]) & 0xC0) != 0x80 && seen++ == n) break;
    return folded.substr(0, i);
}

// Accuracy of the inference (title, form, result) against a hand-labelled
// fixture; prints the misses. A label row names its measure by id and, for
// an id printed twice, by its order; its title column must match the
// measure's title, so that a changed example cannot shift the labels.
double accuracy(const std::string &example) {
    LoadResult r = load_file(std::string(ERM_SOURCE_DIR) + "/examples/" + example + ".yaml");
    REQUIRE(r.document);
    ResolvedRoadmap rm = resolve(r.document->roadmap);
    std::map<std::string, std::vector<const Measure *>> by_id;
    for (const ResolvedMeasure &m : rm.measures) by_id[m.id].push_back(m.ref.measure);
    std::map<std::string, std::size_t> used;
    std::ifstream in(std::string(ERM_SOURCE_DIR) + "/tests/fixtures/stages/" + example + ".tsv");
    REQUIRE(in);
    std::size_t total = 0, right = 0;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream cols(line);
        std::string id, stage, title;
        std::getline(cols, id, '\t');
        std::getline(cols, stage, '\t');
        std::getline(cols, title, '\t');
        auto label = parse_stage(stage);
        REQUIRE_MESSAGE(label, line);
        const auto &same_id = by_id[id];
        REQUIRE_MESSAGE(used[id] < same_id.size(), "no measure " << id << " (occurrence " << used[id] + 1 << ")");
        const Measure &m = *same_id[used[id]++];
        REQUIRE_MESSAGE(title_prefix(m.title) == title, example << " " << id << ": the label's title is not the measure's");
        const MeasureStage got = infer_stage(m.title, m.form, m.result ? *m.result : "");
        ++total;
        if (got.stage == *label)
            ++right;
        else
            MESSAGE(example << " " << id << ": labelled " << stage << ", inferred " << to_string(got.stage) << " ("
                            << to_string(got.field) << ": «" << got.cue << "») — " << title);
    }
    CHECK(total == rm.measures.size()); // every measure is labelled
    MESSAGE(example << ": " << right << "/" << total << " right");
    return total ? static_cast<double>(right) / static_cast<double>(total) : 0;
}

} // namespace

TEST_CASE("stage inference agrees with the hand labels of the five bundled roadmaps") {
    for (const char *example : {"tosno-2021", "bashmakovo-2020-2022", "tonkino-2020-2021", "kachkanar-2019-2020",
                                "timashevsk-2023-2024"}) {
        CAPTURE(example);
        CHECK(accuracy(example) >= 0.98);
    }
}
