// The document as the interpreter sees it: paragraphs and tables in order,
// each piece knowing where it stands. Both inputs are read into it — a text
// export by text_blocks.cpp (tables found by their header rows), a Word or
// OpenDocument file by word_blocks.cpp (from the WordDocument the reader
// made) — and interpret.cpp turns it into a Roadmap. This is pandoc's
// design: readers into one model, one writer out of it.
#ifndef EDUROADMAP_SRC_IMPORT_BLOCKS_HPP
#define EDUROADMAP_SRC_IMPORT_BLOCKS_HPP

#include "import/headings.hpp"
#include "import/source.hpp"

#include <eduroadmap/import.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace eduroadmap::detail::importer {

// Where a piece of the input stands: a line of a text export, or a table,
// row, column and paragraph of a Word file (WordLocation's numbering).
// `order` numbers every piece in document order, for sorting notes.
struct Place {
    int line = 0;
    int table = 0, row = 0, column = 0, paragraph = 0;
    std::int64_t order = 0;
};

// A paragraph as shown, or a line of a text export.
struct Para {
    std::string text;  // without its list label; tabs kept (a text export's, a flattened row's cells)
    std::string raw;   // a text export's line as exported (markup included); else the text
    std::string label; // the list label Word renders («1.», «•»); empty when none
    int outline_level = 0;
    bool gap = false;   // it begins a paragraph (a text export: after a blank line; Word: always but after a line break)
    bool blank = false; // a blank line or an empty paragraph stands before it
    bool item = false;  // a Word paragraph in a list, labelled or not: a sub-item under a title
    Place place;
    // The label, a space and the text, as printed.
    std::string shown() const;
};

struct Cell {
    std::vector<Para> paras; // what the cell shows, in order (nested tables' cells flattened into it)
    std::string raw;         // a text export: the cell as exported, markup included
    int column = 1;          // 1-based grid column where it begins
    int span = 1;            // grid columns it covers
    bool continued = false;  // the lower part of a vertically merged cell (it holds a copy)
    bool wraps = false;      // a text export's cell of lines that may be one wrapped paragraph
    Place place;
};

struct Row {
    std::vector<Cell> cells; // left to right
    bool header = false;     // a header row (repeated on every page; a text export's header line)
    Place place;
};

struct Table {
    std::vector<Row> rows;
    int columns = 0; // width of the grid
    Place place;
    TableLayout layout = TableLayout::word;
    // A text export's tables come with their header found (the reader
    // needs it to cut rows): the index of the header row, or none for a
    // part that continues the table before it under the same header.
    std::optional<std::size_t> header_row;
    bool continues = false;
};

struct Block {
    bool is_table = false;
    Para para;
    Table table;
};

// A remark made while reading, with its place in document order.
struct Remark {
    std::int64_t order = 0;
    ImportMessage message;
};

struct Blocks {
    std::vector<Block> blocks;
    // Remarks made while reading (a row wider than its header, a row broken
    // over lines, text the Word reader saw but does not read).
    std::vector<Remark> remarks;
};

// The tables and paragraphs of a text export (tables.hpp finds them).
Blocks text_blocks(const std::vector<SourceLine> &lines);

// The tables and paragraphs of a Word or OpenDocument document.
Blocks word_blocks(const WordDocument &document);

} // namespace eduroadmap::detail::importer

#endif
