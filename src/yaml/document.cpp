#include "yaml/document.hpp"


#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <map>
#include <istream>
#include <iterator>
#include <streambuf>
#include <unordered_map>

namespace eduroadmap::detail {
namespace {

// Byte offsets → 1-based line and code-point column. yaml-cpp's own column
// counts bytes, which is wrong for Cyrillic text.
class LineIndex {
public:
    explicit LineIndex(std::string_view text) : text_(text) {
        starts_.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n') starts_.push_back(i + 1);
    }
    // Nodes are made in order: a position on the line of the previous one
    // continues counting from it, so that a long one-line flow collection
    // («[a, b, c, …]» with 100,000 items) costs linear time, not quadratic.
    std::pair<int, int> at(std::size_t pos) const {
        pos = std::min(pos, text_.size());
        auto it = std::upper_bound(starts_.begin(), starts_.end(), pos);
        std::size_t line = static_cast<std::size_t>(it - starts_.begin()); // 1-based
        std::size_t from = starts_[line - 1];
        int column = 1;
        if (line == last_line_ && pos >= last_pos_) from = last_pos_, column = last_column_;
        for (std::size_t i = from; i < pos; ++i)
            if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
        last_line_ = line, last_pos_ = pos, last_column_ = column;
        return {static_cast<int>(line), column};
    }

private:
    std::string_view text_;
    std::vector<std::size_t> starts_;
    mutable std::size_t last_line_ = 0, last_pos_ = 0; // the previous position asked for
    mutable int last_column_ = 1;
};

// A read-only stream buffer over the text, so that yaml-cpp reads it in
// place instead of from two copies (a string and a stringstream).
class TextBuffer : public std::streambuf {
public:
    explicit TextBuffer(std::string_view text) {
        // The get area is only read (putback of the same character moves the pointer back).
        char *begin = const_cast<char *>(text.data());
        setg(begin, begin, begin + text.size());
    }
};

// Thrown from the event handler to stop the parser; caught in parse_yaml.
struct Stop {
    Diagnostic diagnostic;
};

class TreeBuilder : public YAML::EventHandler {
public:
    TreeBuilder(YamlDocument &doc, const LineIndex &lines, const std::string &file, const Limits &limits,
                std::vector<Diagnostic> &out)
        : doc_(doc), lines_(lines), file_(file), limits_(limits), out_(out) {}

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override {
        attach(make(YamlNode::Kind::null, mark), anchor);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override {
        auto it = anchors_.find(anchor);
        if (it == anchors_.end()) stop(mark, "yaml-syntax", {{"detail", "alias to an unknown anchor"}});
        NodeId target = it->second;
        for (const Open &o : stack_)
            if (o.id == target)
                stop(mark, "yaml-syntax", {{"detail", "an alias refers to the node that contains it"}});
        // Aliases are not copied; their expanded size still counts against the budget.
        charge(mark, sizes_[target]);
        add_child(target, mark);
    }
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override {
        check_tag(mark, tag);
        // «"a\0b"» is valid YAML, but a text with a NUL in it reaches C callers cut short.
        if (value.find('\0') != std::string::npos)
            report(mark, "yaml-syntax", {{"detail", "a text holds the NUL character (\\0), which a roadmap cannot keep"}});
        NodeId id = make(YamlNode::Kind::scalar, mark);
        doc_.nodes[id].value = value;
        doc_.nodes[id].plain = (tag == "?");
        attach(id, anchor);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        check_tag(mark, tag);
        open(YamlNode::Kind::sequence, mark, anchor);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        check_tag(mark, tag);
        open(YamlNode::Kind::mapping, mark, anchor);
    }
    void OnMapEnd() override { close(); }

    bool has_root() const { return root_.has_value(); }
    NodeId root() const { return *root_; }

private:
    struct Open {
        NodeId id;
        YAML::anchor_t anchor;
        std::map<std::string, int> keys; // scalar key → line of first occurrence (mappings)
    };

    NodeId make(YamlNode::Kind kind, const YAML::Mark &mark) {
        charge(mark, 1);
        YamlNode node;
        node.kind = kind;
        auto [line, column] = lines_.at(static_cast<std::size_t>(std::max(mark.pos, 0)));
        node.line = line;
        node.column = column;
        doc_.nodes.push_back(std::move(node));
        sizes_.push_back(1);
        return doc_.nodes.size() - 1;
    }

    void charge(const YAML::Mark &mark, std::size_t n) {
        expanded_ += n;
        if (expanded_ > limits_.max_nodes)
            stop(mark, "input-limit",
                 {{"limit", "nodes"}, {"value", std::to_string(limits_.max_nodes)},
                  {"detail", "more than " + std::to_string(limits_.max_nodes) +
                                 " nodes after alias expansion"}});
    }

    void attach(NodeId id, YAML::anchor_t anchor) {
        if (anchor) anchors_[anchor] = id;
        add_child(id, {});
    }

    void add_child(NodeId id, const YAML::Mark &) {
        if (stack_.empty()) {
            if (!root_) root_ = id;
            return;
        }
        Open &parent = stack_.back();
        YamlNode &p = doc_.nodes[parent.id];
        if (p.kind == YamlNode::Kind::mapping && p.children.size() % 2 == 0) check_key(parent, id);
        p.children.push_back(id);
        sizes_[parent.id] += sizes_[id];
    }

    // Duplicate keys are an error at the second occurrence (yaml-cpp keeps both silently).
    void check_key(Open &parent, NodeId key) {
        const YamlNode &k = doc_.nodes[key];
        if (k.kind != YamlNode::Kind::scalar) return;
        auto [it, inserted] = parent.keys.emplace(k.value, k.line);
        if (!inserted) {
            Diagnostic d;
            d.rule = "duplicate-key";
            d.severity = Severity::error;
            d.location = {file_, k.line, k.column};
            d.args = {{"key", k.value}, {"first_line", std::to_string(it->second)}};
            out_.push_back(std::move(d));
        }
    }

    void open(YamlNode::Kind kind, const YAML::Mark &mark, YAML::anchor_t anchor) {
        if (stack_.size() >= limits_.max_depth)
            stop(mark, "input-limit",
                 {{"limit", "depth"}, {"value", std::to_string(limits_.max_depth)},
                  {"detail", "nesting deeper than " + std::to_string(limits_.max_depth) + " levels"}});
        NodeId id = make(kind, mark);
        // Register the anchor now so that a self-referencing alias is recognised.
        if (anchor) anchors_[anchor] = id;
        stack_.push_back({id, anchor, {}});
    }

    void close() {
        Open done = std::move(stack_.back());
        stack_.pop_back();
        add_child(done.id, {});
    }

    // A tag outside the core schema (`!!binary`, `!custom`) would change what
    // the value means, and the roadmap has no place for that meaning: it is
    // reported instead of dropped. Untagged nodes come as «?» (plain) or «!».
    void check_tag(const YAML::Mark &mark, const std::string &tag) {
        static constexpr std::string_view core = "tag:yaml.org,2002:";
        static constexpr std::string_view core_types[] = {"str", "int", "bool", "float", "null", "map", "seq"};
        if (tag.empty() || tag == "?" || tag == "!") return;
        if (tag.compare(0, core.size(), core) == 0 &&
            std::find(std::begin(core_types), std::end(core_types), std::string_view(tag).substr(core.size())) !=
                std::end(core_types))
            return;
        const std::string shown = tag.compare(0, core.size(), core) == 0 ? "!!" + tag.substr(core.size()) : tag;
        report(mark, "yaml-syntax",
               {{"detail", "the tag «" + shown + "» is not supported: only !!str, !!int, !!bool, !!float, !!null, "
                           "!!map and !!seq are"}});
    }

    Diagnostic at(const YAML::Mark &mark, const char *rule, std::vector<MessageArg> args) const {
        Diagnostic d;
        d.rule = rule;
        d.severity = Severity::error;
        auto [line, column] = lines_.at(static_cast<std::size_t>(std::max(mark.pos, 0)));
        d.location = {file_, line, column};
        d.args = std::move(args);
        return d;
    }
    void report(const YAML::Mark &mark, const char *rule, std::vector<MessageArg> args) {
        out_.push_back(at(mark, rule, std::move(args)));
    }
    [[noreturn]] void stop(const YAML::Mark &mark, const char *rule, std::vector<MessageArg> args) {
        throw Stop{at(mark, rule, std::move(args))};
    }

    YamlDocument &doc_;
    const LineIndex &lines_;
    const std::string &file_;
    const Limits &limits_;
    std::vector<Diagnostic> &out_;
    std::vector<Open> stack_;
    std::vector<std::size_t> sizes_; // expanded size of each node
    std::unordered_map<YAML::anchor_t, NodeId> anchors_;
    std::optional<NodeId> root_;
    std::size_t expanded_ = 0;
};

// Skips what may precede a document's content: spaces, comments, directives
// and document markers. Returns the offset of the first content byte.
std::size_t first_content(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t eol = text.find('\n', i);
        if (eol == std::string_view::npos) eol = text.size();
        std::string_view line = text.substr(i, eol - i);
        std::size_t j = line.find_first_not_of(" \t\r");
        if (j != std::string_view::npos && line[j] != '#' && line[j] != '%' && line.substr(j, 3) != "---" &&
            line.substr(j, 3) != "...")
            return i + j;
        i = eol + 1;
    }
    return text.size();
}

Diagnostic syntax_error(const std::string &file, std::pair<int, int> at, std::string detail) {
    Diagnostic d;
    d.rule = "yaml-syntax";
    d.severity = Severity::error;
    d.location = {file, at.first, at.second};
    d.args = {{"detail", std::move(detail)}};
    return d;
}

} // namespace

std::size_t content_start(std::string_view text) noexcept { return first_content(text); }

std::optional<YamlDocument> parse_yaml(std::string_view text, const std::string &file, const Limits &limits,
                                       std::vector<Diagnostic> &out) {
    LineIndex lines(text);
    // YAML text may not hold NUL bytes (YAML 1.2, 5.1); yaml-cpp would stop
    // there or misread them («unknown escape character»). Binary junk ends here.
    if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
        out.push_back(syntax_error(file, lines.at(nul),
                                   "a NUL byte (0x00) is not allowed in YAML text: is this a binary file?"));
        return std::nullopt;
    }
    YamlDocument doc;
    TextBuffer buffer(text);
    std::istream in(&buffer);
    try {
        YAML::Parser parser(in);
        TreeBuilder builder(doc, lines, file, limits, out);
        if (!parser.HandleNextDocument(builder) || !builder.has_root()) {
            out.push_back(syntax_error(file, lines.at(0), "the file holds no YAML document"));
            return std::nullopt;
        }
        doc.root = builder.root();
        // yaml-cpp reports some malformed input («,», «!2») as an endless run of
        // empty documents without consuming anything: an empty first document
        // in a text with content is a syntax error, not a null roadmap.
        std::size_t content = first_content(text);
        if (doc[doc.root].kind == YamlNode::Kind::null && content < text.size()) {
            std::string ch(text.substr(content, 1));
            out.push_back(syntax_error(file, lines.at(content), "unexpected «" + ch + "»: no YAML node starts here"));
            return std::nullopt;
        }
        // Only one document per file. Reading the next one is safe: it is one call.
        struct Probe : YAML::EventHandler {
            YAML::Mark start;
            bool seen = false;
            void OnDocumentStart(const YAML::Mark &m) override { seen = true, start = m; }
            void OnDocumentEnd() override {}
            void OnNull(const YAML::Mark &, YAML::anchor_t) override {}
            void OnAlias(const YAML::Mark &, YAML::anchor_t) override {}
            void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override {}
            void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                                 YAML::EmitterStyle::value) override {}
            void OnSequenceEnd() override {}
            void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                            YAML::EmitterStyle::value) override {}
            void OnMapEnd() override {}
        };
        try {
            Probe probe;
            if (parser.HandleNextDocument(probe) && probe.seen)
                out.push_back(syntax_error(file, lines.at(static_cast<std::size_t>(std::max(probe.start.pos, 0))),
                                           "a second YAML document starts here; a roadmap file holds one"));
        } catch (const YAML::Exception &e) {
            out.push_back(syntax_error(file, lines.at(static_cast<std::size_t>(std::max(e.mark.pos, 0))),
                                       "after the first document: " + e.msg));
        }
        return doc;
    } catch (Stop &s) {
        out.push_back(std::move(s.diagnostic));
    } catch (const YAML::Exception &e) {
        if (e.msg == "bad file") { // yaml-cpp's own recursion guard
            Diagnostic d = syntax_error(file, lines.at(static_cast<std::size_t>(std::max(e.mark.pos, 0))), "");
            d.rule = "input-limit";
            d.args = {{"limit", "depth"},
                      {"value", std::to_string(limits.max_depth)},
                      {"detail", "nesting too deep for the YAML parser"}};
            out.push_back(std::move(d));
        } else {
            out.push_back(syntax_error(file, lines.at(static_cast<std::size_t>(std::max(e.mark.pos, 0))), e.msg));
        }
    }
    return std::nullopt;
}

ScalarType resolve_plain(std::string_view v) noexcept {
    if (v.empty() || v == "~" || v == "null" || v == "Null" || v == "NULL") return ScalarType::null;
    if (v == "true" || v == "True" || v == "TRUE" || v == "false" || v == "False" || v == "FALSE")
        return ScalarType::boolean;
    auto digits = [](std::string_view s, auto pred) {
        return !s.empty() && std::all_of(s.begin(), s.end(), [&](char c) { return pred(static_cast<unsigned char>(c)); });
    };
    auto dec = [](unsigned char c) { return c >= '0' && c <= '9'; };
    std::string_view s = v;
    if (s.substr(0, 2) == "0o" && digits(s.substr(2), [](unsigned char c) { return c >= '0' && c <= '7'; }))
        return ScalarType::integer;
    if (s.substr(0, 2) == "0x" && digits(s.substr(2), [](unsigned char c) { return std::isxdigit(c) != 0; }))
        return ScalarType::integer;
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
    if (digits(s, dec)) return ScalarType::integer;
    if (s == ".inf" || s == ".Inf" || s == ".INF" || v == ".nan" || v == ".NaN" || v == ".NAN")
        return ScalarType::floating;
    // [0-9]+(\.[0-9]*)?  or  \.[0-9]+ , then an optional exponent
    std::size_t i = 0, int_digits = 0, frac_digits = 0;
    while (i < s.size() && dec(static_cast<unsigned char>(s[i]))) ++i, ++int_digits;
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && dec(static_cast<unsigned char>(s[i]))) ++i, ++frac_digits;
    }
    if (int_digits == 0 && frac_digits == 0) return ScalarType::string;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
        if (!digits(s.substr(i), dec)) return ScalarType::string;
        i = s.size();
    }
    return i == s.size() ? ScalarType::floating : ScalarType::string;
}

} // namespace eduroadmap::detail
