// What the text around the tables says about the plan: the order that
// approved it (ПРИКАЗ … № …, or a stamp «УТВЕРЖДЕНА постановлением …»), the
// plan's caption, its period, and the headings of sections printed as text.
#ifndef EDUROADMAP_SRC_IMPORT_DOCUMENT_HPP
#define EDUROADMAP_SRC_IMPORT_DOCUMENT_HPP

#include "import/tables.hpp"

#include <eduroadmap/model.hpp>

#include <optional>
#include <string>
#include <vector>

namespace eduroadmap::detail::importer {

// The text before the first table, read.
struct Preamble {
    std::optional<ApprovingDocument> approved_by; // only the fields that could be read
    std::string title;                            // the plan's caption («План мероприятий …»), or empty
    std::vector<Paragraph> before_title;          // the rest of the text before the caption
    std::vector<Paragraph> after_title;           // the rest of the text after it
    std::vector<const SourceLine *> unplaced;     // lines of the order's header that fit no field
};

Preamble read_preamble(const std::vector<Paragraph> &paragraphs);

// True for a plan's caption: a paragraph starting «План …» or «Дорожная карта …».
bool is_plan_caption(std::string_view text);

// The plan period a title states: «на 2020-2021 годы» → `2020-2021`, «на
// 2023-2024 учебный год» → `2023/2024`, «на 2021 год» → `2021`. Empty when
// it states none.
std::string period_in(std::string_view text);

// A section heading and the text printed with it, from paragraphs of text
// (or the lines of a heading cell): «Обоснование принимаемых мер … по треку
// X» names the section X and is kept as its justification with the rest; a
// plan caption among them is the title; otherwise the first paragraph is.
// A leading «1.» or «IV.» becomes the section's number.
Section section_from_text(const std::vector<std::string> &paragraphs);

} // namespace eduroadmap::detail::importer

#endif
