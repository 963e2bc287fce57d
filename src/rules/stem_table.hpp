// Titles as sets of word stems, numbered per roadmap: the common ground of
// the rules that compare measures with each other (duplicate-measure,
// measure-misplaced). A stem is a folded word (lower case, ё = е) of three
// letters or more cut to its first five letters, so that «августовских
// форумов» and «августовского форума» agree; comparing sorted ids then
// compares integers, not strings.
#ifndef EDUROADMAP_SRC_RULES_STEM_TABLE_HPP
#define EDUROADMAP_SRC_RULES_STEM_TABLE_HPP

#include "words.hpp"

#include <eduroadmap/resolve.hpp>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace eduroadmap::detail {

// A text's distinct stems as sorted ids into one StemTable.
using StemIds = std::vector<std::uint32_t>;

class StemTable {
public:
    static constexpr std::size_t stem_letters = 5, shortest_word = 3;

    // The distinct stems of @p texts together as sorted ids, numbering new
    // stems in first-seen order.
    StemIds ids(std::initializer_list<std::string_view> texts);
    StemIds ids(std::string_view text) { return ids({text}); }
    // The distinct stems of words already folded, as above.
    StemIds ids(const FoldedWords &words);
    // The stem with id @p id.
    const std::string &stem(std::uint32_t id) const { return stems_[id]; }
    // How many distinct stems the table holds (ids are below it).
    std::size_t size() const { return stems_.size(); }

private:
    // A stem as a number: at most five letters of two bytes (folded words
    // hold ASCII and Cyrillic letters and digits only), so its bytes fit in
    // sixteen, zero-padded. Looking one up then neither builds a string nor
    // hashes bytes one by one.
    struct Key {
        std::uint64_t head = 0, tail = 0;
        bool operator==(const Key &other) const noexcept { return head == other.head && tail == other.tail; }
    };
    static_assert(sizeof(Key) == 16, "a stem's bytes are copied into a Key");
    struct KeyHash {
        std::size_t operator()(const Key &key) const noexcept;
    };
    std::unordered_map<Key, std::uint32_t, KeyHash> id_;
    std::vector<std::string> stems_; // by id
    FoldedWords words_;              // reused from text to text
};

// The stems of every measure's title, and of its title and expected result
// together, numbered in one table, and each title's folded words: what duplicate-measure (titles) and
// measure-misplaced (titles with results) compare, read once per roadmap.
// Each measure's texts are read in turn, title first, so the ids are those
// one StemTable gives to ids({title, result}) measure by measure.
class MeasureStems {
public:
    explicit MeasureStems(const ResolvedRoadmap &rm);
    // The stems of measure @p i's title (rm.measures order).
    const StemIds &title(std::size_t i) const { return title_[i]; }
    // The stems of measure @p i's title and expected result together.
    const StemIds &title_and_result(std::size_t i) const { return both_[i]; }
    // Measure @p i's title as folded words: what measure-misplaced and
    // direction-missing give the keyword scorer.
    const FoldedWords &title_words(std::size_t i) const { return title_words_[i]; }
    // The measures' count.
    std::size_t measures() const { return title_.size(); }
    const StemTable &table() const { return table_; }

private:
    StemTable table_;
    std::vector<FoldedWords> title_words_;
    std::vector<StemIds> title_, both_;
};

} // namespace eduroadmap::detail

#endif
