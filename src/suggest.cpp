#include <eduroadmap/suggest.hpp>

#include "text.hpp"

#include <algorithm>

namespace eduroadmap {
namespace {
std::u32string code_points(std::string_view text) {
    std::u32string out;
    for (std::size_t pos = 0; pos < text.size();) out += detail::decode_utf8(text, pos);
    return out;
}
} // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::u32string x = code_points(detail::fold(a)), y = code_points(detail::fold(b));
    std::vector<std::size_t> row(y.size() + 1);
    for (std::size_t j = 0; j <= y.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= x.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= y.size(); ++j) {
            std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[y.size()];
}

std::string closest(std::string_view word, const std::vector<std::string_view> &candidates) {
    std::string best;
    std::size_t best_distance = 0;
    std::size_t length = code_points(word).size();
    for (std::string_view c : candidates) {
        std::size_t d = edit_distance(word, c);
        std::size_t longer = std::max(length, code_points(c).size());
        if (d * 3 > longer + 2) continue; // too far to be a typo
        if (best.empty() || d < best_distance) best = std::string(c), best_distance = d;
    }
    return best;
}

std::string closest(std::string_view word, std::initializer_list<std::string_view> candidates) {
    return closest(word, std::vector<std::string_view>(candidates));
}

} // namespace eduroadmap
