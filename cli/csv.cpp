#include "csv.hpp"

#include "commands.hpp"

#include <iostream>

namespace eduroadmap::cli {
namespace {

void write_field(std::ostream &out, const std::string &s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) {
        out << s;
        return;
    }
    out << '"';
    for (char ch : s) out << (ch == '"' ? "\"\"" : std::string_view(&ch, 1));
    out << '"';
}

} // namespace

CsvTable::CsvTable(std::ostream &out, bool bom) : out_(out) {
    if (bom) out_ << "\xEF\xBB\xBF";
}

void CsvTable::row(const std::vector<std::string> &fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out_ << ',';
        write_field(out_, fields[i]);
    }
    out_ << "\r\n";
}

void add_bom_flag(CLI::App &command, bool &bom) {
    command.add_flag("--bom", bom, "With --format csv: start with the UTF-8 byte-order mark (for Excel)");
}

bool check_bom(std::string_view command, const std::string &format, bool bom) {
    if (!bom || format == "csv") return true;
    std::cerr << "eduroadmap " << command << ": --bom applies to --format csv only\n";
    exit_status() = usage;
    return false;
}

} // namespace eduroadmap::cli
