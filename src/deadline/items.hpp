// The date items of the grammar: points («15 ноября 2019», «III квартал»,
// «2020/2021 учебный год»), spans «X – Y», numeral groups sharing one unit
// («III и IV квартал», «1-15 сентября») and lists of them.
#ifndef EDUROADMAP_SRC_DEADLINE_ITEMS_HPP
#define EDUROADMAP_SRC_DEADLINE_ITEMS_HPP

#include "deadline/calendar.hpp"
#include "deadline/lexer.hpp"

#include <cstddef>
#include <vector>

namespace eduroadmap::detail {

/// The span from @p a to @p b; «2020-2021 учебный год» becomes the school year.
Item make_span(Point a, Point b);

/// Parses items over tokens. Every method returns the index after what it
/// read, or @p i itself when nothing matched (nothing is consumed then).
class ItemParser {
public:
    explicit ItemParser(const Lexed &tokens) : t_(tokens) {}

    /// A list of items separated by «,», «;», «/», «и» or nothing; a trailing
    /// year is given to the undated items before it. Appends to @p out.
    std::size_t list(std::size_t i, std::vector<Item> &out) const;

    /// Exactly one point or span.
    std::size_t single(std::size_t i, Item &out) const;

    /// One point.
    std::size_t point(std::size_t i, Point &out) const;

    /// A number that can be a day or a unit's ordinal: 1..31, «1-й», «II», «первое».
    std::size_t numeral(std::size_t i, int &value, bool &arabic) const;

private:
    std::size_t element(std::size_t i, std::vector<Item> &out) const;
    std::size_t group(std::size_t i, std::vector<Item> &out) const;
    std::size_t numeral_unit(std::size_t i, int value, bool arabic, Point &out) const;
    std::size_t numeric_date(std::size_t i, Point &out) const;
    std::size_t year(std::size_t i, Point &out) const;
    std::size_t year_noise(std::size_t i, bool &school) const;
    std::size_t optional_year(std::size_t i, Point &p) const;

    bool is(std::size_t i, Tok k) const { return t_[i].kind == k; }
    bool is(std::size_t i, Word w) const { return t_[i].kind == Tok::word && t_[i].word == w; }
    bool is_year(std::size_t i) const;

    const Lexed &t_;
};

} // namespace eduroadmap::detail

#endif
