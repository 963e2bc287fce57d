// CSV output, one dialect for every command (RFC 4180): fields separated by
// commas; a field holding a comma, a quote, a CR or an LF is quoted and its
// quotes doubled; every row ends in CRLF. With --bom the table starts with
// the UTF-8 byte-order mark, which Excel needs to read UTF-8 text.
#ifndef EDUROADMAP_CLI_CSV_HPP
#define EDUROADMAP_CLI_CSV_HPP

#include <CLI/CLI.hpp>

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap::cli {

// A table written row by row to a stream.
class CsvTable {
public:
    // Writes the byte-order mark first when @p bom is set.
    CsvTable(std::ostream &out, bool bom);
    // Writes one row.
    void row(const std::vector<std::string> &fields);

private:
    std::ostream &out_;
};

// Adds `--bom` to a command with `--format csv`.
void add_bom_flag(CLI::App &command, bool &bom);

// False, with a message on standard error and exit status 2, when `--bom`
// was given with a format other than CSV.
bool check_bom(std::string_view command, const std::string &format, bool bom);

} // namespace eduroadmap::cli

#endif
