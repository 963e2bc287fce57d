// A YAML document as a flat tree of nodes with positions, built from
// yaml-cpp's parser events. yaml-cpp's own Node is not used: it shares alias
// targets (a naive walk explodes on billion-laughs input), forgets key
// positions, keeps only the last of duplicate keys, and is not thread-safe.
#ifndef EDUROADMAP_SRC_YAML_DOCUMENT_HPP
#define EDUROADMAP_SRC_YAML_DOCUMENT_HPP

#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/io.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap::detail {

using NodeId = std::size_t;

struct YamlNode {
    enum class Kind { null, scalar, sequence, mapping };
    Kind kind = Kind::null;
    int line = 0;   // 1-based
    int column = 0; // 1-based, in code points
    std::string value; // scalars only
    bool plain = false; // an unquoted scalar: its type is resolved by the YAML core schema
    // sequence: the items; mapping: key, value, key, value, … Alias targets
    // appear by id, so a node may have several parents.
    std::vector<NodeId> children;
};

struct YamlDocument {
    std::vector<YamlNode> nodes;
    NodeId root = 0;
    const YamlNode &operator[](NodeId id) const { return nodes[id]; }
};

// Parses the single document of @p text. Problems become diagnostics
// (yaml-syntax, duplicate-key, input-limit); the document is returned
// whenever the text could be parsed at all.
std::optional<YamlDocument> parse_yaml(std::string_view text, const std::string &file,
                                       const Limits &limits, std::vector<Diagnostic> &out);

// The offset of the first byte of content in @p text, after spaces,
// comments, directives and document markers; the size of @p text when it has
// no content (an empty document).
std::size_t content_start(std::string_view text) noexcept;

// The YAML 1.2 core-schema type of a plain scalar.
enum class ScalarType { null, boolean, integer, floating, string };
ScalarType resolve_plain(std::string_view value) noexcept;

} // namespace eduroadmap::detail

#endif
