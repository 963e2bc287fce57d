// Reading `.eduroadmap.yaml` (docs/config.md) with the roadmap loader's YAML
// layer, so that its problems carry the same rule ids and positions.
#include "load/input.hpp"
#include "load/reader.hpp"
#include "text.hpp"

#include <eduroadmap/config.hpp>
#include <eduroadmap/suggest.hpp>

#include <filesystem>
#include <algorithm>
#include <limits>

namespace eduroadmap {

bool is_structural_rule(std::string_view rule) noexcept {
    return rule == "yaml-syntax" || rule == "input-limit" || rule == "duplicate-key";
}

namespace {

using detail::NodeId;
using detail::YamlNode;

class ConfigReader {
public:
    ConfigReader(const detail::YamlDocument &doc, detail::Reader &r, const std::string &file)
        : doc_(doc), r_(r), file_(file) {}

    Config read(NodeId root) {
        Config c;
        c.file = file_;
        if (doc_[root].kind == YamlNode::Kind::null) return c; // `---` alone: the defaults
        auto f = r_.mapping(root, "", {"language", "catalog", "fail_level", "rules", "required_stages", "limits", "include", "exclude"});
        if (!f) return c;
        if (auto n = f->get("language")) c.language = choice(*n, "language", parse_language, "ru or en");
        if (auto n = f->get("fail_level"))
            c.fail_level = choice(*n, "fail_level", parse_severity, "error, warning or info");
        if (auto v = r_.optional_text_field(*f, "catalog")) c.validate.catalog = catalog(*v);
        if (auto n = f->get("rules")) rules(*n, c.validate);
        if (auto n = f->get("required_stages"))
            if (auto items = r_.sequence(*n, "required_stages"))
                for (auto &[item, path] : *items)
                    if (auto s = choice(item, path, parse_stage, stage_names()))
                        add_stage(c.validate.required_stages, *s);
        if (auto n = f->get("limits")) limits(*n, c.validate.limits);
        if (auto n = f->get("include")) globs(*n, "include", c.include);
        if (auto n = f->get("exclude")) globs(*n, "exclude", c.exclude);
        return c;
    }

private:
    // A text value that must be one of a closed set.
    template <class Parse>
    auto choice(NodeId node, const std::string &path, Parse parse, std::string_view expected)
        -> decltype(parse(std::string_view{})) {
        auto text = r_.text(node, path);
        if (!text) return {};
        auto value = parse(*text);
        if (!value) r_.wrong_type(node, path, expected);
        return value;
    }

    static std::string stage_names() {
        std::string names;
        for (Stage s : all_stages) names += (names.empty() ? "" : ", ") + std::string(to_string(s));
        return "a stage of the management cycle (" + names + ")";
    }

    // A catalog is a built-in id or a file; a relative file is relative to the configuration.
    std::string catalog(const std::string &value) const {
        namespace fs = std::filesystem;
        bool is_path = value.find('/') != std::string::npos || fs::path(value).extension() == ".yaml" ||
                       fs::path(value).extension() == ".yml";
        fs::path p(value);
        if (!is_path || p.is_absolute()) return value;
        fs::path dir = fs::path(file_).parent_path();
        return dir.empty() ? value : (dir / p).lexically_normal().string();
    }

    // `rules: {rule-id: error|warning|info|off|on}`.
    void rules(NodeId node, ValidateOptions &options) {
        const YamlNode &n = doc_[node];
        if (n.kind == YamlNode::Kind::null) return;
        if (n.kind != YamlNode::Kind::mapping) return r_.wrong_type(node, "rules", "a mapping of rule ids");
        std::vector<std::string_view> ids;
        for (const RuleInfo &info : rule_catalog()) ids.push_back(info.id);
        for (std::size_t i = 0; i + 1 < n.children.size(); i += 2) {
            const YamlNode &key = doc_[n.children[i]];
            if (key.kind != YamlNode::Kind::scalar) {
                r_.wrong_type(n.children[i], "rules", "a rule id");
                continue;
            }
            const std::string path = "rules." + key.value;
            if (!find_rule(key.value)) {
                std::vector<MessageArg> args{{"field", key.value}, {"context", "rules (rule ids)"}};
                if (std::string best = closest(key.value, ids); !best.empty())
                    args.emplace_back("suggestion", best);
                r_.report("unknown-field", path, n.children[i], std::move(args));
                continue;
            }
            setting(n.children[i + 1], path, key.value, options);
        }
    }

    void setting(NodeId node, const std::string &path, const std::string &rule, ValidateOptions &options) {
        const YamlNode &v = doc_[node];
        std::optional<std::optional<Severity>> value; // outer: understood; inner: nullopt = off
        bool restore_default = false;
        if (v.kind == YamlNode::Kind::scalar) {
            if (v.value == "off" || (v.plain && v.value == "false")) value.emplace(std::nullopt);
            else if (v.value == "on" || (v.plain && v.value == "true")) restore_default = true;
            else if (auto s = parse_severity(v.value)) value.emplace(*s);
        }
        if (!value && !restore_default) return r_.wrong_type(node, path, "error, warning, info, on or off");
        if (is_structural_rule(rule) && value && *value != Severity::error)
            return r_.wrong_type(node, path, "error (malformed YAML always fails; this rule cannot be lowered)");
        if (restore_default)
            options.rules.erase(rule);
        else
            options.rules[rule] = *value;
    }

    // `include:` / `exclude:`: a list of glob texts.
    void globs(NodeId node, const std::string &path, std::vector<std::string> &out) {
        if (auto items = r_.sequence(node, path))
            for (auto &[item, item_path] : *items)
                if (auto text = r_.text(item, item_path)) {
                    if (text->empty()) r_.wrong_type(item, item_path, "a glob such as drafts/* or *.draft.yaml");
                    else out.push_back(std::move(*text));
                }
    }

    // Nine stages at most however long the list: repeats are dropped as read.
    static void add_stage(std::vector<Stage> &stages, Stage s) {
        if (std::find(stages.begin(), stages.end(), s) == stages.end()) stages.push_back(s);
    }

    void limits(NodeId node, Limits &l) {
        auto f = r_.mapping(node, "limits", {"max_file_bytes", "max_depth", "max_nodes", "max_windows"});
        if (!f) return;
        constexpr Limits ceiling = Limits::ceiling();
        if (auto n = f->get("max_file_bytes"))
            count(*n, f->at("max_file_bytes"), ceiling.max_file_bytes, l.max_file_bytes);
        if (auto n = f->get("max_depth")) count(*n, f->at("max_depth"), ceiling.max_depth, l.max_depth);
        if (auto n = f->get("max_nodes")) count(*n, f->at("max_nodes"), ceiling.max_nodes, l.max_nodes);
        if (auto n = f->get("max_windows")) count(*n, f->at("max_windows"), ceiling.max_windows, l.max_windows);
    }

    // A positive whole number up to @p ceiling: a configuration may lower a
    // limit, and raise it only that far (docs/limits.md).
    void count(NodeId node, const std::string &path, std::size_t ceiling, std::size_t &out) {
        const YamlNode &v = doc_[node];
        const bool digits = v.kind == YamlNode::Kind::scalar && v.plain && !v.value.empty() && v.value.size() <= 18 &&
                            v.value.find_first_not_of("0123456789") == std::string::npos;
        const unsigned long long n = digits ? std::stoull(v.value) : 0;
        if (n == 0 || n > ceiling)
            return r_.wrong_type(node, path, "a positive whole number up to " + std::to_string(ceiling) +
                                                 " (the ceiling of this limit, docs/limits.md)");
        out = static_cast<std::size_t>(n);
    }

    const detail::YamlDocument &doc_;
    detail::Reader &r_;
    const std::string &file_;
};

} // namespace

ConfigResult load_config_string(std::string_view text, const std::string &file) {
    ConfigResult result;
    std::string_view content = text.substr(0, 3) == "\xEF\xBB\xBF" ? text.substr(3) : text;
    if (detail::content_start(content) == content.size() && detail::is_valid_utf8(content)) {
        result.config.emplace(); // nothing but comments: the defaults
        result.config->file = file;
        return result;
    }
    // A configuration is small; the default limits apply to reading it.
    auto doc = detail::parse_input(text, file, Limits{}, result.diagnostics);
    if (!doc) return result;
    SourceMap sources;
    detail::Reader reader(*doc, file, result.diagnostics, sources);
    reader.set_root_context("configuration");
    Config config = ConfigReader(*doc, reader, file).read(doc->root);
    if (result.diagnostics.empty()) result.config = std::move(config);
    return result;
}

ConfigResult load_config_file(const std::string &path) {
    ConfigResult result;
    auto data = detail::read_input_file(path, Limits{}, result.diagnostics);
    if (!data) return result;
    return load_config_string(*data, path);
}

} // namespace eduroadmap
