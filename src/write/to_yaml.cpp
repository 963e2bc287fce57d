// The model back to YAML in the format of docs/format.md. Text is always
// double-quoted: it round-trips exactly (line breaks, leading spaces, «1.10»)
// and no YAML reader will take a printed number for a float.
#include "text.hpp"
#include "write/tree.hpp"

#include <eduroadmap/indicators.hpp>
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
    if (!n.comment.empty()) out << YAML::Comment(n.comment);
}

std::string finish(YAML::Emitter &out) { return std::string(out.c_str()) + "\n"; }

} // namespace

std::string to_yaml(const Roadmap &roadmap) {
    YAML::Emitter out;
    out.SetIndent(2);
    emit(out, detail::to_tree(roadmap));
    return finish(out);
}

std::string to_yaml(const std::vector<IndicatorSuggestion> &suggestions) {
    detail::OutNode list = detail::OutNode::list(suggestions.empty()); // none: `indicators: []`
    for (const IndicatorSuggestion &s : suggestions) {
        detail::OutNode &definition = list.push(detail::to_tree(s.indicator));
        // After the id: the measure and the words the quantity was read from, on one line.
        definition.items.front().second.comment =
            "measure " + detail::squeeze_spaces(s.measure) + ": " + detail::squeeze_spaces(s.result.matched);
    }
    detail::OutNode document = detail::OutNode::map();
    document.add("indicators", std::move(list));
    YAML::Emitter out;
    out.SetIndent(2);
    emit(out, document);
    return finish(out);
}

} // namespace eduroadmap
