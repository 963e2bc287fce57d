#include "load/reader.hpp"

#include <eduroadmap/suggest.hpp>

#include <cmath>
#include <cstdlib>

namespace eduroadmap::detail {

std::optional<NodeId> Fields::get(std::string_view key) const {
    for (const auto &[k, node] : by_key_)
        if (k == key) return node;
    return std::nullopt;
}

std::string Fields::at(std::string_view key) const {
    return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

std::string_view leaf(std::string_view path) {
    std::size_t dot = path.rfind('.');
    return dot == std::string_view::npos ? path : path.substr(dot + 1);
}

namespace {
const char *describe(const YamlNode &n) {
    switch (n.kind) {
    case YamlNode::Kind::null: return "null";
    case YamlNode::Kind::sequence: return "a list";
    case YamlNode::Kind::mapping: return "a mapping";
    case YamlNode::Kind::scalar: break;
    }
    if (!n.plain) return "text";
    switch (resolve_plain(n.value)) {
    case ScalarType::boolean: return "a boolean";
    case ScalarType::integer:
    case ScalarType::floating: return "a number";
    case ScalarType::null: return "null";
    case ScalarType::string: break;
    }
    return "text";
}
} // namespace

Reader::Reader(const YamlDocument &doc, std::string file, std::vector<Diagnostic> &out, SourceMap &sources)
    : doc_(doc), file_(std::move(file)), out_(out), sources_(sources) {
    sources_.reserve(doc.nodes.size()); // about one record per node
}

void Reader::report_at(std::string rule, const std::string &path, Location loc, std::vector<MessageArg> args) {
    Diagnostic d;
    d.rule = std::move(rule);
    d.severity = Severity::error;
    d.path = path;
    d.location = std::move(loc);
    d.args = std::move(args);
    out_.push_back(std::move(d));
}

void Reader::report(std::string rule, const std::string &path, NodeId node, std::vector<MessageArg> args) {
    report_at(std::move(rule), path, where(node), std::move(args));
}

void Reader::wrong_type(NodeId node, const std::string &path, std::string_view expected) {
    report("wrong-type", path, node,
           {{"field", std::string(leaf(path))}, {"expected", std::string(expected)}, {"actual", describe(doc_[node])}});
}

std::optional<Fields> Reader::mapping(NodeId node, const std::string &path,
                                      std::initializer_list<std::string_view> known,
                                      std::initializer_list<std::string_view> required) {
    return mapping(node, path, std::vector<std::string_view>(known), required);
}

std::optional<Fields> Reader::mapping(NodeId node, const std::string &path, const std::vector<std::string_view> &known,
                                      std::initializer_list<std::string_view> required) {
    mark(node, path);
    const YamlNode &n = doc_[node];
    if (n.kind != YamlNode::Kind::mapping) {
        wrong_type(node, path, "a mapping");
        return std::nullopt;
    }
    Fields f;
    f.path_ = path;
    for (std::size_t i = 0; i + 1 < n.children.size(); i += 2) {
        const YamlNode &key = doc_[n.children[i]];
        if (key.kind != YamlNode::Kind::scalar) {
            wrong_type(n.children[i], path, "a text key");
            continue;
        }
        std::string field_path = f.at(key.value);
        sources_.add(field_path + "#key", where(n.children[i]));
        bool is_known = false;
        for (std::string_view k : known) is_known = is_known || k == key.value;
        if (!is_known) {
            std::vector<MessageArg> args{{"field", key.value}, {"context", path.empty() ? root_context_ : path}};
            std::string best = closest(key.value, known);
            if (!best.empty()) args.emplace_back("suggestion", best);
            report("unknown-field", field_path, n.children[i], std::move(args));
            continue;
        }
        // The first of duplicate keys stays; duplicate-key was reported by the parser.
        if (!f.has(key.value)) {
            f.by_key_.emplace_back(key.value, n.children[i + 1]);
            mark(n.children[i + 1], field_path);
        }
    }
    for (std::string_view r : required) {
        auto v = f.get(r);
        if (!v || doc_[*v].kind == YamlNode::Kind::null)
            report("missing-field", f.at(r), v ? *v : node,
                   {{"field", std::string(r)}, {"context", path.empty() ? root_context_ : path}});
    }
    return f;
}

std::optional<std::string> Reader::text(NodeId node, const std::string &path) {
    const YamlNode &n = doc_[node];
    if (n.kind == YamlNode::Kind::null) return std::nullopt;
    if (n.kind != YamlNode::Kind::scalar) {
        wrong_type(node, path, "text");
        return std::nullopt;
    }
    if (n.plain && resolve_plain(n.value) == ScalarType::null) return std::nullopt;
    return n.value; // verbatim: `number: 1.10` stays «1.10»
}

std::optional<Date> Reader::date(NodeId node, const std::string &path) {
    const YamlNode &n = doc_[node];
    if (n.kind == YamlNode::Kind::null) return std::nullopt;
    // Dates lie in the plan calendar (1900–2199): a plan's arithmetic on them
    // (the day after a window, a year on) then never leaves Boost's range.
    if (n.kind == YamlNode::Kind::scalar)
        if (auto d = parse_iso_date(n.value); d && d->year() >= min_plan_year && d->year() <= max_plan_year) return d;
    wrong_type(node, path, "a date YYYY-MM-DD in the years 1900–2199");
    return std::nullopt;
}

std::optional<bool> Reader::boolean(NodeId node, const std::string &path) {
    const YamlNode &n = doc_[node];
    if (n.kind == YamlNode::Kind::scalar && n.plain && resolve_plain(n.value) == ScalarType::boolean)
        return n.value[0] == 't' || n.value[0] == 'T';
    if (n.kind != YamlNode::Kind::null) wrong_type(node, path, "true or false");
    return std::nullopt;
}

std::optional<double> Reader::number(NodeId node, const std::string &path) {
    const YamlNode &n = doc_[node];
    if (n.kind == YamlNode::Kind::scalar && n.plain) {
        ScalarType t = resolve_plain(n.value);
        if (t == ScalarType::integer || t == ScalarType::floating) {
            double v = std::strtod(n.value.c_str(), nullptr);
            if (std::isfinite(v)) return v;
        }
    }
    if (n.kind != YamlNode::Kind::null) wrong_type(node, path, "a number");
    return std::nullopt;
}

std::optional<std::vector<std::pair<NodeId, std::string>>> Reader::sequence(NodeId node, const std::string &path) {
    mark(node, path);
    const YamlNode &n = doc_[node];
    if (n.kind != YamlNode::Kind::sequence) {
        if (n.kind != YamlNode::Kind::null) wrong_type(node, path, "a list");
        return std::nullopt;
    }
    std::vector<std::pair<NodeId, std::string>> items;
    items.reserve(n.children.size());
    for (std::size_t i = 0; i < n.children.size(); ++i) {
        std::string p = path + "[" + std::to_string(i) + "]";
        mark(n.children[i], p);
        items.emplace_back(n.children[i], std::move(p));
    }
    return items;
}

std::vector<std::string> Reader::texts(NodeId node, const std::string &path) {
    std::vector<std::string> out;
    if (auto items = sequence(node, path))
        for (auto &[id, p] : *items)
            if (auto t = text(id, p)) out.push_back(std::move(*t));
    return out;
}

std::optional<std::string> Reader::schema(const Fields &root, std::string_view expected) {
    auto n = root.get("schema");
    if (!n) return std::nullopt;
    auto s = text(*n, "schema");
    if (s && *s != expected)
        report("wrong-type", "schema", *n,
               {{"field", "schema"}, {"expected", std::string(expected)}, {"actual", "«" + *s + "»"}});
    return s;
}

std::string Reader::text_field(const Fields &f, std::string_view key) {
    auto v = optional_text_field(f, key);
    return v ? std::move(*v) : std::string();
}

std::optional<std::string> Reader::optional_text_field(const Fields &f, std::string_view key) {
    auto node = f.get(key);
    if (!node) return std::nullopt;
    return text(*node, f.at(key));
}

} // namespace eduroadmap::detail
