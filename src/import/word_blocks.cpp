// A Word or OpenDocument document as blocks: its paragraphs (an empty one
// stands for a blank line of a text export; a line break starts a line of
// the same paragraph) and its tables, cells as shown
// (merges resolved by the reader, nested tables read into their cell).
// What the reader saw but does not read is remarked where it stands.
#include "import/blocks.hpp"

#include "import/source.hpp"

#include <cstdint>
#include <map>
#include <utility>

namespace eduroadmap::detail::importer {
namespace {

class Reader {
public:
    explicit Reader(Blocks &out) : out_(out) {}

    void body(const std::vector<WordBlock> &blocks) {
        for (const WordBlock &b : blocks) {
            if (b.is_paragraph()) {
                paragraph(b.paragraph());
                continue;
            }
            Block block;
            block.is_table = true;
            block.table = table(b.table());
            out_.blocks.push_back(std::move(block));
            blank_ = true;
        }
    }

    void omitted(const std::vector<WordOmission> &omissions) {
        for (const WordOmission &o : omissions) {
            Place at = place_of(o.location);
            ImportMessage m;
            m.kind = ImportMessage::Kind::guess;
            m.table = at.table;
            m.row = at.row;
            m.column = at.column;
            m.paragraph = at.paragraph;
            const std::string kind(to_string(o.kind));
            m.text = "the document has a " + kind + " here that is not read";
            m.text_ru = "здесь в документе " + russian(o.kind) + ", которое не читается";
            out_.remarks.push_back({order_of(o.location), std::move(m)});
        }
    }

private:
    static std::string russian(WordOmission::Kind kind) {
        switch (kind) {
        case WordOmission::Kind::text_box: return "надпись (текстовое поле)";
        case WordOmission::Kind::note: return "сноска";
        case WordOmission::Kind::comment: return "примечание рецензента";
        case WordOmission::Kind::equation: return "формула";
        case WordOmission::Kind::object: return "внедрённый объект";
        }
        return "объект";
    }

    // The order of a place: body paragraphs and tables in document order
    // (the reader numbers them separately), rows and cells within them.
    std::int64_t order_of(const WordLocation &l) const {
        auto it = seen_.find({l.table, l.table > 0 ? 0 : l.paragraph});
        const std::int64_t base = it == seen_.end() ? next_ : it->second;
        return base + static_cast<std::int64_t>(l.row) * 1000 + l.column;
    }

    static Place place_of(const WordLocation &l) {
        Place p;
        p.table = l.table;
        p.row = l.row;
        p.column = l.column;
        p.paragraph = l.paragraph;
        return p;
    }

    Place place(const WordLocation &l) {
        Place p = place_of(l);
        p.order = order_of(l);
        return p;
    }

    void paragraph(const WordParagraph &w) {
        const std::string shown = trim(w.displayed());
        next_ += step;
        seen_[{0, w.location.paragraph}] = next_;
        if (shown.empty()) {
            blank_ = true;
            return;
        }
        // A line break starts a line of the same paragraph.
        std::size_t pos = 0;
        bool first = true;
        for (;;) {
            std::size_t end = w.text.find('\n', pos);
            std::string line = trim(std::string_view(w.text).substr(pos, end == std::string::npos ? end : end - pos));
            if (!line.empty() || (first && !w.list_label.empty())) {
                Block b;
                b.para.text = line;
                b.para.raw = line;
                if (first) {
                    b.para.label = w.list_label;
                    b.para.outline_level = w.outline_level;
                }
                b.para.gap = first;
                b.para.blank = first && blank_;
                b.para.place = place(w.location);
                out_.blocks.push_back(std::move(b));
                blank_ = false;
                first = false;
            }
            if (end == std::string::npos) break;
            pos = end + 1;
        }
    }

    Table table(const WordTable &w) {
        next_ += step;
        seen_[{w.location.table, 0}] = next_;
        Table t;
        t.layout = TableLayout::word;
        t.columns = w.columns;
        t.place = place(w.location);
        for (const WordRow &wr : w.rows) {
            Row r;
            r.header = wr.header;
            r.place = place(wr.location);
            for (const WordCell &wc : wr.cells) {
                Cell c;
                c.column = wc.column;
                c.span = wc.span;
                c.continued = wc.merge == WordMerge::continued;
                c.place = place(wc.location);
                cell_blocks(wc.blocks, c);
                r.cells.push_back(std::move(c));
            }
            t.rows.push_back(std::move(r));
        }
        return t;
    }

    // A cell's paragraphs, and those of the tables nested in it, in order.
    void cell_blocks(const std::vector<WordBlock> &blocks, Cell &c) {
        for (const WordBlock &b : blocks) {
            if (b.is_table()) {
                for (const WordRow &row : b.table().rows)
                    for (const WordCell &cell : row.cells) cell_blocks(cell.blocks, c);
                continue;
            }
            const WordParagraph &w = b.paragraph();
            Para p;
            p.text = w.text; // as printed: a leading space of the paragraph is kept
            if (trim(p.text).empty() && w.list_label.empty()) continue;
            p.raw = p.text;
            p.label = w.list_label;
            p.item = w.list_level > 0;
            p.outline_level = w.outline_level;
            p.place = c.place;
            p.place.paragraph = w.location.nested.empty() ? w.location.paragraph : 0;
            c.paras.push_back(std::move(p));
        }
    }

    static constexpr std::int64_t step = std::int64_t(1) << 30; // room for rows × 1000 + columns in one table

    Blocks &out_;
    std::map<std::pair<int, int>, std::int64_t> seen_; // (table, paragraph) → its order
    std::int64_t next_ = 0;
    bool blank_ = true; // an empty paragraph (or a table) came last
};

} // namespace

Blocks word_blocks(const WordDocument &document) {
    Blocks out;
    Reader reader(out);
    reader.body(document.blocks);
    reader.omitted(document.omitted);
    return out;
}

} // namespace eduroadmap::detail::importer
