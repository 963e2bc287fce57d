// The phrases a deadline is made of: item lists, recurrences («ежегодно»,
// «2 раза в год»), «в течение …», «с X [по Y]», «до X», «далее», and the cues
// that make a whole text external or on demand.
#ifndef EDUROADMAP_SRC_DEADLINE_PHRASES_HPP
#define EDUROADMAP_SRC_DEADLINE_PHRASES_HPP

#include "deadline/items.hpp"

#include <eduroadmap/deadline.hpp>

#include <cstddef>
#include <vector>

namespace eduroadmap::detail {

enum class PhraseKind : std::uint8_t { items, recurrence, throughout, from, until, then };

struct Phrase {
    PhraseKind kind = PhraseKind::items;
    std::vector<Item> items; // items; from/until: one item; throughout: its items, if any
    bool bounded = false;    // from: «с X по Y», items holds the span
    // recurrence
    Frequency frequency = Frequency::yearly;
    int interval = 1;
    int count = 1;
    // throughout
    bool whole_period = false; // no items: the plan period
    bool each_year = false;    // «в течение года», «в течение учебного года»
};

class PhraseParser {
public:
    explicit PhraseParser(const Lexed &tokens) : t_(tokens), items_(tokens) {}

    /// Skips what may stand between phrases: , ; : ( ) - / . ? quotes «и».
    std::size_t skip_separators(std::size_t i) const;

    /// True when token @p i is such a separator.
    bool is_separator(std::size_t i) const;

    /// Parses one phrase at @p i into @p out; returns the index after it, or
    /// @p i when no phrase starts there.
    std::size_t parse(std::size_t i, Phrase &out) const;

    /// Tokens of an external cue starting at @p i («в соответствии с», «согласно»,
    /// «по графику», «по плану», «по отдельному», «при проведении», «в сроки»,
    /// «в период каникул»), or 0.
    std::size_t external_cue(std::size_t i) const;

    /// Tokens of an on-demand cue starting at @p i («по запросу», «по
    /// необходимости», «по мере необходимости», «при необходимости»), or 0.
    std::size_t on_demand_cue(std::size_t i) const;

private:
    std::size_t recurrence(std::size_t i, Phrase &out) const;
    std::size_t throughout(std::size_t i, Phrase &out) const;
    std::size_t from(std::size_t i, Phrase &out) const;
    std::size_t until(std::size_t i, Phrase &out) const;
    std::size_t then(std::size_t i, Phrase &out) const;
    std::size_t items(std::size_t i, Phrase &out) const;
    std::size_t small_number(std::size_t i, int &value) const;

    bool is(std::size_t i, Tok k) const { return t_[i].kind == k; }
    bool is(std::size_t i, Word w) const { return t_[i].kind == Tok::word && t_[i].word == w; }
    // The token after the word at @p i, past a dot glued to it («уч.», «кв.»).
    std::size_t after_abbreviation(std::size_t i) const { return is(i + 1, Tok::dot) && t_[i + 1].glued ? i + 2 : i + 1; }

    const Lexed &t_;
    ItemParser items_;
};

} // namespace eduroadmap::detail

#endif
