#include "deadline/interpreter.hpp"

#include "deadline/recurrence.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>

namespace eduroadmap::detail {

namespace bg = boost::gregorian;

namespace {

bool all_undated(const std::vector<Item> &items) {
    return std::none_of(items.begin(), items.end(), [](const Item &it) { return it.first.year || it.last.year; });
}

bool all_dated(const std::vector<Item> &items) {
    return std::all_of(items.begin(), items.end(), [](const Item &it) { return it.first.year || it.last.year; });
}

// Resolves every item; false when one of them names no real date.
bool resolve_all(const std::vector<Item> &items, const Window &period, std::vector<Window> &out, bool &ambiguous) {
    out.clear();
    for (const Item &it : items) {
        const auto r = resolve_item(it, period);
        if (!r) return false;
        out.push_back(r->window);
        ambiguous = ambiguous || r->ambiguous;
    }
    return true;
}

std::optional<Window> hull(const std::vector<Window> &ws) {
    if (ws.empty()) return std::nullopt;
    Date s = ws.front().start(), e = ws.front().end();
    for (const Window &w : ws) {
        s = std::min(s, w.start());
        e = std::max(e, w.end());
    }
    return Window(s, e);
}

// The month spans undated items name in every year; nothing for a day.
std::optional<std::vector<MonthSpan>> spans_of(const std::vector<Item> &items) {
    std::vector<MonthSpan> spans;
    for (const Item &it : items) {
        const auto a = month_span(it.first), b = month_span(it.last);
        if (!a || !b) return std::nullopt;
        spans.push_back({a->first, b->last});
    }
    sort_month_spans(spans);
    return spans;
}

bool is_year_unit(const Point &p) { return p.unit == Unit::year || p.unit == Unit::school_year; }

// «2021-2023 ежегодно»: a span of whole years bounds the rule rather than being repeated.
bool is_year_span(const std::vector<Item> &items) {
    return items.size() == 1 && items[0].span && is_year_unit(items[0].first) && is_year_unit(items[0].last);
}

} // namespace

bool Interpreter::resolve_bound(const Item &item) {
    const auto r = resolve_item(item, period_);
    if (!r) return false;
    bound_ = r->window;
    bound_dated_ = item.first.year || item.last.year;
    ambiguous_ = ambiguous_ || r->ambiguous;
    return true;
}

void Interpreter::start_rule(const Phrase &p) {
    rule_ = Recurrence{};
    rule_.frequency = p.frequency;
    rule_.interval = p.interval;
    normalize(rule_);
    count_ = std::max(1, p.count);
    mode_ = Mode::recurring;
}

bool Interpreter::refine_months(const std::vector<Item> &items) {
    auto spans = spans_of(items);
    if (!spans || spans->empty()) return false;
    rule_.months = std::move(*spans);
    // «два раза в год (декабрь, май)»: the months already say how often.
    const int n = static_cast<int>(rule_.months.size());
    count_ = std::max(1, (count_ + n - 1) / n);
    return true;
}

bool Interpreter::repeat_dated() {
    // «май 2021, далее ежегодно»: the dated windows, then the same months
    // every following year (or the rule's units after them).
    auto rule = repeat_windows(fixed_, rule_);
    if (!rule) return false;
    rule_ = std::move(*rule);
    dated_ = true;
    return true;
}

bool Interpreter::accept_first(const Phrase &p) {
    switch (p.kind) {
    case PhraseKind::items:
    case PhraseKind::from:
        if (p.kind == PhraseKind::from && !p.bounded) {
            if (!resolve_bound(p.items.front())) return false;
            mode_ = Mode::from;
            return true;
        }
        if (!resolve_all(p.items, period_, fixed_, ambiguous_)) {
            ambiguous_ = false;
            return false;
        }
        items_ = p.items;
        bounded_ = p.bounded;
        mode_ = Mode::fixed;
        return true;
    case PhraseKind::until:
        if (!resolve_bound(p.items.front())) return false;
        mode_ = Mode::until;
        return true;
    case PhraseKind::throughout:
        if (!p.whole_period) {
            std::vector<Window> ws;
            bool ambiguous = false;
            if (!resolve_all(p.items, period_, ws, ambiguous)) return false;
            bound_ = hull(ws);
            bound_dated_ = all_dated(p.items);
            ambiguous_ = ambiguous;
        }
        each_year_ = p.each_year;
        mode_ = Mode::throughout;
        return true;
    case PhraseKind::recurrence:
        start_rule(p);
        return true;
    case PhraseKind::then:
        return false;
    }
    return false;
}

bool Interpreter::accept_after_items(const Phrase &p) {
    if (p.kind == PhraseKind::then) {
        if (then_) return false;
        then_ = true;
        return true;
    }
    if (p.kind != PhraseKind::recurrence) return false;
    const Interpreter saved = *this;
    start_rule(p);
    bool ok;
    if (!then_ && all_undated(items_)) { // «Сентябрь ежегодно»: the months of the rule
        ok = refine_months(items_);
        fixed_.clear();
        ambiguous_ = false;
    } else if ((bounded_ || (!then_ && is_year_span(items_))) && all_dated(items_)) {
        // «с 2021 по 2023 год ежегодно», «2021-2023 ежегодно»: the rule's bounds
        rule_.start = fixed_.front().start();
        rule_.until = fixed_.front().end();
        fixed_.clear();
        ok = true;
    } else { // «Август-сентябрь 2020 ежегодно», «2020-2021, далее ежегодно»
        ok = repeat_dated();
    }
    if (!ok) {
        *this = saved;
        return false;
    }
    then_ = false;
    return true;
}

bool Interpreter::accept_in_rule(const Phrase &p) {
    const bool free = !rule_.start && !rule_.until && !dated_;
    switch (p.kind) {
    case PhraseKind::items: // «ежегодно (ноябрь)», «Ежегодно - сентябрь, май»
        if (dated_ && rule_.frequency == Frequency::yearly && !dated_months_ && !dated_start_ &&
            all_undated(p.items)) { // «май 2021, далее ежегодно, май, сентябрь»: the months it repeats
            dated_months_ = refine_months(p.items);
            return dated_months_;
        }
        return rule_.months.empty() && !dated_ && all_undated(p.items) && refine_months(p.items);
    case PhraseKind::throughout:
        if (p.each_year && !each_year_) { // «Ежегодно, в течение года»: throughout each year, as it is
            each_year_ = true;
            return true;
        }
        if (!p.whole_period && free && all_dated(p.items)) { // «ежегодно в течение 2020-2022 гг.»
            std::vector<Window> ws;
            bool ambiguous = false;
            if (!resolve_all(p.items, period_, ws, ambiguous)) return false;
            rule_.start = hull(ws)->start();
            rule_.until = hull(ws)->end();
            return true;
        }
        return false; // «Ежегодно (постоянно)»: adds nothing, a note
    case PhraseKind::from:
        if (p.bounded && all_undated(p.items)) // «еженедельно с сентября по май»: the season
            return rule_.months.empty() && !dated_ && refine_months(p.items);
        if (dated_ && !dated_start_ && !p.bounded && all_dated(p.items)) {
            // «март 2013, далее ежемесячно с сентября 2024 года»: a later start
            // than the dated windows give; never one inside or before them.
            const auto r = resolve_item(p.items.front(), period_);
            if (!r || r->window.start() <= hull(fixed_)->end()) return false;
            rule_.start = r->window.start();
            dated_start_ = true;
            return true;
        }
        if (free && all_dated(p.items)) { // «Ежегодно с 2021 года»
            const auto r = resolve_item(p.items.front(), period_);
            if (!r) return false;
            rule_.start = r->window.start();
            if (p.bounded) rule_.until = r->window.end();
            return true;
        }
        return false;
    case PhraseKind::until:
        if (!rule_.until && !dated_ && all_dated(p.items)) { // «ежегодно до 2022 года»
            const auto r = resolve_item(p.items.front(), period_);
            // An end before the start read earlier («ежемесячно с 2022 года
            // ноября до 2021») is a note, as in «с 2022 года до 2021».
            if (!r || (rule_.start && r->window.end() < *rule_.start)) return false;
            rule_.until = r->window.end();
            return true;
        }
        return false;
    default:
        return false;
    }
}

bool Interpreter::accept(const Phrase &p) {
    switch (mode_) {
    case Mode::none:
        return accept_first(p);
    case Mode::fixed:
        return accept_after_items(p);
    case Mode::throughout:
        if (p.kind == PhraseKind::from && !bound_) { // «постоянно с 7 октября 2019 [по 31 августа 2024]»
            const auto r = resolve_item(p.items.front(), period_);
            if (!r) return false;
            const Window &x = r->window;
            bound_ = p.bounded || x.start() > period_.end() ? x : Window(x.start(), period_.end());
            bound_dated_ = all_dated(p.items);
            ambiguous_ = ambiguous_ || r->ambiguous;
            return true;
        }
        [[fallthrough]];
    case Mode::from:
    case Mode::until: {
        // «С 2021 года ежегодно», «в течение 2020-2022 гг. ежегодно»: bounds of the rule
        if (p.kind != PhraseKind::recurrence) return false;
        if (bound_ && !bound_dated_) return false;
        const Mode was = mode_;
        const std::optional<Window> bound = bound_;
        start_rule(p);
        if (bound && was != Mode::until) rule_.start = bound->start();
        if (bound && was != Mode::from) rule_.until = bound->end();
        return true;
    }
    case Mode::recurring:
        return accept_in_rule(p);
    }
    return false;
}

void Interpreter::finish(Deadline &out) const {
    out.windows = {};
    out.count = 1;
    out.ambiguous = ambiguous_;
    out.rule.reset();
    const Window &P = period_;
    std::vector<Window> windows;
    switch (mode_) {
    case Mode::none:
        out.kind = DeadlineKind::unrecognized;
        return;
    case Mode::fixed:
        out.kind = DeadlineKind::fixed;
        windows = fixed_;
        break;
    case Mode::from: // «с 07 октября 2019»: from X to the end of the period
        out.kind = DeadlineKind::continuous;
        windows.push_back(bound_->start() <= P.end() ? Window(bound_->start(), P.end()) : *bound_);
        break;
    case Mode::until: // «до 01.09.2021»: from the start of the period to X
        out.kind = DeadlineKind::fixed;
        windows.push_back(bound_->end() >= P.start() ? Window(P.start(), bound_->end()) : *bound_);
        break;
    case Mode::throughout:
        out.kind = DeadlineKind::continuous;
        windows.push_back(bound_ ? *bound_ : P);
        break;
    case Mode::recurring: {
        if (rule_.start && rule_.start->year() > max_plan_year && !fixed_.empty()) {
            // «декабрь 2199, далее ежеквартально»: a repetition that starts
            // after the last year a plan can reach recurs in no plan (and
            // no text could name its start); the dated windows are the
            // whole deadline.
            out.kind = DeadlineKind::fixed;
            windows = fixed_;
            break;
        }
        out.kind = DeadlineKind::recurring;
        out.count = count_;
        out.rule = rule_;
        // The dated windows inside P, then the rule's, kept as a rule.
        for (const Window &w : fixed_)
            if (auto in = w.intersect(P)) windows.push_back(*in);
        out.windows = Schedule(std::move(windows), rule_, P);
        return;
    }
    }
    std::sort(windows.begin(), windows.end());
    windows.erase(std::unique(windows.begin(), windows.end()), windows.end());
    out.windows = Schedule(std::move(windows));
}

} // namespace eduroadmap::detail
