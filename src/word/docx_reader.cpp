// The .docx reader: the package's relationships lead to the main document,
// its styles and its numbering; the body is walked into WordDocument blocks.
#include "text.hpp"
#include "word/builder.hpp"
#include "word/docx_styles.hpp"
#include "word/failure.hpp"
#include "word/list_labels.hpp"
#include "word/readers.hpp"
#include "word/xml.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace eduroadmap::detail::word {

namespace {

constexpr std::string_view wordml_uris[] = {"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                                            "http://purl.oclc.org/ooxml/wordprocessingml/main"};
constexpr int max_grid_span = 1024; // Word allows 63 columns; a larger span is hostile

// The directory part of a part name, with its '/'.
std::string directory_of(const std::string &part) {
    const auto slash = part.rfind('/');
    return slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
}

// A relationship target resolved against the directory of its source.
std::string resolve_target(const std::string &base_dir, std::string_view target) {
    std::vector<std::string> segments;
    std::string path = target.substr(0, 1) == "/" ? std::string(target.substr(1)) : base_dir + std::string(target);
    std::size_t start = 0;
    while (start <= path.size()) {
        const auto end = std::min(path.find('/', start), path.size());
        const std::string segment = path.substr(start, end - start);
        if (segment == "..") {
            if (!segments.empty()) segments.pop_back();
        } else if (!segment.empty() && segment != ".") {
            segments.push_back(segment);
        }
        start = end + 1;
    }
    std::string out;
    for (const std::string &s : segments) out += (out.empty() ? "" : "/") + s;
    return out;
}

// The targets of @p source's relationships whose type ends in @p type.
std::optional<std::string> relationship(Archive &archive, const std::string &source, std::string_view type,
                                        const WordLimits &limits) {
    const std::string dir = directory_of(source);
    const std::string file = source.substr(dir.size());
    XmlPart rels;
    if (!read_part(archive, dir + "_rels/" + file + ".rels", limits, rels)) return std::nullopt;
    for (pugi::xml_node r = rels.tree.document_element().first_child(); r; r = r.next_sibling()) {
        if (r.type() != pugi::node_element) continue;
        const std::string_view kind = r.attribute("Type").value();
        if (std::string_view(r.attribute("TargetMode").value()) == "External") continue;
        if (kind.size() >= type.size() && kind.substr(kind.size() - type.size()) == type)
            return resolve_target(dir, r.attribute("Target").value());
    }
    return std::nullopt;
}

class DocxReader {
public:
    DocxReader(const Namespace &w, const Namespace &math, const Namespace &mc, const DocxStyles &styles,
               DocxNumbering &numbering, Budget &budget, WordDocument &document)
        : w_(w), math_(math), mc_(mc), styles_(styles), numbering_(numbering), budget_(budget), document_(document) {}

    void body(pugi::xml_node body) {
        Container c{document_.blocks, {}, 0};
        blocks(body, c);
        flush(c);
    }

private:
    void blocks(pugi::xml_node parent, Container &c) {
        for (pugi::xml_node node = parent.first_child(); node; node = node.next_sibling()) {
            const std::string_view name = w_.local(node);
            if (name == "p")
                paragraph(node, c);
            else if (name == "tbl")
                table(node, c);
            else if (name == "sdt")
                blocks(w_.child(node, "sdtContent"), c); // a content control: read through
            else if (name == "customXml")
                blocks(node, c);
            else if (name == "altChunk")
                omit(WordOmission::Kind::object, c);
        }
    }

    // A paragraph left over whose mark was deleted, when no paragraph follows.
    void flush(Container &c) {
        if (c.carried.empty()) return;
        budget_.paragraphs(1);
        WordParagraph p;
        p.text = std::move(c.carried);
        c.carried.clear();
        p.location = c.next_paragraph();
        ++c.paragraphs;
        c.blocks.emplace_back(std::move(p));
    }

    void omit(WordOmission::Kind kind, const Container &c) { document_.omitted.push_back(omission(kind, c)); }

    void paragraph(pugi::xml_node node, Container &c) {
        const pugi::xml_node ppr = w_.child(node, "pPr");
        const pugi::xml_node mark = w_.child(ppr, "rPr");
        // A deleted paragraph mark: Word shows the text joined to the next paragraph.
        const bool mark_deleted = w_.child(mark, "del") || w_.child(mark, "moveFrom");

        current_ = &c;
        TextBuilder text(budget_);
        inline_content(node, text);
        if (mark_deleted) {
            c.carried += text.take();
            return;
        }
        budget_.paragraphs(1);
        WordParagraph p;
        p.text = std::move(c.carried) + text.take();
        c.carried.clear();
        p.location = c.next_paragraph();
        ++c.paragraphs;

        p.style_id = w_.attr(w_.child(ppr, "pStyle"), "val");
        if (p.style_id.empty()) p.style_id = styles_.default_paragraph_style();
        p.style_name = styles_.name_of(p.style_id);
        budget_.text(p.style_id.size() + p.style_name.size());

        if (const pugi::xml_node outline = w_.child(ppr, "outlineLvl")) {
            const int level = to_int(w_.attr(outline, "val"), 9);
            p.outline_level = level >= 0 && level < 9 ? level + 1 : 0;
        } else if (const auto level = styles_.outline_of(p.style_id)) {
            p.outline_level = *level + 1;
        }

        // numPr on the paragraph, else from its style; numId 0 switches numbering off.
        const NumberingRef own = numbering_ref(ppr, w_);
        const NumberingRef styled = styles_.numbering_of(p.style_id);
        const int num_id = own.num_id ? *own.num_id : styled.num_id.value_or(0);
        if (num_id > 0) {
            std::optional<int> level = own.level;
            if (!level && !own.num_id) level = styled.level;
            if (!level) level = numbering_.level_for_style(num_id, p.style_id);
            if (auto label = numbering_.next(num_id, level.value_or(0))) {
                budget_.text(label->size());
                p.list_label = std::move(*label);
                p.list_level = std::clamp(level.value_or(0), 0, 8) + 1;
            }
        }
        c.blocks.emplace_back(std::move(p));
    }

    // Text-bearing children of a paragraph, hyperlink, insertion, content control…
    void inline_content(pugi::xml_node parent, TextBuilder &out) {
        for (pugi::xml_node node = parent.first_child(); node; node = node.next_sibling()) {
            const std::string_view name = w_.local(node);
            if (name == "r") {
                run(node, out);
            } else if (name == "ins" || name == "moveTo" || name == "hyperlink" || name == "smartTag" ||
                       name == "customXml" || name == "fldSimple" || name == "bdo" || name == "dir") {
                inline_content(node, out); // fldSimple's runs are its displayed result
            } else if (name == "sdt") {
                inline_content(w_.child(node, "sdtContent"), out);
            } else if (name.empty()) {
                const std::string_view m = math_.local(node);
                if (m == "oMath" || m == "oMathPara")
                    omit(WordOmission::Kind::equation, *current_);
                else if (mc_.is(node, "AlternateContent"))
                    drawing(node);
            }
            // w:del and w:moveFrom (tracked deletions), bookmarks, proofing marks: not shown
        }
    }

    void run(pugi::xml_node r, TextBuilder &out) {
        const bool hidden = on_off(w_.child(w_.child(r, "rPr"), "vanish"), w_);
        for (pugi::xml_node node = r.first_child(); node; node = node.next_sibling()) {
            const std::string_view name = w_.local(node);
            if (name == "fldChar") {
                field_char(w_.attr(node, "fldCharType"));
                continue;
            }
            if (hidden || hidden_fields_ > 0) continue; // a field's instruction, or hidden text
            if (name == "t")
                out.add(node.text().get());
            else if (name == "tab" || name == "ptab")
                out.add('\t');
            else if (name == "cr")
                out.add('\n');
            else if (name == "br") {
                const std::string_view type = w_.attr(node, "type");
                if (type != "page" && type != "column") out.add('\n');
            } else if (name == "noBreakHyphen")
                out.add('-');
            else if (name == "sym")
                symbol(node, out);
            else if (name == "drawing" || name == "pict")
                drawing(node);
            else if (name == "object")
                omit(WordOmission::Kind::object, *current_);
            else if (name == "footnoteReference" || name == "endnoteReference")
                omit(WordOmission::Kind::note, *current_);
            else if (name == "commentReference")
                omit(WordOmission::Kind::comment, *current_);
            else if (name.empty() && mc_.is(node, "AlternateContent"))
                drawing(node);
            // softHyphen: shown only at a line's end; delText, instrText: not shown
        }
    }

    // Complex fields: what lies between `begin` and `separate` is the
    // instruction (hidden), between `separate` and `end` the result (shown).
    void field_char(std::string_view type) {
        if (type == "begin") {
            fields_.push_back(false);
            ++hidden_fields_;
        } else if (type == "separate" && !fields_.empty() && !fields_.back()) {
            fields_.back() = true;
            --hidden_fields_;
        } else if (type == "end" && !fields_.empty()) {
            if (!fields_.back()) --hidden_fields_;
            fields_.pop_back();
        }
    }

    // Closes the fields opened after the first @p keep, as if their `end` came.
    void close_fields(std::size_t keep) {
        while (fields_.size() > keep) field_char("end");
    }

    void symbol(pugi::xml_node node, TextBuilder &out) {
        const std::string_view hex = w_.attr(node, "char");
        char32_t code = 0;
        for (const char ch : hex) {
            const int digit = ch >= '0' && ch <= '9'   ? ch - '0'
                              : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
                              : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10
                                                       : -1;
            if (digit < 0 || code > 0x10FFFF) return;
            code = code * 16 + static_cast<char32_t>(digit);
        }
        if (code == 0 || code > 0x10FFFF) return;
        std::string utf8;
        append_utf8(utf8, code);
        out.add(bullet_text(utf8));
    }

    // A picture is not text; a text box is, and is reported as not read.
    void drawing(pugi::xml_node node) {
        for (pugi::xml_node n = node.first_child(); n && n != node;) {
            if (w_.is(n, "txbxContent")) {
                omit(WordOmission::Kind::text_box, *current_);
                return;
            }
            if (n.first_child()) {
                n = n.first_child();
                continue;
            }
            while (n != node && !n.next_sibling()) n = n.parent();
            if (n != node) n = n.next_sibling();
        }
    }

    void table(pugi::xml_node node, Container &c) {
        flush(c);
        const int index = ++c.tables;
        WordTable t;
        t.location = locate(c.base, c.depth, {index, 0, 0});
        int grid = 0;
        for (pugi::xml_node col = w_.child(node, "tblGrid").first_child(); col; col = col.next_sibling())
            if (w_.is(col, "gridCol")) ++grid;
        int widest = 0;
        for_each(node, "tr", [&](pugi::xml_node tr) { widest = std::max(widest, row(tr, t, index, c)); });
        finish_merges(t);
        t.columns = std::max(grid, widest);
        c.blocks.emplace_back(std::move(t));
    }

    // The children named @p name of @p parent, content controls and custom
    // XML around them read through.
    template <class F> void for_each(pugi::xml_node parent, std::string_view name, F &&f) {
        for (pugi::xml_node node = parent.first_child(); node; node = node.next_sibling()) {
            const std::string_view local = w_.local(node);
            if (local == name)
                f(node);
            else if (local == "sdt")
                for_each(w_.child(node, "sdtContent"), name, f);
            else if (local == "customXml")
                for_each(node, name, f);
        }
    }

    // Reads row @p tr into @p t; returns the grid columns it reaches.
    int row(pugi::xml_node tr, WordTable &t, int index, Container &c) {
        const pugi::xml_node trpr = w_.child(tr, "trPr");
        if (w_.child(trpr, "del")) return 0; // a tracked deleted row is not shown
        budget_.rows(1);
        const int number = static_cast<int>(t.rows.size()) + 1;
        WordRow r;
        r.header = on_off(w_.child(trpr, "tblHeader"), w_);
        r.location = locate(c.base, c.depth, {index, number, 0});
        int column = 1 + std::clamp(to_int(w_.attr(w_.child(trpr, "gridBefore"), "val"), 0), 0, max_grid_span);
        const WordRow *above = t.rows.empty() ? nullptr : &t.rows.back();
        for_each(tr, "tc", [&](pugi::xml_node tc) {
            const pugi::xml_node tcpr = w_.child(tc, "tcPr");
            const int span = std::clamp(to_int(w_.attr(w_.child(tcpr, "gridSpan"), "val"), 1), 1, max_grid_span);
            // Word 97's horizontal merge: the continuing cell widens the one before.
            if (const pugi::xml_node h = w_.child(tcpr, "hMerge");
                h && w_.attr(h, "val") != "restart" && !r.cells.empty()) {
                r.cells.back().span += span;
                column += span;
                return;
            }
            const pugi::xml_node v = w_.child(tcpr, "vMerge");
            if (v && w_.attr(v, "val") != "restart" && above) {
                const auto cells = above->cells.begin(), end = above->cells.end();
                const auto upper = std::lower_bound(cells, end, column,
                                                    [](const WordCell &cell, int col) { return cell.column < col; });
                if (upper != end && upper->column == column) {
                    // The merged cell's text belongs to this row too; Word shows
                    // nothing of what the continuing cell itself holds.
                    WordCell cell = continue_merge(*upper, c.depth, number, column, budget_);
                    cell.span = span;
                    r.cells.push_back(std::move(cell));
                    column += span;
                    return;
                }
            }
            budget_.cells(1);
            WordCell cell;
            cell.column = column;
            cell.span = span;
            cell.merge_row = number;
            cell.location = locate(c.base, c.depth, {index, number, column});
            Container inner{cell.blocks, cell.location, c.depth + 1};
            const std::size_t open_fields = fields_.size();
            blocks(tc, inner);
            flush(inner);
            close_fields(open_fields); // a field begun in a cell ends with it
            current_ = &c;
            r.cells.push_back(std::move(cell));
            column += span;
        });
        const int after = std::clamp(to_int(w_.attr(w_.child(trpr, "gridAfter"), "val"), 0), 0, max_grid_span);
        t.rows.push_back(std::move(r));
        return column - 1 + after;
    }

    const Namespace &w_, &math_, &mc_;
    const DocxStyles &styles_;
    DocxNumbering &numbering_;
    Budget &budget_;
    WordDocument &document_;
    Container *current_ = nullptr; // where omissions are reported
    std::vector<bool> fields_;     // open complex fields: past `separate`?
    std::size_t hidden_fields_ = 0;
};

} // namespace

std::optional<std::string> docx_main_part(Archive &archive, const WordLimits &limits) {
    // The package relationship names the main part; Word always calls it
    // word/document.xml, which serves when the relationships are missing.
    if (auto main = relationship(archive, "", "/officeDocument", limits); main && archive.has(*main)) return main;
    if (archive.has("word/document.xml")) return std::string("word/document.xml");
    return std::nullopt;
}

WordDocument read_docx(Archive &archive, const std::string &main_part, const WordLimits &limits) {
    XmlPart document;
    if (!read_part(archive, main_part, limits, document)) throw ReadFailure(WordStatus::missing_part, main_part);
    const pugi::xml_node root = document.tree.document_element();
    const std::string w_prefix = namespace_prefix(root, {wordml_uris[0], wordml_uris[1]}, "\x01");
    const Namespace w(w_prefix);
    // A package whose main part is not a WordprocessingML document: a
    // spreadsheet or a presentation.
    if (w_prefix == "\x01" || w.local(root) != "document")
        throw ReadFailure(WordStatus::other_archive, main_part, 0, 0, main_part);
    const Namespace math(namespace_prefix(root, {"http://schemas.openxmlformats.org/officeDocument/2006/math"}, "m:"));
    const Namespace mc(namespace_prefix(root, {"http://schemas.openxmlformats.org/markup-compatibility/2006"}, "mc:"));

    DocxStyles styles;
    DocxNumbering numbering;
    const std::string dir = directory_of(main_part);
    const auto part_or = [&](std::string_view type, const char *usual) {
        auto name = relationship(archive, main_part, type, limits);
        return name ? *name : dir + usual;
    };
    XmlPart styles_part, numbering_part;
    if (read_part(archive, part_or("/styles", "styles.xml"), limits, styles_part))
        styles.load(styles_part, Namespace(namespace_prefix(styles_part.tree.document_element(),
                                                            {wordml_uris[0], wordml_uris[1]}, "w:")));
    if (read_part(archive, part_or("/numbering", "numbering.xml"), limits, numbering_part))
        numbering.load(
            numbering_part,
            Namespace(namespace_prefix(numbering_part.tree.document_element(), {wordml_uris[0], wordml_uris[1]}, "w:")),
            styles);

    WordDocument out;
    out.format = WordFormat::docx;
    Budget budget(limits);
    DocxReader reader(w, math, mc, styles, numbering, budget, out);
    reader.body(w.child(root, "body"));
    return out;
}

} // namespace eduroadmap::detail::word
