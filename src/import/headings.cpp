#include "import/headings.hpp"

#include "import/source.hpp"
#include "text.hpp"
#include "words.hpp"

#include <eduroadmap/suggest.hpp>

#include <algorithm>
#include <cctype>

namespace eduroadmap::detail::importer {
namespace {

constexpr std::size_t max_heading_words = 8;
constexpr std::size_t max_unknown_heading_words = 4;

} // namespace

std::optional<Heading> read_heading(std::string_view cell) {
    std::string cleaned = clean(cell);
    std::replace(cleaned.begin(), cleaned.end(), '\n', ' ');
    if (cleaned.empty()) return std::nullopt;
    const std::vector<ColumnWords> &columns = vocabulary();
    const std::string exact = exact_form(cleaned);
    for (const ColumnWords &c : columns)
        if (std::find(c.exact.begin(), c.exact.end(), exact) != c.exact.end()) return Heading{c.column, cleaned, {}};
    std::vector<std::string> words = folded_words(cleaned);
    if (words.empty() || words.size() > max_heading_words) return std::nullopt;
    // The stems found earliest in the heading win; at the same place, the first listed.
    const ColumnWords *best = nullptr;
    std::size_t best_at = words.size();
    for (const ColumnWords &c : columns)
        for (const std::vector<std::string> &stems : c.stems) {
            auto at = find_stems(words, stems);
            if (at && *at < best_at) {
                best = &c;
                best_at = *at;
            }
        }
    if (best) return Heading{best->column, cleaned, {}};
    std::vector<std::string_view> candidates;
    for (const ColumnWords &c : columns)
        for (const std::string &h : c.headings) candidates.push_back(h);
    std::string near = closest(cleaned, candidates);
    for (const ColumnWords &c : columns)
        for (const std::string &h : c.headings)
            if (!near.empty() && h == near) return Heading{c.column, cleaned, near};
    return std::nullopt;
}

std::optional<std::vector<Heading>> read_header(const std::vector<std::string> &cells, std::size_t minimum) {
    std::vector<Heading> header;
    std::size_t headings = 0, unknown = 0;
    bool title = false;
    for (const std::string &cell : cells) {
        std::string cleaned = clean(cell);
        std::replace(cleaned.begin(), cleaned.end(), '\n', ' ');
        if (cleaned.empty()) {
            header.push_back({Column::other, {}, {}});
            continue;
        }
        auto h = read_heading(cell);
        if (!h) {
            // A column the format has no field for («Примечание»): a short heading, kept in the note.
            if (folded_words(cleaned).size() > max_unknown_heading_words || is_measure_number(cleaned)) return std::nullopt;
            ++unknown;
            header.push_back({Column::other, cleaned, {}});
            continue;
        }
        title = title || h->column == Column::title;
        ++headings;
        header.push_back(std::move(*h));
    }
    if (!title || headings < minimum || 2 * unknown > headings) return std::nullopt;
    return header;
}

bool is_measure_number(std::string_view text) {
    // digits{1,3} ( . digits{1,3} )* then at most two dots or one closing bracket
    std::size_t i = 0, n = text.size();
    for (;;) {
        std::size_t digits = 0;
        while (i < n && std::isdigit(static_cast<unsigned char>(text[i]))) ++i, ++digits;
        if (digits == 0 || digits > 3) return false;
        if (i + 1 < n && text[i] == '.' && std::isdigit(static_cast<unsigned char>(text[i + 1]))) {
            ++i;
            continue;
        }
        break;
    }
    if (i < n && text[i] == ')') ++i;
    else
        for (int dots = 0; dots < 2 && i < n && text[i] == '.'; ++dots) ++i;
    return i == n;
}

bool is_roman_number(std::string_view text) {
    if (!text.empty() && text.back() == '.') text.remove_suffix(1);
    if (text.empty() || text.size() > 6) return false;
    return std::all_of(text.begin(), text.end(), [](char c) { return std::string_view("IVXLC").find(c) != std::string_view::npos; });
}

} // namespace eduroadmap::detail::importer
