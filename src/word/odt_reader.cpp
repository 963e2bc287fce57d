// The .odt reader: content.xml's body walked into WordDocument blocks, with
// styles.xml's styles; lists numbered as LibreOffice numbers them.
#include "word/builder.hpp"
#include "word/failure.hpp"
#include "word/list_labels.hpp"
#include "word/odt_styles.hpp"
#include "word/readers.hpp"
#include "word/xml.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <vector>

namespace eduroadmap::detail::word {

namespace {

constexpr int max_span = 1024;

// The counters of one list (a text:list and those continuing it).
struct Counters {
    std::array<int, 10> value{};
    std::array<bool, 10> started{};
};

// Where a paragraph stands in a list.
struct ListPlace {
    std::size_t counters; // index into OdtReader::lists_
    int level;            // 1-based
    std::string style;    // the list style, "" to take the paragraph style's
};

// A merged cell's rows still to come, per grid column.
struct VerticalSpan {
    int remaining = 0;
    int span = 1;
};

class OdtReader {
public:
    OdtReader(const OdfNames &ns, const OdtStyles &styles, Budget &budget, WordDocument &document)
        : ns_(ns), styles_(styles), budget_(budget), document_(document) {}

    void body(pugi::xml_node text) {
        Container c{document_.blocks, {}, 0};
        blocks(text, c);
    }

private:
    void blocks(pugi::xml_node parent, Container &c) {
        for (pugi::xml_node node = parent.first_child(); node; node = node.next_sibling()) {
            const std::string_view name = ns_.text.local(node);
            if (name == "p" || name == "h") {
                paragraph(node, c, nullptr, false, std::nullopt);
            } else if (name == "list") {
                list(node, c, nullptr);
            } else if (name == "section" || name == "index-body") {
                blocks(node, c);
            } else if (name == "table-of-content" || name == "alphabetical-index" || name == "illustration-index" ||
                       name == "table-index" || name == "object-index" || name == "user-index" ||
                       name == "bibliography") {
                blocks(ns_.text.child(node, "index-body"), c); // the index as shown, not its source
            } else if (name == "numbered-paragraph") {
                numbered_paragraph(node, c);
            } else if (ns_.table.is(node, "table")) {
                table(node, c);
            } else if (ns_.draw.local(node).size()) {
                frame(node, c);
            }
            // text:tracked-changes (deleted text lives there), declarations, page breaks: not shown
        }
    }

    void omit(WordOmission::Kind kind, const Container &c) { document_.omitted.push_back(omission(kind, c)); }

    // A frame: a picture is not text; a text box or an object is reported.
    void frame(pugi::xml_node node, const Container &c) {
        for (pugi::xml_node n = node; n;) {
            if (ns_.draw.is(n, "text-box")) return omit(WordOmission::Kind::text_box, c);
            if (ns_.draw.is(n, "object") || ns_.draw.is(n, "object-ole")) return omit(WordOmission::Kind::object, c);
            if (n.first_child()) {
                n = n.first_child();
                continue;
            }
            while (n && n != node && !n.next_sibling()) n = n.parent();
            if (!n || n == node) return;
            n = n.next_sibling();
        }
    }

    // ---- lists ----------------------------------------------------------

    void list(pugi::xml_node node, Container &c, const ListPlace *outer) {
        std::string style(ns_.text.attr(node, "style-name"));
        ListPlace place{0, 1, style};
        if (outer) {
            place.counters = outer->counters;
            place.level = std::min(outer->level + 1, 10);
            if (style.empty()) place.style = outer->style;
        } else {
            place.counters = list_counters(node, style);
        }
        for (pugi::xml_node item = node.first_child(); item; item = item.next_sibling()) {
            if (ns_.text.is(item, "list-item"))
                list_item(item, c, place, true);
            else if (ns_.text.is(item, "list-header"))
                list_item(item, c, place, false);
        }
    }

    // The counters a top-level list uses: its own, or those of the list it continues.
    std::size_t list_counters(pugi::xml_node node, const std::string &style) {
        std::optional<std::size_t> index;
        if (const std::string_view from = ns_.text.attr(node, "continue-list"); !from.empty()) {
            if (const auto it = by_id_.find(std::string(from)); it != by_id_.end()) index = it->second;
        } else if (ns_.text.attr(node, "continue-numbering") == "true") {
            if (const auto it = last_by_style_.find(style); it != last_by_style_.end())
                index = it->second;
            else if (!lists_.empty())
                index = lists_.size() - 1;
        }
        if (!index) {
            index = lists_.size();
            lists_.emplace_back();
        }
        if (const std::string_view id = ns_.xml.attr(node, "id"); !id.empty()) by_id_[std::string(id)] = *index;
        last_by_style_[style] = *index;
        return *index;
    }

    void list_item(pugi::xml_node item, Container &c, const ListPlace &place, bool numbered) {
        std::optional<int> start;
        if (numbered && ns_.text.has_attr(item, "start-value")) start = to_int(ns_.text.attr(item, "start-value"), 1);
        bool first = true;
        for (pugi::xml_node node = item.first_child(); node; node = node.next_sibling()) {
            const std::string_view name = ns_.text.local(node);
            if (name == "p" || name == "h") {
                paragraph(node, c, &place, numbered && first, start);
                first = false;
            } else if (name == "list") {
                list(node, c, &place); // an item that opens with a sublist has no number of its own
                first = false;
            } else if (ns_.table.is(node, "table")) {
                table(node, c);
                first = false;
            }
        }
    }

    // ODF 1.2's numbered paragraph: a list item without the list around it.
    void numbered_paragraph(pugi::xml_node node, Container &c) {
        const std::string list_id(ns_.text.attr(node, "list-id"));
        std::size_t index;
        if (const auto it = numbered_lists_.find(list_id); it != numbered_lists_.end() && !list_id.empty()) {
            index = it->second;
        } else {
            index = lists_.size();
            lists_.emplace_back();
            numbered_lists_[list_id] = index;
        }
        const ListPlace place{index, std::clamp(to_int(ns_.text.attr(node, "level"), 1), 1, 10),
                              std::string(ns_.text.attr(node, "style-name"))};
        std::optional<int> start;
        if (ns_.text.has_attr(node, "start-value")) start = to_int(ns_.text.attr(node, "start-value"), 1);
        for (pugi::xml_node p = node.first_child(); p; p = p.next_sibling())
            if (ns_.text.is(p, "p") || ns_.text.is(p, "h")) return paragraph(p, c, &place, true, start);
    }

    // Advances @p counters at @p level and renders the label with @p levels.
    static std::string advance(Counters &counters, int level, const OdfListStyle &levels, std::optional<int> start) {
        const auto at = static_cast<std::size_t>(level - 1);
        const OdfListLevel &def = levels[at];
        if (start) {
            counters.value[at] = *start;
        } else if (counters.started[at]) {
            ++counters.value[at];
        } else {
            counters.value[at] = def.defined ? def.start : 1;
        }
        counters.started[at] = true;
        for (std::size_t deeper = at + 1; deeper < counters.started.size(); ++deeper) counters.started[deeper] = false;
        if (!def.defined) return {};
        if (def.bullet) return bullet_text(def.bullet_char);
        std::string numbers;
        if (def.number != NumberStyle::none) {
            for (int shown = level - def.display_levels + 1; shown <= level; ++shown) {
                const auto s = static_cast<std::size_t>(shown - 1);
                const OdfListLevel &d = levels[s];
                const int value = counters.started[s] ? counters.value[s] : (d.defined ? d.start : 1);
                if (!numbers.empty()) numbers += '.';
                numbers += format_number(value, d.defined ? d.number : NumberStyle::decimal, d.letters);
            }
        }
        return def.prefix + numbers + def.suffix;
    }

    // ---- paragraphs -------------------------------------------------------

    void paragraph(pugi::xml_node node, Container &c, const ListPlace *list, bool numbered, std::optional<int> start) {
        TextBuilder text(budget_);
        at_paragraph_start_ = true;
        collapsed_space_ = false;
        current_ = &c;
        inline_content(node, text);
        std::string content = text.take();
        if (collapsed_space_ && !content.empty() && content.back() == ' ') content.pop_back();

        budget_.paragraphs(1);
        WordParagraph p;
        p.text = std::move(content);
        p.location = c.next_paragraph();
        ++c.paragraphs;
        const std::string style(ns_.text.attr(node, "style-name"));
        std::tie(p.style_id, p.style_name) = styles_.shown(style);
        budget_.text(p.style_id.size() + p.style_name.size());
        const bool heading = ns_.text.is(node, "h");
        if (heading) p.outline_level = std::clamp(to_int(ns_.text.attr(node, "outline-level"), 1), 1, 10);
        if (p.outline_level > 9) p.outline_level = 9;

        if (list) {
            p.list_level = list->level;
            if (numbered) {
                const std::string list_style = list->style.empty() ? styles_.list_style_of(style) : list->style;
                if (const OdfListStyle *levels = styles_.list_style(list_style))
                    p.list_label = advance(lists_[list->counters], list->level, *levels, start);
            }
        } else if (heading && ns_.text.attr(node, "is-list-header") != "true") {
            // Headings numbered by the outline style, when it gives their level a number.
            const auto &def = styles_.outline()[static_cast<std::size_t>(p.outline_level - 1)];
            if (def.defined && (def.number != NumberStyle::none || !def.prefix.empty() || !def.suffix.empty())) {
                std::optional<int> restart;
                if (ns_.text.attr(node, "restart-numbering") == "true")
                    restart = to_int(ns_.text.attr(node, "start-value"), def.start);
                p.list_label = advance(outline_, p.outline_level, styles_.outline(), restart);
            }
        }
        budget_.text(p.list_label.size());
        c.blocks.emplace_back(std::move(p));
    }

    // ODF white space: runs of spaces, tabs and line ends in the text are one
    // space, none at the start of a paragraph; text:s, text:tab and
    // text:line-break are the spaces, tabs and breaks that count.
    void characters(std::string_view chars, TextBuilder &out) {
        std::size_t start = 0;
        for (std::size_t i = 0; i <= chars.size(); ++i) {
            const bool space =
                i < chars.size() && (chars[i] == ' ' || chars[i] == '\t' || chars[i] == '\n' || chars[i] == '\r');
            if (i < chars.size() && !space) continue;
            if (i > start) {
                out.add(chars.substr(start, i - start));
                at_paragraph_start_ = collapsed_space_ = false;
            }
            if (space && !at_paragraph_start_ && !collapsed_space_) {
                out.add(' ');
                collapsed_space_ = true;
            }
            start = i + 1;
        }
    }

    void inline_content(pugi::xml_node parent, TextBuilder &out) {
        for (pugi::xml_node node = parent.first_child(); node; node = node.next_sibling()) {
            if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
                characters(node.value(), out);
                continue;
            }
            const std::string_view name = ns_.text.local(node);
            if (name == "s") {
                out.add_spaces(static_cast<std::uint64_t>(std::max(to_int(ns_.text.attr(node, "c"), 1), 1)));
            } else if (name == "tab") {
                out.add('\t');
            } else if (name == "line-break") {
                out.add('\n');
            } else if (name == "note") {
                omit(WordOmission::Kind::note, *current_);
                continue;
            } else if (name == "soft-page-break" || name == "change" || name == "change-start" ||
                       name == "change-end" || name == "bookmark" || name == "bookmark-start" ||
                       name == "bookmark-end" || name == "reference-mark" || name == "reference-mark-start" ||
                       name == "reference-mark-end" || name == "toc-mark" || name == "toc-mark-start" ||
                       name == "toc-mark-end" || name == "alphabetical-index-mark" ||
                       name == "alphabetical-index-mark-start" || name == "alphabetical-index-mark-end" ||
                       name == "user-index-mark" || name == "user-index-mark-start" || name == "user-index-mark-end" ||
                       name == "number" || name == "hidden-text" || name == "hidden-paragraph") {
                continue; // markers, the cached list number, hidden text: nothing shown
            } else if (!name.empty()) {
                inline_content(node, out); // spans, links, fields: their text is what is shown
                continue;
            } else if (ns_.office.is(node, "annotation")) {
                omit(WordOmission::Kind::comment, *current_);
                continue;
            } else if (!ns_.draw.local(node).empty()) {
                frame(node, *current_);
                continue;
            } else if (!ns_.office.local(node).empty() || !ns_.table.local(node).empty()) {
                continue;
            } else {
                inline_content(node, out); // another vocabulary's wrapper (a meta field): read through
                continue;
            }
            at_paragraph_start_ = collapsed_space_ = false;
        }
    }

    // ---- tables -----------------------------------------------------------

    void table(pugi::xml_node node, Container &c) {
        const int index = ++c.tables;
        WordTable t;
        t.location = locate(c.base, c.depth, {index, 0, 0});
        std::uint64_t grid = 0;
        std::vector<VerticalSpan> vertical;
        rows(node, t, index, c, false, grid, vertical);
        finish_merges(t);
        int widest = 0;
        for (const WordRow &r : t.rows)
            if (!r.cells.empty()) widest = std::max(widest, r.cells.back().column + r.cells.back().span - 1);
        t.columns = std::max(widest, static_cast<int>(std::min<std::uint64_t>(grid, max_span)));
        c.blocks.emplace_back(std::move(t));
    }

    void rows(pugi::xml_node parent, WordTable &t, int index, Container &c, bool header, std::uint64_t &grid,
              std::vector<VerticalSpan> &vertical) {
        for (pugi::xml_node node = parent.first_child(); node; node = node.next_sibling()) {
            const std::string_view name = ns_.table.local(node);
            if (name == "table-row")
                row(node, t, index, c, header, vertical);
            else if (name == "table-header-rows")
                rows(node, t, index, c, true, grid, vertical);
            else if (name == "table-rows" || name == "table-row-group")
                rows(node, t, index, c, header, grid, vertical);
            else if (name == "table-columns" || name == "table-header-columns" || name == "table-column-group")
                rows(node, t, index, c, header, grid, vertical);
            else if (name == "table-column")
                grid += static_cast<std::uint64_t>(
                    std::clamp(to_int(ns_.table.attr(node, "number-columns-repeated"), 1), 1, max_span));
        }
    }

    void row(pugi::xml_node tr, WordTable &t, int index, Container &c, bool header,
             std::vector<VerticalSpan> &vertical) {
        const int repeat = std::max(to_int(ns_.table.attr(tr, "number-rows-repeated"), 1), 1);
        budget_.rows(static_cast<std::uint64_t>(repeat)); // before any copy is made
        const int number = static_cast<int>(t.rows.size()) + 1;
        WordRow r;
        r.header = header;
        r.location = locate(c.base, c.depth, {index, number, 0});
        const WordRow *above = t.rows.empty() ? nullptr : &t.rows.back();
        int column = 1, covered_until = 0;
        for (pugi::xml_node node = tr.first_child(); node; node = node.next_sibling()) {
            const std::string_view name = ns_.table.local(node);
            if (name != "table-cell" && name != "covered-table-cell") continue;
            const int times = std::max(to_int(ns_.table.attr(node, "number-columns-repeated"), 1), 1);
            if (name == "table-cell") {
                budget_.cells(static_cast<std::uint64_t>(times)); // repeated cells too, before they are copied
                WordCell cell;
                cell.column = column;
                cell.span = std::clamp(to_int(ns_.table.attr(node, "number-columns-spanned"), 1), 1, max_span);
                cell.merge_row = number;
                cell.location = locate(c.base, c.depth, {index, number, column});
                Container inner{cell.blocks, cell.location, c.depth + 1};
                blocks(node, inner);
                current_ = &c;
                const int down = std::max(to_int(ns_.table.attr(node, "number-rows-spanned"), 1), 1);
                if (static_cast<std::size_t>(column) >= vertical.size())
                    vertical.resize(static_cast<std::size_t>(column) + 1);
                vertical[static_cast<std::size_t>(column)] = {down - 1, cell.span};
                covered_until = column + cell.span;
                std::vector<WordCell> copies;
                for (int k = 1; k < times; ++k)
                    copies.push_back(repeat_cell(cell, c.depth, number, column + k, budget_));
                r.cells.push_back(std::move(cell));
                for (WordCell &copy : copies) r.cells.push_back(std::move(copy));
                column += times;
                continue;
            }
            for (int k = 0; k < times; ++k, ++column) {
                if (column < covered_until) continue; // under a cell spanning columns
                const auto at = static_cast<std::size_t>(column);
                if (at < vertical.size() && vertical[at].remaining > 0 && above) {
                    const auto upper =
                        std::lower_bound(above->cells.begin(), above->cells.end(), column,
                                         [](const WordCell &cell, int col) { return cell.column < col; });
                    if (upper != above->cells.end() && upper->column == column) {
                        r.cells.push_back(continue_merge(*upper, c.depth, number, column, budget_));
                        r.cells.back().span = vertical[at].span;
                        --vertical[at].remaining;
                        covered_until = column + vertical[at].span;
                        continue;
                    }
                }
                // A covered cell nothing covers: shown as an empty cell.
                budget_.cells(1);
                WordCell cell;
                cell.column = column;
                cell.merge_row = number;
                cell.location = locate(c.base, c.depth, {index, number, column});
                r.cells.push_back(std::move(cell));
            }
        }
        t.rows.push_back(std::move(r));
        for (int k = 1; k < repeat; ++k) {
            const WordRow &model = t.rows[static_cast<std::size_t>(number - 1)];
            WordRow copy;
            copy.header = model.header;
            copy.location = locate(c.base, c.depth, {index, number + k, 0});
            budget_.cells(model.cells.size());
            for (const WordCell &cell : model.cells)
                copy.cells.push_back(repeat_cell(cell, c.depth, number + k, cell.column, budget_));
            t.rows.push_back(std::move(copy));
        }
    }

    const OdfNames &ns_;
    const OdtStyles &styles_;
    Budget &budget_;
    WordDocument &document_;
    Container *current_ = nullptr;
    bool at_paragraph_start_ = true, collapsed_space_ = false;
    std::vector<Counters> lists_;
    std::unordered_map<std::string, std::size_t> by_id_, last_by_style_, numbered_lists_;
    Counters outline_;
};

} // namespace

std::string odf_media_type(Archive &archive) {
    auto type = archive.read("mimetype", 256);
    return type ? *type : std::string();
}

WordDocument read_odt(Archive &archive, const WordLimits &limits) {
    XmlPart content, styles_part;
    if (!read_part(archive, "content.xml", limits, content)) throw ReadFailure(WordStatus::missing_part, "content.xml");
    OdtStyles styles;
    if (read_part(archive, "styles.xml", limits, styles_part)) styles.load_common(styles_part);
    styles.load_automatic(content);

    const pugi::xml_node root = content.tree.document_element();
    const OdfNames ns(root);
    WordDocument out;
    out.format = WordFormat::odt;
    Budget budget(limits);
    OdtReader reader(ns, styles, budget, out);
    reader.body(ns.office.child(ns.office.child(root, "body"), "text"));
    return out;
}

} // namespace eduroadmap::detail::word
