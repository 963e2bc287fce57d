// The evidence of a direction and the facts the component scorers test.
#include "score/evidence.hpp"
#include "placeholders.hpp"
#include "text.hpp"
#include "words.hpp"

#include <eduroadmap/catalog.hpp>
#include <eduroadmap/stages.hpp>

#include <algorithm>
#include <cmath>
#include <set>

namespace eduroadmap::detail {

namespace {

bool blank(std::string_view text) { return !has_letter_or_digit(text); }

// A measure as a reason names it: its printed number without trailing dots
// («12.» → «12»), else its id.
std::string named(std::string number, const std::string &id) {
    while (!number.empty() && (number.back() == '.' || number.back() == ' ')) number.pop_back();
    return number.empty() ? id : number;
}

// The text of block @p b of @p section; empty when it has none.
std::string_view block_text(const Section &section, const BlockRef &b) {
    if (b.block == Block::justification) return section.justification;
    if (!section.passport) return {};
    const Passport &p = *section.passport;
    switch (b.block) {
    case Block::goal: return p.goal;
    case Block::tasks: return p.tasks;
    case Block::expected_result: return p.expected_result;
    case Block::target_indicators: return p.target_indicators;
    case Block::cycle: {
        auto it = p.cycle.find(b.stage);
        return it == p.cycle.end() ? std::string_view() : std::string_view(it->second);
    }
    case Block::justification: break;
    }
    return {};
}

std::string block_path(const FoundBlock &b) {
    const std::string section = "sections[" + std::to_string(b.section) + "]";
    if (b.block.block == Block::justification) return section + ".justification";
    return section + ".passport." + to_string(b.block);
}

// A block's name in a reason.
std::string block_name(const BlockRef &b, Language language) {
    const bool ru = language == Language::ru;
    switch (b.block) {
    case Block::goal: return ru ? "цель" : "goal";
    case Block::tasks: return ru ? "задачи" : "tasks";
    case Block::expected_result: return ru ? "ожидаемый результат" : "expected result";
    case Block::target_indicators: return ru ? "целевые показатели" : "target indicators";
    case Block::justification: return ru ? "обоснование" : "justification";
    case Block::cycle:
        return ru ? "блок «" + std::string(russian_name(b.stage)) + "»" : "the '" + std::string(to_string(b.stage)) + "' block";
    }
    return {};
}

// «a, b, c и ещё 4» / "a, b, c and 4 more": at most five names.
std::string list(const std::vector<std::string> &names, Language language) {
    constexpr std::size_t shown = 5;
    std::string out;
    for (std::size_t i = 0; i < names.size() && i < shown; ++i) out += (i ? ", " : "") + names[i];
    if (names.size() > shown)
        out += (language == Language::ru ? " и ещё " : " and ") + std::to_string(names.size() - shown) +
               (language == Language::ru ? "" : " more");
    return out;
}

} // namespace

RegistryNames registry_names(const Roadmap &roadmap) {
    RegistryNames out;
    const auto add = [&out](std::string_view name) {
        std::vector<std::string> words = folded_words(name);
        if (!words.empty()) out.push_back(std::move(words));
    };
    for (const Responsible &r : roadmap.responsibles) {
        add(r.short_name);
        add(r.full_name);
        for (const std::string &a : r.aliases) add(a);
    }
    return out;
}

std::vector<std::size_t> direction_indicators(const ResolvedRoadmap &rm, const CoverageRow &row) {
    const Roadmap &model = *rm.roadmap;
    std::set<std::string> listed; // ids the direction's passports list or its measures feed
    for (std::size_t s : row.sections)
        if (const auto &p = model.sections[s].passport) listed.insert(p->indicators.begin(), p->indicators.end());
    for (const ResolvedMeasure &m : rm.measures)
        if (std::find(row.sections.begin(), row.sections.end(), m.ref.section) != row.sections.end())
            listed.insert(m.ref.measure->indicators.begin(), m.ref.measure->indicators.end());
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < model.indicators.size(); ++i) {
        const Indicator &ind = model.indicators[i];
        const bool named = row.direction && rm.catalog && !ind.direction.empty() &&
                           rm.catalog->find(ind.direction) == row.direction;
        if (named || listed.count(ind.id)) out.push_back(i);
    }
    return out;
}

std::vector<std::size_t> measures_at(const CoverageRow &row, const std::vector<Stage> &stages) {
    std::vector<std::size_t> out;
    for (Stage s : stages) out.insert(out.end(), row.cell(s).measures.begin(), row.cell(s).measures.end());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<FoundBlock> blocks_of(const DirectionContext &d, const std::vector<BlockRef> &wanted) {
    std::vector<FoundBlock> out;
    for (std::size_t s : d.row.sections)
        for (const BlockRef &b : wanted) {
            std::string_view text = block_text(d.model_of().sections[s], b);
            if (!blank(text)) out.push_back({s, b, text});
        }
    return out;
}

Evidence measure_evidence(const DirectionContext &d, std::size_t i, bool sound) {
    const ResolvedMeasure &m = d.measure(i);
    Evidence e;
    e.kind = EvidenceKind::measure;
    e.id = m.id;
    e.number = m.ref.measure->number;
    e.path = m.ref.path();
    e.section = m.ref.section;
    e.measure = i;
    e.text = m.ref.measure->title;
    e.sound = sound;
    return e;
}

Evidence block_evidence(const FoundBlock &b, bool sound) {
    Evidence e;
    e.kind = EvidenceKind::block;
    e.id = to_string(b.block);
    e.path = block_path(b);
    e.section = b.section;
    e.text = std::string(b.text);
    e.sound = sound;
    return e;
}

Evidence indicator_evidence(const DirectionContext &d, std::size_t i, bool sound) {
    const Indicator &ind = d.model_of().indicators[i];
    Evidence e;
    e.kind = EvidenceKind::indicator;
    e.id = ind.id;
    e.path = "indicators[" + std::to_string(i) + "]";
    e.text = ind.title;
    e.sound = sound;
    return e;
}

// The deadline's windows are read only here, so that a change in how they
// are kept touches one place.
bool dated(const Deadline &d) noexcept {
    return (d.kind == DeadlineKind::fixed || d.kind == DeadlineKind::recurring || d.kind == DeadlineKind::continuous) &&
           !d.windows.empty();
}

std::optional<Date> last_due(const Deadline &d) {
    if (!dated(d)) return std::nullopt;
    return d.windows.back().end();
}

std::optional<Date> done_by(const Deadline &d, const Window &period) {
    if (!dated(d)) return std::nullopt;
    const Window &first = d.windows.front();
    return first.end() >= period.end() ? first.start() : first.end();
}

std::size_t window_count(const Deadline &d) noexcept { return d.windows.size(); }

bool has_responsibles(const ResolvedMeasure &m) noexcept { return !m.responsibles.empty(); }

std::string measure_text(const Measure &m) {
    std::string text = m.title;
    for (const std::string &item : m.items) text += "\n" + item;
    if (m.result) text += "\n" + *m.result;
    return text;
}

bool mentions(std::string_view text, const std::vector<std::string> &phrases) {
    const std::vector<std::string> words = folded_words(text);
    for (const std::string &p : phrases)
        if (find_stems(words, stems_of(p))) return true;
    return false;
}

bool names_body(std::string_view text, const RegistryNames &registry) {
    const std::vector<std::string> words = folded_words(text);
    for (const std::vector<std::string> &name : registry)
        for (std::size_t at = 0; at + name.size() <= words.size(); ++at)
            if (std::equal(name.begin(), name.end(), words.begin() + static_cast<std::ptrdiff_t>(at))) return true;
    return false;
}

std::string label(const ResolvedMeasure &m) { return named(m.ref.measure->number, m.id); }

std::string describe(const std::vector<Evidence> &evidence, Language language, bool sound_only) {
    const bool ru = language == Language::ru;
    std::vector<std::string> measures, blocks, indicators;
    for (const Evidence &e : evidence) {
        if (sound_only && !e.sound) continue;
        switch (e.kind) {
        case EvidenceKind::measure: measures.push_back(named(e.number, e.id)); break;
        case EvidenceKind::block:
            if (auto b = parse_block(e.id)) {
                std::string name = block_name(*b, language);
                if (std::find(blocks.begin(), blocks.end(), name) == blocks.end()) blocks.push_back(name);
            }
            break;
        case EvidenceKind::indicator: indicators.push_back(e.id); break;
        }
    }
    std::vector<std::string> parts;
    if (!measures.empty())
        parts.push_back((measures.size() == 1 ? ru ? "мероприятие " : "measure " : ru ? "мероприятия " : "measures ") +
                        list(measures, language));
    if (!blocks.empty()) parts.push_back((ru ? "паспорт: " : "passport: ") + list(blocks, language));
    if (!indicators.empty())
        parts.push_back((indicators.size() == 1 ? ru ? "показатель " : "indicator "
                                                : ru ? "показатели " : "indicators ") +
                        list(indicators, language));
    std::string out;
    for (const std::string &p : parts) out += (out.empty() ? "" : "; ") + p;
    return out;
}

std::string criterion(const ComponentRule &rule, Language language) {
    const bool ru = language == Language::ru;
    switch (rule.component) {
    case Stage::goals:
        return ru ? "цель указана в паспорте или её ставит мероприятие" : "the passport states the goal or a measure sets it";
    case Stage::indicators:
        if (rule.min_targeted > 1)
            return ru ? "не менее чем у " + std::to_string(rule.min_targeted) +
                            " показателей направления есть целевое значение на период плана"
                      : "at least " + std::to_string(rule.min_targeted) +
                            " of the direction's indicators have a target for the plan period";
        return ru ? "у показателя направления есть целевое значение на период плана"
                  : "an indicator of the direction has a target for the plan period";
    case Stage::data_collection:
        return ru ? "методы или источники сбора названы с периодичностью"
                  : "collection methods or sources are named with a frequency";
    case Stage::monitoring:
        return ru ? "мониторинг повторяется в периоде плана" : "monitoring recurs within the plan period";
    case Stage::analysis: {
        std::vector<std::string> names;
        for (Stage s : rule.follows)
            names.push_back(ru ? "«" + std::string(russian_name(s)) + "»" : "'" + std::string(to_string(s)) + "'");
        return ru ? "анализ следует за этапом " + list(names, language) + " по срокам или по depends_on"
                  : "analysis follows " + list(names, language) + " by deadline or depends_on";
    }
    case Stage::recommendations:
        return ru ? "рекомендации адресованы названным организациям или категориям"
                  : "recommendations are addressed to named organisations or categories";
    case Stage::measures: {
        const std::string share = std::to_string(static_cast<int>(std::lround(rule.min_share * 100)));
        return ru ? "не менее " + std::to_string(rule.min_count) + " мероприятий, и у " + share +
                        " % из них есть срок и ответственные"
                  : "at least " + std::to_string(rule.min_count) + " measures, " + share +
                        " % of them with a deadline and responsibles";
    }
    case Stage::decisions:
        return ru ? "у управленческого решения есть ответственный и срок"
                  : "a management decision has a responsible and a date";
    case Stage::review:
        return ru ? "анализ эффективности назначен после мероприятий, которые он оценивает"
                  : "the effectiveness review is dated after the measures it reviews";
    }
    return {};
}

Because &Because::arg(std::string name, std::string both) { return arg(name, both, both); }

Because &Because::arg(std::string name, std::string ru, std::string en) {
    ru_.emplace_back(name, std::move(ru));
    en_.emplace_back(std::move(name), std::move(en));
    return *this;
}

ScoreReason Because::say(std::string id, Texts texts) const {
    ScoreReason r;
    r.id = std::move(id);
    for (Language language : {Language::ru, Language::en}) {
        const bool ru = language == Language::ru;
        std::vector<MessageArg> args = ru ? ru_ : en_;
        args.emplace_back("evidence", describe(score_.evidence, language, score_.points == 2));
        args.emplace_back("name", std::string(component_name(rule_.component, language)));
        std::string text = fill_placeholders(ru ? texts.ru : texts.en, args, false);
        if (score_.points < 2) text += (ru ? "; 2 балла — если " : "; 2 points when ") + criterion(rule_, language);
        (ru ? r.ru : r.en) = std::move(text);
    }
    return r;
}

} // namespace eduroadmap::detail
