#include "deadline/items.hpp"

namespace eduroadmap::detail {

namespace {

constexpr int min_year = 1900, max_year = 2199;

// The latest month 1..12 may have in any year (29 for February).
int max_day(int month) {
    static constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month >= 1 && month <= 12 ? days[month - 1] : 0;
}

// The calendar year of a unit inside school year first/first+1.
int year_in_school_year(const Point &p, int first) {
    switch (p.unit) {
    case Unit::day:
    case Unit::month: return p.index >= 9 ? first : first + 1;
    case Unit::school_quarter: return p.index <= 2 ? first : first + 1;
    case Unit::quarter: return p.index >= 3 ? first : first + 1;
    case Unit::half: return p.index == 2 ? first : first + 1;
    case Unit::year:
    case Unit::school_year: break;
    }
    return first;
}

// Gives a trailing year to the undated items before it («июнь, июль 2024»).
void carry_years(std::vector<Item> &items, std::size_t from) {
    int carry = 0;
    for (std::size_t k = items.size(); k-- > from;) {
        Item &it = items[k];
        if (it.first.year) {
            carry = it.first.year;
        } else if (it.last.year) {
            carry = it.last.year; // «Февраль - апрель 2021»: the span finds its own start
        } else if (carry) {
            it.last.year = carry;
            if (!it.span) it.first.year = carry;
        }
    }
}

} // namespace

Item make_span(Point a, Point b) {
    if (a.unit == Unit::year && !a.school_suffix && b.unit == Unit::school_year && b.school_suffix &&
        b.year > a.year) {
        // «2020-2021 учебный год»: the school years from 2020/2021 to the one ending in 2021.
        a.unit = Unit::school_year;
        b.year -= 1;
    }
    return Item{a, b, true};
}

bool ItemParser::is_year(std::size_t i) const {
    const Token &t = t_[i];
    return t.kind == Tok::number && t.digits == 4 && t.value >= min_year && t.value <= max_year;
}

std::size_t ItemParser::numeral(std::size_t i, int &value, bool &arabic) const {
    const Token &t = t_[i];
    if (t.kind == Tok::number && t.digits <= 2 && t.value >= 1 && t.value <= 31) {
        value = static_cast<int>(t.value);
        arabic = true;
        // «1-й», «2-ое», «2-х»
        if (is(i + 1, Tok::dash) && t_[i + 1].glued && is(i + 2, Word::ord_suffix) && t_[i + 2].glued) return i + 3;
        return i + 1;
    }
    if (is(i, Word::roman) || is(i, Word::ordinal)) {
        value = static_cast<int>(t.value);
        arabic = false;
        return i + 1;
    }
    return i;
}

std::size_t ItemParser::numeral_unit(std::size_t i, int value, bool arabic, Point &out) const {
    const Token &t = t_[i];
    if (t.kind != Tok::word) return i;
    Point p;
    p.index = value;
    switch (t.word) {
    case Word::month:
        if (!arabic || value > max_day(static_cast<int>(t.value))) return i;
        p.unit = Unit::day;
        p.index = static_cast<int>(t.value);
        p.day = value;
        break;
    case Word::unit_quarter:
        if (value > 4) return i;
        p.unit = Unit::quarter;
        break;
    case Word::unit_half:
        if (value > 2) return i;
        p.unit = Unit::half;
        break;
    case Word::unit_school_quarter:
        if (value > 4) return i;
        p.unit = Unit::school_quarter;
        break;
    default:
        return i;
    }
    out = p;
    std::size_t j = i + 1;
    if (is(j, Tok::dot) && t_[j].glued) ++j; // «кв.», «сент.»
    return j;
}

std::size_t ItemParser::year_noise(std::size_t i, bool &school) const {
    // «г.», «гг.», «г.г.», «год», «года», «годы», «учебный год», «уч. год» …
    for (;;) {
        if (is(i, Word::unit_year)) {
            ++i;
        } else if (is(i, Word::school)) {
            school = true;
            ++i;
        } else {
            return i;
        }
        if (is(i, Tok::dot)) ++i;
    }
}

std::size_t ItemParser::year(std::size_t i, Point &out) const {
    if (!is_year(i)) return i;
    Point p;
    p.unit = Unit::year;
    p.year = static_cast<int>(t_[i].value);
    std::size_t j = i + 1;
    // «2023/2024», «2023/24»: a school year
    if (is(j, Tok::slash) && t_[j].glued && t_[j + 1].kind == Tok::number && t_[j + 1].glued) {
        const Token &second = t_[j + 1];
        if ((second.digits == 4 && static_cast<int>(second.value) == p.year + 1) ||
            (second.digits == 2 && static_cast<int>(second.value) == (p.year + 1) % 100)) {
            p.unit = Unit::school_year;
            j += 2;
        }
    }
    bool school = false;
    j = year_noise(j, school);
    if (school && p.unit == Unit::year) {
        p.unit = Unit::school_year;
        p.school_suffix = true;
    }
    out = p;
    return j;
}

std::size_t ItemParser::optional_year(std::size_t i, Point &p) const {
    Point y;
    const std::size_t j = year(i, y);
    if (j == i) return i;
    p.year = y.unit == Unit::school_year ? year_in_school_year(p, y.year) : y.year;
    return j;
}

std::size_t ItemParser::numeric_date(std::size_t i, Point &out) const {
    const Token &a = t_[i];
    if (a.kind != Tok::number) return i;
    Point p;
    std::size_t j = i;
    if (is_year(i) && is(i + 1, Tok::dash) && t_[i + 1].glued && t_[i + 2].kind == Tok::number &&
        t_[i + 2].digits == 2 && t_[i + 2].glued && is(i + 3, Tok::dash) && t_[i + 3].glued &&
        t_[i + 4].kind == Tok::number && t_[i + 4].digits == 2 && t_[i + 4].glued) {
        // ISO 2021-09-01
        p.unit = Unit::day;
        p.year = static_cast<int>(a.value);
        p.index = static_cast<int>(t_[i + 2].value);
        p.day = static_cast<int>(t_[i + 4].value);
        j = i + 5;
    } else if (a.digits <= 2 && is(i + 1, Tok::dot) && t_[i + 1].glued && t_[i + 2].kind == Tok::number &&
               t_[i + 2].glued) {
        const Token &b = t_[i + 2];
        if (b.digits == 4) { // 09.2021
            if (!is_year(i + 2)) return i;
            p.unit = Unit::month;
            p.index = static_cast<int>(a.value);
            p.year = static_cast<int>(b.value);
            j = i + 3;
        } else if (b.digits <= 2) { // 15.11.2019, 15.11.19, 01.09
            p.unit = Unit::day;
            p.day = static_cast<int>(a.value);
            p.index = static_cast<int>(b.value);
            j = i + 3;
            if (is(j, Tok::dot) && t_[j].glued && t_[j + 1].kind == Tok::number && t_[j + 1].glued) {
                const Token &c = t_[j + 1];
                if (is_year(j + 1)) {
                    p.year = static_cast<int>(c.value);
                    j += 2;
                } else if (c.digits == 2) {
                    p.year = 2000 + static_cast<int>(c.value);
                    j += 2;
                } else {
                    return i;
                }
            }
        } else {
            return i;
        }
    } else {
        return i;
    }
    if (p.index < 1 || p.index > 12) return i;
    if (p.unit == Unit::day && (p.day < 1 || p.day > max_day(p.index))) return i;
    if (p.year && !unit_window(p, p.year)) return i; // 31.04.2021, 29.02.2021
    bool school = false;
    if (p.year) j = year_noise(j, school); // «15.11.2019 г.»
    out = p;
    return j;
}

std::size_t ItemParser::point(std::size_t i, Point &out) const {
    if (std::size_t j = numeric_date(i, out); j != i) return j;
    if (std::size_t j = year(i, out); j != i) return j;
    int value = 0;
    bool arabic = false;
    if (std::size_t j = numeral(i, value, arabic); j != i) {
        Point p;
        const std::size_t k = numeral_unit(j, value, arabic, p);
        if (k == j) return i;
        const std::size_t m = optional_year(k, p);
        if (p.year && !unit_window(p, p.year)) return i; // 29 февраля 2021
        out = p;
        return m;
    }
    if (is(i, Word::month)) {
        Point p;
        p.unit = Unit::month;
        p.index = static_cast<int>(t_[i].value);
        std::size_t j = i + 1;
        if (is(j, Tok::dot) && t_[j].glued) ++j; // «сент.»
        j = optional_year(j, p);
        out = p;
        return j;
    }
    return i;
}

std::size_t ItemParser::group(std::size_t i, std::vector<Item> &out) const {
    // Numerals sharing one unit: «III и IV квартал», «1-15 сентября», «1, 2 полугодие».
    constexpr std::size_t max_numerals = 12;
    int values[max_numerals];
    bool spans_next[max_numerals] = {};
    bool arabic = false, all_arabic = true;
    std::size_t n = 0;
    std::size_t j = numeral(i, values[0], arabic);
    if (j == i) return i;
    all_arabic = arabic;
    n = 1;
    while (n < max_numerals) {
        const bool dash = is(j, Tok::dash);
        if (!dash && !is(j, Tok::comma) && !is(j, Word::conj_and)) break;
        const std::size_t k = numeral(j + 1, values[n], arabic);
        if (k == j + 1) break;
        spans_next[n - 1] = dash;
        all_arabic = all_arabic && arabic;
        ++n;
        j = k;
    }
    if (n < 2) return i;
    Point points[max_numerals];
    std::size_t after_unit = j;
    for (std::size_t k = 0; k < n; ++k) {
        after_unit = numeral_unit(j, values[k], all_arabic, points[k]);
        if (after_unit == j) return i;
    }
    const std::size_t end = optional_year(after_unit, points[n - 1]);
    const std::size_t first_new = out.size();
    for (std::size_t k = 0; k < n; ++k) {
        if (spans_next[k] && k + 1 < n) {
            out.push_back(make_span(points[k], points[k + 1]));
            ++k;
        } else {
            out.push_back(Item{points[k], points[k], false});
        }
    }
    if (Item &last = out.back(); last.last.year && !unit_window(last.last, last.last.year)) {
        out.resize(first_new);
        return i;
    }
    return end;
}

std::size_t ItemParser::element(std::size_t i, std::vector<Item> &out) const {
    if (std::size_t j = group(i, out); j != i) return j;
    Point a;
    const std::size_t j = point(i, a);
    if (j == i) return i;
    if (is(j, Tok::dash)) {
        Point b;
        if (const std::size_t k = point(j + 1, b); k != j + 1) {
            out.push_back(make_span(a, b));
            return k;
        }
    }
    out.push_back(Item{a, a, false});
    return j;
}

std::size_t ItemParser::single(std::size_t i, Item &out) const {
    std::vector<Item> items;
    const std::size_t j = element(i, items);
    if (j == i || items.size() != 1) return i;
    out = items.front();
    return j;
}

std::size_t ItemParser::list(std::size_t i, std::vector<Item> &out) const {
    const std::size_t first_new = out.size();
    std::size_t j = element(i, out);
    if (j == i) return i;
    for (;;) {
        std::size_t k = j;
        while (is(k, Tok::comma) || is(k, Tok::semicolon) || is(k, Tok::slash) || is(k, Word::conj_and) ||
               is(k, Tok::dot))
            ++k;
        const std::size_t before = out.size();
        const std::size_t m = element(k, out);
        if (m == k) break;
        if (out.size() - first_new > max_dated_windows) { // the rest of the list is the note
            out.resize(before);
            break;
        }
        j = m;
    }
    carry_years(out, first_new);
    return j;
}

} // namespace eduroadmap::detail
