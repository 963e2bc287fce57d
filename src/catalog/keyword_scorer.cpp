// KeywordScorer: score_title with the catalog's keywords filed once
// (keyword_scorer.hpp).
#include "catalog/keyword_scorer.hpp"

#include <algorithm>

namespace eduroadmap::detail {

KeywordScorer::KeywordScorer(const Catalog &catalog) : catalog_(catalog) {
    std::size_t count = 0;
    for (std::size_t d = 0; d < catalog.directions.size(); ++d) {
        first_.push_back(count);
        const std::vector<CatalogKeyword> &keywords = catalog.directions[d].keywords;
        for (std::size_t k = 0; k < keywords.size(); ++k, ++count) {
            const std::vector<std::string> &stems = keywords[k].stems;
            if (stems.empty()) continue; // found nowhere
            const Ref ref{static_cast<std::uint32_t>(d), static_cast<std::uint32_t>(k)};
            if (stems.front().size() < prefix_key_bytes) unkeyed_.push_back(ref);
            else keyed_.emplace_back(prefix_key(stems.front()), ref);
        }
    }
    std::stable_sort(keyed_.begin(), keyed_.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    found_.assign(count, false);
}

void KeywordScorer::mark(Ref r) {
    const std::size_t n = first_[r.direction] + r.keyword;
    if (!found_[n]) found_[n] = true, marked_.push_back(n);
}

std::vector<DirectionScore> KeywordScorer::score(std::string_view text) {
    words_.clear();
    words_.append(text);
    return score(words_);
}

std::vector<DirectionScore> KeywordScorer::score(const FoldedWords &words) {
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i].size() < prefix_key_bytes) continue;
        const std::uint32_t key = prefix_key(words[i]);
        auto it = std::lower_bound(keyed_.begin(), keyed_.end(), key,
                                   [](const std::pair<std::uint32_t, Ref> &e, std::uint32_t k) { return e.first < k; });
        for (; it != keyed_.end() && it->first == key; ++it)
            if (stems_at(words, keyword(it->second).stems, i)) mark(it->second);
    }
    for (Ref r : unkeyed_)
        if (find_stems(words, keyword(r).stems)) mark(r);

    std::vector<DirectionScore> scores;
    scores.reserve(catalog_.directions.size());
    for (std::size_t d = 0; d < catalog_.directions.size(); ++d) {
        DirectionScore s;
        s.direction = d;
        const std::vector<CatalogKeyword> &keywords = catalog_.directions[d].keywords;
        for (std::size_t k = 0; k < keywords.size(); ++k)
            if (found_[first_[d] + k]) {
                s.score += keywords[k].weight;
                s.keywords.push_back(keywords[k].text);
            }
        scores.push_back(std::move(s));
    }
    for (std::size_t n : marked_) found_[n] = false;
    marked_.clear();
    std::stable_sort(scores.begin(), scores.end(),
                     [](const DirectionScore &a, const DirectionScore &b) { return a.score > b.score; });
    return scores;
}

} // namespace eduroadmap::detail
