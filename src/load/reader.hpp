// Typed reading of YAML nodes into model values, with diagnostics
// (unknown-field, missing-field, wrong-type) and the source map kept on the way.
#ifndef EDUROADMAP_SRC_LOAD_READER_HPP
#define EDUROADMAP_SRC_LOAD_READER_HPP

#include "yaml/document.hpp"

#include <eduroadmap/io.hpp>

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap::detail {

// The fields of one mapping, by key, after unknown keys were reported.
class Fields {
public:
    std::optional<NodeId> get(std::string_view key) const;
    bool has(std::string_view key) const { return get(key).has_value(); }
    const std::string &path() const { return path_; }
    // The path of a field: `sections[2].title`.
    std::string at(std::string_view key) const;

private:
    friend class Reader;
    std::string path_;
    // Keys as they stand in the document (which outlives every Fields), in
    // file order; a mapping has few keys, so a linear search is the fastest.
    std::vector<std::pair<std::string_view, NodeId>> by_key_;
};

class Reader {
public:
    Reader(const YamlDocument &doc, std::string file, std::vector<Diagnostic> &out, SourceMap &sources);

    // Reads a mapping: reports unknown keys (with the closest known key as a
    // suggestion) and absent required keys. Nothing when the node is not a mapping.
    std::optional<Fields> mapping(NodeId node, const std::string &path,
                                  std::initializer_list<std::string_view> known,
                                  std::initializer_list<std::string_view> required = {});
    // The same with the known keys decided at run time.
    std::optional<Fields> mapping(NodeId node, const std::string &path, const std::vector<std::string_view> &known,
                                  std::initializer_list<std::string_view> required = {});

    // Scalars are kept verbatim as written; null is "absent".
    std::optional<std::string> text(NodeId node, const std::string &path);
    std::optional<Date> date(NodeId node, const std::string &path);
    std::optional<bool> boolean(NodeId node, const std::string &path);
    std::optional<double> number(NodeId node, const std::string &path);
    // A sequence's items with their paths; nothing (and wrong-type) otherwise.
    std::optional<std::vector<std::pair<NodeId, std::string>>> sequence(NodeId node, const std::string &path);
    std::vector<std::string> texts(NodeId node, const std::string &path);

    // The `schema` field of a document's root, which must read @p expected
    // (wrong-type otherwise); the text as written, nothing when absent.
    std::optional<std::string> schema(const Fields &root, std::string_view expected);

    // Field shorthands: read `key` of `f` when present.
    std::string text_field(const Fields &f, std::string_view key);
    std::optional<std::string> optional_text_field(const Fields &f, std::string_view key);

    const YamlNode &node(NodeId id) const { return doc_[id]; }
    void wrong_type(NodeId node, const std::string &path, std::string_view expected);
    void report(std::string rule, const std::string &path, NodeId node, std::vector<MessageArg> args);
    void report_at(std::string rule, const std::string &path, Location where, std::vector<MessageArg> args);
    const std::string &file() const { return file_; }
    // How messages name the document's root mapping («unknown field 'x' in roadmap»).
    void set_root_context(std::string name) { root_context_ = std::move(name); }

private:
    Location where(NodeId node) const { return {file_, doc_[node].line, doc_[node].column}; }
    void mark(NodeId node, const std::string &path) { sources_.add(path, where(node)); }

    const YamlDocument &doc_;
    std::string file_;
    std::vector<Diagnostic> &out_;
    SourceMap &sources_;
    std::string root_context_ = "roadmap";
};

// The last component of a path: `sections[2].title` → `title`, `x[3]` → `x[3]`.
std::string_view leaf(std::string_view path);

} // namespace eduroadmap::detail

#endif
