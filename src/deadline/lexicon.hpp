// The Russian words the deadline grammar knows, by their role.
#ifndef EDUROADMAP_SRC_DEADLINE_LEXICON_HPP
#define EDUROADMAP_SRC_DEADLINE_LEXICON_HPP

#include <cstdint>
#include <string_view>

namespace eduroadmap::detail {

/// The role of a folded word in the grammar. Word forms of one role share it
/// (every case of «сентябрь» is `month` with value 9).
enum class Word : std::uint8_t {
    unknown,
    month,          // value 1..12: январь, января, январе, янв …
    roman,          // value: i, ii, iii, iv … (computed, not in the table)
    ordinal,        // value: первый, второе, третьего, четвертый …
    cardinal,       // value: один, два, две, три …
    times_adverb,   // value: дважды, трижды
    ord_suffix,     // й, е, ое, го … after «1-»
    unit_year,      // год, года, годы, лет, г, гг
    unit_half,      // полугодие, полугодия, полгода
    unit_quarter,   // квартал, кв
    unit_month,     // месяц, месяца
    unit_week,      // неделя, неделю
    unit_school_quarter, // четверть, четверти, четвертям
    unit_period,    // период, периода
    school,         // учебный, учебного, уч
    every,          // value = Frequency: ежегодно, ежеквартально …
    times,          // раз, раза
    prep_v,         // в, во
    prep_na,        // на
    prep_s,         // с, со
    prep_po,        // по
    prep_do,        // до
    prep_k,         // к, ко
    prep_pri,       // при
    conj_and,       // и
    during,         // течение, ходе, протяжении
    always,         // постоянно, систематически, ежедневно, регулярно
    constant,       // постоянной, постоянном («на постоянной основе»)
    mode,           // режиме, основе
    whole,          // весь, всего, всей
    each,           // каждый, каждую, каждые …
    then,           // далее, затем
    further,        // дальнейшем («в дальнейшем»)
    negation,       // не
    frequency_bound, // реже, менее, чаще, более
    later,          // позднее, позже
    end_of,         // конца, окончания
    beginning_of,   // начала
    results,        // итогам, результатам, окончании, завершении
    starting,       // начиная
    term,           // срок
    // external cues
    accordance,     // соответствии
    according,      // согласно
    schedule,       // графику, графиком, плану, планом, расписанию …
    separate,       // отдельному, отдельным
    conducting,     // проведении
    terms,          // сроки, срокам, сроками
    established,    // установленные, установленным
    holidays,       // каникулы, каникул («в период каникул»: the school's calendar)
    // on-demand cues
    request,        // запросу, запросам, требованию, заявке, потребности
    necessity,      // необходимости
    measure,        // мере («по мере необходимости»)
    arrival,        // поступления («по мере поступления»)
};

/// A word's role and, where the role has one, its value.
struct Lexeme {
    Word word = Word::unknown;
    std::uint8_t value = 0;
};

/// Looks up a folded word (lower case, ё → е). Roman numerals made only of
/// i, v, x with a value 1..39 come back as Word::roman.
Lexeme lookup_word(std::string_view folded);

} // namespace eduroadmap::detail

#endif
