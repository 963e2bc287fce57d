#include "columns.hpp"

#include <algorithm>

namespace eduroadmap::cli {

std::size_t columns(const std::string &s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char ch) { return (static_cast<unsigned char>(ch) & 0xC0) != 0x80; }));
}

std::string pad(const std::string &s, std::size_t width) {
    const std::size_t w = columns(s);
    if (w <= width) return s + std::string(width - w, ' ');
    // Keep width − 1 code points and mark the cut.
    std::size_t i = 0, seen = 0;
    for (; i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            if (seen == width - 1) break;
            ++seen;
        }
    return s.substr(0, i) + "…";
}

std::string clip(std::string s, std::size_t width) {
    std::replace(s.begin(), s.end(), '\n', ' ');
    return columns(s) > width ? pad(s, width) : s;
}

std::string pad_left(const std::string &s, std::size_t width) {
    return std::string(width - std::min(width, columns(s)), ' ') + s;
}

} // namespace eduroadmap::cli
