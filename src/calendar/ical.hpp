// RFC 5545 content lines: TEXT escaping and line folding.
#ifndef EDUROADMAP_SRC_CALENDAR_ICAL_HPP
#define EDUROADMAP_SRC_CALENDAR_ICAL_HPP

#include <string>
#include <string_view>

namespace eduroadmap::detail {

// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped
// with a backslash, every line break (CRLF, LF, CR) written as `\n`, other
// control characters dropped, ill-formed UTF-8 replaced by U+FFFD.
std::string ical_text(std::string_view text);

// Appends one content line to @p out, folded (§3.1) so that no physical line
// exceeds 75 octets without its CRLF: continuation lines begin with one
// space, and no fold falls inside a UTF-8 sequence.
void append_ical_line(std::string &out, std::string_view line);

} // namespace eduroadmap::detail

#endif
