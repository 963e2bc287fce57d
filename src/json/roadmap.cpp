// The model as JSON, in the same shape as the YAML form (write/tree.hpp).
#include "json/value.hpp"
#include "write/tree.hpp"

#include <eduroadmap/io.hpp>

#include <string>

namespace eduroadmap {
namespace {

using detail::Json;

Json convert(const detail::OutNode &n) {
    using K = detail::OutNode::Kind;
    switch (n.kind) {
    case K::text: return n.scalar;
    case K::raw:
        if (n.is_bool) return n.scalar == "true";
        if (n.is_number) return Json::parse(n.scalar);
        return n.scalar; // dates
    case K::list: {
        auto a = Json::array();
        for (const auto &item : n.items) a.push_back(convert(item.second));
        return a;
    }
    case K::map: break;
    }
    auto o = Json::object();
    for (const auto &[k, v] : n.items) o[k] = convert(v);
    return o;
}

} // namespace

// A roadmap holds valid UTF-8 (the loader checks it): a text that is not is
// a caller's bug, refused rather than mended.
std::string to_json(const Roadmap &roadmap, int indent) {
    return detail::dump(convert(detail::to_tree(roadmap)), indent, detail::BadUtf8::refuse);
}

} // namespace eduroadmap
