/// @file word.hpp
/// @brief Reading Word (.docx) and OpenDocument (.odt) text documents into a
/// plain model of what the word processor shows: paragraphs and tables.
///
/// This is the first of two stages, as in pandoc's Word reader: the reader
/// turns the archive into a faithful model of the document's own structures
/// and knows nothing of roadmaps; an interpreter turns that model into a
/// Roadmap. What is read and what is not is listed in docs/import.md,
/// «Word and OpenDocument files: what is read».
///
/// **Read what Word shows.** Merged cells are resolved (a vertically merged
/// cell's paragraphs are given to every row it spans), automatic list numbers
/// are rendered as Word and LibreOffice render them («1.», «2.3.», «а)»),
/// tracked insertions are kept and deletions dropped, fields give their
/// displayed result, content controls are read through.
///
/// **Recognised by content, not by name:** a ZIP archive whose package names
/// a main document part (or holds `word/document.xml`) is a .docx; a ZIP whose
/// `mimetype` is `application/vnd.oasis.opendocument.text` is an .odt. An old
/// binary Word file (.doc), RTF and PDF are recognised by their signature and
/// refused with a message asking to save the document as .docx; another
/// ZIP archive (a spreadsheet, a presentation) is WordStatus::other_archive;
/// anything else is WordStatus::not_word, so that a caller can fall back to
/// reading the input as text.
///
/// **Safety limits** (WordLimits, defaults in brackets), each checked before
/// the work it guards is done:
/// - input size [64 MiB], checked before the archive is opened;
/// - entries in the archive [10,000], as the archive's end records declare
///   them, before libzip allocates one per entry;
/// - uncompressed size of any XML part read [64 MiB]: checked against the
///   size the archive declares *and* counted while decompressing, so that a
///   lying header does not help;
/// - uncompressed bytes of all parts read together [128 MiB];
/// - XML nodes (elements and attributes) in one part [2,000,000], counted
///   before parsing, and element nesting [256], checked after parsing before
///   the tree is walked;
/// - DOCTYPE and entity declarations are refused outright;
/// - table rows [100,000] and cells [500,000], paragraphs [500,000] and text
///   [64 MiB] in the model, copies given to the rows of merged cells included.
///
/// Exceeding a limit, a damaged archive or malformed XML ends in a result
/// whose status names the cause and whose message() says it in Russian or
/// English: read_word_document() throws nothing but std::bad_alloc.
#ifndef EDUROADMAP_WORD_HPP
#define EDUROADMAP_WORD_HPP

#include <eduroadmap/detail/value_equality.hpp>
#include <eduroadmap/diagnostics.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap {

/// @brief The formats the reader reads.
enum class WordFormat {
    docx, ///< Office Open XML WordprocessingML (.docx, .docm, .dotx)
    odt,  ///< OpenDocument text (.odt, .ott)
};
/// @brief `docx` or `odt`.
std::string_view to_string(WordFormat format) noexcept;

/// @brief One step into a nested table: which table of the enclosing cell,
/// and the row and grid column inside it (all 1-based).
struct WordNestedCell {
    int table = 0;  ///< 1-based among the tables of the enclosing cell
    int row = 0;    ///< 1-based row of the nested table
    int column = 0; ///< 1-based grid column of the nested table
    /// Members compared by operator==.
    auto tie() const { return std::tie(table, row, column); }
    EDUROADMAP_VALUE_EQUALITY(WordNestedCell)
};

/// @brief Where a paragraph, table, row or cell stands in the document, for
/// messages such as «table 2, row 5, column 3».
struct WordLocation {
    int table = 0;  ///< 1-based among the tables of the document body; 0 outside tables
    int row = 0;    ///< 1-based row of that table; 0 for the table itself or outside tables
    int column = 0; ///< 1-based grid column where the cell begins; 0 for a table or row
    /// Steps into nested tables, outermost first; empty outside nested tables.
    std::vector<WordNestedCell> nested;
    /// 1-based paragraph: among the body's paragraphs (outside tables), or
    /// among the paragraphs of the innermost cell; 0 for a table, row or cell.
    int paragraph = 0;
    /// @brief «table 2, row 5, column 3, paragraph 1» in English, «таблица 2,
    /// строка 5, столбец 3, абзац 1» in Russian; nested steps follow as
    /// «nested table 1, row 2, column 1».
    std::string describe(Language language = Language::en) const;
    /// Members compared by operator==.
    auto tie() const { return std::tie(table, row, column, nested, paragraph); }
    EDUROADMAP_VALUE_EQUALITY(WordLocation)
};

/// @brief A paragraph as shown: its text, style, heading level and list label.
struct WordParagraph {
    /// The text as shown, UTF-8, without the list label: line breaks are
    /// '\n', tabs '\t', non-breaking spaces ' ', non-breaking hyphens '-';
    /// soft hyphens, deleted text and field instructions are absent.
    std::string text;
    std::string style_id; ///< the paragraph style's id (`Heading1`; ODF: the style's name); empty for none
    /// The style's name as the document stores it: Word's built-in styles by
    /// their English names in lower case (`heading 1`, whatever the
    /// interface language shows), ODF styles by their display name (`Heading 1`).
    std::string style_name;
    /// Heading level 1..9 (the paragraph's or its style's outline level, an
    /// ODF `text:h`); 0 for body text.
    int outline_level = 0;
    /// The automatic list label as the word processor renders it («1.»,
    /// «2.3.», «а)», «IV.», «•»); empty when the paragraph is not in a list
    /// or its level shows no number.
    std::string list_label;
    /// 1-based level in its list (w:ilvl + 1; the nesting of ODF lists);
    /// 0 when the paragraph is not in a list.
    int list_level = 0;
    WordLocation location; ///< where the paragraph stands
    /// @brief The label, a space and the text, as printed («1. Текст»); the
    /// text alone when there is no label, the label alone when no text.
    std::string displayed() const;
    /// Members compared by operator==.
    auto tie() const { return std::tie(text, style_id, style_name, outline_level, list_label, list_level, location); }
    EDUROADMAP_VALUE_EQUALITY(WordParagraph)
};

struct WordTable;

/// @brief A paragraph or a table: what a document body and a table cell are
/// made of, in order.
class WordBlock {
public:
    /// @brief What the block is.
    enum class Kind { paragraph, table };
    /// @brief A paragraph block.
    explicit WordBlock(WordParagraph paragraph);
    /// @brief A table block.
    explicit WordBlock(WordTable table);
    /// @brief Which of the two the block is.
    Kind kind() const noexcept { return kind_; }
    /// @brief True for a paragraph.
    bool is_paragraph() const noexcept { return kind_ == Kind::paragraph; }
    /// @brief True for a table.
    bool is_table() const noexcept { return kind_ == Kind::table; }
    /// @brief The paragraph. Precondition: is_paragraph().
    const WordParagraph &paragraph() const;
    /// @brief The paragraph, to change. Precondition: is_paragraph().
    WordParagraph &paragraph();
    /// @brief The table. Precondition: is_table().
    const WordTable &table() const;
    /// @brief The table, to change. Precondition: is_table().
    WordTable &table();
    /// @brief Blocks are equal when they are of the same kind with equal contents.
    friend bool operator==(const WordBlock &a, const WordBlock &b);
    /// @brief The negation of operator==.
    friend bool operator!=(const WordBlock &a, const WordBlock &b) { return !(a == b); }

private:
    Kind kind_;
    WordParagraph paragraph_;
    std::vector<WordTable> table_; // one element for a table: WordTable is incomplete here
};

/// @brief How a cell takes part in a vertical merge (Word's `w:vMerge`,
/// ODF's `table:number-rows-spanned`).
enum class WordMerge {
    none,      ///< not vertically merged
    first,     ///< the top row of a vertically merged cell
    continued, ///< a lower row the merged cell extends into: its blocks are a copy of the first row's
};
/// @brief `none`, `first` or `continued`.
std::string_view to_string(WordMerge merge) noexcept;

/// @brief One cell of a table row, as shown.
struct WordCell {
    /// The cell's paragraphs and nested tables, in order. For a
    /// WordMerge::continued cell, a copy of the merged cell's blocks (with
    /// this row's location), so that every row spanned sees the text.
    std::vector<WordBlock> blocks;
    int column = 1;                    ///< 1-based grid column where the cell begins
    int span = 1;                      ///< grid columns it covers (`w:gridSpan`, `table:number-columns-spanned`)
    WordMerge merge = WordMerge::none; ///< part in a vertical merge
    /// Rows the merged cell covers: on a WordMerge::first cell the whole
    /// height, on a continued one the same; 1 when not merged.
    int rows_spanned = 1;
    /// 1-based row where the merged cell begins (this row unless continued).
    int merge_row = 0;
    WordLocation location; ///< table, row and column
    /// @brief The paragraphs of the cell (not of nested tables), each
    /// displayed() with its label, joined by '\n'.
    std::string text() const;
    /// @brief The cell's paragraphs, not those of nested tables.
    std::vector<const WordParagraph *> paragraphs() const;
    /// @brief Equal cells: blocks, position, span, merge and location.
    friend bool operator==(const WordCell &a, const WordCell &b);
    /// @brief The negation of operator==.
    friend bool operator!=(const WordCell &a, const WordCell &b) { return !(a == b); }
};

/// @brief One row of a table.
struct WordRow {
    std::vector<WordCell> cells; ///< the cells shown, left to right
    /// A header row: repeated at the top of every page (`w:tblHeader`, ODF
    /// `table:table-header-rows`).
    bool header = false;
    WordLocation location; ///< table and row
    /// @brief The cell that covers grid column @p column (1-based), or
    /// nullptr when no cell does.
    const WordCell *cell_at(int column) const noexcept;
    /// @brief Equal rows: cells, header flag and location.
    friend bool operator==(const WordRow &a, const WordRow &b);
    /// @brief The negation of operator==.
    friend bool operator!=(const WordRow &a, const WordRow &b) { return !(a == b); }
};

/// @brief A table, merges resolved.
struct WordTable {
    std::vector<WordRow> rows; ///< rows in order; tracked deleted rows are absent
    int columns = 0;           ///< width of the grid: the widest of the declared grid and the rows
    WordLocation location;     ///< which table
    /// @brief Equal tables: rows, width and location.
    friend bool operator==(const WordTable &a, const WordTable &b) {
        return a.rows == b.rows && a.columns == b.columns && a.location == b.location;
    }
    /// @brief The negation of operator==.
    friend bool operator!=(const WordTable &a, const WordTable &b) { return !(a == b); }
};

/// @brief Content the reader saw but does not read into the model, so that
/// an interpreter can say what it did not see.
struct WordOmission {
    /// What was left out.
    enum class Kind {
        text_box, ///< a text box or shape with text
        note,     ///< a footnote or endnote (its mark and text)
        comment,  ///< a reviewer's comment
        equation, ///< an equation
        object,   ///< an embedded object (OLE, chart) or an unread chunk (`w:altChunk`)
    };
    Kind kind = Kind::text_box; ///< what it is
    WordLocation location;      ///< the paragraph (or table) it stands in
    /// Members compared by operator==.
    auto tie() const { return std::tie(kind, location); }
    EDUROADMAP_VALUE_EQUALITY(WordOmission)
};
/// @brief `text-box`, `note`, `comment`, `equation` or `object`.
std::string_view to_string(WordOmission::Kind kind) noexcept;

/// @brief A Word or OpenDocument text document as shown.
struct WordDocument {
    WordFormat format = WordFormat::docx; ///< the format it was read from
    std::vector<WordBlock> blocks;        ///< the body: paragraphs and tables, in order
    std::vector<WordOmission> omitted;    ///< what was seen but not read, in document order
    /// @brief The body's tables (not nested ones), in order: table() of the
    /// table blocks.
    std::vector<const WordTable *> tables() const;
    /// Members compared by operator==.
    auto tie() const { return std::tie(format, blocks, omitted); }
    EDUROADMAP_VALUE_EQUALITY(WordDocument)
};

/// @brief The reader's safety limits; see the file comment for what each guards.
struct WordLimits {
    std::uint64_t max_input_bytes = 64u << 20;  ///< size of the file or buffer
    std::uint64_t max_entries = 10'000;         ///< entries in the ZIP archive
    std::uint64_t max_part_bytes = 64u << 20;   ///< uncompressed size of one XML part
    std::uint64_t max_total_bytes = 128u << 20; ///< uncompressed bytes of all parts read
    std::uint64_t max_xml_nodes = 2'000'000;    ///< elements and attributes in one part
    std::uint64_t max_xml_depth = 256;          ///< element nesting in one part
    std::uint64_t max_rows = 100'000;           ///< table rows, all tables together
    std::uint64_t max_cells = 500'000;          ///< table cells, copies of merged cells included
    std::uint64_t max_paragraphs = 500'000;     ///< paragraphs, copies in merged cells included
    std::uint64_t max_text_bytes = 64u << 20;   ///< bytes of text, copies in merged cells included
};

/// @brief Why a document was not read.
enum class WordStatus {
    ok,               ///< read
    not_word,         ///< not a Word or OpenDocument text (read it as text instead)
    other_archive,    ///< a ZIP archive holding no word-processor text (a spreadsheet, a presentation): not text either
    legacy_word,      ///< an old binary Word document (.doc): save it as .docx
    rtf,              ///< an RTF document: save it as .docx
    pdf,              ///< a PDF document: save the original as .docx
    unreadable,       ///< the file cannot be opened or read
    input_too_large,  ///< input larger than WordLimits::max_input_bytes
    too_many_entries, ///< more ZIP entries than WordLimits::max_entries
    part_too_large,   ///< an XML part larger than WordLimits::max_part_bytes (declared or actual)
    total_too_large,  ///< parts together larger than WordLimits::max_total_bytes
    too_many_nodes,   ///< an XML part with more than WordLimits::max_xml_nodes nodes
    too_deep,         ///< XML nested deeper than WordLimits::max_xml_depth
    doctype,          ///< a part declares a DOCTYPE or entities
    too_many_rows,    ///< more table rows than WordLimits::max_rows
    too_many_cells,   ///< more table cells than WordLimits::max_cells
    too_many_paragraphs, ///< more paragraphs than WordLimits::max_paragraphs
    too_much_text,       ///< more text than WordLimits::max_text_bytes
    damaged_archive,     ///< the ZIP archive is truncated, inconsistent, encrypted or uses an unknown compression
    missing_part,        ///< a part the package names is absent
    malformed_xml,       ///< a part is not well-formed XML
};
/// @brief The status in kebab-case: `ok`, `not-word`, `legacy-word`, `too-deep`, …
std::string_view to_string(WordStatus status) noexcept;

/// @brief What the reader produced: the document, or why there is none.
struct WordResult {
    WordDocument document;              ///< the document; empty unless ok()
    WordStatus status = WordStatus::ok; ///< ok, or the cause of failure
    std::string part; ///< the archive part the problem is in (`word/document.xml`); empty for the input as a whole
    std::uint64_t limit = 0; ///< the limit exceeded, for the limit statuses
    std::uint64_t found =
        0;              ///< what was found against @ref limit (at least limit + 1), or the byte offset of malformed XML
    std::string detail; ///< the underlying library's or system's reason, in English; may be empty
    /// @brief True when the document was read.
    bool ok() const noexcept { return status == WordStatus::ok; }
    /// @brief What happened, for people: empty when ok(); otherwise one
    /// sentence naming the cause, the part, the limit and what to do.
    std::string message(Language language = Language::en) const;
};

/// @brief Reads a Word or OpenDocument text document from memory.
/// @param data the file's bytes (need not be NUL-terminated; may be null when @p size is 0)
/// @param size their number
/// @param limits safety limits
/// @return the document, or the cause; never throws for bad input (only
///         std::bad_alloc may escape). Thread-safe: no shared state; no
///         temporary files.
WordResult read_word_document(const char *data, std::size_t size, const WordLimits &limits = {});

/// @brief Reads the Word or OpenDocument text document at @p path (see the
/// overload above). A file that cannot be read gives WordStatus::unreadable
/// with the system's reason; a file larger than the input limit is refused
/// before it is read whole.
WordResult read_word_document(const std::string &path, const WordLimits &limits = {});

} // namespace eduroadmap

#endif
