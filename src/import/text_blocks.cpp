// A text export as blocks: the parts tables.cpp finds (the text before the
// first header, each table's rows and the paragraphs between them) in
// document order. A table is cut where text stands between its rows; the
// part after the text continues it under the same header.
#include "import/blocks.hpp"
#include "import/tables.hpp"

namespace eduroadmap::detail::importer {
namespace {

Place at_line(int line) {
    Place p;
    p.line = line;
    p.order = line;
    return p;
}

void add_lines(Blocks &out, const Lines &paragraph) {
    for (std::size_t i = 0; i < paragraph.lines.size(); ++i) {
        const SourceLine *l = paragraph.lines[i];
        Block b;
        b.para.text = clean(l->text);
        b.para.raw = l->text;
        b.para.gap = b.para.blank = i == 0;
        b.para.place = at_line(l->number);
        out.blocks.push_back(std::move(b));
    }
}

Cell cell_of(const std::string &raw, int column, int line) {
    Cell c;
    c.raw = raw;
    c.column = column;
    c.wraps = raw.find("<p") == std::string::npos;
    c.place = at_line(line);
    c.place.column = 0;
    for (const std::string &text : lines_in(clean(raw))) {
        Para p;
        p.text = text;
        p.raw = text;
        p.place = c.place;
        c.paras.push_back(std::move(p));
    }
    return c;
}

Row row_of(const std::vector<std::string> &cells, const std::vector<std::string> &surplus, int line) {
    Row r;
    r.place = at_line(line);
    int column = 0;
    for (const std::string &c : cells) r.cells.push_back(cell_of(c, ++column, line));
    for (const std::string &c : surplus) r.cells.push_back(cell_of(c, ++column, line));
    return r;
}

} // namespace

Blocks text_blocks(const std::vector<SourceLine> &lines) {
    Blocks out;
    std::vector<ImportMessage> messages;
    TextDocument doc = read_document(lines, messages);
    for (ImportMessage &m : messages) out.remarks.push_back({m.line, std::move(m)});
    for (const Lines &p : doc.preamble) add_lines(out, p);
    for (const TextTable &t : doc.tables) {
        Block part;
        part.is_table = true;
        part.table.layout = t.layout;
        part.table.columns = static_cast<int>(t.header.size());
        part.table.place = at_line(t.header_line);
        part.table.header_row = 0;
        Row header = row_of(t.header_cells, {}, t.header_line);
        header.header = true;
        part.table.rows.push_back(std::move(header));
        bool open = true;
        for (const Entry &e : t.entries) {
            if (!e.is_row) {
                if (open) out.blocks.push_back(std::move(part));
                open = false;
                add_lines(out, e.paragraph);
                continue;
            }
            if (!open) { // the table goes on after the text, under the same header
                part = Block{};
                part.is_table = true;
                part.table.layout = t.layout;
                part.table.columns = static_cast<int>(t.header.size());
                part.table.place = at_line(e.row.line);
                part.table.continues = true;
                open = true;
            }
            part.table.rows.push_back(row_of(e.row.cells, e.row.surplus, e.row.line));
        }
        if (open) out.blocks.push_back(std::move(part));
    }
    return out;
}

} // namespace eduroadmap::detail::importer
