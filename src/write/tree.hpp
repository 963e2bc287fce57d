// The shape of a saved roadmap, defined once for both writers (YAML, JSON):
// keys in the order of docs/format.md, absent values left out.
#ifndef EDUROADMAP_SRC_WRITE_TREE_HPP
#define EDUROADMAP_SRC_WRITE_TREE_HPP

#include <eduroadmap/model.hpp>

#include <string>
#include <utility>
#include <vector>

namespace eduroadmap::detail {

struct OutNode {
    enum class Kind { text, raw, list, map };
    Kind kind = Kind::map;
    std::string scalar;   // text, or the literal of a number/boolean/date (raw)
    bool flow = false;    // written inline: [a, b]
    bool is_number = false; // raw: a number (JSON writes it unquoted)
    bool is_bool = false;   // raw: a boolean
    std::vector<std::pair<std::string, OutNode>> items; // map: key → value; list: "" → item
    std::string comment{}; // one line written after a scalar as a YAML comment (JSON has none)

    static OutNode text(std::string s) { return {Kind::text, std::move(s), false, false, false, {}}; }
    static OutNode list(bool flow = false) { return {Kind::list, {}, flow, false, false, {}}; }
    static OutNode map(bool flow = false) { return {Kind::map, {}, flow, false, false, {}}; }
    OutNode &add(std::string key, OutNode value) {
        items.emplace_back(std::move(key), std::move(value));
        return items.back().second;
    }
    OutNode &push(OutNode value) { return add({}, std::move(value)); }
};

OutNode to_tree(const Roadmap &roadmap);
// One indicator definition, as under a roadmap's `indicators:`.
OutNode to_tree(const Indicator &indicator);

} // namespace eduroadmap::detail

#endif
