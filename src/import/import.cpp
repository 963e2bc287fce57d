// import_text / import_file: the parts of the document (tables.hpp,
// document.hpp) assembled into a Roadmap, every unplaced line kept.
#include "import/document.hpp"
#include "import/glossary.hpp"
#include "import/ids.hpp"
#include "import/source.hpp"
#include "import/tables.hpp"
#include "load/input.hpp"
#include "text.hpp"

#include <eduroadmap/import.hpp>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <set>

namespace eduroadmap {

std::string_view to_string(TableLayout layout) noexcept {
    switch (layout) {
    case TableLayout::none: return "none";
    case TableLayout::tab_separated: return "tab-separated";
    case TableLayout::cell_per_line: return "cell-per-line";
    case TableLayout::mixed: return "mixed";
    }
    return "none";
}

std::string_view to_string(ImportMessage::Kind kind) noexcept {
    switch (kind) {
    case ImportMessage::Kind::unplaced: return "unplaced";
    case ImportMessage::Kind::guess: return "guess";
    case ImportMessage::Kind::error: return "error";
    }
    return "guess";
}

bool ImportResult::ok() const noexcept {
    if (tables == 0 || !roadmap.period.known) return false;
    return std::none_of(messages.begin(), messages.end(),
                        [](const ImportMessage &m) { return m.kind == ImportMessage::Kind::error; });
}

namespace detail::importer {
namespace {

constexpr std::size_t shown_chars = 100; // of an unplaced line, in messages

std::string shorten(std::string_view text) {
    std::string out;
    std::size_t chars = 0, pos = 0;
    for (; pos < text.size() && chars < shown_chars; ++chars) append_utf8(out, decode_utf8(text, pos));
    if (pos < text.size()) out += "…";
    return out;
}

std::vector<std::string> lines_of(const std::string &text) {
    std::vector<std::string> out;
    for (std::size_t pos = 0; pos <= text.size();) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string::npos) end = text.size();
        if (end > pos) out.push_back(text.substr(pos, end - pos));
        pos = end + 1;
    }
    return out;
}

std::vector<std::string> texts_of(const std::vector<Paragraph> &paragraphs, std::string_view separator = "\n") {
    std::vector<std::string> out;
    for (const Paragraph &p : paragraphs) out.push_back(paragraph_text(p, separator));
    return out;
}

void append(std::string &field, const std::string &text, std::string_view separator) {
    if (text.empty()) return;
    if (!field.empty()) field += separator;
    field += text;
}

// What a table row is, by its cells.
enum class RowKind { empty, section, group, measure, continuation };

class Assembler {
public:
    Assembler(ImportResult &result, const ImportOptions &options) : r_(result), rm_(result.roadmap), options_(options) {}

    void run(const Document &doc) {
        r_.tables = doc.tables.size();
        for (const Table &t : doc.tables)
            r_.layout = r_.layout == TableLayout::none || r_.layout == t.layout ? t.layout : TableLayout::mixed;
        Preamble pre = read_preamble(doc.preamble);
        for (const SourceLine *l : pre.unplaced) unplaced(l, "in the order's header");
        rm_.approved_by = pre.approved_by;
        rm_.title = !pre.title.empty() ? pre.title : pre.approved_by ? pre.approved_by->title : std::string();
        std::vector<Paragraph> description = take_glossary(pre.before_title);
        std::vector<Paragraph> block = take_glossary(pre.after_title);
        if (doc.tables.empty()) {
            for (const Paragraph &p : description) unplaced(p, "no table header was found");
            for (const Paragraph &p : block) unplaced(p, "no table header was found");
            description.clear();
            block.clear();
            r_.messages.push_back({0, ImportMessage::Kind::error,
                                   "no plan table found: no row of headings such as «№ п/п», «Мероприятие», "
                                   "«Сроки», «Ответственные»"});
        }
        for (std::size_t t = 0; t < doc.tables.size(); ++t) {
            const Table &table = doc.tables[t];
            if (t == 0 && first_row_kind(table) == RowKind::section) {
                description.insert(description.end(), block.begin(), block.end());
                block.clear();
            }
            std::vector<std::string> pending = texts_of(block);
            block.clear();
            if (t == 0 && pending.empty() && first_row_kind(table) != RowKind::section) pending = {rm_.title};
            read_table(table, pending, block);
        }
        rm_.description = join(texts_of(description), "\n\n");
        std::vector<Paragraph> trailing = take_glossary(block);
        for (const Paragraph &p : trailing) unplaced(p, "after the last table");
        settle_period();
        settle_id();
        std::stable_sort(r_.messages.begin(), r_.messages.end(),
                         [](const ImportMessage &a, const ImportMessage &b) { return a.line < b.line; });
        std::sort(rm_.import_notes.begin(), rm_.import_notes.end(),
                  [](const ImportNote &a, const ImportNote &b) { return a.line < b.line; });
    }

private:
    void unplaced(const SourceLine *l, std::string_view why) {
        rm_.import_notes.push_back({l->number, trim(l->text)});
        r_.messages.push_back({l->number, ImportMessage::Kind::unplaced,
                               "not placed (" + std::string(why) + "): «" + shorten(trim(l->text)) + "»"});
    }
    void unplaced(const Paragraph &p, std::string_view why) {
        for (const SourceLine *l : p.lines) unplaced(l, why);
    }

    // Removes «Принятые сокращения» and its entries from @p paragraphs into the registry.
    std::vector<Paragraph> take_glossary(const std::vector<Paragraph> &paragraphs) {
        std::vector<Paragraph> out;
        bool in_glossary = false;
        for (const Paragraph &p : paragraphs) {
            Paragraph rest;
            for (const SourceLine *l : p.lines) {
                if (is_glossary_heading(l->text)) {
                    in_glossary = true;
                    continue;
                }
                if (in_glossary && read_glossary_entry(l->text, rm_.responsibles)) continue;
                in_glossary = false;
                rest.lines.push_back(l);
            }
            if (!rest.lines.empty()) out.push_back(std::move(rest));
        }
        return out;
    }

    static std::vector<std::string> cleaned_cells(const Row &row) {
        std::vector<std::string> out;
        for (const std::string &c : row.cells) out.push_back(clean(c));
        return out;
    }

    static std::size_t column_of(const Table &t, Column c) {
        for (std::size_t i = 0; i < t.header.size(); ++i)
            if (t.header[i].column == c) return i;
        return t.header.size();
    }

    RowKind kind_of(const Table &t, const Row &row) const {
        std::vector<std::string> c = cleaned_cells(row);
        std::size_t filled = 0;
        for (std::size_t i = 1; i < c.size(); ++i) filled += !c[i].empty();
        if (c.empty() || (c[0].empty() && filled == 0 && row.surplus.empty())) return RowKind::empty;
        if (!c[0].empty() && filled == 0 && row.surplus.empty() && !is_measure_number(c[0]) && !is_roman_number(c[0]))
            return RowKind::section;
        if (is_roman_number(c[0]) && c.size() > 1 && !c[1].empty() && filled == 1) return RowKind::group;
        std::size_t number = column_of(t, Column::number);
        if (t.layout != TableLayout::tab_separated || number >= c.size() || !c[number].empty() || !last_)
            return RowKind::measure;
        // An unnumbered row continues the measure above when the export broke
        // a row over lines: no title of its own, a title that goes on in lower
        // case or with an abbreviation («ОО»), or a title alone.
        std::size_t title = column_of(t, Column::title);
        const std::string title_text = title < c.size() ? c[title] : std::string();
        std::size_t others = 0;
        for (std::size_t i = 0; i < c.size(); ++i) others += i != number && i != title && !c[i].empty();
        if (title_text.empty() || starts_lower(title_text) || !has_lower(title_text) || others == 0)
            return RowKind::continuation;
        return RowKind::measure;
    }

    RowKind first_row_kind(const Table &t) const {
        for (const Entry &e : t.entries)
            if (e.is_row) {
                RowKind k = kind_of(t, e.row);
                if (k != RowKind::empty) return k == RowKind::continuation ? RowKind::measure : k;
            }
        return RowKind::empty;
    }

    void open_section(Section s) {
        rm_.sections.push_back(std::move(s));
        group_.reset();
        last_.reset();
    }

    Measure &last_measure() {
        Section &s = rm_.sections[last_->section];
        return last_->group ? s.groups[*last_->group].measures[last_->index] : s.measures[last_->index];
    }

    // Fills (or, for a continuation, extends) the fields of @p m from the row's cells.
    void fill(const Table &t, const Row &row, Measure &m, bool extend) {
        std::set<Column> seen;
        const std::string_view sep = extend ? " " : "";
        for (std::size_t i = 0; i < row.cells.size(); ++i) {
            const Heading &h = t.header[i];
            Column c = h.column;
            if (c != Column::other && !seen.insert(c).second) c = Column::other; // a second column of a kind
            std::string text = clean(row.cells[i]);
            switch (c) {
            case Column::number:
                std::replace(text.begin(), text.end(), '\n', ' ');
                if (!extend) m.number = text;
                break;
            case Column::title: {
                TitleText title = clean_title(row.cells[i]);
                append(m.title, title.text, sep);
                m.items.insert(m.items.end(), title.items.begin(), title.items.end());
                break;
            }
            case Column::form: append(m.form, text, sep); break;
            case Column::deadline:
                if (!m.deadline) m.deadline = DeadlineSpec{};
                append(m.deadline->text, text, sep);
                break;
            case Column::responsibles:
                if (!m.responsibles) m.responsibles = ResponsibleCell{{std::string()}, false};
                append(m.responsibles->names.front(), text, sep);
                break;
            case Column::result:
                if (!m.result) m.result = std::string();
                append(*m.result, text, sep);
                break;
            case Column::status: append(m.status_text, text, sep); break;
            case Column::other:
                if (!text.empty()) append(m.note, h.printed.empty() ? text : h.printed + ": " + text, "\n");
                break;
            }
        }
        for (const std::string &s : row.surplus) append(m.note, clean(s), "\n");
    }

    void add_measure(Measure m) {
        if (rm_.sections.empty()) open_section(Section{});
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

    // Text printed before a table names a new section; a table whose first
    // row is a section heading gets that text as the heading's justification.
    void read_table(const Table &t, std::vector<std::string> pending, std::vector<Paragraph> &tail) {
        std::size_t last_row = t.entries.size();
        for (std::size_t i = 0; i < t.entries.size(); ++i)
            if (t.entries[i].is_row) last_row = i;
        bool first = true;
        auto begin_with_pending = [&](RowKind kind) {
            if (!first) return;
            first = false;
            if (pending.empty()) {
                if (rm_.sections.empty() && kind != RowKind::section) open_section(Section{});
                return;
            }
            if (kind == RowKind::section) return; // the heading row takes the text
            open_section(section_from_text(pending));
            pending.clear();
        };
        std::vector<const Paragraph *> between;
        for (std::size_t i = 0; i < t.entries.size(); ++i) {
            const Entry &e = t.entries[i];
            if (!e.is_row) {
                if (i > last_row || last_row == t.entries.size()) tail.push_back(e.paragraph);
                else between.push_back(&e.paragraph);
                continue;
            }
            RowKind kind = kind_of(t, e.row);
            if (kind == RowKind::empty) continue;
            begin_with_pending(kind);
            if (between.size() == 1) {
                open_section(section_from_text({paragraph_text(*between.front())}));
            } else {
                for (const Paragraph *p : between) unplaced(*p, "between table rows");
            }
            between.clear();
            switch (kind) {
            case RowKind::empty: break;
            case RowKind::section: {
                std::vector<std::string> text = pending;
                // HTML paragraphs in the heading cell are the heading and its text;
                // otherwise the cell's lines are one wrapped heading.
                std::string cell = clean(e.row.cells[0]);
                std::vector<std::string> heading = lines_of(cell);
                if (e.row.cells[0].find("<p") == std::string::npos) {
                    std::replace(cell.begin(), cell.end(), '\n', ' ');
                    heading = {cell};
                }
                Section s = section_from_text(heading);
                if (!text.empty()) s.justification = join(std::vector<std::string>{join(text, "\n\n"), s.justification}, "\n\n");
                pending.clear();
                open_section(std::move(s));
                break;
            }
            case RowKind::group: {
                if (rm_.sections.empty()) open_section(Section{});
                std::vector<std::string> c = cleaned_cells(e.row);
                std::replace(c[1].begin(), c[1].end(), '\n', ' ');
                rm_.sections.back().groups.push_back({c[0], c[1], {}});
                group_ = rm_.sections.back().groups.size() - 1;
                last_.reset();
                break;
            }
            case RowKind::measure: {
                Measure m;
                fill(t, e.row, m, false);
                add_measure(std::move(m));
                break;
            }
            case RowKind::continuation:
                fill(t, e.row, last_measure(), true);
                break;
            }
        }
        begin_with_pending(RowKind::measure);
    }

    void settle_period() {
        std::string reason;
        if (!options_.period.empty()) {
            if (auto p = parse_plan_period(options_.period, reason)) rm_.period = *p;
            else
                r_.messages.push_back({0, ImportMessage::Kind::error,
                                       "the period «" + options_.period + "» cannot be read: " + reason});
            return;
        }
        std::vector<std::string> titles{rm_.title};
        for (const Section &s : rm_.sections) titles.push_back(s.title);
        if (rm_.approved_by) titles.push_back(rm_.approved_by->title);
        for (const std::string &t : titles) {
            std::string found = period_in(t);
            if (found.empty()) continue;
            if (auto p = parse_plan_period(found, reason)) {
                rm_.period = *p;
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
            r_.messages.push_back({0, ImportMessage::Kind::guess,
                                   "the document states no plan period; " + guess +
                                       (low != 0 ? " spans the years of its deadlines" : " is the year of its order") +
                                       " (check it, or give the period explicitly)"});
            return;
        }
        r_.messages.push_back({0, ImportMessage::Kind::error,
                               "the document states no plan period and its deadlines name no year; give the period"});
    }

    void settle_id() {
        if (!options_.id.empty()) {
            rm_.id = options_.id;
            if (make_id(options_.id) != options_.id)
                r_.messages.push_back({0, ImportMessage::Kind::error,
                                       "the id «" + options_.id + "» is not of the form [a-z0-9][a-z0-9-]*"});
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
    std::optional<std::size_t> group_;
    std::optional<At> last_;
};

} // namespace
} // namespace detail::importer

ImportResult import_text(std::string_view text, const ImportOptions &options) {
    namespace im = detail::importer;
    ImportResult result;
    if (text.size() > options.limits.max_file_bytes) {
        result.messages.push_back(
            {0, ImportMessage::Kind::error, detail::too_large(text.size(), options.limits.max_file_bytes, "text").message});
        return result;
    }
    std::vector<im::SourceLine> lines = im::split_lines(text, result.messages);
    im::Document doc = im::read_document(lines, result.messages);
    im::Assembler(result, options).run(doc);
    return result;
}

ImportResult import_file(const std::string &path, ImportOptions options) {
    if (options.file.empty()) options.file = path;
    ReadResult in = read_file_limited(path, options.limits.max_file_bytes);
    if (!in.ok()) {
        ImportResult result;
        result.messages.push_back({0, ImportMessage::Kind::error, "cannot read " + path + ": " + in.error->message});
        return result;
    }
    return import_text(in.bytes, options);
}

} // namespace eduroadmap
