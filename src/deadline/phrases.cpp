#include "deadline/phrases.hpp"

#include <optional>

namespace eduroadmap::detail {

namespace {

std::optional<Frequency> unit_frequency(Word w) {
    switch (w) {
    case Word::unit_year: return Frequency::yearly;
    case Word::unit_half: return Frequency::half_yearly;
    case Word::unit_quarter: return Frequency::quarterly;
    case Word::unit_month: return Frequency::monthly;
    case Word::unit_week: return Frequency::weekly;
    case Word::unit_school_quarter: return Frequency::school_quarterly;
    default: return std::nullopt;
    }
}

} // namespace

bool PhraseParser::is_separator(std::size_t i) const {
    switch (t_[i].kind) {
    case Tok::dash: case Tok::comma: case Tok::semicolon: case Tok::colon: case Tok::dot: case Tok::slash:
    case Tok::lparen: case Tok::rparen: case Tok::question: case Tok::quote:
        return true;
    case Tok::word:
        return t_[i].word == Word::conj_and;
    default:
        return false;
    }
}

std::size_t PhraseParser::skip_separators(std::size_t i) const {
    while (i < t_.size && is_separator(i)) ++i;
    return i;
}

std::size_t PhraseParser::small_number(std::size_t i, int &value) const {
    const Token &t = t_[i];
    if (t.kind == Tok::number && t.digits <= 2 && t.value >= 1 && !(is(i + 1, Tok::dot) && t_[i + 1].glued &&
                                                                    is(i + 2, Tok::number))) {
        value = static_cast<int>(t.value);
        return i + 1;
    }
    if (is(i, Word::cardinal)) {
        value = static_cast<int>(t.value);
        return i + 1;
    }
    return i;
}

std::size_t PhraseParser::recurrence(std::size_t i, Phrase &out) const {
    std::size_t j = i;
    if (is(j, Word::negation) && is(j + 1, Word::frequency_bound)) j += 2; // «не реже», «не менее»

    if (is(j, Word::every)) { // «ежегодно», «ежеквартально» …
        out.frequency = static_cast<Frequency>(t_[j].value);
        return j + 1;
    }
    if (is(j, Word::each)) { // «каждый год», «каждые 2 года», «каждую четверть»
        std::size_t k = j + 1;
        k = small_number(k, out.interval);
        if (is(k, Word::school)) ++k;
        if (auto f = unit_frequency(t_[k].word); f && is(k, Tok::word)) {
            out.frequency = *f;
            return k + 1;
        }
        return i;
    }
    if (is(j, Word::prep_po)) {
        std::size_t k = j + 1;
        if (is(k, Word::results)) { // «по итогам четверти», «по результатам каждого квартала»
            ++k;
            if (is(k, Word::each)) ++k;
            if (is(k, Word::unit_year) || is(k, Word::school)) return i; // «по итогам учебного года»: a note
        }
        if (auto f = unit_frequency(t_[k].word); f && is(k, Tok::word)) { // «по четвертям»
            out.frequency = *f;
            return k + 1;
        }
        return i;
    }

    // «[N] раз(а) в [M] <unit>», «дважды в год», «раз в полгода»
    std::size_t k = j;
    if (std::size_t m = small_number(k, out.count); m != k && is(m, Word::times)) {
        k = m + 1;
    } else if (is(k, Word::times_adverb)) {
        out.count = static_cast<int>(t_[k].value);
        ++k;
    } else if (is(k, Word::times)) {
        out.count = 1;
        ++k;
    } else {
        return i;
    }
    if (!is(k, Word::prep_v)) return i;
    ++k;
    k = small_number(k, out.interval);
    if (is(k, Word::school)) k = after_abbreviation(k); // «в учебный год», «в уч. год»
    const auto f = is(k, Tok::word) ? unit_frequency(t_[k].word) : std::nullopt;
    if (!f) return i;
    out.frequency = *f;
    return k + 1;
}

std::size_t PhraseParser::throughout(std::size_t i, Phrase &out) const {
    out.whole_period = true;
    if (is(i, Word::always)) return i + 1; // «постоянно»
    if ((is(i, Word::prep_v) || is(i, Word::prep_na)) && is(i + 1, Word::constant) && is(i + 2, Word::mode))
        return i + 3; // «в постоянном режиме», «на постоянной основе»
    if (is(i, Word::whole) && is(i + 1, Word::unit_period)) return i + 2; // «весь период»
    if (!(is(i, Word::prep_v) || is(i, Word::prep_na)) || !is(i + 1, Word::during)) return i;
    std::size_t k = i + 2; // «в течение», «в ходе», «на протяжении»
    if (is(k, Word::whole)) ++k;
    const std::size_t year = is(k, Word::school) ? after_abbreviation(k) : k;
    if (is(year, Word::unit_year)) {
        out.each_year = true; // «в течение года», «в течение учебного года», «в течение уч. года»
        return year + 1;
    }
    if (is(k, Word::unit_period)) return k + 1; // «в течение периода»
    out.whole_period = false;
    const std::size_t end = items_.list(k, out.items);
    return end == k ? i : end;
}

std::size_t PhraseParser::from(std::size_t i, Phrase &out) const {
    std::size_t j = i;
    if (is(j, Word::starting)) ++j; // «начиная с»
    if (!is(j, Word::prep_s)) return i;
    ++j;
    if (is(j, Word::beginning_of)) ++j; // «с начала 2021 года»
    Item x;
    std::size_t k = items_.single(j, x);
    bool bare_day = false; // «с 1 по 15 сентября»: the day takes its month from the end
    if (k == j) {
        int value = 0;
        bool arabic = false;
        k = items_.numeral(j, value, arabic);
        if (k == j || !arabic || !(is(k, Word::prep_po) || is(k, Word::prep_do))) return i;
        x.first.unit = Unit::day;
        x.first.day = value;
        bare_day = true;
    }
    if (is(k, Word::prep_po) || is(k, Word::prep_do)) {
        std::size_t m = k + 1;
        if (is(m, Word::end_of)) ++m;
        Item y;
        if (const std::size_t n = items_.single(m, y); n != m) {
            if (bare_day) {
                if (y.last.unit != Unit::day) return i;
                x.first.index = y.last.index;
            }
            out.items.push_back(make_span(x.first, y.last));
            out.bounded = true;
            return n;
        }
    }
    if (bare_day) return i;
    out.items.push_back(x);
    return k;
}

std::size_t PhraseParser::until(std::size_t i, Phrase &out) const {
    std::size_t j = i;
    if (is(j, Word::prep_v) && is(j + 1, Word::term)) j += 2; // «в срок до»
    if (is(j, Word::prep_do) || is(j, Word::prep_k)) {
        ++j;
    } else if (is(j, Word::negation) && is(j + 1, Word::later)) { // «не позднее», «не позже»
        j += 2;
    } else {
        return i;
    }
    if (is(j, Word::end_of)) ++j; // «до конца 2021 года»
    Item x;
    const std::size_t k = items_.single(j, x);
    if (k == j) return i;
    out.items.push_back(x);
    return k;
}

std::size_t PhraseParser::then(std::size_t i, Phrase &) const {
    if (is(i, Word::then)) return i + 1;                                 // «далее», «затем»
    if (is(i, Word::prep_v) && is(i + 1, Word::further)) return i + 2;  // «в дальнейшем»
    return i;
}

std::size_t PhraseParser::items(std::size_t i, Phrase &out) const {
    std::size_t j = i;
    if (is(j, Word::prep_v) || is(j, Word::prep_na)) ++j; // «в сентябре», «на 2021 год»
    const std::size_t k = items_.list(j, out.items);
    return k == j ? i : k;
}

std::size_t PhraseParser::parse(std::size_t i, Phrase &out) const {
    // The first kind that reads anything wins. Each attempt starts from a
    // clean phrase, keeping the item buffer's allocation.
    const auto attempt = [&](PhraseKind kind, std::size_t (PhraseParser::*read)(std::size_t, Phrase &) const) {
        std::vector<Item> buffer = std::move(out.items);
        buffer.clear();
        out = Phrase{};
        out.kind = kind;
        out.items = std::move(buffer);
        return (this->*read)(i, out);
    };
    std::size_t j = i;
    if ((j = attempt(PhraseKind::recurrence, &PhraseParser::recurrence)) != i) return j;
    if ((j = attempt(PhraseKind::throughout, &PhraseParser::throughout)) != i) return j;
    if ((j = attempt(PhraseKind::from, &PhraseParser::from)) != i) return j;
    if ((j = attempt(PhraseKind::until, &PhraseParser::until)) != i) return j;
    if ((j = attempt(PhraseKind::then, &PhraseParser::then)) != i) return j;
    return attempt(PhraseKind::items, &PhraseParser::items);
}

std::size_t PhraseParser::external_cue(std::size_t i) const {
    if (is(i, Word::according)) return 1;                                          // «согласно …»
    if (is(i, Word::prep_v) && (is(i + 1, Word::accordance) || is(i + 1, Word::terms))) return 2; // «в соответствии», «в сроки»
    if (is(i, Word::prep_v) && is(i + 1, Word::established) && is(i + 2, Word::terms)) return 3;  // «в установленные сроки»
    if (is(i, Word::prep_po) && (is(i + 1, Word::schedule) || is(i + 1, Word::separate) || is(i + 1, Word::terms)))
        return 2; // «по графику», «по плану», «по отдельному …», «по срокам»
    if (is(i, Word::prep_pri) && is(i + 1, Word::conducting)) return 2; // «при проведении …»
    // «в период каникул», «во время летних каникул»: holidays follow each school's calendar
    for (std::size_t k = i; k < i + 4 && is(k, Tok::word); ++k)
        if (is(k, Word::holidays)) return k - i + 1;
    return 0;
}

std::size_t PhraseParser::on_demand_cue(std::size_t i) const {
    if (is(i, Word::prep_po) && (is(i + 1, Word::request) || is(i + 1, Word::necessity))) return 2;
    if (is(i, Word::prep_po) && is(i + 1, Word::measure) && (is(i + 2, Word::necessity) || is(i + 2, Word::arrival)))
        return 3; // «по мере необходимости», «по мере поступления»
    if (is(i, Word::prep_pri) && is(i + 1, Word::necessity)) return 2; // «при необходимости»
    return 0;
}

} // namespace eduroadmap::detail
