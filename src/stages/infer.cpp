// Stage inference from a measure's title, form and expected result: a table
// of cues (docs/catalogs.md, "Stages of the management cycle"); in each field
// the earliest cue outside «quotes» and outside what the measure builds on
// decides; the title first, then the form, then the result.
#include "words.hpp"

#include <eduroadmap/stages.hpp>

#include <algorithm>
#include <cstdint>
#include <tuple>
#include <unordered_map>

namespace eduroadmap {

namespace {

// The fields a cue is read in.
enum Fields : unsigned { in_title = 1, in_form = 2, in_result = 4, in_title_form = in_title | in_form };

// A cue: a phrase of stems (consecutive words). Optionally only at the start
// of a sentence (`at_start`) or of a clause (`clause_start`: «Проведение
// опросов», not «к проведению опросов»), or followed within `window` words
// by one of `objects` (phrases of stems); an object right after one of
// `not_after` does not count («рабочих программ» is no plan of the
// authority), and one of `unless` within the window cancels the cue. The
// object search stops at «по» and at an activity cue («Участие в семинаре по
// оценке» is no assessment). A word starting with one of `except` is no cue
// («контрольно-измерительные»). Activity cues (Stage::measures) name an
// ordinary measure.
struct Cue {
    Stage stage;
    const char *phrase;
    std::vector<const char *> objects = {};
    std::size_t window = 0;
    unsigned fields = in_title_form;
    bool at_start = false;
    bool clause_start = false;
    std::vector<const char *> not_after = {};
    std::vector<const char *> unless = {};
    std::vector<const char *> except = {};
};

// What makes a plan or a programme a teaching or personal one, not a document of the authority.
const std::vector<const char *> curriculum = {"рабоч",          "образовательн", "общеобразовательн", "общеразвивающ",
                                              "дополнительн",   "развивающ",     "адаптированн",      "учебн",
                                              "индивидуальн"};
// The documents an authority adopts: drafting one is a decision.
const std::vector<const char *> documents = {"план",   "положени", "программ", "комплекс мер", "мер",
                                             "дорожн", "перечн",   "порядк",   "регламент",    "концепци"};
const std::vector<const char *> indicator_words = {"показател", "критери", "индикатор"};
// What is assessed when a body takes part in, or conducts, an assessment.
const std::vector<const char *> assessments = {"процедур",   "исследован",      "проверочн", "впр",
                                               "оценк",      "мониторинг",      "диагностическ",
                                               "гиа",        "итогов аттестац", "перепроверк"};

// In priority order: when two cues start at the same word, the earlier row wins.
const std::vector<Cue> &cues() {
    static const std::vector<Cue> table{
        // review: the effectiveness of measures taken, and corrections of plans
        {Stage::review, "анализ эффективност"},
        {Stage::review, "оценк эффективност"},
        {Stage::review, "эффективност принят мер"},
        {Stage::review, "проведен", {"оценк эффективност", "анализ эффективност"}, 2},
        {Stage::review, "анализ результат", {"мер", "мероприят"}, 2},
        {Stage::review, "корректировк", {"план", "программ", "дорожн", "мер", "мероприят"}, 3, in_title_form | in_result},
        {Stage::review, "внесен", {"изменен", "корректив", "дополнен", "план", "программ", "дорожн"}, 2,
         in_title_form | in_result},
        // indicators: approving, developing or adopting indicators and criteria
        {Stage::indicators, "утвержден", indicator_words, 3},
        {Stage::indicators, "разработк", indicator_words, 3},
        {Stage::indicators, "внедрен", indicator_words, 3},
        {Stage::indicators, "определен", indicator_words, 3},
        {Stage::indicators, "конструирован", indicator_words, 3},
        {Stage::indicators, "использован", indicator_words, 3},
        // data collection drafted before the decision that adopts it («Разработка программы мониторинга»)
        {Stage::data_collection, "разработк", {"инструмент", "программ мониторинг"}, 3},
        // recommendations
        {Stage::recommendations, "рекомендац"},
        // decisions: orders, managerial decisions, plans and regulations
        {Stage::decisions, "управленческ решен"},
        {Stage::decisions, "принят решен"},
        {Stage::decisions, "принят мер"},
        {Stage::decisions, "управленческ мер"},
        {Stage::decisions, "приказ", {}, 0, in_title_form | in_result},
        {Stage::decisions, "утвержден", {}, 0, in_title_form | in_result},
        {Stage::decisions, "нормативн"},
        {Stage::decisions, "должностн инструкц"},
        {Stage::decisions, "разработк", documents, 3, in_title_form, false, false, curriculum},
        {Stage::decisions, "формирован", documents, 3, in_title_form, false, false, curriculum},
        {Stage::decisions, "план", {}, 0, in_result, true},
        // analysis
        {Stage::analysis, "анализ"},
        {Stage::analysis, "аналитическ"},
        {Stage::analysis, "доклад"},
        {Stage::analysis, "отчет"},
        {Stage::analysis, "выявлен", {}, 4, in_title_form, true, false, {}, {"практик", "опыт"}},
        {Stage::analysis, "определен", {"целев групп", "дефицит", "потребност"}, 3, in_title_form, false, true},
        // monitoring: monitoring proper, assessment procedures, surveys, checks and audits
        {Stage::monitoring, "мониторинг"},
        {Stage::monitoring, "участи", assessments, 10},
        {Stage::monitoring, "проведен",
         {"оценочн процедур", "процедур оценк", "процедур контрол", "оценк", "исследован", "диагностик", "опрос",
          "анкетирован", "перепроверк", "перепроверок", "аудит"},
         2, in_title_form, false, true},
        {Stage::monitoring, "исследован", {}, 0, in_title_form, true},
        {Stage::monitoring, "независим оценк"},
        {Stage::monitoring, "проверк"},
        {Stage::monitoring, "перепроверк"},
        {Stage::monitoring, "проверок"}, // the genitive plural drops the stem's «к»: «проведение проверок»
        {Stage::monitoring, "перепроверок"},
        {Stage::monitoring, "самопроверк"},
        {Stage::monitoring, "самообследован"},
        {Stage::monitoring, "удовлетворенн"},
        {Stage::monitoring, "опрос"},
        {Stage::monitoring, "анкетирован"},
        {Stage::monitoring, "диагностик"},
        {Stage::monitoring, "аудит"},
        {Stage::monitoring, "контрол", {}, 0, in_title_form, false, false, {}, {}, {"контрольно"}},
        // data collection: gathering information, databases, instruments and methods
        {Stage::data_collection, "сбор", {"информац", "данн", "сведен"}, 3},
        {Stage::data_collection, "баз данн"},
        {Stage::data_collection, "банк данн"},
        {Stage::data_collection, "измерительн материал"},
        {Stage::data_collection, "инструментари"},
        {Stage::data_collection, "методик", {"мониторинг", "оценк", "сбор", "диагностик"}, 2},
        // goals: setting and justifying goals («целевое обучение» is not one)
        {Stage::goals, "постановк цел"},
        {Stage::goals, "определен цел"},
        {Stage::goals, "обоснован цел"},
        {Stage::goals, "формулировк цел"},
        // activities: the title names an ordinary measure, whatever its form or result says
        {Stage::measures, "семинар"},
        {Stage::measures, "вебинар"},
        {Stage::measures, "совещани"},
        {Stage::measures, "заседан"},
        {Stage::measures, "конференц"},
        {Stage::measures, "форум"},
        {Stage::measures, "кругл стол"},
        {Stage::measures, "практикум"},
        {Stage::measures, "мастер класс"},
        {Stage::measures, "тренинг"},
        {Stage::measures, "курс"},
        {Stage::measures, "повышен квалификац"},
        {Stage::measures, "стажировк"},
        {Stage::measures, "стажировочн"},
        {Stage::measures, "аттестац"},
        {Stage::measures, "консульт"},
        {Stage::measures, "собеседован"},
        {Stage::measures, "методическ помощ"},
        {Stage::measures, "методическ поддержк"},
        {Stage::measures, "конкурс"},
        {Stage::measures, "олимпиад"},
        {Stage::measures, "соревнован"},
        {Stage::measures, "чемпионат"},
        {Stage::measures, "фестивал"},
        {Stage::measures, "акци"},
        {Stage::measures, "слет"},
        {Stage::measures, "лагер"},
        {Stage::measures, "профильн смен"},
        {Stage::measures, "каникул"},
        {Stage::measures, "экскурс"},
        {Stage::measures, "встреч"},
        {Stage::measures, "собрани"},
        {Stage::measures, "классн час"},
        {Stage::measures, "открыт урок"},
        {Stage::measures, "мероприят"},
        {Stage::measures, "разъяснительн работ"},
        {Stage::measures, "информационн сопровожден"},
        {Stage::measures, "информационн обеспечен"},
        {Stage::measures, "информационн освещен"},
        {Stage::measures, "информационно разъяснительн"},
        {Stage::measures, "информационно просветительск"},
    };
    return table;
}

// A cue's phrase, objects, qualifiers and exceptions, folded once.
struct Stems {
    std::vector<std::string> phrase;
    std::vector<std::vector<std::string>> objects, not_after, unless, except;
};

std::vector<std::vector<std::string>> stems_list(const std::vector<const char *> &phrases) {
    std::vector<std::vector<std::string>> out;
    for (const char *p : phrases) out.push_back(detail::stems_of(p));
    return out;
}

const std::vector<Stems> &cue_stems() {
    static const std::vector<Stems> stems = [] {
        std::vector<Stems> out;
        for (const Cue &c : cues())
            out.push_back({detail::stems_of(c.phrase), stems_list(c.objects), stems_list(c.not_after),
                           stems_list(c.unless), stems_list(c.except)});
        return out;
    }();
    return stems;
}

// The cues filed by the first bytes of their first stem, so that each word
// of a text is tried only against the few cues that could start there: a
// stem of two letters or more (four bytes of Cyrillic) under its first four
// bytes, a shorter one under its first two (one Cyrillic letter).
struct CueIndex {
    std::unordered_map<std::uint32_t, std::vector<std::size_t>> by_four;
    std::unordered_map<std::uint16_t, std::vector<std::size_t>> by_two;

    static std::uint16_t two(std::string_view text) noexcept {
        if (text.size() < 2) return text.empty() ? 0 : static_cast<unsigned char>(text[0]);
        return static_cast<std::uint16_t>(static_cast<unsigned char>(text[0]) << 8 |
                                          static_cast<unsigned char>(text[1]));
    }
    // Calls @p f with every cue row whose first stem may start @p word.
    template <class F> void for_rows(std::string_view word, F &&f) const {
        if (word.size() >= detail::prefix_key_bytes)
            if (auto it = by_four.find(detail::prefix_key(word)); it != by_four.end())
                for (std::size_t row : it->second) f(row);
        if (auto it = by_two.find(two(word)); it != by_two.end())
            for (std::size_t row : it->second) f(row);
    }
};

const CueIndex &cue_index() {
    static const CueIndex index = [] {
        CueIndex out;
        for (std::size_t i = 0; i < cue_stems().size(); ++i) {
            const std::string &stem = cue_stems()[i].phrase.front();
            if (stem.size() >= detail::prefix_key_bytes)
                out.by_four[detail::prefix_key(stem)].push_back(i);
            else
                out.by_two[CueIndex::two(stem)].push_back(i);
        }
        return out;
    }();
    return index;
}

// The text without what stands in «quotes»: names of laws, documents and
// events («О внесении изменений в Федеральный закон …», «Итоги ВПР») — not
// the activity itself. Written into @p out.
void without_quoted(std::string_view title, std::string &out) {
    out.clear();
    int depth = 0;
    for (std::size_t i = 0; i < title.size();) {
        const std::string_view rest = title.substr(i);
        const bool open = rest.substr(0, 2) == "«", close = rest.substr(0, 2) == "»";
        if (open) ++depth;
        if (open || close) out += ' ';
        else if (depth == 0) out += rest[0];
        if (close && depth > 0) --depth;
        i += open || close ? 2 : 1;
    }
}

bool is_preposition(std::string_view word) {
    static const char *const prepositions[] = {"по", "при", "на", "для", "в", "во", "о", "об", "с", "со", "к",
                                               "от", "из", "за", "через", "после", "перед"};
    for (const char *p : prepositions)
        if (word == p) return true;
    return false;
}

// Phrases that open what the measure builds on or is about («по итогам
// анализа», «на основе мониторинга», «с учетом рекомендаций», «по вопросам
// оценки»): a cue inside one, up to the next punctuation mark or
// preposition, names no stage the measure carries out.
const std::vector<std::vector<std::string>> &basis_openers() {
    static const auto openers = stems_list({"по итог", "по результат", "по вопрос", "на основ", "основан на", "с учет",
                                            "в соответстви с", "исход из"});
    return openers;
}

// A text's folded words, each with the number of the coordinated clause it
// stands in (a new clause starts after «и» and after , ; : ( ) / and a
// sentence's end), of the segment between those punctuation marks, and
// whether it starts a sentence. A sentence ends at «.», a line break, «!»
// or «?» followed by a capital letter.
struct Text {
    detail::FoldedWords words;
    std::vector<std::size_t> clause;
    std::vector<std::size_t> segment;
    std::vector<bool> sentence_start;
};

bool capital_follows(std::string_view text, std::size_t from) {
    while (from < text.size() && (text[from] == ' ' || text[from] == '\t' || text[from] == '\n')) ++from;
    if (from >= text.size()) return false;
    const auto c = static_cast<unsigned char>(text[from]);
    if (c >= 'A' && c <= 'Z') return true;
    if (from + 1 >= text.size()) return false;
    const auto d = static_cast<unsigned char>(text[from + 1]);
    return (c == 0xD0 && d >= 0x90 && d <= 0xAF) || (c == 0xD0 && d == 0x81); // А–Я, Ё
}

// The end of the segment starting at @p from, and whether it ends a sentence.
std::pair<std::size_t, bool> segment_end(std::string_view text, std::size_t from) {
    for (std::size_t i = from; i < text.size(); ++i) {
        const char ch = text[i];
        if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')' || ch == '/') return {i, false};
        if ((ch == '.' || ch == '\n' || ch == '!' || ch == '?') && capital_follows(text, i + 1)) return {i, true};
    }
    return {text.size(), false};
}

// Reads @p text into @p out, whose memory is reused.
void text_of(std::string_view text, Text &out) {
    out.words.clear(), out.clause.clear(), out.segment.clear(), out.sentence_start.clear();
    std::size_t clause = 0, segment = 0, from = 0;
    bool sentence = true;
    while (from <= text.size()) {
        const auto [to, ends_sentence] = segment_end(text, from);
        bool first = true;
        const std::size_t before = out.words.size();
        out.words.append(text.substr(from, to - from));
        for (std::size_t i = before; i < out.words.size(); ++i) {
            if (out.words[i] == "и") ++clause;
            out.clause.push_back(clause);
            out.segment.push_back(segment);
            out.sentence_start.push_back(sentence && first);
            first = false;
        }
        if (!first || ends_sentence) sentence = ends_sentence;
        ++clause;
        ++segment;
        from = to + 1;
    }
}

bool starts_with_any(std::string_view word, const std::vector<std::vector<std::string>> &stems) {
    for (const auto &s : stems)
        if (detail::starts_with(word, s.front())) return true;
    return false;
}

// Words that start with an object's stem but are other words: «планируемых
// результатов», «планирование» name no plan.
const std::vector<std::vector<std::string>> &look_alikes() {
    static const auto words = stems_list({"планир"});
    return words;
}

// A cue found in a text: where it starts, where its phrase ends, its table row.
struct Match {
    std::size_t at, end, row;
};

// What a Reader works in, kept from field to field and measure to measure
// on each thread: reading a field then allocates nothing once the buffers
// have grown (stage inference reads every measure of every plan).
struct ReaderMemory {
    std::string unquoted;
    Text text;
    std::vector<std::pair<std::size_t, std::size_t>> rows; // (word, cue row) for each cue a word may start
    std::vector<bool> activity, basis, dependent;
    std::vector<Match> found;
};

class Reader {
public:
    // @p memory is used until the reader is gone.
    Reader(std::string_view text, unsigned field, ReaderMemory &memory)
        : field_(field), text_(memory.text), rows_(memory.rows), activity_(memory.activity), basis_(memory.basis),
          found_(memory.found) {
        without_quoted(text, memory.unquoted);
        text_of(memory.unquoted, text_);
        if (text_.words.empty()) text_of(text, text_);
        const std::size_t n = text_.words.size();
        // The cue rows each word may start, looked up once.
        rows_.clear();
        for (std::size_t at = 0; at < n; ++at)
            cue_index().for_rows(text_.words[at], [&](std::size_t row) { rows_.emplace_back(at, row); });
        // Where an activity cue starts: the object search of other cues stops there.
        activity_.assign(n, false);
        for (const auto &[at, row] : rows_)
            if (cues()[row].stage == Stage::measures && cue_stems()[row].objects.empty() &&
                detail::stems_at(text_.words, cue_stems()[row].phrase, at))
                activity_[at] = true;
        // The phrases the measure builds on, each up to the next punctuation
        // mark or preposition («с учетом рекомендаций в реализации модулей …»
        // goes on with what the measure does), but for «с», which mostly
        // qualifies a noun («потребностей обучающихся с ОВЗ и рекомендаций»).
        basis_.assign(n, false);
        std::size_t opener_end = 0;
        for (std::size_t at = 0; at < n; ++at) {
            if (at > 0 && basis_[at - 1] && text_.segment[at] == text_.segment[at - 1] &&
                (at < opener_end || !is_preposition(text_.words[at]) || text_.words[at] == "с" ||
                 text_.words[at] == "со"))
                basis_[at] = true;
            const std::string_view word = text_.words[at];
            for (const auto &opener : basis_openers()) // the first stem first: most words start none
                if (detail::starts_with(word, opener.front()) && detail::stems_at(text_.words, opener, at)) {
                    basis_[at] = true;
                    opener_end = std::max(opener_end, at + opener.size());
                }
        }
    }

    // Every cue read in this field, in text order, the more specific first at
    // the same word; valid until the next call.
    const std::vector<Match> &matches() {
        found_.clear();
        for (const auto &[at, row] : rows_)
            if ((cues()[row].fields & field_) && matches_at(row, at))
                found_.push_back({at, at + cue_stems()[row].phrase.size(), row});
        std::sort(found_.begin(), found_.end(),
                  [](const Match &a, const Match &b) { return std::tie(a.at, a.row) < std::tie(b.at, b.row); });
        return found_;
    }

    const Text &text() const { return text_; }
    bool in_basis(std::size_t at) const { return basis_[at]; }

private:
    // True when an object of @p row follows its phrase ending at @p from; @p
    // objects is the row's objects or its `unless` list.
    bool object_follows(std::size_t row, const std::vector<std::vector<std::string>> &objects,
                        std::size_t from) const {
        const auto &words = text_.words;
        const std::size_t end = std::min(words.size(), from + cues()[row].window);
        for (std::size_t i = from; i < end; ++i) {
            for (const auto &object : objects)
                if (detail::stems_at(words, object, i) && !starts_with_any(words[i], look_alikes()) &&
                    (i == 0 || !starts_with_any(words[i - 1], cue_stems()[row].not_after)))
                    return true;
            if (words[i] == "по" || activity_[i]) return false;
        }
        return false;
    }

    bool matches_at(std::size_t row, std::size_t at) const {
        const Cue &cue = cues()[row];
        const Stems &stems = cue_stems()[row];
        if (cue.at_start && !text_.sentence_start[at]) return false;
        if (cue.clause_start && at > 0 && text_.clause[at] == text_.clause[at - 1] && text_.words[at - 1] != "и")
            return false;
        if (!detail::stems_at(text_.words, stems.phrase, at)) return false;
        if (starts_with_any(text_.words[at], stems.except)) return false;
        const std::size_t end = at + stems.phrase.size();
        if (!stems.objects.empty() && !object_follows(row, stems.objects, end)) return false;
        return stems.unless.empty() || !object_follows(row, stems.unless, end);
    }

    unsigned field_;
    Text &text_;
    std::vector<std::pair<std::size_t, std::size_t>> &rows_;
    std::vector<bool> &activity_, &basis_;
    std::vector<Match> &found_;
};

// The stage one field names. The earliest cue outside a phrase the measure
// builds on decides. A later stage cue adds its stage when it opens a clause
// coordinated with the ones already taken («Мониторинг и анализ …», «…,
// принятие мер») — not inside one («анализ результатов мониторинга» is
// analysis only) —, does not overlap a cue taken or passed over («анализ
// эффективности принятых мер» is review only), and stands outside a
// dependent phrase, which runs from a preposition to the next punctuation
// mark («рекомендации по итогам анализа» is not analysis; «мониторинг в ОО,
// анализ результатов» is also analysis). Activity cues never add a stage.
MeasureStage read_field(std::string_view text, StageField field, unsigned mask) {
    thread_local ReaderMemory memory;
    Reader reader(text, mask, memory);
    const Text &t = reader.text();
    MeasureStage out;
    std::size_t covered_to = 0, last_clause = 0;
    std::vector<bool> &dependent = memory.dependent;
    dependent.assign(t.words.size(), false);
    for (const Match &m : reader.matches()) {
        const bool overlaps = m.at < covered_to;
        covered_to = std::max(covered_to, m.end);
        if (overlaps || reader.in_basis(m.at)) continue;
        const Stage stage = cues()[m.row].stage;
        if (out.cue.empty()) {
            out = {stage, true, cues()[m.row].phrase, {}, field};
            last_clause = t.clause[m.at];
            for (std::size_t w = m.end; w < t.words.size(); ++w)
                dependent[w] = is_preposition(t.words[w]) || (dependent[w - 1] && t.segment[w] == t.segment[w - 1]);
        } else if (!dependent[m.at] && stage != Stage::measures && t.clause[m.at] != last_clause) {
            last_clause = t.clause[m.at];
            if (stage != out.stage && std::find(out.also.begin(), out.also.end(), stage) == out.also.end())
                out.also.push_back(stage);
        }
    }
    return out;
}

} // namespace

std::string_view to_string(StageField field) noexcept {
    switch (field) {
    case StageField::title: return "title";
    case StageField::form: return "form";
    case StageField::result: return "result";
    }
    return "";
}

MeasureStage infer_stage(std::string_view title) { return read_field(title, StageField::title, in_title); }

MeasureStage infer_stage(std::string_view title, std::string_view form, std::string_view result) {
    if (MeasureStage s = read_field(title, StageField::title, in_title); !s.cue.empty()) return s;
    if (MeasureStage s = read_field(form, StageField::form, in_form); !s.cue.empty()) return s;
    if (MeasureStage s = read_field(result, StageField::result, in_result); !s.cue.empty()) return s;
    return {};
}

MeasureStage stage_of(const Measure &measure) {
    if (measure.stage) return {*measure.stage, false, {}};
    return infer_stage(measure.title, measure.form, measure.result ? std::string_view(*measure.result) : "");
}

std::string_view russian_name(Stage stage) noexcept {
    switch (stage) {
    case Stage::goals: return "цели";
    case Stage::indicators: return "показатели";
    case Stage::data_collection: return "методы сбора информации";
    case Stage::monitoring: return "мониторинг";
    case Stage::analysis: return "анализ";
    case Stage::recommendations: return "адресные рекомендации";
    case Stage::measures: return "меры, мероприятия";
    case Stage::decisions: return "управленческие решения";
    case Stage::review: return "анализ эффективности принятых мер";
    }
    return "";
}

const std::vector<Stage> &default_required_stages() {
    static const std::vector<Stage> stages{Stage::monitoring, Stage::analysis, Stage::recommendations,
                                           Stage::decisions, Stage::review};
    return stages;
}

} // namespace eduroadmap
