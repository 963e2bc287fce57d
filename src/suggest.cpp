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

namespace {
// Levenshtein distance over code points.
std::size_t distance(const std::u32string &x, const std::u32string &y) {
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
} // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
    return distance(code_points(detail::fold(a)), code_points(detail::fold(b)));
}

std::string closest(std::string_view word, const std::vector<std::string_view> &candidates) {
    std::string best;
    std::size_t best_distance = 0;
    const std::size_t length = code_points(word).size();
    const std::u32string folded = code_points(detail::fold(word)); // once, not once per candidate
    for (std::string_view c : candidates) {
        const std::size_t longer = std::max(length, code_points(c).size());
        const std::u32string other = code_points(detail::fold(c));
        // The distance is at least the difference of the lengths: a
        // candidate that could not be near enough, or nearer than the best
        // so far, is not compared letter by letter.
        const std::size_t least = folded.size() > other.size() ? folded.size() - other.size() : other.size() - folded.size();
        if (least * 3 > longer + 2 || (!best.empty() && least >= best_distance)) continue;
        const std::size_t d = distance(folded, other);
        if (d * 3 > longer + 2) continue; // too far to be a typo
        if (best.empty() || d < best_distance) best = std::string(c), best_distance = d;
    }
    return best;
}

std::string closest(std::string_view word, std::initializer_list<std::string_view> candidates) {
    return closest(word, std::vector<std::string_view>(candidates));
}

} // namespace eduroadmap
