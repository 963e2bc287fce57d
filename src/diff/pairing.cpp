// Matching by content: titles compared as folded word stems, and the
// greedy assignment that pairs old and new items best first.
#include "diff/parts.hpp"

#include "text.hpp"
#include "words.hpp"

#include <algorithm>

namespace eduroadmap {
namespace detail {
namespace {

// Russian inflects at the end of a word: six letters keep the root and drop
// most endings («результатам», «результатов» → «резуль»).
constexpr std::size_t stem_length = 6;

std::string stem(const std::string &word) {
    std::size_t pos = 0;
    for (std::size_t n = 0; n < stem_length && pos < word.size(); ++n) decode_utf8(word, pos);
    return word.substr(0, pos);
}

} // namespace

std::vector<std::string> title_stems(std::string_view title) {
    std::vector<std::string> stems;
    for (const std::string &word : folded_words(title)) stems.push_back(stem(word));
    std::sort(stems.begin(), stems.end());
    return stems;
}

double stem_similarity(const std::vector<std::string> &a, const std::vector<std::string> &b) {
    if (a.empty() && b.empty()) return 1;
    std::size_t common = 0;
    for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
        if (*i < *j) ++i;
        else if (*j < *i) ++j;
        else ++common, ++i, ++j;
    }
    return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}

std::vector<std::pair<std::size_t, std::size_t>> take_best(std::vector<Candidate> candidates, std::size_t a_count,
                                                           std::size_t b_count) {
    // A total order: equal keys are impossible (a, b decide last), so the
    // result does not depend on the order candidates were found in.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &x, const Candidate &y) {
        if (x.similarity != y.similarity) return x.similarity > y.similarity;
        if (x.ties != y.ties) return x.ties > y.ties;
        return std::tie(x.distance, x.a, x.b) < std::tie(y.distance, y.a, y.b);
    });
    std::vector<bool> a_taken(a_count), b_taken(b_count);
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (const Candidate &c : candidates) {
        if (a_taken[c.a] || b_taken[c.b]) continue;
        a_taken[c.a] = b_taken[c.b] = true;
        pairs.emplace_back(c.a, c.b);
    }
    return pairs;
}

std::string bare_number(std::string_view number) {
    std::string n = squeeze_spaces(number);
    while (!n.empty() && (n.back() == '.' || n.back() == ' ')) n.pop_back();
    return n;
}

} // namespace detail

double title_similarity(std::string_view a, std::string_view b) {
    return detail::stem_similarity(detail::title_stems(a), detail::title_stems(b));
}

} // namespace eduroadmap
