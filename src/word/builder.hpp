// What the .docx and the .odt reader share when they build a WordDocument:
// the budget that enforces the model's limits, the text of a paragraph with
// Word's invisible characters resolved, and the resolution of vertically
// merged cells (the merged cell's blocks given to every row it spans).
#ifndef EDUROADMAP_SRC_WORD_BUILDER_HPP
#define EDUROADMAP_SRC_WORD_BUILDER_HPP

#include <eduroadmap/word.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap::detail::word {

// Counts what goes into the model; throws ReadFailure on the first limit
// exceeded, before the thing counted is built.
class Budget {
public:
    explicit Budget(const WordLimits &limits) : limits_(limits) {}
    void rows(std::uint64_t n);
    void cells(std::uint64_t n);
    void paragraphs(std::uint64_t n);
    void text(std::uint64_t bytes);
    // Everything inside @p blocks, for a copy of them.
    void copy_of(const std::vector<WordBlock> &blocks);

private:
    const WordLimits &limits_;
    std::uint64_t rows_ = 0, cells_ = 0, paragraphs_ = 0, text_ = 0;
};

// The text of one paragraph as shown: non-breaking spaces become spaces,
// non-breaking hyphens '-', soft hyphens vanish, ill-formed UTF-8 becomes
// U+FFFD. Every byte is charged to the budget as it is added.
class TextBuilder {
public:
    explicit TextBuilder(Budget &budget) : budget_(budget) {}
    void add(std::string_view utf8);
    void add(char c); // '\n', '\t', ' ', '-'
    void add_spaces(std::uint64_t count);
    const std::string &text() const noexcept { return text_; }
    std::string take() { return std::move(text_); }

private:
    Budget &budget_;
    std::string text_;
};

// Where the blocks being read go: the body, or a cell.
struct Container {
    Container(std::vector<WordBlock> &blocks, WordLocation base, std::size_t depth)
        : blocks(blocks), base(std::move(base)), depth(depth) {}
    std::vector<WordBlock> &blocks;
    WordLocation base;   // the body (nothing) or the cell
    std::size_t depth;   // nesting of the tables found here: 0 in the body
    int paragraphs = 0;  // read so far
    int tables = 0;      // read so far
    std::string carried; // .docx: text of paragraphs whose mark was deleted, joined to the next
    // Where the next paragraph will stand.
    WordLocation next_paragraph() const {
        WordLocation at = base;
        at.paragraph = paragraphs + 1;
        return at;
    }
};

// Something seen but not read, in the paragraph being read in @p c.
inline WordOmission omission(WordOmission::Kind kind, const Container &c) {
    WordOmission o;
    o.kind = kind;
    o.location = c.next_paragraph();
    return o;
}

// The location of a table, row, cell or paragraph at nesting @p depth
// (0: a table of the body): the 1-based table, row and column there.
struct Position {
    int table = 0, row = 0, column = 0;
};
// @p base extended by one step into a table at depth @p depth.
WordLocation locate(const WordLocation &base, std::size_t depth, Position at);

// A continued cell of a vertical merge: @p above's blocks, relocated to row
// @p row of the table at nesting @p depth, charged to @p budget.
WordCell continue_merge(const WordCell &above, std::size_t depth, int row, int column, Budget &budget);

// A copy of @p cell at another grid position (ODF's repeated cells and
// rows), its contents charged to @p budget (the cell itself the caller
// charges, for all repetitions at once).
WordCell repeat_cell(const WordCell &cell, std::size_t depth, int row, int column, Budget &budget);

// After the last row: the height of every vertically merged cell on its
// first and continued rows.
void finish_merges(WordTable &table);

} // namespace eduroadmap::detail::word

#endif
