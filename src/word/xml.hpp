// XML parts of the archive, parsed with pugixml under the reader's limits:
// DOCTYPE and entity declarations refused, nodes counted before parsing,
// nesting measured before any recursive walk. Plus what pugixml leaves to
// its user: matching names by namespace rather than by a fixed prefix.
#ifndef EDUROADMAP_SRC_WORD_XML_HPP
#define EDUROADMAP_SRC_WORD_XML_HPP

#include <eduroadmap/word.hpp>

#include <pugixml.hpp>

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

namespace eduroadmap::detail::word {

// The longest chain of style references a reader follows (basedOn,
// numStyleLink, parent styles); Word's own chains are short.
inline constexpr std::size_t max_style_chain = 32;

// A parsed part. The tree points into @ref text, so the two live together.
struct XmlPart {
    std::string name;
    std::string text;
    pugi::xml_document tree;
};

// Parses @p text (the contents of part @p name) in place into @p part.
// Throws ReadFailure: doctype, too_many_nodes, malformed_xml, too_deep.
void parse_part(XmlPart &part, std::string name, std::string text, const WordLimits &limits);

// The prefix (with its ':') bound to one of @p uris on @p root, "" when it
// is the default namespace; @p fallback when none is declared there.
std::string namespace_prefix(pugi::xml_node root, std::initializer_list<std::string_view> uris,
                             std::string_view fallback);

// The local part of @p qualified when it carries @p prefix (see
// namespace_prefix), else "".
std::string_view local_name(const char *qualified, std::string_view prefix) noexcept;

// A namespace as the readers use it: element tests and attribute values by
// local name.
class Namespace {
public:
    Namespace() = default;
    explicit Namespace(std::string prefix) : prefix_(std::move(prefix)) {}
    // The local name of @p node when it is an element of this namespace, else "".
    std::string_view local(pugi::xml_node node) const noexcept {
        return node.type() == pugi::node_element ? local_name(node.name(), prefix_) : std::string_view();
    }
    bool is(pugi::xml_node node, std::string_view name) const noexcept { return !name.empty() && local(node) == name; }
    // The first child element of this namespace named @p name.
    pugi::xml_node child(pugi::xml_node node, std::string_view name) const noexcept;
    // The value of this namespace's attribute @p name on @p node; "" when absent.
    std::string_view attr(pugi::xml_node node, std::string_view name) const noexcept;
    // Whether the attribute is there at all.
    bool has_attr(pugi::xml_node node, std::string_view name) const noexcept;

private:
    std::string prefix_;
};

// Reads a decimal integer attribute value; @p otherwise when it is not one.
int to_int(std::string_view text, int otherwise) noexcept;

} // namespace eduroadmap::detail::word

#endif
