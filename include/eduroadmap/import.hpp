/// @file import.hpp
/// @brief Importing plan tables saved from Word as plain text into the
/// roadmap model (docs/import.md).
///
/// Two layouts are read: one table row per line with the cells separated by
/// tabs, and one cell per line (each cell starts with a tab, wrapped lines of
/// a cell follow without one). The header row is found by its Russian
/// headings («№ п/п», «Мероприятие», «Сроки», «Ответственные», …); section
/// rows become sections, wrapped rows are joined, «Принятые сокращения»
/// becomes the registry of responsibles, and the order's header becomes
/// `approved_by`. Every non-blank line the importer cannot place is kept in
/// `Roadmap::import_notes` with its line number: nothing is dropped.
///
/// Like the loader (io.hpp), this is the edge of the library that reads text;
/// the result is a plain Roadmap value, to be written with to_yaml().
#ifndef EDUROADMAP_IMPORT_HPP
#define EDUROADMAP_IMPORT_HPP

#include <eduroadmap/io.hpp>
#include <eduroadmap/model.hpp>

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
};

/// @brief `none`, `tab-separated`, `cell-per-line` or `mixed`.
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
    /// Limits on the input; only `max_file_bytes` applies.
    Limits limits;
};

/// @brief A remark of the importer about one line of the input.
struct ImportMessage {
    /// What the remark is about.
    enum class Kind {
        unplaced, ///< the line could not be placed; its text is in `import_notes`
        guess,    ///< the line was read by a heuristic the user should check
        error,    ///< the input could not be imported (see ImportResult::ok)
    };
    int line = 0;            ///< 1-based line of the input; 0 for the document as a whole
    Kind kind = Kind::guess; ///< what it is about
    std::string text;        ///< the message, in English
    /// Members compared by operator==.
    auto tie() const { return std::tie(line, kind, text); }
    EDUROADMAP_VALUE_EQUALITY(ImportMessage)
};

/// @brief `unplaced`, `guess` or `error`.
std::string_view to_string(ImportMessage::Kind kind) noexcept;

/// @brief What the importer produced.
struct ImportResult {
    /// The imported roadmap. Its `import_notes` hold every line that could not
    /// be placed (the same lines as the `unplaced` messages).
    Roadmap roadmap;
    TableLayout layout = TableLayout::none; ///< layout of the plan table(s)
    std::size_t tables = 0;                 ///< header rows found (one per printed table)
    std::vector<ImportMessage> messages;    ///< remarks, in line order
    /// @brief True when at least one table was found, the plan period is
    /// known and there is no error: to_yaml() of @ref roadmap then loads
    /// without errors.
    bool ok() const noexcept;
};

/// @brief Imports a plan saved from Word as text.
/// @param text the UTF-8 text (a byte-order mark is accepted; ill-formed
///        bytes are replaced by U+FFFD and reported)
/// @param options id, period override and file name
/// @return the roadmap and the importer's remarks; never throws for bad
///         input (only std::bad_alloc may escape). Thread-safe: no shared state.
ImportResult import_text(std::string_view text, const ImportOptions &options = {});

/// @brief Imports the file at @p path (see import_text()). An unreadable or
/// too large file gives an `error` message and a result that is not ok().
/// When `options.file` is empty, @p path is used in its place.
ImportResult import_file(const std::string &path, ImportOptions options = {});

} // namespace eduroadmap

#endif
