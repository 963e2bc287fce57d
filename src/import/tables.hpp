// Reading a text export into the parts of a plan document: the text before
// the first table, and each table (found by its header row) with its rows
// and the paragraphs printed between and after them. Both export layouts:
// one row per line with tab-separated cells (a row whose cells hold several
// paragraphs, broken over lines by the export, joined back), and one cell
// per line. text_blocks.cpp turns the parts into blocks for the interpreter.
#ifndef EDUROADMAP_SRC_IMPORT_TABLES_HPP
#define EDUROADMAP_SRC_IMPORT_TABLES_HPP

#include "import/headings.hpp"
#include "import/source.hpp"

#include <eduroadmap/import.hpp>

#include <string>
#include <vector>

namespace eduroadmap::detail::importer {

// Consecutive non-blank lines of text outside table rows.
struct Lines {
    std::vector<const SourceLine *> lines;
};

// A row of a table, its cells in the header's column order (raw text, to be
// cleaned by the reader of each field).
struct TextRow {
    std::vector<std::string> cells;   // exactly as many as the header has columns
    std::vector<std::string> surplus; // non-empty cells beyond the header's width
    int line = 0;                     // first source line of the row
    std::size_t printed_cells = 0;    // cells the export printed (before alignment)
};

// A row or a paragraph of a table's region, in printed order.
struct Entry {
    bool is_row = false;
    TextRow row;
    Lines paragraph;
};

struct TextTable {
    TableLayout layout = TableLayout::tab_separated;
    std::vector<Heading> header;
    std::vector<std::string> header_cells; // the header's cells as printed
    int header_line = 0;         // first line of the header
    std::vector<Entry> entries;  // rows, paragraphs between them, paragraphs after the last row
};

struct TextDocument {
    std::vector<Lines> preamble; // before the first table's header
    std::vector<TextTable> tables;
};

// Splits @p lines into the preamble and the tables. @p lines must outlive the
// result (paragraphs point into it). Remarks go to @p messages.
TextDocument read_document(const std::vector<SourceLine> &lines, std::vector<ImportMessage> &messages);

// The paragraphs of a sequence of lines (blank lines and rulings separate them).
std::vector<Lines> paragraphs_of(const std::vector<const SourceLine *> &lines);

} // namespace eduroadmap::detail::importer

#endif
