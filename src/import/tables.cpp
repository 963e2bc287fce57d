#include "import/tables.hpp"

#include "text.hpp"
#include "words.hpp"

#include <optional>

namespace eduroadmap::detail::importer {
namespace {

struct HeaderAt {
    std::size_t first = 0, last = 0;
    TableLayout layout = TableLayout::tab_separated;
    std::vector<Heading> header;
    std::vector<std::string> cells; // as printed
};

bool starts_with_tab(const std::string &s) { return !s.empty() && s[0] == '\t'; }
bool single_cell_line(const std::string &s) { return starts_with_tab(s) && s.find('\t', 1) == std::string::npos; }

// A header row at line @p i: tab-separated headings on one line, or one
// heading per line (each after a tab, blank lines allowed between them).
std::optional<HeaderAt> header_at(const std::vector<SourceLine> &lines, std::size_t i) {
    const std::string &t = lines[i].text;
    if (t.find('\t') == std::string::npos) return std::nullopt;
    if (!single_cell_line(t)) {
        std::vector<std::string> cells = split_cells(t);
        while (!cells.empty() && trim(cells.back()).empty()) cells.pop_back();
        if (cells.size() < 2) return std::nullopt;
        if (auto h = read_header(cells)) return HeaderAt{i, i, TableLayout::tab_separated, std::move(*h), cells};
        return std::nullopt;
    }
    auto first = read_heading(t.substr(1));
    if (!first || (first->column != Column::number && first->column != Column::title)) return std::nullopt;
    std::vector<std::string> cells{t.substr(1)};
    std::size_t last = i;
    for (std::size_t j = i + 1; j < lines.size(); ++j) {
        const std::string &u = lines[j].text;
        if (is_blank(u)) continue;
        if (!single_cell_line(u) || !read_heading(u.substr(1))) break;
        cells.push_back(u.substr(1));
        last = j;
    }
    if (auto h = read_header(cells)) return HeaderAt{i, last, TableLayout::cell_per_line, std::move(*h), cells};
    return std::nullopt;
}

// «1 2 3 4 5»: the row of column numbers printed under some headers.
bool is_column_numbering(const std::vector<std::string> &cells) {
    std::size_t expected = 1;
    for (const std::string &c : cells) {
        std::string t = trim(c);
        if (t.empty()) continue;
        if (t != std::to_string(expected)) return false;
        ++expected;
    }
    return expected > 2;
}

bool all_empty(const std::vector<std::string> &cells) {
    for (const std::string &c : cells)
        if (!clean(c).empty()) return false;
    return true;
}

// Fits a tab-separated row to the header's width. Surplus cells are the
// export's doing (split or merged cells): empty ones are dropped, the last
// first, then empty ones from the right; what is left over and not empty is
// kept aside. Missing cells at the end are empty.
TextRow align(std::vector<std::string> cells, std::size_t width, int line, std::vector<ImportMessage> &messages) {
    TextRow row;
    row.line = line;
    row.printed_cells = cells.size();
    while (cells.size() > width && trim(cells.back()).empty()) cells.pop_back();
    for (std::size_t i = cells.size(); cells.size() > width && i-- > 2;)
        if (trim(cells[i]).empty()) cells.erase(cells.begin() + static_cast<std::ptrdiff_t>(i));
    while (cells.size() > width) {
        row.surplus.insert(row.surplus.begin(), cells.back());
        cells.pop_back();
    }
    if (row.printed_cells > width) {
        std::string what = std::to_string(row.printed_cells) + " cells under a header of " + std::to_string(width);
        std::string what_ru = std::to_string(row.printed_cells) + " ячеек под заголовком из " + std::to_string(width);
        messages.push_back(remark(line, ImportMessage::Kind::guess,
                            row.surplus.empty()
                                ? what + "; empty cells were dropped from the right, the rest read left to right"
                                : what + "; cells beyond the header are kept in the measure's note",
                            row.surplus.empty()
                                ? what_ru + "; пустые ячейки отброшены справа, остальные прочитаны слева направо"
                                : what_ru + "; ячейки за пределами заголовка сохранены в примечании мероприятия"));
    }
    cells.resize(width);
    row.cells = std::move(cells);
    return row;
}

// A line printed between tables that cannot be a wrapped line of a cell:
// an appendix stamp, a passport or plan caption, a glossary, a signature
// block, or a line in capitals («ПРИЛОЖЕНИЕ 2»).
bool is_structure_line(std::string_view text) {
    std::string f = fold(clean(text));
    for (std::string_view p : {"приложение", "паспорт", "план мероприятий", "план (", "план «", "дорожная карта",
                               "принятые сокращения", "список сокращений", "утвержден"})
        if (f.compare(0, p.size(), p) == 0) return true;
    // In capitals, with a long word: «ПРИЛОЖЕНИЕ 2», not the abbreviations
    // of a wrapped responsibles cell («ГИМЦ, ГМО, ОО»).
    std::string c = clean(text);
    if (has_lower(c)) return false;
    for (const std::string &w : folded_words(c)) {
        std::size_t letters = 0;
        for (std::size_t pos = 0; pos < w.size(); ++letters) decode_utf8(w, pos);
        if (letters >= 6 && has_capital(c)) return true;
    }
    return false;
}

std::vector<const SourceLine *> pointers(const std::vector<SourceLine> &lines, std::size_t begin, std::size_t end) {
    std::vector<const SourceLine *> out;
    for (std::size_t i = begin; i < end; ++i) out.push_back(&lines[i]);
    return out;
}

void add_paragraphs(std::vector<Entry> &entries, const std::vector<Lines> &paragraphs) {
    for (const Lines &p : paragraphs) {
        Entry e;
        e.paragraph = p;
        entries.push_back(std::move(e));
    }
}

constexpr std::size_t max_broken_lines = 12; // paragraphs of one row's cells

// A row whose cells hold several paragraphs: the export ends each paragraph
// with a line break, so the row goes on over the next lines, each line's
// first cell continuing the cell the line before ended in. The row at line
// @p i is such a row when it has fewer cells than the header and the lines
// after it (none blank, none starting with a measure number) bring it to
// exactly @p width cells. Returns the index of its last line, or @p i.
std::size_t broken_row_end(const std::vector<SourceLine> &lines, std::size_t i, std::size_t end, std::size_t width) {
    std::size_t cells = split_cells(lines[i].text).size();
    if (cells >= width) {
        // Broken in its last cell: the lines after it go on in lower case, without a tab.
        std::size_t last = i;
        while (last + 1 < end && last < i + max_broken_lines && lines[last + 1].text.find('\t') == std::string::npos &&
               !is_blank(lines[last + 1].text) && starts_lower(trim(clean(lines[last + 1].text))))
            ++last;
        return cells == width ? last : i;
    }
    for (std::size_t j = i + 1; j < end && j <= i + max_broken_lines; ++j) {
        const std::string &t = lines[j].text;
        if (is_blank(t) || is_ruling(t)) return i;
        std::vector<std::string> more = split_cells(t);
        if (more.size() > 1 && is_measure_number(trim(clean(more.front())))) return i;
        cells += more.size() - 1;
        if (cells == width) return more.size() > 1 ? j : i;
        if (cells > width) return i;
    }
    return i;
}

// Joins lines (@p first, @p last] onto the cells of line @p first.
void join_broken_row(const std::vector<SourceLine> &lines, std::size_t first, std::size_t last,
                     std::vector<std::string> &cells) {
    for (std::size_t j = first + 1; j <= last; ++j) {
        std::vector<std::string> more = split_cells(lines[j].text);
        cells.back() += "<br>" + more.front(); // a line break inside the cell, as the export's markup writes it
        cells.insert(cells.end(), more.begin() + 1, more.end());
    }
}

std::vector<Entry> read_tab_region(const std::vector<SourceLine> &lines, std::size_t begin, std::size_t end,
                                   std::size_t width, std::vector<ImportMessage> &messages) {
    std::vector<Entry> entries;
    std::vector<const SourceLine *> text;
    bool any_row = false;
    auto flush = [&] {
        add_paragraphs(entries, paragraphs_of(text));
        text.clear();
    };
    for (std::size_t i = begin; i < end; ++i) {
        const SourceLine &l = lines[i];
        if (l.text.find('\t') == std::string::npos || is_blank(l.text) || is_ruling(l.text)) {
            text.push_back(&l);
            continue;
        }
        std::vector<std::string> cells = split_cells(l.text);
        if (all_empty(cells)) continue;
        if (!any_row && is_column_numbering(cells)) continue;
        flush();
        if (std::size_t last = broken_row_end(lines, i, end, width); last > i) {
            join_broken_row(lines, i, last, cells);
            messages.push_back(remark(l.number, ImportMessage::Kind::guess,
                                "the row went on over " + std::to_string(last - i + 1) +
                                    " lines (cells of several paragraphs); they were joined",
                                "строка продолжалась на " + std::to_string(last - i + 1) +
                                    " строках (ячейки из нескольких абзацев); они соединены"));
            i = last;
        }
        Entry e;
        e.is_row = true;
        e.row = align(std::move(cells), width, l.number, messages);
        entries.push_back(std::move(e));
        any_row = true;
    }
    flush();
    return entries;
}

// One cell per line: a line after a tab starts a cell, lines without one
// continue it. Rows are cut by what their first cell is: a measure number
// (or an empty cell) opens a row of the header's width, a Roman numeral a
// sub-heading of two cells, anything else a section heading of one cell.
struct CellLine {
    bool cell = false;
    std::string text;
    std::size_t index = 0; // of the line
    int gap = 0;           // blank lines before it
};

std::vector<Entry> read_cell_region(const std::vector<SourceLine> &lines, std::size_t begin, std::size_t end,
                                    std::size_t width, std::vector<ImportMessage> &messages) {
    std::vector<CellLine> tokens;
    int gap = 0;
    for (std::size_t i = begin; i < end; ++i) {
        const std::string &t = lines[i].text;
        if (!starts_with_tab(t) && (is_blank(t) || is_ruling(t))) {
            ++gap;
            continue;
        }
        if (starts_with_tab(t)) { // a lone tab is an empty cell
            std::vector<std::string> parts = split_cells(std::string_view(t).substr(1));
            for (std::size_t k = 0; k < parts.size(); ++k) tokens.push_back({true, parts[k], i, k == 0 ? gap : 0});
        } else {
            tokens.push_back({false, t, i, gap});
        }
        gap = 0;
    }
    auto first_text = [&](std::size_t k) { return trim(clean(tokens[k].text)); };
    auto opens_row = [&](std::size_t k) {
        std::string t = first_text(k);
        if (t.empty() || !(is_measure_number(t) || is_roman_number(t))) return false;
        for (std::size_t n = k + 1; n < tokens.size(); ++n)
            if (tokens[n].cell) {
                std::string next = first_text(n);
                return !next.empty() && !is_measure_number(next) && !is_roman_number(next);
            }
        return false;
    };

    std::vector<Entry> entries;
    std::optional<TextRow> open;
    std::size_t expected = 0, have = 0;
    auto close = [&] {
        if (!open) return;
        if (have < expected && expected == width)
            messages.push_back(remark(open->line, ImportMessage::Kind::guess,
                                "the row has " + std::to_string(have) + " of " + std::to_string(width) +
                                    " cells; the missing ones are taken as empty",
                                "в строке " + std::to_string(have) + " ячеек из " + std::to_string(width) +
                                    "; недостающие считаются пустыми"));
        Entry e;
        e.is_row = true;
        e.row = std::move(*open);
        entries.push_back(std::move(e));
        open.reset();
    };
    std::size_t k = 0;
    std::vector<const SourceLine *> before;
    for (; k < tokens.size(); ++k) {
        const CellLine &t = tokens[k];
        if (t.cell) {
            if (open && have < expected && !(have >= 2 && t.gap > 0 && opens_row(k))) {
                open->cells[have++] = t.text;
                ++open->printed_cells;
                continue;
            }
            close();
            std::string first = first_text(k);
            expected = is_roman_number(first) ? 2 : first.empty() || is_measure_number(first) ? width : 1;
            open = TextRow{std::vector<std::string>(width), {}, lines[t.index].number, 1};
            open->cells[0] = t.text;
            have = 1;
            continue;
        }
        if (!open) {
            before.push_back(&lines[t.index]);
            continue;
        }
        if (have >= expected && t.gap > 0 && is_structure_line(t.text)) break;
        open->cells[have - 1] += "\n" + t.text;
    }
    close();
    std::vector<Entry> out;
    add_paragraphs(out, paragraphs_of(before));
    for (Entry &e : entries) out.push_back(std::move(e));
    if (k < tokens.size()) add_paragraphs(out, paragraphs_of(pointers(lines, tokens[k].index, end)));
    return out;
}

} // namespace

std::vector<Lines> paragraphs_of(const std::vector<const SourceLine *> &lines) {
    std::vector<Lines> out;
    Lines p;
    for (const SourceLine *l : lines) {
        if (is_blank(l->text) || is_ruling(l->text)) {
            if (!p.lines.empty()) out.push_back(std::move(p));
            p = Lines{};
            continue;
        }
        p.lines.push_back(l);
    }
    if (!p.lines.empty()) out.push_back(std::move(p));
    return out;
}

TextDocument read_document(const std::vector<SourceLine> &lines, std::vector<ImportMessage> &messages) {
    std::vector<HeaderAt> headers;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (auto h = header_at(lines, i)) {
            i = h->last;
            headers.push_back(std::move(*h));
        }
    TextDocument doc;
    doc.preamble = paragraphs_of(pointers(lines, 0, headers.empty() ? lines.size() : headers.front().first));
    for (std::size_t t = 0; t < headers.size(); ++t) {
        const HeaderAt &h = headers[t];
        std::size_t end = t + 1 < headers.size() ? headers[t + 1].first : lines.size();
        TextTable table;
        table.layout = h.layout;
        table.header = h.header;
        table.header_cells = h.cells;
        table.header_line = lines[h.first].number;
        table.entries = h.layout == TableLayout::tab_separated
                            ? read_tab_region(lines, h.last + 1, end, h.header.size(), messages)
                            : read_cell_region(lines, h.last + 1, end, h.header.size(), messages);
        doc.tables.push_back(std::move(table));
    }
    return doc;
}

} // namespace eduroadmap::detail::importer
