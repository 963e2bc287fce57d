// The imported text as numbered lines, and the cleaning of what Word's text
// export leaves in them: HTML paragraphs and lists, Markdown bold, bookmarks.
#ifndef EDUROADMAP_SRC_IMPORT_SOURCE_HPP
#define EDUROADMAP_SRC_IMPORT_SOURCE_HPP

#include <eduroadmap/import.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap::detail::importer {

// One line of the input: its 1-based number and its text without the line
// break (valid UTF-8).
struct SourceLine {
    int number = 0;
    std::string text;
};

// A remark about line @p line (0: the document), in English and Russian.
ImportMessage remark(int line, ImportMessage::Kind kind, std::string en, std::string ru);

// Splits @p text into lines (LF, CRLF or CR), without a leading byte-order
// mark. Ill-formed UTF-8 is replaced by U+FFFD and reported in @p messages.
std::vector<SourceLine> split_lines(std::string_view text, std::vector<ImportMessage> &messages);

// True when the line holds nothing but whitespace.
bool is_blank(std::string_view line);

// True when the line holds no text at all, only table rulings: dashes,
// underscores, equals signs, bars, tabs and spaces (`----\t--\t-----`).
bool is_ruling(std::string_view line);

// The tab-separated cells of a line, raw.
std::vector<std::string> split_cells(std::string_view line);

// A cell's or paragraph's text as printed, without the export's markup:
// HTML paragraphs, line breaks and list items become lines, other known tags
// are removed, `**` bold markers and `[bookmark: …]` residue are dropped;
// each line is trimmed and blank lines are left out.
std::string clean(std::string_view text);

// A title cell: the text as clean() makes it, and the items of an HTML list
// whose entries start with a bullet («<ul> • a; • b</ul>» → items «• a;», «• b»).
struct TitleText {
    std::string text;
    std::vector<std::string> items;
};
TitleText clean_title(std::string_view text);

// Trims whitespace (including NBSP) at both ends.
std::string trim(std::string_view text);

// Letter case, for telling a wrapped line from a new one: whether the text
// starts with a lower-case letter (or, with @p bracket, an opening bracket or
// quote), and whether it has a lower-case or a capital letter anywhere.
bool starts_lower(std::string_view text, bool bracket = false);
bool has_lower(std::string_view text);
bool has_capital(std::string_view text);

// The non-empty lines of @p text.
std::vector<std::string> lines_in(std::string_view text);

// Joins non-empty parts with @p separator.
std::string join(const std::vector<std::string> &parts, std::string_view separator);

} // namespace eduroadmap::detail::importer

#endif
