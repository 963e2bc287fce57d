#include "import/interpret.hpp"

#include "import/document.hpp"
#include "import/glossary.hpp"
#include "import/ids.hpp"
#include "import/period.hpp"
#include "import/source.hpp"
#include "text.hpp"
#include "words.hpp"

#include <eduroadmap/deadline.hpp>

#include <algorithm>
#include <cctype>
#include <deque>
#include <set>

namespace eduroadmap::detail::importer {
namespace {

constexpr std::size_t shown_chars = 100; // of unplaced text, in messages
constexpr std::size_t max_rows_before_header = 4; // title rows a Word table may print above its header

std::string shorten(std::string_view text) {
    std::string out;
    std::size_t chars = 0, pos = 0;
    for (; pos < text.size() && chars < shown_chars; ++chars) append_utf8(out, decode_utf8(text, pos));
    if (pos < text.size()) out += "…";
    return out;
}

std::vector<std::string> texts_of(const std::vector<Paragraph> &paragraphs) {
    std::vector<std::string> out;
    for (const Paragraph &p : paragraphs) out.push_back(paragraph_text(p, "\n"));
    return out;
}

void append(std::string &field, const std::string &text, std::string_view separator) {
    if (text.empty()) return;
    if (!field.empty()) field += separator;
    field += text;
}

bool has_year(std::string_view text) {
    for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
        auto digit = [&](std::size_t k) { return k < text.size() && std::isdigit(static_cast<unsigned char>(text[k])); };
        if ((i == 0 || !digit(i - 1)) && digit(i) && digit(i + 1) && digit(i + 2) && digit(i + 3) && !digit(i + 4))
            return true;
    }
    return false;
}

// A cell's text for a field: a text export's cell cleaned of its markup; a
// Word cell's paragraphs as shown, one per line.
std::string field_text(const Cell &c) {
    if (!c.raw.empty() || c.paras.empty()) return clean(c.raw);
    std::vector<std::string> parts;
    for (const Para &p : c.paras) parts.push_back(p.shown()); // as printed, spaces included
    return join(parts, "\n");
}

// The paragraphs of a heading cell: a text export's lines are one wrapped
// heading unless its markup made paragraphs; a Word cell's are paragraphs.
std::vector<std::string> heading_paragraphs(const Cell &c) {
    if (c.raw.empty() && !c.paras.empty()) {
        std::vector<std::string> out;
        for (const Para &p : c.paras) {
            std::string t = trim(p.shown());
            if (!t.empty()) out.push_back(t);
        }
        return out;
    }
    std::string cell = clean(c.raw);
    if (!c.wraps) return lines_in(cell);
    std::replace(cell.begin(), cell.end(), '\n', ' ');
    return cell.empty() ? std::vector<std::string>{} : std::vector<std::string>{cell};
}

// A title cell: its text, the sub-items under it, and a list label Word
// printed before it (the measure's number when the number column is empty).
struct Title {
    std::string text;
    std::vector<std::string> items;
    std::string label;
};

Title title_of(const Cell &c) {
    if (!c.raw.empty() || c.paras.empty()) {
        TitleText t = clean_title(c.raw);
        return {t.text, t.items, {}};
    }
    Title t;
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < c.paras.size(); ++i) {
        const Para &p = c.paras[i];
        if (i == 0) {
            t.label = p.label;
            lines.push_back(p.text);
        } else if (!p.label.empty() || p.item) {
            t.items.push_back(p.shown());
        } else {
            lines.push_back(p.text);
        }
    }
    t.text = join(lines, "\n");
    return t;
}

// «1.», «2.3.», «7)»: a list label that numbers; bullets do not.
bool numbers(std::string_view label) { return !label.empty() && is_measure_number(label); }

// What a table row is, by its cells.
enum class RowKind { empty, structure, heading, group, measure, continuation };

// The header of a plan table: the headings and the grid columns each covers.
struct Header {
    std::vector<Heading> headings;
    std::vector<int> first; // 1-based grid column where each heading begins
    std::vector<int> last;  // and where it ends
    std::size_t index(Column c) const {
        for (std::size_t i = 0; i < headings.size(); ++i)
            if (headings[i].column == c) return i;
        return headings.size();
    }
};

std::optional<Header> header_of(const Row &row, std::size_t minimum) {
    std::vector<std::string> cells;
    for (const Cell &c : row.cells) cells.push_back(c.raw.empty() ? field_text(c) : c.raw);
    while (!cells.empty() && trim(clean(cells.back())).empty()) cells.pop_back();
    if (cells.size() < 2) return std::nullopt;
    auto headings = read_header(cells, minimum);
    if (!headings) return std::nullopt;
    Header h;
    h.headings = std::move(*headings);
    for (std::size_t i = 0; i < h.headings.size(); ++i) {
        h.first.push_back(row.cells[i].column);
        h.last.push_back(row.cells[i].column + std::max(1, row.cells[i].span) - 1);
    }
    return h;
}

// A data row seen under a header: the cells that begin under each heading.
struct View {
    std::vector<std::vector<const Cell *>> cells; // per heading
    std::vector<std::string> texts;               // per heading, the cells' field text
    std::vector<const Cell *> surplus;            // cells beyond the header
    std::size_t filled = 0;                       // headings with text
    bool surplus_text = false;
};

View view_of(const Row &row, const Header &h) {
    View v;
    v.cells.resize(h.headings.size());
    v.texts.resize(h.headings.size());
    for (const Cell &c : row.cells) {
        std::size_t at = h.headings.size();
        for (std::size_t i = 0; i < h.headings.size(); ++i)
            if (c.column >= h.first[i] && c.column <= h.last[i]) at = i;
        if (at == h.headings.size()) {
            v.surplus.push_back(&c);
            v.surplus_text = v.surplus_text || !field_text(c).empty();
            continue;
        }
        v.cells[at].push_back(&c);
        append(v.texts[at], field_text(c), "\n");
    }
    for (const std::string &t : v.texts) v.filled += !t.empty();
    return v;
}

// The single cell of a heading row, when it spans two headings or more.
const Cell *spanning_cell(const View &v, const Header &h) {
    for (std::size_t i = 0; i < v.cells.size(); ++i)
        for (const Cell *c : v.cells[i]) {
            int end = c->column + std::max(1, c->span) - 1;
            std::size_t covered = 0;
            for (std::size_t k = 0; k < h.headings.size(); ++k) covered += h.first[k] <= end && h.last[k] >= c->column;
            if (covered >= 2 && !v.texts[i].empty()) return c;
        }
    return nullptr;
}

// «1 2 3 4 5»: the row of column numbers printed under some headers.
bool is_column_numbering(const View &v) {
    std::size_t expected = 1;
    for (const std::string &t : v.texts) {
        if (t.empty()) continue;
        if (trim(t) != std::to_string(expected)) return false;
        ++expected;
    }
    return expected > 2;
}

// The header printed again (a text export repeats it; so do tables split by hand).
bool is_header_again(const View &v, const Header &h) {
    std::size_t same = 0;
    for (std::size_t i = 0; i < v.texts.size(); ++i) {
        if (v.texts[i].empty()) continue;
        std::string t = v.texts[i];
        std::replace(t.begin(), t.end(), '\n', ' ');
        if (fold(t) != fold(h.headings[i].printed)) return false;
        ++same;
    }
    return same >= 2;
}

// A heading in the title column of a Word table, its number cell empty: it
// says it is one («1.», «I.», «Раздел», «Направление») or is in capitals.
bool looks_like_heading(const std::string &text) {
    std::vector<std::string> w = folded_words(text);
    if (w.empty()) return false;
    if (w[0] == "раздел" || w[0] == "направление" || w[0] == "блок") return true;
    std::size_t space = text.find(' ');
    std::string first = text.substr(0, space);
    if (space != std::string::npos && (is_roman_number(first) || (is_measure_number(first) && first.back() == '.')))
        return true;
    return !has_lower(text) && has_capital(text);
}

class Interpreter {
public:
    Interpreter(ImportResult &result, const ImportOptions &options)
        : r_(result), rm_(result.roadmap), options_(options) {}

    void run(const Blocks &blocks) {
        for (const Remark &r : blocks.remarks) remarks_.push_back(r);
        const std::vector<Block> &all = blocks.blocks;
        std::vector<const Para *> text;
        std::size_t b = 0;
        // The text before the first plan table: the order, the title, the
        // glossary — with the rows a Word table prints above its header (its caption).
        for (; b < all.size() && !plan_table(all[b]); ++b) take_text(all[b], text);
        if (b < all.size())
            if (std::optional<std::size_t> at = header_row(all[b].table))
                for (std::size_t i = 0; i < *at; ++i) add_row_as_text(all[b].table.rows[i], text);
        start_document(text);
        text.clear();
        for (; b < all.size(); ++b) {
            if (!plan_table(all[b])) {
                take_text(all[b], text);
                continue;
            }
            read_table(all[b].table, text);
            text.clear();
        }
        text.insert(text.begin(), carried_.begin(), carried_.end());
        finish(text);
    }

private:
    // ---- remarks and notes ---------------------------------------------------

    void say(const Place &at, ImportMessage::Kind kind, std::string en, std::string ru) {
        ImportMessage m;
        m.line = at.line;
        m.kind = kind;
        m.text = std::move(en);
        m.text_ru = std::move(ru);
        m.table = at.table;
        m.row = at.row;
        m.column = at.column;
        m.paragraph = at.paragraph;
        remarks_.push_back({at.order, std::move(m)});
    }

    // Keeps @p text, which could not be placed, under import_notes.
    void keep(const Place &at, const std::string &text, const std::string &why_en, const std::string &why_ru) {
        if (text.empty()) return;
        ImportNote note{at.line, text, at.table, at.row, at.column, at.paragraph};
        rm_.import_notes.push_back(std::move(note));
        note_orders_.push_back(at.order);
        say(at, ImportMessage::Kind::unplaced, "not placed (" + why_en + "): «" + shorten(text) + "»",
            "не размещено (" + why_ru + "): «" + shorten(text) + "»");
    }
    void keep(const Para *line, const std::string &why_en, const std::string &why_ru) {
        // A text export's line as it stands; a Word paragraph as shown.
        keep(line->place, line->place.line > 0 ? trim(line->raw) : line_text(*line), why_en, why_ru);
    }
    void keep(const Paragraph &p, const std::string &why_en, const std::string &why_ru) {
        for (const Para *l : p.lines) keep(l, why_en, why_ru);
    }

    // ---- what is text, what is a plan table ----------------------------------

    // Where a plan table's header row is: a text export says; in a Word
    // table it is among the first rows (a header row marked as such first).
    std::optional<std::size_t> header_row(const Table &t) const {
        if (t.layout != TableLayout::word) return t.header_row;
        for (bool marked : {true, false})
            for (std::size_t i = 0; i < t.rows.size() && i < max_rows_before_header + 1; ++i)
                if (t.rows[i].header == marked && header_of(t.rows[i], 3)) return i;
        return std::nullopt;
    }

    // A Word table without a header continues the plan table before it when
    // its rows are as wide as that header: one table per direction, or a
    // table Word split.
    bool continues(const Table &t) const {
        if (t.layout != TableLayout::word) return t.continues;
        if (!header_ || header_row(t)) return false;
        std::size_t widest = 0;
        for (const Row &row : t.rows) widest = std::max(widest, row.cells.size());
        return t.columns == header_columns_ || widest == header_->headings.size();
    }

    bool plan_table(const Block &b) const { return b.is_table && (header_row(b.table) || continues(b.table)); }

    // A block that is text: a paragraph, or a table that is no plan table,
    // read row by row (a signature table, a glossary table, a passport).
    void take_text(const Block &b, std::vector<const Para *> &text) {
        if (!b.is_table) {
            text.push_back(&b.para);
            return;
        }
        for (const Row &row : b.table.rows) add_row_as_text(row, text);
    }

    void add_row_as_text(const Row &row, std::vector<const Para *> &text) {
        Para p;
        std::vector<std::string> cells;
        for (const Cell &c : row.cells) {
            std::string t = field_text(c);
            std::replace(t.begin(), t.end(), '\n', ' ');
            if (!t.empty()) cells.push_back(t);
        }
        p.text = join(cells, "\t");
        if (p.text.empty()) return;
        p.raw = p.text;
        p.gap = p.blank = true;
        p.place = row.place;
        flat_.push_back(std::move(p));
        text.push_back(&flat_.back());
    }

    // ---- the text before the first table -------------------------------------

    void start_document(const std::vector<const Para *> &text) {
        Preamble pre = read_preamble(paragraphs_of(text));
        for (const Para *l : pre.unplaced) keep(l, "in the order's header", "в шапке приказа");
        rm_.approved_by = pre.approved_by;
        rm_.title = !pre.title.empty() ? pre.title : pre.approved_by ? pre.approved_by->title : std::string();
        description_ = take_glossary(pre.before_title);
        after_title_ = take_glossary(pre.after_title);
        first_table_ = true;
    }

    // Removes «Принятые сокращения» and its entries from @p paragraphs into the registry.
    std::vector<Paragraph> take_glossary(const std::vector<Paragraph> &paragraphs) {
        std::vector<Paragraph> out;
        bool in_glossary = false;
        for (const Paragraph &p : paragraphs) {
            Paragraph rest;
            for (const Para *l : p.lines) {
                const std::string t = l->label.empty() ? l->raw : line_text(*l);
                if (is_glossary_heading(t)) {
                    in_glossary = true;
                    continue;
                }
                if (in_glossary && read_glossary_entry(t, rm_.responsibles)) continue;
                in_glossary = false;
                rest.lines.push_back(l);
            }
            if (!rest.lines.empty()) out.push_back(std::move(rest));
        }
        return out;
    }

    // ---- a plan table --------------------------------------------------------

    void read_table(const Table &t, std::vector<const Para *> text) {
        text.insert(text.begin(), carried_.begin(), carried_.end());
        carried_.clear();
        std::optional<std::size_t> at = header_row(t);
        std::size_t first_row = 0;
        if (at) {
            // Rows above the header (a caption printed inside the table) are text
            // before it; those of the first table were read with the document's start.
            if (r_.tables > 0)
                for (std::size_t i = 0; i < *at; ++i) add_row_as_text(t.rows[i], text);
            header_ = header_of(t.rows[*at], 3);
            header_columns_ = t.columns;
            first_row = *at + 1;
            for (const Heading &h : header_->headings)
                if (!h.read_as.empty())
                    say(t.rows[*at].place, ImportMessage::Kind::guess,
                        "the heading «" + h.printed + "» was read as «" + h.read_as + "»",
                        "заголовок «" + h.printed + "» прочитан как «" + h.read_as + "»");
            ++r_.tables;
            r_.layout = r_.layout == TableLayout::none || r_.layout == t.layout ? t.layout : TableLayout::mixed;
        } else if (t.layout == TableLayout::word) {
            say(t.place, ImportMessage::Kind::guess,
                "the table has no header row; it is read with the header of the table before it",
                "у таблицы нет строки заголовков; она прочитана с заголовками предыдущей таблицы");
        }
        const Header &h = *header_;
        std::size_t content = 0;
        for (std::size_t i = first_row; i < t.rows.size(); ++i) {
            RowKind k = kind_of(t, view_of(t.rows[i], h), h);
            content += k != RowKind::empty && k != RowKind::structure;
        }
        if (content == 0) { // nothing under the header: its text goes on to what follows
            carried_ = text;
            return;
        }
        std::vector<Paragraph> before = take_glossary(paragraphs_of(text));
        if (first_table_) {
            std::vector<Paragraph> head = after_title_;
            head.insert(head.end(), before.begin(), before.end());
            before = std::move(head);
        }

        // The first row with something in it decides where the text before the table goes.
        bool first = true;
        std::size_t rows_in_table = 0;
        auto begin_with_text = [&](RowKind kind) {
            if (!first) return;
            first = false;
            const bool heading_row = kind == RowKind::heading;
            if (first_table_ && heading_row) { // the table opens with its own heading: the text describes the plan
                description_.insert(description_.end(), before.begin(), before.end());
                before.clear();
            }
            first_table_ = false;
            if (before.empty()) {
                if (rm_.sections.empty() && !heading_row) open_untitled(t.place);
                return;
            }
            std::vector<std::string> paragraphs = texts_of(before);
            const bool caption = std::any_of(paragraphs.begin(), paragraphs.end(), is_plan_caption);
            if (heading_row && !caption && !headed(before)) { // the heading row takes the text as its justification
                pending_ = std::move(paragraphs);
                return;
            }
            caption_sections_ = caption_sections_ || caption;
            open_section(section_from_text(paragraphs, t.layout == TableLayout::word), true);
        };

        for (std::size_t i = first_row; i < t.rows.size(); ++i) {
            const Row &row = t.rows[i];
            View v = view_of(row, h);
            RowKind kind = kind_of(t, v, h);
            if (kind == RowKind::empty || kind == RowKind::structure) continue;
            ++r_.rows;
            begin_with_text(kind);
            const std::size_t rows_read = rows_in_table++;
            switch (kind) {
            case RowKind::empty:
            case RowKind::structure: break;
            case RowKind::heading: read_heading_row(v, h, rows_read == 0, row.place); break;
            case RowKind::group: {
                if (rm_.sections.empty()) open_section(Section{}, false);
                std::string number = v.texts[0], title = v.texts[1];
                if (t.layout != TableLayout::word) std::replace(title.begin(), title.end(), '\n', ' ');
                add_group({number, title, {}});
                break;
            }
            case RowKind::measure: {
                Measure m;
                fill(h, v, m, "");
                add_measure(std::move(m), row.place);
                break;
            }
            case RowKind::continuation:
                fill(h, v, last_measure(), t.layout == TableLayout::word ? "\n" : " ");
                break;
            }
        }
    }

    // Text that names what follows: a heading of Word's outline.
    static bool headed(const std::vector<Paragraph> &text) {
        for (const Paragraph &p : text)
            for (const Para *l : p.lines)
                if (l->outline_level > 0) return true;
        return false;
    }

    RowKind kind_of(const Table &t, const View &v, const Header &h) const {
        if (v.filled == 0 && !v.surplus_text) return RowKind::empty;
        if (is_column_numbering(v) || is_header_again(v, h)) return RowKind::structure;
        const std::vector<std::string> &c = v.texts;
        const bool word = t.layout == TableLayout::word;
        if (v.filled == 1 && !v.surplus_text) {
            if (word && spanning_cell(v, h)) return RowKind::heading;
            if (!c[0].empty() && !is_measure_number(c[0]) && !is_roman_number(c[0])) return RowKind::heading;
            std::size_t title = h.index(Column::title), number = h.index(Column::number);
            if (word && title < c.size() && !c[title].empty() &&
                (looks_like_heading(c[title]) || !year_row_period(c[title]).empty()) &&
                (number == c.size() || c[number].empty()))
                return RowKind::heading;
        }
        if (c.size() > 1 && is_roman_number(c[0]) && !c[1].empty() && v.filled == 2 && !v.surplus_text)
            return RowKind::group;
        std::size_t number = h.index(Column::number), title = h.index(Column::title);
        if (word) {
            // A measure merged down over several rows: its number and title cells go on.
            auto continued = [&](std::size_t i) {
                return i < v.cells.size() && !v.cells[i].empty() && v.cells[i].front()->continued;
            };
            if (last_ && continued(number) && continued(title)) return RowKind::continuation;
            return RowKind::measure;
        }
        if (t.layout != TableLayout::tab_separated || number >= c.size() || !c[number].empty() || !last_)
            return RowKind::measure;
        // An unnumbered row continues the measure above when the export broke
        // a row over lines: no title of its own, a title that goes on in lower
        // case or with an abbreviation («ОО»), or a title alone.
        const std::string title_text = title < c.size() ? c[title] : std::string();
        std::size_t others = 0;
        for (std::size_t i = 0; i < c.size(); ++i) others += i != number && i != title && !c[i].empty();
        if (title_text.empty() || starts_lower(title_text) || !has_lower(title_text) || others == 0)
            return RowKind::continuation;
        return RowKind::measure;
    }

    // A row with one cell of text: a section, a group inside the section, or a year.
    void read_heading_row(const View &v, const Header &h, bool opens_table, const Place &place) {
        const Cell *cell = spanning_cell(v, h);
        if (!cell)
            for (std::size_t i = 0; i < v.cells.size() && !cell; ++i)
                if (!v.texts[i].empty()) cell = v.cells[i].front();
        std::vector<std::string> paragraphs = heading_paragraphs(*cell);
        const std::string joined = join(paragraphs, " ");
        if (std::string period = year_row_period(joined); !period.empty()) {
            std::string reason;
            if (auto p = parse_plan_period(period, reason)) {
                if (rm_.sections.empty()) open_untitled(place);
                add_group({"", joined, {}});
                year_ = p->window;
                years_.push_back(*p);
                return;
            }
        }
        Section s = section_from_text(paragraphs, cell->raw.empty() && !cell->paras.empty());
        const std::string current = rm_.sections.empty() ? std::string() : rm_.sections.back().number;
        // Under a direction (or plan) named by the text before the table, a
        // heading numbered «I.» or opening the table; «1.2» under «1»: a
        // group of the section, not a section of its own. A heading with
        // text of its own (a justification) is a section.
        const bool sub = !rm_.sections.empty() && s.justification.empty() &&
                         ((section_from_text_ && (is_roman_number(s.number) || opens_table)) ||
                          (!current.empty() && !s.number.empty() &&
                           s.number.compare(0, current.size() + 1, current + ".") == 0));
        if (sub && pending_.empty()) {
            add_group({s.number, s.title, {}});
            return;
        }
        if (!pending_.empty())
            s.justification = join(std::vector<std::string>{join(pending_, "\n\n"), s.justification}, "\n\n");
        pending_.clear();
        open_section(std::move(s), false);
    }

    // ---- building the roadmap ------------------------------------------------

    // Measures (or years) before any heading: a section without a title.
    void open_untitled(const Place &at) {
        open_section(Section{}, false);
        untitled_ = true;
        say(at, ImportMessage::Kind::guess, "the measures before the first heading are in a section without a title",
            "мероприятия до первого заголовка помещены в раздел без названия");
    }

    void open_section(Section s, bool from_text) {
        rm_.sections.push_back(std::move(s));
        section_from_text_ = from_text;
        group_.reset();
        last_.reset();
        year_.reset();
    }

    void add_group(Group g) {
        Section &s = rm_.sections.back();
        s.groups.push_back(std::move(g));
        group_ = s.groups.size() - 1;
        last_.reset();
    }

    Measure &last_measure() {
        Section &s = rm_.sections[last_->section];
        return last_->group ? s.groups[*last_->group].measures[last_->index] : s.measures[last_->index];
    }

    // Fills the fields of @p m from the row; with a @p separator, extends them
    // (a continuation row: the text export's broken row, Word's merged measure).
    void fill(const Header &h, const View &v, Measure &m, std::string_view separator) {
        const bool extend = !separator.empty();
        std::set<Column> seen;
        std::string label;
        for (std::size_t i = 0; i < h.headings.size(); ++i) {
            const Heading &heading = h.headings[i];
            Column c = heading.column;
            if (c != Column::other && c != Column::note && !seen.insert(c).second) c = Column::note; // a second column of a kind
            if (extend && !v.cells[i].empty() && v.cells[i].front()->continued) continue; // the merged cell, already read
            std::string text = v.texts[i];
            switch (c) {
            case Column::number:
                std::replace(text.begin(), text.end(), '\n', ' ');
                if (!extend) m.number = text;
                break;
            case Column::title: {
                for (const Cell *cell : v.cells[i]) {
                    Title title = title_of(*cell);
                    if (label.empty()) label = title.label;
                    if (!title.label.empty() && !numbers(title.label)) title.text = title.label + " " + title.text;
                    append(m.title, title.text, extend ? separator : "\n");
                    m.items.insert(m.items.end(), title.items.begin(), title.items.end());
                }
                break;
            }
            case Column::form: append(m.form, text, extend ? separator : ""); break;
            case Column::deadline:
                if (!m.deadline) m.deadline = DeadlineSpec{};
                append(m.deadline->text, text, separator);
                break;
            case Column::responsibles:
                if (!m.responsibles) m.responsibles = ResponsibleCell{{std::string()}, false};
                append(m.responsibles->names.front(), text, separator);
                break;
            case Column::result:
                if (!m.result) m.result = std::string();
                append(*m.result, text, separator);
                break;
            case Column::status: append(m.status_text, text, extend ? separator : ""); break;
            case Column::note:
            case Column::other:
                if (!text.empty()) append(m.note, heading.printed.empty() ? text : heading.printed + ": " + text, "\n");
                break;
            }
        }
        for (const Cell *s : v.surplus) append(m.note, field_text(*s), "\n");
        if (extend) return;
        // Word's own list number on the title gives the measure's number.
        if (numbers(label)) {
            if (m.number.empty()) m.number = label;
            else m.title = label + " " + m.title;
        }
    }

    void add_measure(Measure m, const Place &at) {
        if (rm_.sections.empty()) open_section(Section{}, false);
        if (year_ && m.deadline && !m.deadline->text.empty() && !has_year(m.deadline->text)) date_by_year(*m.deadline, at);
        std::size_t s = rm_.sections.size() - 1;
        Section &section = rm_.sections[s];
        if (group_) {
            section.groups[*group_].measures.push_back(std::move(m));
            last_ = At{s, group_, section.groups[*group_].measures.size() - 1};
        } else {
            section.measures.push_back(std::move(m));
            last_ = At{s, std::nullopt, section.measures.size() - 1};
        }
    }

    // A deadline without a year under a year row («2021 год» / «сентябрь»):
    // the year row dates it. The text stays as printed; its windows are pinned.
    void date_by_year(DeadlineSpec &d, const Place &at) {
        Deadline resolved = resolve_deadline(d.text, *year_);
        if ((resolved.kind != DeadlineKind::fixed && resolved.kind != DeadlineKind::continuous) || resolved.windows.empty())
            return;
        d.pinned = true;
        d.kind = resolved.kind;
        d.windows = resolved.windows.to_vector(); // fixed or continuous: a short list
        say(at, ImportMessage::Kind::guess,
            "the deadline «" + shorten(d.text) + "» is dated by the year row above it (" + to_iso(*year_) + ")",
            "срок «" + shorten(d.text) + "» отнесён к году из строки выше (" + to_iso(*year_) + ")");
    }

    // ---- after the last table ------------------------------------------------

    void finish(const std::vector<const Para *> &text) {
        if (r_.tables == 0) {
            for (const Paragraph &p : description_) keep(p, "no table header was found", "не найдена строка заголовков таблицы");
            for (const Paragraph &p : after_title_) keep(p, "no table header was found", "не найдена строка заголовков таблицы");
            std::vector<Paragraph> rest = take_glossary(paragraphs_of(text));
            for (const Paragraph &p : rest) keep(p, "no table header was found", "не найдена строка заголовков таблицы");
            description_.clear();
            say(Place{}, ImportMessage::Kind::error,
                "no plan table found: no row of headings such as «№ п/п», «Мероприятие», «Сроки», «Ответственные»",
                "таблица плана не найдена: нет строки заголовков вроде «№ п/п», «Мероприятие», «Сроки», «Ответственные»");
        } else {
            for (const Paragraph &p : take_glossary(paragraphs_of(text))) {
                auto signature = p.lines.size() == 1 ? signature_in(line_text(*p.lines.front())) : std::nullopt;
                if (signature)
                    keep(p, "the signature under the plan", "подпись под планом");
                else
                    keep(p, "after the last table", "после последней таблицы");
            }
        }
        rm_.description = join(texts_of(description_), "\n\n");
        // Measures before any heading: when the other sections are plans
        // named by their captions, the first plan is named by the title.
        if (untitled_ && caption_sections_ && rm_.sections.front().title.empty()) rm_.sections.front().title = rm_.title;
        settle_period();
        settle_id();
        sort_by_place();
    }

    // Remarks and notes in document order; those about the document as a whole first.
    void sort_by_place() {
        std::stable_sort(remarks_.begin(), remarks_.end(), [](const Remark &a, const Remark &b) { return a.order < b.order; });
        for (Remark &r : remarks_) r_.messages.push_back(std::move(r.message));
        std::vector<std::size_t> notes(rm_.import_notes.size());
        for (std::size_t i = 0; i < notes.size(); ++i) notes[i] = i;
        std::stable_sort(notes.begin(), notes.end(),
                         [&](std::size_t a, std::size_t b) { return note_orders_[a] < note_orders_[b]; });
        std::vector<ImportNote> sorted;
        for (std::size_t i : notes) sorted.push_back(std::move(rm_.import_notes[i]));
        rm_.import_notes = std::move(sorted);
    }

    void settle_period() {
        std::string reason;
        if (!options_.period.empty()) {
            if (auto p = parse_plan_period(options_.period, reason)) {
                rm_.period = *p;
                rm_.period_source = PeriodSource::given;
            } else {
                say(Place{}, ImportMessage::Kind::error,
                    "the period «" + options_.period + "» cannot be read: " + reason,
                    "период «" + options_.period + "» не читается: " + reason);
            }
            return;
        }
        std::vector<std::string> titles{rm_.title};
        if (rm_.approved_by) titles.push_back(rm_.approved_by->title);
        for (const Section &s : rm_.sections) titles.push_back(s.title);
        for (const std::string &t : titles) {
            std::string found = period_in(t);
            if (found.empty()) continue;
            if (auto p = parse_plan_period(found, reason)) {
                rm_.period = *p;
                rm_.period_source = PeriodSource::stated;
                return;
            }
        }
        if (!years_.empty()) { // the year rows of the table span the plan
            Date start = years_.front().window.start(), end = years_.front().window.end();
            for (const PlanPeriod &y : years_) {
                start = std::min(start, y.window.start());
                end = std::max(end, y.window.end());
            }
            std::string text = start.month() == 1 && start.day() == 1 && end.month() == 12 && end.day() == 31
                                   ? (start.year() == end.year() ? std::to_string(start.year())
                                                                  : std::to_string(start.year()) + "-" + std::to_string(end.year()))
                                   : to_iso(start) + ".." + to_iso(end);
            if (auto p = parse_plan_period(text, reason)) {
                rm_.period = *p;
                rm_.period_source = PeriodSource::stated;
                say(Place{}, ImportMessage::Kind::guess,
                    "the title states no plan period; " + text + " spans the year rows of the table",
                    "в названии не указан период плана; " + text + " охватывает строки годов в таблице");
                return;
            }
        }
        int low = 0, high = 0;
        for (const MeasureRef &ref : all_measures(rm_)) {
            if (!ref.measure->deadline) continue;
            const std::string &d = ref.measure->deadline->text;
            for (std::size_t i = 0; i + 4 <= d.size(); ++i) {
                auto digit = [&](std::size_t k) { return k < d.size() && std::isdigit(static_cast<unsigned char>(d[k])); };
                if ((i > 0 && digit(i - 1)) || digit(i + 4) || !digit(i) || !digit(i + 1) || !digit(i + 2) || !digit(i + 3))
                    continue;
                int y = std::stoi(d.substr(i, 4));
                if (y < 1990 || y > 2100) continue;
                low = low == 0 ? y : std::min(low, y);
                high = std::max(high, y);
            }
        }
        std::string guess;
        if (low != 0) guess = low == high ? std::to_string(low) : std::to_string(low) + "-" + std::to_string(high);
        else if (rm_.approved_by && rm_.approved_by->date) guess = std::to_string(rm_.approved_by->date->year());
        if (auto p = guess.empty() ? std::nullopt : parse_plan_period(guess, reason)) {
            rm_.period = *p;
            rm_.period_source = PeriodSource::guessed;
            say(Place{}, ImportMessage::Kind::guess,
                "the document states no plan period; " + guess +
                    (low != 0 ? " spans the years of its deadlines" : " is the year of its order") +
                    " (check it, or give the period with --period)",
                "в документе не указан период плана; " + guess +
                    (low != 0 ? " — годы, которые называют его сроки" : " — год его приказа") +
                    " (проверьте или укажите период: --period)");
            return;
        }
        say(Place{}, ImportMessage::Kind::error,
            "the document states no plan period and its deadlines name no year; give the period with --period",
            "в документе не указан период плана, и сроки не называют года; укажите период: --period");
    }

    void settle_id() {
        if (!options_.id.empty()) {
            rm_.id = options_.id;
            if (make_id(options_.id) != options_.id)
                say(Place{}, ImportMessage::Kind::error,
                    "the id «" + options_.id + "» is not of the form [a-z0-9][a-z0-9-]*",
                    "идентификатор «" + options_.id + "» не вида [a-z0-9][a-z0-9-]*");
            return;
        }
        std::string name = options_.file;
        std::size_t slash = name.find_last_of("/\\");
        if (slash != std::string::npos) name.erase(0, slash + 1);
        std::size_t dot = name.rfind('.');
        if (dot != std::string::npos && dot > 0) name.erase(dot);
        rm_.id = make_id(name);
        if (rm_.id.empty()) rm_.id = "imported";
    }

    struct At {
        std::size_t section = 0;
        std::optional<std::size_t> group;
        std::size_t index = 0;
    };

    ImportResult &r_;
    Roadmap &rm_;
    const ImportOptions &options_;
    std::vector<Remark> remarks_;  // the messages, with their document order
    std::vector<std::int64_t> note_orders_; // document order of the notes
    std::deque<Para> flat_;        // rows of tables that are no plan tables, read as text (stable addresses)
    std::vector<const Para *> carried_; // text before a table with nothing under its header
    std::vector<Paragraph> description_, after_title_;
    std::vector<std::string> pending_; // text before a table whose first row is a heading
    std::optional<Header> header_;    // of the last plan table
    int header_columns_ = 0;
    bool first_table_ = true;
    bool section_from_text_ = false; // the current section was named by text before its table
    bool untitled_ = false;          // the first section has no heading
    bool caption_sections_ = false;  // a section was named by a plan caption
    std::optional<std::size_t> group_;
    std::optional<At> last_;
    std::optional<Window> year_;  // the year row the rows are under
    std::vector<PlanPeriod> years_; // every year row's period
};

} // namespace

void interpret(const Blocks &blocks, const ImportOptions &options, ImportResult &result) {
    Interpreter(result, options).run(blocks);
}

} // namespace eduroadmap::detail::importer
