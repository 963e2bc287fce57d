// Values many measures share — a deadline text resolved the same way, a
// responsibles cell naming the same bodies — numbered once per distinct
// value, for the bulk forms that write each of them once (measures_json,
// measure_table).
#ifndef EDUROADMAP_SRC_MEASURE_SHARING_HPP
#define EDUROADMAP_SRC_MEASURE_SHARING_HPP

#include <eduroadmap/deadline.hpp>
#include <eduroadmap/responsibles.hpp>

#include <cstddef>
#include <map>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace eduroadmap::detail {

// A number for each distinct value seen: `first` the number, `second` true
// when the value is new (the caller writes its entry then).
using SharedNumber = std::pair<std::size_t, bool>;

// Most measures share their deadline text with others: a text seen before,
// resolved the same way, gets that one's number.
class SharedDeadlines {
public:
    SharedNumber number(const Deadline &d) {
        auto &candidates = seen_[d.text];
        for (const auto &[other, number] : candidates)
            if (other->kind == d.kind && other->windows == d.windows && other->count == d.count &&
                other->ambiguous == d.ambiguous && other->note == d.note)
                return {number, false};
        candidates.emplace_back(&d, count_);
        return {count_++, true};
    }

private:
    std::unordered_map<std::string_view, std::vector<std::pair<const Deadline *, std::size_t>>> seen_;
    std::size_t count_ = 0;
};

// The bodies a responsibles cell names (text and registry id of each), once per distinct list.
class SharedMentionLists {
public:
    SharedNumber number(const std::vector<ResponsibleMention> &mentions) {
        key_.clear();
        for (const ResponsibleMention &m : mentions) key_.emplace_back(m.text, m.id);
        auto [it, added] = numbers_.emplace(key_, numbers_.size());
        return {it->second, added};
    }

private:
    using Key = std::vector<std::pair<std::string_view, std::string_view>>; // views into the roadmap
    std::map<Key, std::size_t> numbers_;
    Key key_;
};

} // namespace eduroadmap::detail

#endif
