#include "word/xml.hpp"

#include "word/failure.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>

namespace eduroadmap::detail::word {

namespace {

// An upper bound of the nodes pugixml will allocate: every '<' that does not
// close an element, every '=' (an attribute, or text that happens to hold one).
std::uint64_t count_nodes(std::string_view text) noexcept {
    std::uint64_t nodes = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '=')
            ++nodes;
        else if (text[i] == '<' && (i + 1 >= text.size() || text[i + 1] != '/'))
            ++nodes;
    }
    return nodes;
}

// The deepest element nesting, by an iterative walk (no recursion however
// deep the tree).
std::uint64_t element_depth(const pugi::xml_document &tree) noexcept {
    std::uint64_t depth = 0, deepest = 0;
    pugi::xml_node node = tree.first_child();
    while (node) {
        if (node.type() == pugi::node_element) deepest = std::max(deepest, depth + 1);
        if (node.first_child() && node.type() == pugi::node_element) {
            node = node.first_child();
            ++depth;
            continue;
        }
        while (node && !node.next_sibling()) {
            node = node.parent();
            if (node.type() == pugi::node_document) return deepest;
            --depth;
        }
        if (node) node = node.next_sibling();
    }
    return deepest;
}

} // namespace

void parse_part(XmlPart &part, std::string name, std::string text, const WordLimits &limits) {
    part.name = std::move(name);
    part.text = std::move(text);
    // Word never writes a DOCTYPE; refusing one shuts out entity expansion
    // (billion laughs) and external entities whatever the parser would do.
    if (part.text.find("<!DOCTYPE") != std::string::npos || part.text.find("<!ENTITY") != std::string::npos)
        throw ReadFailure(WordStatus::doctype, part.name);
    if (const std::uint64_t nodes = count_nodes(part.text); nodes > limits.max_xml_nodes)
        throw ReadFailure(WordStatus::too_many_nodes, part.name, limits.max_xml_nodes, nodes);

    // Whitespace-only text is kept: between two spans it is a space of the text.
    const unsigned options = pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_doctype;
    const pugi::xml_parse_result parsed =
        part.tree.load_buffer_inplace(part.text.data(), part.text.size(), options, pugi::encoding_auto);
    if (!parsed) {
        if (parsed.status == pugi::status_out_of_memory) throw std::bad_alloc();
        throw ReadFailure(WordStatus::malformed_xml, part.name, 0, static_cast<std::uint64_t>(parsed.offset),
                          parsed.description());
    }
    // A declaration in another encoding (UTF-16) escapes the byte scan above.
    for (pugi::xml_node node = part.tree.first_child(); node; node = node.next_sibling())
        if (node.type() == pugi::node_doctype) throw ReadFailure(WordStatus::doctype, part.name);
    if (const std::uint64_t depth = element_depth(part.tree); depth > limits.max_xml_depth)
        throw ReadFailure(WordStatus::too_deep, part.name, limits.max_xml_depth, depth);
}

std::string namespace_prefix(pugi::xml_node root, std::initializer_list<std::string_view> uris,
                             std::string_view fallback) {
    for (pugi::xml_attribute a = root.first_attribute(); a; a = a.next_attribute()) {
        const std::string_view attr = a.name();
        if (std::find(uris.begin(), uris.end(), std::string_view(a.value())) == uris.end()) continue;
        if (attr == "xmlns") return "";
        if (attr.substr(0, 6) == "xmlns:") return std::string(attr.substr(6)) + ":";
    }
    return std::string(fallback);
}

std::string_view local_name(const char *qualified, std::string_view prefix) noexcept {
    const std::string_view name(qualified);
    if (prefix.empty()) return name.find(':') == std::string_view::npos ? name : std::string_view();
    if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) return {};
    return name.substr(prefix.size());
}

pugi::xml_node Namespace::child(pugi::xml_node node, std::string_view name) const noexcept {
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling())
        if (is(c, name)) return c;
    return {};
}

std::string_view Namespace::attr(pugi::xml_node node, std::string_view name) const noexcept {
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute())
        if (local_name(a.name(), prefix_) == name) return a.value();
    return {};
}

bool Namespace::has_attr(pugi::xml_node node, std::string_view name) const noexcept {
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute())
        if (local_name(a.name(), prefix_) == name) return true;
    return false;
}

int to_int(std::string_view text, int otherwise) noexcept {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty()) return otherwise;
    return value;
}

} // namespace eduroadmap::detail::word
