// Titles as sets of word stems, numbered per roadmap: the common ground of
// the rules that compare measures with each other (duplicate-measure,
// measure-misplaced). A stem is a folded word (lower case, ё = е) of three
// letters or more cut to its first five letters, so that «августовских
// форумов» and «августовского форума» agree; comparing sorted ids then
// compares integers, not strings.
#ifndef EDUROADMAP_SRC_RULES_STEM_TABLE_HPP
#define EDUROADMAP_SRC_RULES_STEM_TABLE_HPP

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap::detail {

// A text's distinct stems as sorted ids into one StemTable.
using StemIds = std::vector<std::uint32_t>;

class StemTable {
public:
    static constexpr std::size_t stem_letters = 5, shortest_word = 3;

    // The distinct stems of @p text as sorted ids, numbering new stems in
    // first-seen order.
    StemIds ids(std::string_view text);
    // The stem with id @p id.
    const std::string &stem(std::uint32_t id) const { return *stems_[id]; }
    // How many distinct stems the table holds (ids are below it).
    std::size_t size() const { return stems_.size(); }

private:
    std::map<std::string, std::uint32_t, std::less<>> id_;
    std::vector<const std::string *> stems_; // by id, into id_'s keys
};

} // namespace eduroadmap::detail

#endif
