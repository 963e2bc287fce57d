// Text tables on a terminal: widths counted in characters (code points), not bytes.
#ifndef EDUROADMAP_CLI_COLUMNS_HPP
#define EDUROADMAP_CLI_COLUMNS_HPP

#include <cstddef>
#include <string>

namespace eduroadmap::cli {

// Width of a text in terminal columns (code points).
std::size_t columns(const std::string &s);

// @p s padded with spaces to @p width columns; a longer text keeps width − 1
// code points and ends in «…».
std::string pad(const std::string &s, std::size_t width);

// @p s on one line (line breaks as spaces), at most @p width columns: a
// longer text keeps width − 1 code points and ends in «…».
std::string clip(std::string s, std::size_t width);

// @p s right-aligned in @p width columns (spaces before it).
std::string pad_left(const std::string &s, std::size_t width);

} // namespace eduroadmap::cli

#endif
