// CSV output (RFC 4180): a field quoted when it holds a comma, a quote or a
// line break, quotes doubled; rows end with a line feed.
#ifndef EDUROADMAP_CLI_CSV_HPP
#define EDUROADMAP_CLI_CSV_HPP

#include <ostream>
#include <string>
#include <vector>

namespace eduroadmap::cli {

inline std::string csv_field(const std::string &s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string q = "\"";
    for (char ch : s) q += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return q + "\"";
}

inline void csv_row(std::ostream &out, const std::vector<std::string> &fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << csv_field(fields[i]);
    out << '\n';
}

} // namespace eduroadmap::cli

#endif
