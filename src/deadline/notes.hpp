// The note of a deadline: the text beside its date expression, tidied for people.
#ifndef EDUROADMAP_SRC_DEADLINE_NOTES_HPP
#define EDUROADMAP_SRC_DEADLINE_NOTES_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace eduroadmap::detail {

struct Note {
    std::string text;     // whitespace collapsed, enclosing parentheses removed
    std::size_t begin = 0; // byte range of the note in the original text
    std::size_t end = 0;
    bool empty() const { return begin == end; }
};

/// Narrows [begin, end) of @p text to what a note would show: without
/// surrounding whitespace, leading separators, trailing separators and dots.
void trim_note(std::string_view text, std::size_t &begin, std::size_t &end);

/// The note in bytes [begin, end) of @p text: leading separators, trailing
/// separators and dots, enclosing or unmatched parentheses dropped.
Note note_between(std::string_view text, std::size_t begin, std::size_t end);

} // namespace eduroadmap::detail

#endif
