#include "word/builder.hpp"

#include "text.hpp"
#include "word/failure.hpp"

#include <algorithm>

namespace eduroadmap::detail::word {

namespace {

void charge(std::uint64_t &used, std::uint64_t n, std::uint64_t limit, WordStatus status) {
    if (n > limit - std::min(used, limit)) throw ReadFailure(status, {}, limit, used + n);
    used += n;
}

// Every location inside @p blocks gets @p row and @p column at @p depth.
void relocate(WordLocation &location, std::size_t depth, int row, int column) {
    if (depth == 0) {
        location.row = row;
        location.column = column;
    } else if (depth <= location.nested.size()) {
        location.nested[depth - 1].row = row;
        location.nested[depth - 1].column = column;
    }
}

void relocate(std::vector<WordBlock> &blocks, std::size_t depth, int row, int column) {
    for (WordBlock &block : blocks) {
        if (block.is_paragraph()) {
            relocate(block.paragraph().location, depth, row, column);
            continue;
        }
        WordTable &table = block.table();
        relocate(table.location, depth, row, column);
        for (WordRow &r : table.rows) {
            relocate(r.location, depth, row, column);
            for (WordCell &cell : r.cells) {
                relocate(cell.location, depth, row, column);
                relocate(cell.blocks, depth, row, column);
            }
        }
    }
}

WordCell copy_cell(const WordCell &from, std::size_t depth, int row, int column, Budget &budget) {
    budget.copy_of(from.blocks);
    WordCell cell = from;
    cell.column = column;
    relocate(cell.location, depth, row, column);
    relocate(cell.blocks, depth, row, column);
    return cell;
}

} // namespace

void Budget::rows(std::uint64_t n) { charge(rows_, n, limits_.max_rows, WordStatus::too_many_rows); }
void Budget::cells(std::uint64_t n) { charge(cells_, n, limits_.max_cells, WordStatus::too_many_cells); }
void Budget::paragraphs(std::uint64_t n) {
    charge(paragraphs_, n, limits_.max_paragraphs, WordStatus::too_many_paragraphs);
}
void Budget::text(std::uint64_t bytes) { charge(text_, bytes, limits_.max_text_bytes, WordStatus::too_much_text); }

void Budget::copy_of(const std::vector<WordBlock> &blocks) {
    for (const WordBlock &block : blocks) {
        if (block.is_paragraph()) {
            paragraphs(1);
            text(block.paragraph().text.size() + block.paragraph().list_label.size());
            continue;
        }
        rows(block.table().rows.size());
        for (const WordRow &row : block.table().rows) {
            cells(row.cells.size());
            for (const WordCell &cell : row.cells) copy_of(cell.blocks);
        }
    }
}

void TextBuilder::add(std::string_view utf8) {
    budget_.text(utf8.size());
    text_.reserve(text_.size() + utf8.size());
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const auto byte = static_cast<unsigned char>(utf8[pos]);
        if (byte < 0x80) { // the common case, byte for byte
            text_ += static_cast<char>(byte);
            ++pos;
            continue;
        }
        const char32_t c = decode_utf8(utf8, pos);
        switch (c) {
        case 0x00A0:
        case 0x202F:
        case 0x2007: text_ += ' '; break; // non-breaking spaces
        case 0x2011: text_ += '-'; break; // non-breaking hyphen
        case 0x00AD: break;               // soft hyphen: shown only at a line end
        default: append_utf8(text_, c == invalid_code_point ? char32_t(0xFFFD) : c);
        }
    }
}

void TextBuilder::add(char c) {
    budget_.text(1);
    text_ += c;
}

void TextBuilder::add_spaces(std::uint64_t count) {
    budget_.text(count); // before the spaces exist: a count of a billion stops here
    text_.append(static_cast<std::size_t>(count), ' ');
}

WordLocation locate(const WordLocation &base, std::size_t depth, Position at) {
    WordLocation location = base;
    location.paragraph = 0;
    if (depth == 0) {
        location.table = at.table;
        location.row = at.row;
        location.column = at.column;
        location.nested.clear();
    } else {
        location.nested.resize(depth - 1);
        location.nested.push_back({at.table, at.row, at.column});
    }
    return location;
}

WordCell continue_merge(const WordCell &above, std::size_t depth, int row, int column, Budget &budget) {
    budget.cells(1);
    WordCell cell = copy_cell(above, depth, row, column, budget);
    cell.merge = WordMerge::continued; // finish_merges() sets the height and the first row
    return cell;
}

WordCell repeat_cell(const WordCell &cell, std::size_t depth, int row, int column, Budget &budget) {
    return copy_cell(cell, depth, row, column, budget);
}

void finish_merges(WordTable &table) {
    // Walk each column down: a continued cell extends the run above it.
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        for (WordCell &first : table.rows[r].cells) {
            if (first.merge == WordMerge::continued) continue;
            std::vector<WordCell *> run{&first};
            for (std::size_t below = r + 1; below < table.rows.size(); ++below) {
                std::vector<WordCell> &cells = table.rows[below].cells; // in column order
                const auto next = std::lower_bound(cells.begin(), cells.end(), first.column,
                                                   [](const WordCell &c, int column) { return c.column < column; });
                if (next == cells.end() || next->column != first.column || next->merge != WordMerge::continued) break;
                run.push_back(&*next);
            }
            first.merge = run.size() > 1 ? WordMerge::first : WordMerge::none;
            for (WordCell *c : run) {
                c->rows_spanned = static_cast<int>(run.size());
                c->merge_row = static_cast<int>(r + 1);
            }
        }
    }
}

} // namespace eduroadmap::detail::word
