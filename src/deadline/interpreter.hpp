// Combines the phrases of a deadline, in order, into one resolution: which
// phrase may follow which (docs/deadlines.md, "How phrases combine"), and the
// windows the accepted whole stands for.
#ifndef EDUROADMAP_SRC_DEADLINE_INTERPRETER_HPP
#define EDUROADMAP_SRC_DEADLINE_INTERPRETER_HPP

#include "deadline/phrases.hpp"

#include <eduroadmap/deadline.hpp>

#include <optional>
#include <vector>

namespace eduroadmap::detail {

class Interpreter {
public:
    explicit Interpreter(const Window &period) : period_(period) {}

    /// Offers the next phrase. False when it does not continue the expression
    /// read so far; the state is then unchanged and the phrase, with all that
    /// follows, is the note.
    bool accept(const Phrase &phrase);

    /// True while a «далее» waits for the recurrence it announces.
    bool then_pending() const { return then_; }

    /// Writes kind, windows, count, ambiguity and rule of what was accepted.
    void finish(Deadline &out) const;

private:
    enum class Mode { none, fixed, from, until, throughout, recurring };

    bool accept_first(const Phrase &p);
    bool accept_after_items(const Phrase &p);
    bool accept_in_rule(const Phrase &p);
    bool resolve_bound(const Item &item);
    void start_rule(const Phrase &p);
    bool refine_months(const std::vector<Item> &items);
    bool repeat_dated();

    Window period_;
    Mode mode_ = Mode::none;
    std::vector<Window> fixed_;  // fixed windows; in a rule, the dated occurrences before it
    std::vector<Item> items_;    // the items the fixed windows came from
    bool bounded_ = false;       // those items are «с X по Y»
    std::optional<Window> bound_; // the X of «с X», «до X», «в течение X»
    bool bound_dated_ = false;
    bool ambiguous_ = false;
    bool then_ = false;
    Recurrence rule_;
    int count_ = 1;
    bool dated_ = false;        // the rule repeats the dated windows in fixed_
    bool dated_months_ = false; // «…, далее ежегодно, май, сентябрь»: its months were named
    bool dated_start_ = false;  // «…, далее ежемесячно с сентября 2024 года»: its start was named
    bool each_year_ = false;    // «в течение года» was read after the rule
};

} // namespace eduroadmap::detail

#endif
