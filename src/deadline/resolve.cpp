// resolve_deadline: cues first, then the phrases of the date expression, then the note.
#include "deadline/interpreter.hpp"
#include "deadline/notes.hpp"
#include "deadline/resolve_text.hpp"

#include "text.hpp"

#include <eduroadmap/deadline.hpp>

#include <new>

namespace eduroadmap {

namespace {

// Using-declarations, not a using-directive: a unity build joins this file
// with others, and detail::Unit would then clash with eduroadmap::Unit.
using detail::Interpreter;
using detail::Lexed;
using detail::Note;
using detail::PhraseParser;
using detail::Tok;
using detail::Phrase;
using detail::lex;
using detail::max_dated_windows;
using detail::note_between;
using detail::squeeze_spaces;
using detail::trim_note;

void set_note(Deadline &d, const Note &note) {
    d.note = note.text;
    d.unparsed_begin = note.begin;
    d.unparsed_end = note.end;
}

// «не указан» (what render_deadline writes for an absent deadline), «Не указано».
bool says_unspecified(std::string_view text) {
    std::string t = squeeze_spaces(text);
    if (!t.empty() && t.back() == '.') t.pop_back();
    for (std::string_view phrase : {"не указан", "не указано", "не указаны", "Не указан", "Не указано", "Не указаны"})
        if (t == phrase) return true;
    return false;
}

// The windows a rendering names one by one: all of them, except those a
// rule makes after its dated occurrences.
std::size_t dated_windows(const Deadline &d) {
    if (d.kind != DeadlineKind::recurring || !d.rule) return d.windows.size();
    if (!d.rule->start) return 0;
    std::size_t n = 0;
    for (const Window &w : d.windows) {
        if (w.start() >= *d.rule->start) break;
        ++n;
    }
    return n;
}

Deadline resolve(std::string_view text, const Window &given) {
    // The resolver's calendar is the plan calendar: no window it makes lies
    // outside the years it reads back, and no date leaves Boost's range.
    const Window period = clamp_to_plan_calendar(given);
    Deadline d;
    d.text.assign(text);
    // The token buffer is large; one per thread avoids re-initialising it per call.
    thread_local Lexed tokens;
    lex(text, tokens);
    const PhraseParser parser(tokens);

    const std::size_t first = parser.skip_separators(0);
    if (first >= tokens.size || says_unspecified(text)) { // «», «?», «-», «—», «не указан»
        d.kind = DeadlineKind::unspecified;
        return d;
    }
    if (parser.external_cue(first)) { // dates inside qualify someone else's schedule
        d.kind = DeadlineKind::external;
        d.note = squeeze_spaces(text);
        return d;
    }
    if (const std::size_t n = parser.on_demand_cue(first)) {
        d.kind = DeadlineKind::on_demand;
        set_note(d, note_between(text, tokens[first + n - 1].end, text.size()));
        return d;
    }

    // The expression starts at the first phrase found; text before it is note.
    // It names at most max_dated_windows dated windows, so that its rendering
    // fits in the tokens the lexer reads back: when it names more, it is read
    // again up to the phrase before the last one taken, which with all that
    // follows becomes the note — at most one reading per phrase.
    std::size_t start = first, next = first, read_to = 0;
    for (std::size_t max_phrases = tokens.size;; --max_phrases) {
        Interpreter interpreter(period);
        Phrase phrase;
        for (start = first; start < tokens.size && max_phrases > 0; ++start) {
            if (parser.is_separator(start)) continue;
            // Not from inside a number: «31.04.2021» is no «04.2021».
            const Tok before = start > 0 ? tokens[start - 1].kind : Tok::end;
            if (tokens[start].glued && (before == Tok::number || before == Tok::dot || before == Tok::slash)) continue;
            next = parser.parse(start, phrase);
            if (next != start && interpreter.accept(phrase)) break;
        }
        if (start >= tokens.size || max_phrases == 0) {
            d.kind = DeadlineKind::unrecognized;
            std::size_t begin = 0, end = text.size();
            trim_note(text, begin, end);
            d.unparsed_begin = begin;
            d.unparsed_end = end;
            return d;
        }
        std::size_t phrases = 1;
        read_to = tokens[next - 1].end; // bytes read as the expression
        while (phrases < max_phrases) {
            const std::size_t at = parser.skip_separators(next);
            if (at >= tokens.size) break;
            const std::size_t after = parser.parse(at, phrase);
            if (after == at || !interpreter.accept(phrase)) break;
            ++phrases;
            next = after;
            if (!interpreter.then_pending()) read_to = tokens[after - 1].end;
        }
        interpreter.finish(d);
        if (dated_windows(d) <= max_dated_windows) break;
        max_phrases = phrases; // the loop's decrement leaves out the last phrase taken
        std::string kept = std::move(d.text);
        d = Deadline();
        d.text = std::move(kept);
    }

    const Note before = note_between(text, tokens[first].begin, tokens[start].begin);
    const Note after = note_between(text, read_to, text.size());
    if (!before.empty() && !after.empty()) {
        d.note = before.text + "; " + after.text;
        d.unparsed_begin = before.begin;
        d.unparsed_end = before.end;
    } else {
        set_note(d, before.empty() ? after : before);
    }
    return d;
}

} // namespace

namespace detail {

Deadline resolve_text(std::string_view text, const Window &period) {
    try {
        return resolve(text, period);
    } catch (const std::bad_alloc &) {
        throw; // out of memory is the caller's to report, not an unrecognized text
    } catch (...) { // any other internal failure is an unrecognized text, never an exception
        Deadline d;
        d.kind = DeadlineKind::unrecognized;
        d.text.assign(text);
        d.unparsed_end = text.size();
        return d;
    }
}

} // namespace detail

Deadline resolve_deadline(std::string_view text, const Window &period) noexcept {
    try {
        return detail::resolve_text(text, period);
    } catch (...) { // out of memory: the public contract is never to throw
        Deadline d;
        d.kind = DeadlineKind::unrecognized;
        try {
            d.text.assign(text);
            d.unparsed_end = text.size();
        } catch (...) {
        }
        return d;
    }
}

} // namespace eduroadmap
