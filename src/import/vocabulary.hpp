// The column vocabulary of plan tables: catalogs/import-headings.yaml,
// compiled in (cmake/EmbedText.cmake) and read once, on first use.
#ifndef EDUROADMAP_SRC_IMPORT_VOCABULARY_HPP
#define EDUROADMAP_SRC_IMPORT_VOCABULARY_HPP

#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap::detail::importer {

// What a column of the plan table holds, by the measure field it fills:
// `note` is a known column the format has no field for, `other` a column
// whose heading is not in the vocabulary.
enum class Column { number, title, form, deadline, responsibles, result, status, note, other };

// The field name of the vocabulary file: `number`, `title`, …, `note`.
std::string_view to_string(Column column) noexcept;

struct ColumnWords {
    Column column = Column::other;
    std::vector<std::string> exact;              // folded, without spaces and dots
    std::vector<std::vector<std::string>> stems; // folded stem phrases
    std::vector<std::string> headings;           // as printed, for "did you mean"
};

// The columns in the order of the compiled-in file (the test suite checks
// that it reads cleanly; were it not to, no header row would be found).
const std::vector<ColumnWords> &vocabulary();

// The compiled-in YAML text.
std::string_view vocabulary_text() noexcept;

// Reads a vocabulary from YAML text; @p error is set and the result empty
// when it does not read.
std::vector<ColumnWords> read_vocabulary(std::string_view yaml, std::string &error);

// The folded form an `exact` heading is compared in: folded, spaces and dots removed.
std::string exact_form(std::string_view heading);

} // namespace eduroadmap::detail::importer

#endif
