// score_title for many titles against one catalog: the catalog's keywords
// filed once by the first bytes of their first stem, so that each word of a
// title is looked up once, instead of every keyword being searched for in
// every title. The rules that score every measure of a plan use it.
#ifndef EDUROADMAP_SRC_CATALOG_KEYWORD_SCORER_HPP
#define EDUROADMAP_SRC_CATALOG_KEYWORD_SCORER_HPP

#include "words.hpp"

#include <eduroadmap/catalog.hpp>

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace eduroadmap::detail {

class KeywordScorer {
public:
    // @p catalog must outlive the scorer, unchanged.
    explicit KeywordScorer(const Catalog &catalog);
    // Exactly score_title(catalog, text).
    std::vector<DirectionScore> score(std::string_view text);
    // The same for a title already folded: @p words holds its words alone.
    std::vector<DirectionScore> score(const FoldedWords &words);

private:
    struct Ref {
        std::uint32_t direction, keyword;
    };
    const CatalogKeyword &keyword(Ref r) const { return catalog_.directions[r.direction].keywords[r.keyword]; }
    void mark(Ref r);

    const Catalog &catalog_;
    std::vector<std::pair<std::uint32_t, Ref>> keyed_; // by prefix_key of the first stem, sorted
    std::vector<Ref> unkeyed_;                         // first stem shorter than a key: searched for
    std::vector<std::size_t> first_;                   // by direction: its first keyword's number in found_
    std::vector<bool> found_;                          // by keyword: found in the current title
    std::vector<std::size_t> marked_;                  // the numbers set in found_, to clear them
    FoldedWords words_;
};

} // namespace eduroadmap::detail

#endif
