// Stage inference from measure titles: a table of cues (docs/catalogs.md,
// "Stages of the management cycle"), the earliest cue in the title, outside
// «quotes», deciding.
#include "words.hpp"

#include <eduroadmap/stages.hpp>

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <tuple>

namespace eduroadmap {

namespace {

// A cue: a phrase of stems (consecutive words); optionally only as the
// title's first word, or followed within `window` words by one of `objects`.
struct Cue {
    Stage stage;
    const char *phrase;
    bool at_start = false;
    std::vector<const char *> objects = {};
    std::size_t window = 0;
};

// In priority order: when two cues start at the same word, the earlier row wins.
const std::vector<Cue> &cues() {
    static const std::vector<Cue> table{
        // review: the effectiveness of measures taken, and corrections
        {Stage::review, "анализ эффективност"},
        {Stage::review, "оценк эффективност"},
        {Stage::review, "эффективност принят мер"},
        {Stage::review, "корректировк"},
        {Stage::review, "внесен изменен"},
        // indicators: approving or developing indicators and criteria
        {Stage::indicators, "утвержден", false, {"показател", "критери", "индикатор"}, 3},
        {Stage::indicators, "разработк", false, {"показател", "критери", "индикатор"}, 3},
        {Stage::indicators, "внедрен", false, {"показател", "критери", "индикатор"}, 3},
        {Stage::indicators, "определен", false, {"показател", "критери", "индикатор"}, 3},
        // recommendations
        {Stage::recommendations, "рекомендац"},
        // decisions: orders, managerial decisions, plans and regulations
        {Stage::decisions, "управленческ решен"},
        {Stage::decisions, "принят решен"},
        {Stage::decisions, "принят мер"},
        {Stage::decisions, "управленческ мер"},
        {Stage::decisions, "приказ"},
        {Stage::decisions, "утвержден"},
        {Stage::decisions, "нормативн прав"},
        {Stage::decisions, "разработк", false, {"план", "положени"}, 2},
        {Stage::decisions, "формирован", false, {"план"}, 2},
        // analysis
        {Stage::analysis, "анализ"},
        {Stage::analysis, "аналитическ"},
        {Stage::analysis, "доклад"},
        {Stage::analysis, "выявлен", true},
        // monitoring: monitoring proper, assessment procedures, surveys and checks
        {Stage::monitoring, "мониторинг"},
        {Stage::monitoring, "участи", false, {"процедур", "исследован", "проверочн", "впр", "оценк"}, 10},
        {Stage::monitoring, "исследован"},
        {Stage::monitoring, "независим оценк"},
        {Stage::monitoring, "проверк"},
        {Stage::monitoring, "удовлетворенн"},
        // data collection: gathering information, databases, instruments
        {Stage::data_collection, "сбор", false, {"информац", "данн", "сведен"}, 3},
        {Stage::data_collection, "баз данн"},
        {Stage::data_collection, "банк данн"},
        {Stage::data_collection, "измерительн материал"},
        // goals: setting and justifying goals («целевое обучение» is not one)
        {Stage::goals, "постановк цел"},
        {Stage::goals, "определен цел"},
        {Stage::goals, "обоснован цел"},
        {Stage::goals, "формулировк цел"},
    };
    return table;
}

// True when @p cue (its phrase @p stems) occurs in @p words at @p at.
bool cue_at(const Cue &cue, const std::vector<std::string> &words, const std::vector<std::string> &stems,
            std::size_t at) {
    if ((cue.at_start && at != 0) || !detail::stems_at(words, stems, at)) return false;
    if (cue.objects.empty()) return true;
    const std::size_t end = std::min(words.size(), at + stems.size() + cue.window);
    for (std::size_t i = at + stems.size(); i < end; ++i)
        for (const char *object : cue.objects)
            if (detail::starts_with(words[i], object)) return true;
    return false;
}

// The cue table's stems, folded once.
const std::vector<std::vector<std::string>> &cue_stems() {
    static const std::vector<std::vector<std::string>> stems = [] {
        std::vector<std::vector<std::string>> out;
        for (const Cue &c : cues()) out.push_back(detail::stems_of(c.phrase));
        return out;
    }();
    return stems;
}

// The first two bytes of a word or stem (one Cyrillic letter): the key under
// which the cues are filed by their first stem, so that each word of a title
// is tried only against the few cues that could start there.
std::uint16_t lead(std::string_view text) noexcept {
    if (text.size() < 2) return text.empty() ? 0 : static_cast<unsigned char>(text[0]);
    return static_cast<std::uint16_t>(static_cast<unsigned char>(text[0]) << 8 | static_cast<unsigned char>(text[1]));
}

const std::unordered_map<std::uint16_t, std::vector<std::size_t>> &cues_by_lead() {
    static const auto index = [] {
        std::unordered_map<std::uint16_t, std::vector<std::size_t>> out;
        for (std::size_t i = 0; i < cue_stems().size(); ++i) out[lead(cue_stems()[i].front())].push_back(i);
        return out;
    }();
    return index;
}

// The title without what stands in «quotes»: names of laws, documents and
// events («О внесении изменений в Федеральный закон …», «Итоги ВПР») — not
// the activity itself.
std::string without_quoted(std::string_view title) {
    std::string out;
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
    return out;
}

// Prepositions that open a dependent phrase: what follows «по итогам
// анализа», «при принятии решений», «на основании мониторинга» names what the
// measure builds on, not a stage it carries out.
bool opens_dependent_phrase(const std::string &word) {
    static const char *const prepositions[] = {"по", "при", "на", "для", "в", "во", "о", "об", "с", "со", "к",
                                               "от", "из", "за", "через", "после", "перед"};
    for (const char *p : prepositions)
        if (word == p) return true;
    return false;
}

// A title's folded words, each with the number of the coordinated clause it
// stands in (a new clause starts after «и» and after , ; : ( ) /) and of the
// segment between those punctuation marks.
struct Clauses {
    std::vector<std::string> words;
    std::vector<std::size_t> clause;
    std::vector<std::size_t> segment;
};

Clauses clauses_of(std::string_view text) {
    Clauses out;
    std::size_t clause = 0, segment = 0, from = 0;
    while (from <= text.size()) {
        const std::size_t to = std::min(text.find_first_of(",;:()/", from), text.size());
        for (std::string &w : detail::folded_words(text.substr(from, to - from))) {
            if (w == "и") ++clause;
            out.words.push_back(std::move(w));
            out.clause.push_back(clause);
            out.segment.push_back(segment);
        }
        ++clause;
        ++segment;
        from = to + 1;
    }
    return out;
}

} // namespace

MeasureStage infer_stage(std::string_view title) {
    Clauses text = clauses_of(without_quoted(title));
    if (text.words.empty()) text = clauses_of(title);
    const std::vector<std::string> &words = text.words;
    // Every cue found: where it starts, where its phrase ends, its table row.
    struct Match {
        std::size_t at, end, row;
    };
    std::vector<Match> found;
    const auto &table = cues();
    // Each cue's first occurrence, word by word.
    std::vector<bool> seen(table.size(), false);
    const auto &index = cues_by_lead();
    for (std::size_t at = 0; at < words.size(); ++at) {
        auto bucket = index.find(lead(words[at]));
        if (bucket == index.end()) continue;
        for (std::size_t i : bucket->second)
            if (!seen[i] && cue_at(table[i], words, cue_stems()[i], at)) {
                seen[i] = true;
                found.push_back({at, at + cue_stems()[i].size(), i});
            }
    }
    std::sort(found.begin(), found.end(),
              [](const Match &a, const Match &b) { return std::tie(a.at, a.row) < std::tie(b.at, b.row); });
    MeasureStage out;
    // The earliest cue decides. A later cue adds its stage when it opens a
    // clause coordinated with the ones already taken («Мониторинг и анализ
    // …», «…, принятие мер») — not inside one («анализ результатов
    // мониторинга» is analysis only) —, does not overlap a cue taken or passed
    // over («анализ эффективности принятых мер» is review only), and stands
    // outside a dependent phrase, which runs from a preposition to the next
    // punctuation mark («рекомендации по итогам анализа» is not analysis;
    // «мониторинг в ОО, анализ результатов» is also analysis).
    std::size_t covered_to = 0;
    std::vector<bool> dependent(words.size(), false);
    std::size_t last_clause = 0;
    for (const Match &m : found) {
        const bool overlaps = m.at < covered_to;
        covered_to = std::max(covered_to, m.end);
        if (overlaps || dependent[m.at]) continue;
        const Stage stage = table[m.row].stage;
        if (out.cue.empty()) {
            out = {stage, true, table[m.row].phrase};
            last_clause = text.clause[m.at];
            for (std::size_t w = m.end; w < words.size(); ++w)
                dependent[w] = opens_dependent_phrase(words[w]) ||
                               (dependent[w - 1] && text.segment[w] == text.segment[w - 1]);
        } else if (text.clause[m.at] != last_clause) {
            last_clause = text.clause[m.at];
            if (stage != out.stage && std::find(out.also.begin(), out.also.end(), stage) == out.also.end())
                out.also.push_back(stage);
        }
    }
    return out;
}

MeasureStage stage_of(const Measure &measure) {
    if (measure.stage) return {*measure.stage, false, {}};
    return infer_stage(measure.title);
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
