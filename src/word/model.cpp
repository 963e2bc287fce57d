// The WordDocument value types: blocks, locations and the text helpers.
#include <eduroadmap/word.hpp>

#include <algorithm>
#include <stdexcept>

namespace eduroadmap {

std::string_view to_string(WordFormat format) noexcept { return format == WordFormat::odt ? "odt" : "docx"; }

std::string_view to_string(WordMerge merge) noexcept {
    switch (merge) {
    case WordMerge::none: return "none";
    case WordMerge::first: return "first";
    case WordMerge::continued: return "continued";
    }
    return "none";
}

std::string_view to_string(WordOmission::Kind kind) noexcept {
    switch (kind) {
    case WordOmission::Kind::text_box: return "text-box";
    case WordOmission::Kind::note: return "note";
    case WordOmission::Kind::comment: return "comment";
    case WordOmission::Kind::equation: return "equation";
    case WordOmission::Kind::object: return "object";
    }
    return "object";
}

std::string WordLocation::describe(Language language) const {
    const bool ru = language == Language::ru;
    std::string out;
    const auto add = [&](const char *en, const char *russian, int value) {
        if (!out.empty()) out += ", ";
        out += ru ? russian : en;
        out += ' ';
        out += std::to_string(value);
    };
    if (table > 0) {
        add("table", "таблица", table);
        if (row > 0) add("row", "строка", row);
        if (column > 0) add("column", "столбец", column);
    }
    for (const WordNestedCell &step : nested) {
        add("nested table", "вложенная таблица", step.table);
        if (step.row > 0) add("row", "строка", step.row);
        if (step.column > 0) add("column", "столбец", step.column);
    }
    if (paragraph > 0) add("paragraph", "абзац", paragraph);
    return out;
}

std::string WordParagraph::displayed() const {
    if (list_label.empty()) return text;
    if (text.empty()) return list_label;
    return list_label + ' ' + text;
}

WordBlock::WordBlock(WordParagraph paragraph) : kind_(Kind::paragraph), paragraph_(std::move(paragraph)) {}

WordBlock::WordBlock(WordTable table) : kind_(Kind::table) { table_.push_back(std::move(table)); }

const WordParagraph &WordBlock::paragraph() const {
    if (kind_ != Kind::paragraph) throw std::logic_error("WordBlock::paragraph() on a table");
    return paragraph_;
}

WordParagraph &WordBlock::paragraph() {
    if (kind_ != Kind::paragraph) throw std::logic_error("WordBlock::paragraph() on a table");
    return paragraph_;
}

const WordTable &WordBlock::table() const {
    if (kind_ != Kind::table) throw std::logic_error("WordBlock::table() on a paragraph");
    return table_.front();
}

WordTable &WordBlock::table() {
    if (kind_ != Kind::table) throw std::logic_error("WordBlock::table() on a paragraph");
    return table_.front();
}

bool operator==(const WordBlock &a, const WordBlock &b) {
    if (a.kind_ != b.kind_) return false;
    return a.kind_ == WordBlock::Kind::paragraph ? a.paragraph_ == b.paragraph_ : a.table_ == b.table_;
}

std::vector<const WordParagraph *> WordCell::paragraphs() const {
    std::vector<const WordParagraph *> out;
    for (const WordBlock &block : blocks)
        if (block.is_paragraph()) out.push_back(&block.paragraph());
    return out;
}

std::string WordCell::text() const {
    std::string out;
    bool first = true;
    for (const WordParagraph *p : paragraphs()) {
        if (!first) out += '\n';
        out += p->displayed();
        first = false;
    }
    return out;
}

bool operator==(const WordCell &a, const WordCell &b) {
    return a.blocks == b.blocks && a.column == b.column && a.span == b.span && a.merge == b.merge &&
           a.rows_spanned == b.rows_spanned && a.merge_row == b.merge_row && a.location == b.location;
}

const WordCell *WordRow::cell_at(int column) const noexcept {
    for (const WordCell &cell : cells)
        if (column >= cell.column && column < cell.column + std::max(cell.span, 1)) return &cell;
    return nullptr;
}

bool operator==(const WordRow &a, const WordRow &b) {
    return a.cells == b.cells && a.header == b.header && a.location == b.location;
}

std::vector<const WordTable *> WordDocument::tables() const {
    std::vector<const WordTable *> out;
    for (const WordBlock &block : blocks)
        if (block.is_table()) out.push_back(&block.table());
    return out;
}

} // namespace eduroadmap
