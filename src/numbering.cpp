#include "numbering.hpp"

#include <cstddef>

namespace eduroadmap::detail {
namespace {

constexpr unsigned max_component = 100000;

// One Roman digit, folded from Latin or Cyrillic look-alikes; 0 otherwise.
unsigned roman_digit(std::string_view text, std::size_t &pos) {
    unsigned char c = static_cast<unsigned char>(text[pos]);
    switch (c | 0x20) { // ASCII lower case
    case 'i': ++pos; return 1;
    case 'v': ++pos; return 5;
    case 'x': ++pos; return 10;
    case 'l': ++pos; return 50;
    case 'c': ++pos; return 100;
    default: break;
    }
    // Cyrillic І/і (U+0406/U+0456) and Х/х (U+0425/U+0445).
    if (pos + 1 < text.size()) {
        std::string_view two = text.substr(pos, 2);
        if (two == "\xD0\x86" || two == "\xD1\x96") return pos += 2, 1;
        if (two == "\xD0\xA5" || two == "\xD1\x85") return pos += 2, 10;
    }
    return 0;
}

} // namespace

unsigned parse_roman(std::string_view text) {
    std::vector<unsigned> digits;
    for (std::size_t pos = 0; pos < text.size();) {
        unsigned d = roman_digit(text, pos);
        if (d == 0) return 0;
        digits.push_back(d);
    }
    unsigned value = 0;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i + 1 < digits.size() && digits[i] < digits[i + 1])
            value -= digits[i]; // IV, IX: unsigned wrap-around is undone by the next addition
        else
            value += digits[i];
    }
    return value > 0 && value <= max_component ? value : 0;
}

std::string display_number(std::string_view printed) {
    std::size_t begin = printed.find_first_not_of(" \t\r\n");
    if (begin == std::string_view::npos) return {};
    std::size_t end = printed.find_last_not_of(" \t\r\n.)");
    if (end == std::string_view::npos || end < begin) return {};
    return std::string(printed.substr(begin, end - begin + 1));
}

std::vector<unsigned> parse_number(std::string_view printed) {
    std::string text = display_number(printed);
    std::vector<unsigned> out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t dot = text.find('.', pos);
        std::string_view part = std::string_view(text).substr(pos, dot == std::string::npos ? std::string::npos : dot - pos);
        pos = dot == std::string::npos ? text.size() : dot + 1;
        if (part.empty()) continue; // «2..», «1. 2» after trimming
        unsigned value = 0;
        if (part.find_first_not_of("0123456789") == std::string_view::npos) {
            if (part.size() > 6) return {};
            for (char c : part) value = value * 10 + static_cast<unsigned>(c - '0');
            if (value > max_component) return {};
        } else {
            value = parse_roman(part);
        }
        if (value == 0 && part.find_first_not_of('0') != std::string_view::npos) return {};
        out.push_back(value);
    }
    return out;
}

bool follows(const std::vector<unsigned> &previous, const std::vector<unsigned> &next) {
    if (previous.empty() || next.empty()) return false;
    auto ones_from = [&](std::size_t k) {
        for (std::size_t i = k; i < next.size(); ++i)
            if (next[i] != 1) return false;
        return true;
    };
    // The same prefix, component k incremented, the rest (if any) starting at 1.
    for (std::size_t k = 0; k < previous.size() && k < next.size(); ++k) {
        if (next[k] == previous[k] + 1 && ones_from(k + 1)) return true;
        if (next[k] != previous[k]) return false;
    }
    // One or more levels deeper, starting at 1.
    return next.size() > previous.size() && ones_from(previous.size());
}

} // namespace eduroadmap::detail
