// Matching printed titles to catalog directions: exact title, alias, then
// weighted keywords (docs/catalogs.md, "How matching works").
#include "catalog/keyword_scorer.hpp"
#include "text.hpp"
#include "words.hpp"

#include <eduroadmap/catalog.hpp>

#include <algorithm>
#include <cstdint>
#include <utility>

namespace eduroadmap {

namespace {

bool is_number_word(std::string_view w) {
    if (w.empty()) return false;
    if (std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
    return std::all_of(w.begin(), w.end(), [](char c) { return c == 'i' || c == 'v' || c == 'x'; });
}

std::string code_key(std::string_view text) {
    std::string key = detail::fold(text);
    while (!key.empty() && key.back() == '.') key.pop_back();
    return key;
}

std::string join(const std::vector<std::string> &parts) {
    std::string out;
    for (const std::string &p : parts) out += (out.empty() ? "" : ", ") + p;
    return out;
}

} // namespace

std::string_view to_string(MatchKind kind) noexcept {
    switch (kind) {
    case MatchKind::pinned: return "pinned";
    case MatchKind::exact_title: return "exact-title";
    case MatchKind::alias: return "alias";
    case MatchKind::keywords: return "keywords";
    case MatchKind::declared_extra: return "declared-extra";
    case MatchKind::extra: return "extra";
    case MatchKind::unknown: return "unknown";
    }
    return "unknown";
}

std::optional<std::size_t> Catalog::find(std::string_view key) const {
    const std::string k = code_key(key);
    if (k.empty()) return std::nullopt;
    for (std::size_t i = 0; i < directions.size(); ++i)
        if (code_key(directions[i].code) == k || detail::fold(directions[i].slug) == k) return i;
    return std::nullopt;
}

std::string normalise_title(std::string_view title) {
    std::vector<std::string> words = detail::folded_words(title);
    std::size_t first = 0;
    while (first < words.size() &&
           (is_number_word(words[first]) || words[first] == "направление" || words[first] == "трек"))
        ++first;
    std::string out;
    for (std::size_t i = first; i < words.size(); ++i) out += (out.empty() ? "" : " ") + words[i];
    return out;
}

std::vector<DirectionScore> score_title(const Catalog &catalog, std::string_view text) {
    return detail::KeywordScorer(catalog).score(text);
}

DirectionMatch match_title(const Catalog &catalog, std::string_view title) {
    DirectionMatch m;
    const std::string norm = normalise_title(title);
    for (std::size_t d = 0; d < catalog.directions.size() && !norm.empty(); ++d) {
        const CatalogDirection &dir = catalog.directions[d];
        if (normalise_title(dir.title) == norm) {
            m.kind = MatchKind::exact_title;
            m.direction = d;
            m.matched = dir.title;
            return m;
        }
        for (const std::string &alias : dir.aliases)
            if (normalise_title(alias) == norm) {
                m.kind = MatchKind::alias;
                m.direction = d;
                m.matched = alias;
                return m;
            }
    }
    std::vector<DirectionScore> scores = score_title(catalog, title);
    const MatchThresholds &t = catalog.thresholds;
    const double best = scores.empty() ? 0 : scores[0].score;
    const double second = scores.size() > 1 ? scores[1].score : 0;
    for (const DirectionScore &s : scores)
        if (s.score > 0 && m.candidates.size() < 3) m.candidates.push_back(s);
    if (best < t.floor) {
        m.kind = MatchKind::extra;
        return m;
    }
    m.score = best;
    m.matched = join(scores[0].keywords);
    if (best >= t.accept && best - second >= t.margin) {
        m.kind = MatchKind::keywords;
        m.direction = scores[0].direction;
    } else {
        m.kind = MatchKind::unknown;
    }
    return m;
}

DirectionMatch match_section(const Catalog &catalog, const Section &section) {
    if (!section.direction.empty()) {
        DirectionMatch m;
        m.matched = section.direction;
        if (auto d = catalog.find(section.direction)) {
            m.kind = MatchKind::pinned;
            m.direction = d;
        } else {
            m.kind = MatchKind::unknown;
        }
        return m;
    }
    if (section.extra) {
        DirectionMatch m;
        m.kind = MatchKind::declared_extra;
        return m;
    }
    return match_title(catalog, section.title);
}

} // namespace eduroadmap
