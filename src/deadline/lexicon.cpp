#include "deadline/lexicon.hpp"

#include <eduroadmap/deadline.hpp>

#include <algorithm>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace eduroadmap::detail {

namespace {

struct Entry {
    std::string form;
    Lexeme lexeme;
};

using Table = std::vector<Entry>;

void add(Table &t, Word w, std::uint8_t value, std::initializer_list<const char *> forms) {
    for (const char *f : forms) t.push_back({f, {w, value}});
}

void add(Table &t, Word w, std::initializer_list<const char *> forms) { add(t, w, 0, forms); }

// Every form of a word is its stem plus one of the endings.
void add_stem(Table &t, Word w, std::uint8_t value, const char *stem, std::initializer_list<const char *> endings) {
    for (const char *e : endings) t.push_back({std::string(stem) + e, {w, value}});
}

std::uint8_t code(Frequency f) { return static_cast<std::uint8_t>(f); }

void add_months(Table &t) {
    // Nominative, genitive («до 1 сентября»), prepositional («в сентябре»),
    // dative and instrumental, then the usual abbreviations.
    const std::initializer_list<const char *> soft = {"ь", "я", "е", "ю", "ем"};
    const std::initializer_list<const char *> hard = {"", "а", "е", "у", "ом"};
    add_stem(t, Word::month, 1, "январ", soft);
    add_stem(t, Word::month, 2, "феврал", soft);
    add_stem(t, Word::month, 3, "март", hard);
    add_stem(t, Word::month, 4, "апрел", soft);
    add(t, Word::month, 5, {"май", "мая", "мае", "маю", "маем"});
    add_stem(t, Word::month, 6, "июн", soft);
    add_stem(t, Word::month, 7, "июл", soft);
    add_stem(t, Word::month, 8, "август", hard);
    add_stem(t, Word::month, 9, "сентябр", soft);
    add_stem(t, Word::month, 10, "октябр", soft);
    add_stem(t, Word::month, 11, "ноябр", soft);
    add_stem(t, Word::month, 12, "декабр", soft);
    const std::pair<std::uint8_t, const char *> abbreviations[] = {
        {1, "янв"}, {2, "фев"}, {2, "февр"}, {3, "мар"}, {4, "апр"}, {6, "июн"}, {7, "июл"},
        {8, "авг"}, {9, "сен"}, {9, "сент"}, {10, "окт"}, {11, "ноя"}, {11, "нояб"}, {12, "дек"}};
    for (const auto &[month, form] : abbreviations) t.push_back({form, {Word::month, month}});
}

void add_numbers(Table &t) {
    add_stem(t, Word::ordinal, 1, "перв", {"ый", "ая", "ое", "ого", "ой", "ому", "ом", "ую", "ые", "ых"});
    add_stem(t, Word::ordinal, 2, "втор", {"ой", "ая", "ое", "ого", "ому", "ом", "ую", "ые", "ых"});
    add_stem(t, Word::ordinal, 3, "трет", {"ий", "ья", "ье", "ьего", "ьей", "ьему", "ьем", "ью", "ьи", "ьих"});
    add_stem(t, Word::ordinal, 4, "четверт", {"ый", "ая", "ое", "ого", "ой", "ому", "ом", "ую", "ые", "ых"});
    add(t, Word::cardinal, 1, {"один", "одна", "одно", "одного", "одной", "одну", "одним"});
    add(t, Word::cardinal, 2, {"два", "две", "двух"});
    add(t, Word::cardinal, 3, {"три", "трех"});
    add(t, Word::cardinal, 4, {"четыре", "четырех"});
    add(t, Word::cardinal, 5, {"пять", "пяти"});
    add(t, Word::cardinal, 6, {"шесть", "шести"});
    add(t, Word::cardinal, 7, {"семь"});
    add(t, Word::cardinal, 8, {"восемь"});
    add(t, Word::cardinal, 9, {"девять"});
    add(t, Word::cardinal, 10, {"десять"});
    add(t, Word::times_adverb, 1, {"однажды"});
    add(t, Word::times_adverb, 2, {"дважды"});
    add(t, Word::times_adverb, 3, {"трижды"});
    add(t, Word::times_adverb, 4, {"четырежды"});
    add(t, Word::ord_suffix, {"й", "я", "е", "ое", "ой", "ый", "ий", "ая", "го", "ого", "его", "м", "ом", "ем", "х"});
}

void add_units(Table &t) {
    add(t, Word::unit_year, {"год", "года", "году", "годом", "годе", "годы", "годов", "годам", "годах", "лет", "г", "гг"});
    add_stem(t, Word::unit_half, 0, "полугоди", {"е", "я", "ю", "ем", "и", "й", "ям", "ях"});
    add(t, Word::unit_half, {"полгода", "полугод"});
    add_stem(t, Word::unit_quarter, 0, "квартал", {"", "а", "у", "ом", "е", "ы", "ов", "ам", "ах"});
    add(t, Word::unit_quarter, {"кв"});
    add_stem(t, Word::unit_month, 0, "месяц", {"", "а", "у", "ем", "е", "ы", "ев", "ам", "ах"});
    add(t, Word::unit_month, {"мес"});
    add_stem(t, Word::unit_week, 0, "недел", {"я", "и", "е", "ю", "ей", "ь", "ям", "ях"});
    add_stem(t, Word::unit_school_quarter, 0, "четверт", {"ь", "и", "ью", "ей", "ям", "ях"});
    add_stem(t, Word::unit_period, 0, "период", {"", "а", "у", "ом", "е"});
    add_stem(t, Word::school, 0, "учебн", {"ый", "ого", "ому", "ым", "ом", "ые", "ых", "ая", "ой"});
    add(t, Word::school, {"уч"});
}

void add_rules(Table &t) {
    add(t, Word::every, code(Frequency::yearly), {"ежегодно"});
    add(t, Word::every, code(Frequency::half_yearly), {"ежеполугодно"});
    add(t, Word::every, code(Frequency::quarterly), {"ежеквартально", "поквартально"});
    add(t, Word::every, code(Frequency::monthly), {"ежемесячно", "помесячно"});
    add(t, Word::every, code(Frequency::weekly), {"еженедельно", "понедельно"});
    add(t, Word::times, {"раз", "раза"});
    add(t, Word::always, {"постоянно", "систематически", "ежедневно", "регулярно", "круглогодично"});
    add(t, Word::constant, {"постоянной", "постоянном"});
    add(t, Word::mode, {"режиме", "основе"});
    add(t, Word::whole, {"весь", "всего", "всей", "всем"});
    add_stem(t, Word::each, 0, "кажд", {"ый", "ая", "ое", "ого", "ой", "ому", "ом", "ую", "ые", "ых"});
    add(t, Word::then, {"далее", "затем", "потом", "впоследствии"});
    add(t, Word::further, {"дальнейшем"});
    add(t, Word::during, {"течение", "ходе", "протяжении", "продолжение"});
}

void add_function_words(Table &t) {
    add(t, Word::prep_v, {"в", "во"});
    add(t, Word::prep_na, {"на"});
    add(t, Word::prep_s, {"с", "со"});
    add(t, Word::prep_po, {"по"});
    add(t, Word::prep_do, {"до"});
    add(t, Word::prep_k, {"к", "ко"});
    add(t, Word::prep_pri, {"при"});
    add(t, Word::conj_and, {"и"});
    add(t, Word::negation, {"не"});
    add(t, Word::frequency_bound, {"реже", "менее", "чаще", "более"});
    add(t, Word::later, {"позднее", "позже"});
    add(t, Word::end_of, {"конца", "концу", "окончания", "завершения"});
    add(t, Word::beginning_of, {"начала"});
    add(t, Word::results, {"итогам", "итогу", "результатам", "окончании", "завершении"});
    add(t, Word::starting, {"начиная"});
    add(t, Word::term, {"срок"});
}

void add_cues(Table &t) {
    add(t, Word::accordance, {"соответствии"});
    add(t, Word::according, {"согласно"});
    add_stem(t, Word::schedule, 0, "график", {"", "а", "у", "ом", "е", "ов", "ам"});
    add_stem(t, Word::schedule, 0, "план", {"", "а", "у", "ом", "е", "ов", "ам"});
    add_stem(t, Word::schedule, 0, "расписани", {"е", "я", "ю", "ем"});
    add(t, Word::separate, {"отдельному", "отдельным", "отдельной", "отдельного", "отдельно"});
    add(t, Word::conducting, {"проведении"});
    add(t, Word::terms, {"сроки", "сроков", "срокам", "сроками", "сроках"});
    add_stem(t, Word::holidays, 0, "каникул", {"", "ы", "ам", "ами", "ах"});
    add(t, Word::established, {"установленные", "установленным", "установленных", "установленный", "установленном"});
    add(t, Word::request, {"запрос", "запросу", "запросам", "запросов", "требованию", "заявке", "заявкам", "заявок",
                           "потребности"});
    add(t, Word::necessity, {"необходимости"});
    add(t, Word::measure, {"мере"});
    add(t, Word::arrival, {"поступления"});
}

const Table &table() {
    static const Table sorted = [] {
        Table t;
        t.reserve(512);
        add_months(t);
        add_numbers(t);
        add_units(t);
        add_rules(t);
        add_function_words(t);
        add_cues(t);
        std::sort(t.begin(), t.end(), [](const Entry &a, const Entry &b) { return a.form < b.form; });
        // A form listed twice keeps its first role; the later one is unreachable.
        t.erase(std::unique(t.begin(), t.end(), [](const Entry &a, const Entry &b) { return a.form == b.form; }),
                t.end());
        return t;
    }();
    return sorted;
}

int roman_value(std::string_view w) noexcept {
    if (w.empty() || w.size() > 6) return 0;
    static constexpr std::string_view numerals[] = {"i",    "ii",  "iii",  "iv",   "v",    "vi",  "vii",
                                                    "viii", "ix",  "x",    "xi",   "xii"};
    for (std::size_t i = 0; i < std::size(numerals); ++i)
        if (numerals[i] == w) return static_cast<int>(i) + 1;
    return 0;
}

} // namespace

Lexeme lookup_word(std::string_view folded) {
    if (const int r = roman_value(folded)) return {Word::roman, static_cast<std::uint8_t>(r)};
    const Table &t = table();
    auto it = std::lower_bound(t.begin(), t.end(), folded,
                               [](const Entry &e, std::string_view w) { return std::string_view(e.form) < w; });
    if (it != t.end() && std::string_view(it->form) == folded) return it->lexeme;
    return {};
}

} // namespace eduroadmap::detail
