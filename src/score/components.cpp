// The nine components of the management cycle, one scorer each: what is
// evidence, what makes it sound (2 points), and the reason given. The
// criteria are documented in docs/score.md, component by component.
#include "score/components.hpp"

#include <eduroadmap/indicators.hpp>
#include <eduroadmap/stages.hpp>

#include <algorithm>

namespace eduroadmap::detail {

namespace {

const Texts absent{"нет ни мероприятий этапа «{name}», ни блока паспорта о нём",
                   "no measure at the stage '{name}' and no passport block on it"};
const Texts passport_only{"этап «{name}» описан только в паспорте ({evidence}): его не выполняет ни одно мероприятие",
                          "only the passport covers '{name}' ({evidence}): no measure carries it out"};

template <class Sound> void add_measures(const DirectionContext &d, const std::vector<std::size_t> &measures,
                                         ComponentScore &out, Sound sound) {
    for (std::size_t m : measures) out.evidence.push_back(measure_evidence(d, m, sound(m)));
}

template <class Sound> void add_blocks(const std::vector<FoundBlock> &blocks, ComponentScore &out, Sound sound) {
    for (const FoundBlock &b : blocks) out.evidence.push_back(block_evidence(b, sound(b)));
}

// The usual verdict: 2 when something is sound, 1 when something is there, else 0.
void grade(ComponentScore &out) {
    const bool sound = std::any_of(out.evidence.begin(), out.evidence.end(), [](const Evidence &e) { return e.sound; });
    out.points = sound ? 2 : out.evidence.empty() ? 0 : 1;
}

bool has_measures(const ComponentScore &out) {
    return std::any_of(out.evidence.begin(), out.evidence.end(),
                       [](const Evidence &e) { return e.kind == EvidenceKind::measure; });
}

// A deadline that comes round more than once in the period.
bool recurs(const Deadline &deadline, std::size_t min_windows, bool continuous) {
    if (!dated(deadline)) return false;
    return window_count(deadline) >= min_windows || deadline.count >= 2 ||
           (continuous && deadline.kind == DeadlineKind::continuous);
}

// Stage names for a reason: «мониторинг», 'monitoring'.
std::string stage_list(const std::vector<Stage> &stages, Language language) {
    std::string out;
    for (Stage s : stages)
        out += (out.empty() ? "" : ", ") + (language == Language::ru ? "«" + std::string(russian_name(s)) + "»"
                                                                    : "'" + std::string(to_string(s)) + "'");
    return out;
}

void goals(const DirectionContext &d, const ComponentRule &rule, ComponentScore &out) {
    add_measures(d, measures_at(d.row, rule.stages), out, [](std::size_t) { return true; });
    add_blocks(blocks_of(d, rule.blocks), out, [](const FoundBlock &) { return true; });
    std::vector<BlockRef> implied;
    for (const BlockRef &b : rule.implied_by)
        if (std::find(rule.blocks.begin(), rule.blocks.end(), b) == rule.blocks.end()) implied.push_back(b);
    add_blocks(blocks_of(d, implied), out, [](const FoundBlock &) { return false; });
    grade(out);
    Because because(rule, out);
    if (out.points == 2)
        out.reason = because.say("goals-sound", {"цель сформулирована: {evidence}", "a goal is stated: {evidence}"});
    else if (out.points == 1)
        out.reason = because.say("goals-implied", {"цель не сформулирована, только подразумевается ({evidence})",
                                                   "no goal is stated, it is only implied ({evidence})"});
    else
        out.reason = because.say("goals-absent", {"цель направления не указана ни в паспорте, ни в мероприятиях",
                                                  "neither a passport nor a measure states the direction's goal"});
}

void indicators(const DirectionContext &d, const ComponentRule &rule, ComponentScore &out) {
    const PlanPeriod &period = d.model_of().period;
    const auto targeted = [&](std::size_t i) {
        for (const Target &t : d.model_of().indicators[i].targets)
            if (auto w = target_window(t.period); w && (!period.known || w->overlaps(period.window))) return true;
        return false;
    };
    add_measures(d, measures_at(d.row, rule.stages), out, [](std::size_t) { return false; });
    add_blocks(blocks_of(d, rule.blocks), out, [](const FoundBlock &) { return false; });
    std::size_t count = 0;
    for (std::size_t i : d.indicators) {
        const bool sound = targeted(i);
        count += sound ? 1 : 0;
        out.evidence.push_back(indicator_evidence(d, i, sound));
    }
    out.points = count >= static_cast<std::size_t>(rule.min_targeted) ? 2 : out.evidence.empty() ? 0 : 1;
    Because because(rule, out);
    because.arg("count", std::to_string(count));
    if (out.points == 2)
        out.reason = because.say("indicators-sound", {"целевые значения на период плана есть у показателей: {evidence}",
                                                      "indicators with a target for the plan period: {evidence}"});
    else if (count > 0)
        out.reason = because.say("indicators-few",
                                 {"целевое значение на период плана есть только у {count} из показателей ({evidence})",
                                  "only {count} of the indicators have a target for the plan period ({evidence})"});
    else if (out.points == 1)
        out.reason = because.say("indicators-untargeted",
                                 {"показатели названы ({evidence}), но ни у одного нет целевого значения на период плана",
                                  "indicators are named ({evidence}) but none has a target for the plan period"});
    else
        out.reason = because.say("indicators-absent",
                                 {"нет ни показателей направления, ни мероприятий по их разработке, ни целевых показателей в паспорте",
                                  "no indicator of the direction, no measure developing one, no target indicators in a passport"});
}

void data_collection(const DirectionContext &d, const ComponentRule &rule, ComponentScore &out) {
    const std::vector<std::string> &frequency = d.model.frequency;
    add_measures(d, measures_at(d.row, rule.stages), out, [&](std::size_t m) {
        const ResolvedMeasure &rm = d.measure(m);
        return recurs(rm.deadline, 2, true) || mentions(measure_text(*rm.ref.measure), frequency);
    });
    add_blocks(blocks_of(d, rule.blocks), out, [&](const FoundBlock &b) { return mentions(b.text, frequency); });
    for (std::size_t i : d.indicators) {
        const Indicator &ind = d.model_of().indicators[i];
        if (ind.method.empty() && ind.source.empty()) continue;
        const bool sound = !ind.frequency.empty() || mentions(ind.method + "\n" + ind.source, frequency);
        out.evidence.push_back(indicator_evidence(d, i, sound));
    }
    grade(out);
    Because because(rule, out);
    if (out.points == 2)
        out.reason = because.say("data-collection-sound",
                                 {"методы или источники сбора названы с периодичностью: {evidence}",
                                  "collection methods or sources are named with a frequency: {evidence}"});
    else if (out.points == 1)
        out.reason = because.say("data-collection-no-frequency",
                                 {"методы сбора названы ({evidence}), но без периодичности",
                                  "collection methods are named ({evidence}) but without a frequency"});
    else
        out.reason = because.say("data-collection-absent",
                                 {"методы и источники сбора информации не названы: нет ни мероприятий этапа, ни блока "
                                  "паспорта, ни показателей с методом или источником",
                                  "no data-collection method or source is named: no measure at the stage, no passport "
                                  "block, no indicator with a method or source"});
}

void monitoring(const DirectionContext &d, const ComponentRule &rule, ComponentScore &out) {
    add_measures(d, measures_at(d.row, rule.stages), out, [&](std::size_t m) {
        return recurs(d.measure(m).deadline, static_cast<std::size_t>(rule.min_windows), rule.continuous_recurs);
    });
    add_blocks(blocks_of(d, rule.blocks), out, [&](const FoundBlock &b) { return mentions(b.text, d.model.frequency); });
    grade(out);
    Because because(rule, out);
    if (out.points == 2)
        out.reason = because.say("monitoring-sound", {"мониторинг повторяется в периоде плана: {evidence}",
                                                      "monitoring recurs within the plan period: {evidence}"});
    else if (out.points == 1 && has_measures(out))
        out.reason = because.say("monitoring-once", {"мониторинг разовый или без срока ({evidence})",
                                                     "monitoring is a one-off or undated ({evidence})"});
    else
        out.reason = because.say(out.points ? "monitoring-passport-only" : "monitoring-absent",
                                 out.points ? passport_only : absent);
}

void analysis(const DirectionContext &d, const ComponentRule &rule, ComponentScore &out) {
    const std::vector<std::size_t> followed = measures_at(d.row, rule.follows);
    std::vector<std::string> pairs_ru, pairs_en;
    // How analysis @p a follows measure @p f, if it does: by depends_on, by
    // being the same measure, or by a deadline no earlier than f's first.
    const auto follows = [&](std::size_t a, std::size_t f) {
        const ResolvedMeasure &am = d.measure(a), &fm = d.measure(f);
        const auto &deps = am.ref.measure->depends_on;
        if (std::find(deps.begin(), deps.end(), fm.id) != deps.end()) {
            pairs_ru.push_back(label(am) + " по итогам " + label(fm) + " (depends_on)");
            pairs_en.push_back(label(am) + " depends on " + label(fm));
            return true;
        }
        if (a == f) {
            pairs_ru.push_back(label(am) + " (в том же мероприятии)");
            pairs_en.push_back(label(am) + " (the same measure)");
            return true;
        }
        auto a_last = last_due(am.deadline), f_first = done_by(fm.deadline, d.model_of().period.window);
        if (a_last && f_first && *a_last >= *f_first) {
            pairs_ru.push_back(label(am) + " (до " + to_iso(*a_last) + ") после " + label(fm) + " (до " +
                               to_iso(*f_first) + ")");
            pairs_en.push_back(label(am) + " (by " + to_iso(*a_last) + ") after " + label(fm) + " (by " +
                               to_iso(*f_first) + ")");
            return true;
        }
        return false;
    };
    add_measures(d, measures_at(d.row, rule.stages), out, [&](std::size_t a) {
        return std::any_of(followed.begin(), followed.end(), [&](std::size_t f) { return follows(a, f); });
    });
    add_blocks(blocks_of(d, rule.blocks), out, [](const FoundBlock &) { return false; });
    grade(out);
    Because because(rule, out);
    because.arg("follows", stage_list(rule.follows, Language::ru), stage_list(rule.follows, Language::en));
    std::string ru, en;
    for (std::size_t i = 0; i < pairs_ru.size() && i < 3; ++i)
        ru += (i ? "; " : "") + pairs_ru[i], en += (i ? "; " : "") + pairs_en[i];
    because.arg("pairs", ru, en);
    if (out.points == 2)
        out.reason = because.say("analysis-sound", {"анализ следует за этапом {follows}: {pairs}",
                                                    "analysis follows {follows}: {pairs}"});
    else if (out.points == 1 && !has_measures(out))
        out.reason = because.say("analysis-passport-only", passport_only);
    else if (out.points == 1 && followed.empty())
        out.reason = because.say("analysis-nothing-to-follow",
                                 {"анализ есть ({evidence}), но в направлении нет этапа {follows}, за которым он бы следовал",
                                  "there is analysis ({evidence}) but the direction has no {follows} for it to follow"});
    else if (out.points == 1)
        out.reason = because.say("analysis-unlinked",
                                 {"анализ ({evidence}) не следует за этапом {follows} ни по срокам, ни по depends_on",
                                  "analysis ({evidence}) follows {follows} neither by deadline nor by depends_on"});
    else
        out.reason = because.say("analysis-absent", absent);
}

void recommendations(const DirectionContext &d, const ComponentRule &rule, ComponentScore &out) {
    const auto addressed = [&](std::string_view text) {
        return mentions(text, rule.addressed) || (rule.registry_addressed && names_body(text, d.registry));
    };
    add_measures(d, measures_at(d.row, rule.stages), out,
                 [&](std::size_t m) { return addressed(measure_text(*d.measure(m).ref.measure)); });
    add_blocks(blocks_of(d, rule.blocks), out, [&](const FoundBlock &b) { return addressed(b.text); });
    grade(out);
    Because because(rule, out);
    if (out.points == 2)
        out.reason = because.say("recommendations-sound",
                                 {"рекомендации адресные: {evidence}", "recommendations are addressed: {evidence}"});
    else if (out.points == 1)
        out.reason = because.say("recommendations-unaddressed",
                                 {"рекомендации есть ({evidence}), но не сказано, кому они адресованы",
                                  "there are recommendations ({evidence}) but they do not say whom they address"});
    else
        out.reason = because.say("recommendations-absent", absent);
}

void measures(const DirectionContext &d, const ComponentRule &rule, ComponentScore &out) {
    const std::vector<std::size_t> found = measures_at(d.row, rule.stages);
    std::size_t complete = 0;
    add_measures(d, found, out, [&](std::size_t m) {
        const bool ok = dated(d.measure(m).deadline) && has_responsibles(d.measure(m));
        complete += ok ? 1 : 0;
        return ok;
    });
    add_blocks(blocks_of(d, rule.blocks), out, [](const FoundBlock &) { return false; });
    const bool enough = found.size() >= static_cast<std::size_t>(rule.min_count) &&
                        static_cast<double>(complete) >= rule.min_share * static_cast<double>(found.size()) - 1e-9;
    out.points = !found.empty() && enough ? 2 : out.evidence.empty() ? 0 : 1;
    Because because(rule, out);
    because.arg("count", std::to_string(found.size())).arg("complete", std::to_string(complete));
    if (out.points == 2)
        out.reason = because.say("measures-sound", {"срок и ответственные есть у {complete} из {count} мероприятий",
                                                    "{complete} of {count} measures have a deadline and responsibles"});
    else if (out.points == 1 && found.empty())
        out.reason = because.say("measures-passport-only", passport_only);
    else if (out.points == 1 && found.size() < static_cast<std::size_t>(rule.min_count))
        out.reason = because.say("measures-few", {"мероприятий мало: {count} ({evidence})",
                                                  "too few measures: {count} ({evidence})"});
    else if (out.points == 1)
        out.reason = because.say("measures-incomplete",
                                 {"срок и ответственные есть только у {complete} из {count} мероприятий",
                                  "only {complete} of {count} measures have a deadline and responsibles"});
    else
        out.reason = because.say("measures-absent", absent);
}

void decisions(const DirectionContext &d, const ComponentRule &rule, ComponentScore &out) {
    add_measures(d, measures_at(d.row, rule.stages), out,
                 [&](std::size_t m) { return dated(d.measure(m).deadline) && has_responsibles(d.measure(m)); });
    add_blocks(blocks_of(d, rule.blocks), out, [](const FoundBlock &) { return false; });
    grade(out);
    Because because(rule, out);
    if (out.points == 2)
        out.reason = because.say("decisions-sound", {"у решения есть ответственный и срок: {evidence}",
                                                     "a decision with a responsible and a date: {evidence}"});
    else if (out.points == 1 && has_measures(out))
        out.reason = because.say("decisions-incomplete", {"у решений ({evidence}) нет ответственного или срока",
                                                          "the decisions ({evidence}) lack a responsible or a date"});
    else
        out.reason = because.say(out.points ? "decisions-passport-only" : "decisions-absent",
                                 out.points ? passport_only : absent);
}

void review(const DirectionContext &d, const ComponentRule &rule, ComponentScore &out) {
    enum class State { undated, nothing_dated, before, after };
    struct Verdict {
        State state = State::undated;
        std::size_t review = 0, reviewed = 0;
        std::optional<Date> due; // when the last measure it reviews has been done
    };
    std::vector<Verdict> verdicts;
    const std::vector<std::size_t> reviewable = measures_at(d.row, rule.reviews);
    const auto judge = [&](std::size_t r) {
        Verdict v{State::undated, r, r, std::nullopt};
        const ResolvedMeasure &rm = d.measure(r);
        // What it reviews: the measures it depends on, else the direction's at the reviewed stages.
        std::vector<std::size_t> reviewed;
        const auto &deps = rm.ref.measure->depends_on;
        for (std::size_t i = 0; i < d.roadmap.measures.size(); ++i)
            if (!deps.empty() ? std::find(deps.begin(), deps.end(), d.measure(i).id) != deps.end()
                              : i != r && std::binary_search(reviewable.begin(), reviewable.end(), i))
                reviewed.push_back(i);
        std::optional<Date> latest;
        for (std::size_t i : reviewed)
            if (auto due = done_by(d.measure(i).deadline, d.model_of().period.window); due && (!latest || *due > *latest))
                latest = due, v.reviewed = i;
        v.due = latest;
        if (auto own = last_due(rm.deadline)) {
            v.state = !latest ? State::nothing_dated : *own >= *latest ? State::after : State::before;
        }
        verdicts.push_back(v);
        return v.state == State::after;
    };
    add_measures(d, measures_at(d.row, rule.stages), out, judge);
    add_blocks(blocks_of(d, rule.blocks), out, [](const FoundBlock &) { return false; });
    grade(out);
    Because because(rule, out);
    // The most telling verdict: a review in time, else one too early, else one with nothing to follow.
    const Verdict *shown = nullptr;
    for (State s : {State::after, State::before, State::nothing_dated})
        for (const Verdict &v : verdicts)
            if (!shown && v.state == s) shown = &v;
    if (shown && (shown->state == State::after || shown->state == State::before)) {
        const ResolvedMeasure &r = d.measure(shown->review), &m = d.measure(shown->reviewed);
        because.arg("review", label(r))
            .arg("date", to_iso(*last_due(r.deadline)))
            .arg("measure", label(m))
            .arg("due", to_iso(*shown->due));
    }
    if (out.points == 2)
        out.reason = because.say("review-sound",
                                 {"анализ эффективности назначен после мероприятий, которые он оценивает: {review} до "
                                  "{date}, позднейшее из оцениваемых — {measure} ({due})",
                                  "the effectiveness review comes after the measures it reviews: {review} by {date}, "
                                  "the latest it reviews is {measure} ({due})"});
    else if (shown && shown->state == State::before)
        out.reason = because.say("review-before",
                                 {"анализ эффективности ({review}, до {date}) назначен раньше мероприятия {measure} "
                                  "({due}), которое он оценивает",
                                  "the effectiveness review ({review}, by {date}) comes before measure {measure} ({due}) "
                                  "it reviews"});
    else if (shown)
        out.reason = because.say("review-nothing-dated",
                                 {"анализ эффективности есть ({evidence}), но в направлении нет мероприятий со сроком, "
                                  "после которых он бы шёл",
                                  "there is an effectiveness review ({evidence}) but no dated measure for it to follow"});
    else if (out.points == 1 && has_measures(out))
        out.reason = because.say("review-undated", {"анализ эффективности без срока ({evidence})",
                                                    "the effectiveness review is undated ({evidence})"});
    else
        out.reason = because.say(out.points ? "review-passport-only" : "review-absent",
                                 out.points ? passport_only : absent);
}

} // namespace

void score_component(const DirectionContext &d, const ComponentRule &rule, ComponentScore &out) {
    switch (rule.component) {
    case Stage::goals: return goals(d, rule, out);
    case Stage::indicators: return indicators(d, rule, out);
    case Stage::data_collection: return data_collection(d, rule, out);
    case Stage::monitoring: return monitoring(d, rule, out);
    case Stage::analysis: return analysis(d, rule, out);
    case Stage::recommendations: return recommendations(d, rule, out);
    case Stage::measures: return measures(d, rule, out);
    case Stage::decisions: return decisions(d, rule, out);
    case Stage::review: return review(d, rule, out);
    }
}

} // namespace eduroadmap::detail
