// What the text around the tables says about the plan: the order that
// approved it (ПРИКАЗ … № …, or a stamp «УТВЕРЖДЕНА постановлением …»), the
// plan's caption, its period, and the headings of sections printed as text.
#ifndef EDUROADMAP_SRC_IMPORT_DOCUMENT_HPP
#define EDUROADMAP_SRC_IMPORT_DOCUMENT_HPP

#include "import/blocks.hpp"

#include <eduroadmap/model.hpp>

#include <optional>
#include <string>
#include <vector>

namespace eduroadmap::detail::importer {

// A paragraph of the document: consecutive lines with no gap between them
// (a text export's lines; a Word paragraph and the lines of its breaks).
struct Paragraph {
    std::vector<const Para *> lines;
};

// The paragraphs of a run of lines: a gap starts a new one.
std::vector<Paragraph> paragraphs_of(const std::vector<const Para *> &lines);

// A line's text as printed: its label, its text cleaned of a text export's
// markup, tabs as spaces.
std::string line_text(const Para &line);

// A paragraph's text: its lines' texts joined with @p separator.
std::string paragraph_text(const Paragraph &p, std::string_view separator = " ");

// The text before the first table, read.
struct Preamble {
    std::optional<ApprovingDocument> approved_by; // only the fields that could be read
    std::string title;                            // the plan's caption («План мероприятий …»), or empty
    std::vector<Paragraph> before_title;          // the rest of the text before the caption
    std::vector<Paragraph> after_title;           // the rest of the text after it
    std::vector<const Para *> unplaced;           // lines of the order's header that fit no field
};

Preamble read_preamble(const std::vector<Paragraph> &paragraphs);

// A date as orders print it: «14.03.2022», «от 5 сентября 2023 года»,
// «от «14» марта 2022 г.». The first one in @p text.
std::optional<Date> date_in(std::string_view text);

// An order's number after «№» or «N»: «№ 120/21/1» → «120/21/1», «N 7-р» → «7-р».
std::string number_in(std::string_view text);

// A signature «Начальник управления    И.О. Фамилия»: the name, and what
// precedes it (the post). Nothing when the line does not end in a name.
std::optional<std::pair<std::string, std::string>> signature_in(std::string_view text);

// True for a plan's caption: a paragraph starting «План …» or «Дорожная карта …».
bool is_plan_caption(std::string_view text);

// A section heading and the text printed with it, from paragraphs of text
// (or the lines of a heading cell): «Обоснование принимаемых мер … по треку
// X» names the section X and is kept as its justification with the rest; a
// plan caption among them is the title; otherwise the first paragraph is.
// A leading «1.» or «IV.» becomes the section's number; «План мероприятий
// («дорожная карта» 1.2) по …» gives the number 1.2 and the title «по …».
// The title's lines and paragraphs are joined by spaces (a text export's
// wrapped lines) unless @p breaks_printed (a Word file's, printed each on a
// line of its own: joined by line breaks).
Section section_from_text(const std::vector<std::string> &paragraphs, bool breaks_printed = false);

} // namespace eduroadmap::detail::importer

#endif
