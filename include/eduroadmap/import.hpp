/// @file import.hpp
/// @brief Importing plans — Word (.docx) and OpenDocument (.odt) files, and
/// plan tables saved from Word as plain text — into the roadmap model
/// (docs/import.md).
///
/// Two stages, as in pandoc: a reader turns the input into paragraphs and
/// tables (a Word file through read_word_document(), word.hpp; a text export
/// by finding its header rows, in either of its layouts: one table row per
/// line with the cells separated by tabs, or one cell per line), and one
/// interpreter, shared by both, turns those into a Roadmap. The header row is
/// found by its Russian headings («№ п/п», «Мероприятие», «Сроки»,
/// «Ответственные», …, the vocabulary of catalogs/import-headings.yaml), in
/// any order; heading rows become sections and groups, «Принятые сокращения»
/// the registry of responsibles, the order's header `approved_by`, the
/// title's years the period. Every paragraph, row, cell or line the importer
/// cannot place is kept in `Roadmap::import_notes` with its location:
/// nothing is dropped.
///
/// Like the loader (io.hpp), this is the edge of the library that reads
/// files; the result is a plain Roadmap value, to be written with to_yaml().
#ifndef EDUROADMAP_IMPORT_HPP
#define EDUROADMAP_IMPORT_HPP

#include <eduroadmap/io.hpp>
#include <eduroadmap/model.hpp>
#include <eduroadmap/word.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap {

/// @brief How the plan table was laid out in the text.
enum class TableLayout {
    none,          ///< no header row was found
    tab_separated, ///< one row per line, cells separated by tabs (the Tosno, Bashmakovo and Timashevsk roadmaps)
    cell_per_line, ///< one cell per line, each starting with a tab (the Tonkino and Kachkanar roadmaps)
    mixed,         ///< tables of both layouts in one document
    word,          ///< the tables of a Word or OpenDocument file
};

/// @brief `none`, `tab-separated`, `cell-per-line`, `mixed` or `word`.
std::string_view to_string(TableLayout layout) noexcept;

/// @brief Options of the importer.
struct ImportOptions {
    /// Id of the roadmap (`[a-z0-9][a-z0-9-]*`). Empty: derived from @ref file
    /// (its name without directory and extension, transliterated), or
    /// `imported` when there is no file name.
    std::string id;
    /// The plan period (`2021`, `2020-2022`, `2023/2024`, `START..END`),
    /// overriding what the importer finds in the document. Empty: read from
    /// the title («на 2020-2021 годы», «на 2023-2024 учебный год»), else
    /// guessed from the years of the deadlines (and reported as a guess).
    std::string period;
    /// The name of the input used in messages and for the default id.
    std::string file;
    /// Limits on the input; only `max_file_bytes` applies (to text; a Word
    /// file is limited by @ref word_limits).
    Limits limits;
    /// The Word reader's safety limits.
    WordLimits word_limits;
};

/// @brief A remark of the importer about one place in the input (or the
/// input as a whole), in Russian and English.
struct ImportMessage {
    /// What the remark is about.
    enum class Kind {
        unplaced, ///< the text could not be placed; it is in `import_notes`
        guess,    ///< read by a heuristic the user should check
        error,    ///< the input could not be imported (see ImportResult::ok)
    };
    int line = 0;            ///< 1-based line of a text export; 0 for a Word file or the document as a whole
    Kind kind = Kind::guess; ///< what it is about
    std::string text;        ///< the message, in English
    std::string text_ru;     ///< the message, in Russian
    int table = 0;           ///< Word: 1-based table; 0 outside tables
    int row = 0;             ///< Word: 1-based row of that table; 0 for a whole table
    int column = 0;          ///< Word: 1-based grid column; 0 for a whole row
    int paragraph = 0;       ///< Word: 1-based paragraph of the body (outside tables) or of the cell
    /// @brief The message in @p language.
    const std::string &message(Language language) const noexcept {
        return language == Language::ru && !text_ru.empty() ? text_ru : text;
    }
    /// @brief Where it is, for people: «12» (a line) or «table 2, row 5,
    /// column 3» («таблица 2, строка 5, столбец 3»), «paragraph 7»; empty for
    /// the document as a whole.
    std::string where(Language language = Language::en) const;
    /// Members compared by operator==.
    auto tie() const { return std::tie(line, kind, text, text_ru, table, row, column, paragraph); }
    EDUROADMAP_VALUE_EQUALITY(ImportMessage)
};

/// @brief `unplaced`, `guess` or `error`.
std::string_view to_string(ImportMessage::Kind kind) noexcept;

/// @brief What the importer produced.
struct ImportResult {
    /// The imported roadmap. Its `import_notes` hold everything that could
    /// not be placed (the same places as the `unplaced` messages).
    Roadmap roadmap;
    TableLayout layout = TableLayout::none; ///< layout of the plan table(s)
    std::size_t tables = 0;                 ///< plan tables found (a text export: header rows found)
    std::vector<ImportMessage> messages;    ///< remarks, in document order
    /// What was read: `text`, `docx` or `odt`; for an input refused by its
    /// kind, `legacy-word`, `rtf` or `pdf`; empty when nothing could be read.
    std::string format;
    /// A text export's encoding: `utf-8`, `utf-16le`, `utf-16be`,
    /// `windows-1251` or `koi8-r`; empty for a Word file.
    std::string encoding;
    /// Rows of the plan tables read: each became a measure, a section, group
    /// or year heading, or went on the measure above (header rows, rows of
    /// column numbers and empty rows not counted).
    std::size_t rows = 0;
    /// @brief True when at least one table was found, the plan period is
    /// known and there is no error: to_yaml() of @ref roadmap then loads
    /// without errors.
    bool ok() const noexcept;
};

/// @brief Imports a plan saved from Word as text.
/// @param text the text's bytes: UTF-8 (a byte-order mark is accepted),
///        UTF-16 in either byte order with or without a byte-order mark,
///        Windows-1251 or KOI8-R, recognised by content (the result's
///        `encoding` says which); ill-formed bytes are replaced by U+FFFD and
///        reported
/// @param options id, period override and file name
/// @return the roadmap and the importer's remarks; never throws for bad
///         input (only std::bad_alloc may escape). Thread-safe: no shared state.
ImportResult import_text(std::string_view text, const ImportOptions &options = {});

/// @brief Imports a Word document already read (read_word_document()).
ImportResult import_word(const WordDocument &document, const ImportOptions &options = {});

/// @brief Imports a document of any kind eduroadmap reads, recognised by
/// content, not by name: a .docx or .odt file (read_word_document()), else
/// text (import_text()). An old binary .doc, RTF or PDF is refused with a
/// message asking to save it as .docx; another ZIP archive (a spreadsheet),
/// a damaged archive or one over a limit is refused with the reader's
/// message. Refusals are `error` messages of a result that is not ok().
/// @param data the bytes (may be null when @p size is 0)
/// @param size their number
ImportResult import_document(const char *data, std::size_t size, const ImportOptions &options = {});

/// @brief The most bytes an import reads: the larger of the text limit
/// (`limits.max_file_bytes`) and the Word limit (`word_limits.max_input_bytes`);
/// each reader then checks its own.
std::size_t import_input_limit(const ImportOptions &options) noexcept;

/// @brief Imports the file at @p path (see the overload above). An
/// unreadable file, or one larger than the limits, gives an `error` message
/// and a result that is not ok(). When `options.file` is empty, @p path is
/// used in its place.
ImportResult import_document(const std::string &path, ImportOptions options = {});

/// @brief The same as import_document() for a path: kept for callers of the
/// first version, which read text only.
ImportResult import_file(const std::string &path, ImportOptions options = {});

/// @brief The one-line summary of an import, as `eduroadmap import` prints
/// it: «6 measures in 2 sections from 1 table (tab-separated, utf-8), 2
/// responsibles, period 2021-2022; rows: 8 of 8 placed; 1 note kept under
/// import_notes».
std::string import_summary(const ImportResult &result, Language language = Language::en);

} // namespace eduroadmap

#endif
