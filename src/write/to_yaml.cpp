// The model back to YAML in the format of docs/format.md. Text is always
// double-quoted: it round-trips exactly (line breaks, leading spaces, «1.10»)
// and no YAML reader will take a printed number for a float.
#include "write/tree.hpp"

#include <eduroadmap/io.hpp>

#include <yaml-cpp/emitter.h>
#include <yaml-cpp/emittermanip.h>

namespace eduroadmap {
namespace {

void emit(YAML::Emitter &out, const detail::OutNode &n) {
    using K = detail::OutNode::Kind;
    switch (n.kind) {
    case K::text: out << YAML::DoubleQuoted << n.scalar; break;
    case K::raw: out << n.scalar; break; // numbers, booleans, dates: plain
    case K::list:
        out << (n.flow ? YAML::Flow : YAML::Block) << YAML::BeginSeq;
        for (const auto &item : n.items) emit(out, item.second);
        out << YAML::EndSeq;
        break;
    case K::map:
        out << (n.flow ? YAML::Flow : YAML::Block) << YAML::BeginMap;
        for (const auto &[key, value] : n.items) {
            out << YAML::Key << key << YAML::Value;
            emit(out, value);
        }
        out << YAML::EndMap;
        break;
    }
}

} // namespace

std::string to_yaml(const Roadmap &roadmap) {
    YAML::Emitter out;
    out.SetIndent(2);
    emit(out, detail::to_tree(roadmap));
    return std::string(out.c_str()) + "\n";
}

} // namespace eduroadmap
