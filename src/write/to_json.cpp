// The model as JSON, in the same shape as the YAML form (write/tree.hpp).
#include "write/tree.hpp"

#include <eduroadmap/io.hpp>

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

namespace eduroadmap {
namespace {

nlohmann::ordered_json convert(const detail::OutNode &n) {
    using K = detail::OutNode::Kind;
    switch (n.kind) {
    case K::text: return n.scalar;
    case K::raw:
        if (n.is_bool) return n.scalar == "true";
        if (n.is_number) return nlohmann::ordered_json::parse(n.scalar);
        return n.scalar; // dates
    case K::list: {
        auto a = nlohmann::ordered_json::array();
        for (const auto &item : n.items) a.push_back(convert(item.second));
        return a;
    }
    case K::map: break;
    }
    auto o = nlohmann::ordered_json::object();
    for (const auto &[k, v] : n.items) o[k] = convert(v);
    return o;
}

} // namespace

std::string to_json(const Roadmap &roadmap, int indent) {
    // nlohmann's serializer grows its indent buffer by doubling once per level,
    // which under-allocates for a very wide first step: the range is bounded here.
    if (indent > max_json_indent)
        throw std::invalid_argument("JSON indent " + std::to_string(indent) + " is above the maximum of " +
                                    std::to_string(max_json_indent));
    return convert(detail::to_tree(roadmap)).dump(indent < 0 ? -1 : indent, ' ', false,
                                                   nlohmann::ordered_json::error_handler_t::strict);
}

} // namespace eduroadmap
