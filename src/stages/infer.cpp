// Stage inference from measure titles: a table of cues (docs/catalogs.md,
// "Stages"), the earliest cue in the title, outside «quotes», deciding.
#include "words.hpp"

#include <eduroadmap/stages.hpp>

#include <limits>

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

// Where @p cue first occurs in @p words (the position of its first stem).
std::optional<std::size_t> find_cue(const Cue &cue, const std::vector<std::string> &words,
                                    const std::vector<std::string> &stems) {
    for (std::size_t from = 0; from < words.size();) {
        auto at = detail::find_stems(words, stems, from);
        if (!at || (cue.at_start && *at != 0)) return std::nullopt;
        if (cue.objects.empty()) return at;
        const std::size_t end = std::min(words.size(), *at + stems.size() + cue.window);
        for (std::size_t i = *at + stems.size(); i < end; ++i)
            for (const char *object : cue.objects)
                if (detail::starts_with(words[i], object)) return at;
        from = *at + 1;
    }
    return std::nullopt;
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

} // namespace

MeasureStage infer_stage(std::string_view title) {
    std::vector<std::string> words = detail::folded_words(without_quoted(title));
    if (words.empty()) words = detail::folded_words(title);
    MeasureStage best;
    std::size_t best_at = std::numeric_limits<std::size_t>::max();
    const auto &table = cues();
    for (std::size_t i = 0; i < table.size(); ++i) {
        auto at = find_cue(table[i], words, cue_stems()[i]);
        if (at && *at < best_at) {
            best_at = *at;
            best = {table[i].stage, true, table[i].phrase};
        }
    }
    return best;
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
