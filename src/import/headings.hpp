// The column headings of a plan table («№ п/п», «Мероприятие», «Сроки», …)
// and what each column holds.
#ifndef EDUROADMAP_SRC_IMPORT_HEADINGS_HPP
#define EDUROADMAP_SRC_IMPORT_HEADINGS_HPP

#include "import/vocabulary.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap::detail::importer {

// A header cell read as a heading.
struct Heading {
    Column column = Column::other;
    std::string printed; // the cell as printed (cleaned)
    std::string read_as; // the known heading it was taken for, when it only resembles one
};

// Reads one header cell against the vocabulary (vocabulary.hpp): a known
// heading, matched on folded words and tolerant of extra words
// («Мероприятие (содержание деятельности)», «Сроки исполнения»), or a close
// misspelling of one (then `read_as` is set). Nothing when the cell is no
// heading.
std::optional<Heading> read_heading(std::string_view cell);

// Reads a row of cells as the header of a plan table: at least @p minimum
// known headings, one of them the measure's title; other non-empty cells are
// short headings of columns the format has no field for (Column::other, at
// most half as many as the known ones). Empty cells become Column::other
// with no heading. Nothing when the row is no header.
std::optional<std::vector<Heading>> read_header(const std::vector<std::string> &cells, std::size_t minimum = 3);

// True for the printed number of a measure: «1», «12.», «3.1», «2..».
bool is_measure_number(std::string_view text);

// True for a Roman numeral of a sub-heading: «I», «IV.».
bool is_roman_number(std::string_view text);

} // namespace eduroadmap::detail::importer

#endif
