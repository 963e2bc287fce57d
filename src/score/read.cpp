// Reading scoring models from YAML (docs/score.md, "The model format") with
// the roadmap loader's YAML layer, so that problems carry the same rule ids
// and positions as a roadmap's or a catalog's.
#include "score/read.hpp"
#include "load/input.hpp"
#include "load/reader.hpp"
#include "words.hpp"

#include <algorithm>
#include <cmath>

namespace eduroadmap {

namespace {

using detail::NodeId;
using detail::YamlNode;

// The keys every component takes, then those of each component's own criterion.
std::vector<std::string_view> component_keys(Stage component) {
    std::vector<std::string_view> keys{"weight", "stages", "blocks"};
    switch (component) {
    case Stage::goals: keys.push_back("implied_by"); break;
    case Stage::indicators: keys.push_back("min_targeted"); break;
    case Stage::monitoring: keys.insert(keys.end(), {"min_windows", "continuous_recurs"}); break;
    case Stage::analysis: keys.push_back("follows"); break;
    case Stage::recommendations: keys.insert(keys.end(), {"addressed", "registry_addressed"}); break;
    case Stage::measures: keys.insert(keys.end(), {"min_count", "min_share"}); break;
    case Stage::review: keys.push_back("reviews"); break;
    case Stage::data_collection:
    case Stage::decisions: break;
    }
    return keys;
}

std::string stage_names() {
    std::string out;
    for (Stage s : all_stages) out += (out.empty() ? "" : ", ") + std::string(to_string(s));
    return out;
}

class ModelReader {
public:
    ModelReader(const detail::YamlDocument &doc, detail::Reader &r, const detail::ScoreModelLookup &builtins)
        : doc_(doc), r_(r), builtins_(builtins) {}

    ScoreModel read(NodeId root) {
        ScoreModel m;
        auto f = r_.mapping(root, "", {"schema", "id", "title", "description", "extends", "frequency", "components"},
                            {"schema", "id", "title"});
        if (!f) return m;
        r_.schema(*f, "eduroadmap-score/1");
        if (auto n = f->get("extends")) extend(m, *n);
        m.id = r_.text_field(*f, "id");
        m.title = r_.text_field(*f, "title");
        if (auto d = r_.optional_text_field(*f, "description")) m.description = *d;
        if (auto n = f->get("frequency")) m.frequency = phrases(*n, "frequency");
        if (auto n = f->get("components")) components(*n, m);
        if (!f->has("components") && !f->has("extends"))
            r_.report("missing-field", "components", root, {{"field", "components"}, {"context", "score model"}});
        return m;
    }

private:
    // `extends: ID`: the built-in model's frequency words and components come first.
    void extend(ScoreModel &m, NodeId node) {
        auto ref = r_.text(node, "extends");
        if (!ref) return;
        const ScoreModel *base = builtins_ ? builtins_(*ref) : nullptr;
        if (!base) return r_.wrong_type(node, "extends", "the id of a built-in score model (fioko-2020)");
        m = *base;
    }

    void components(NodeId node, ScoreModel &m) {
        std::vector<std::string_view> names;
        for (Stage s : all_stages) names.push_back(to_string(s));
        auto f = r_.mapping(node, "components", names);
        if (!f) return;
        for (Stage s : all_stages) {
            auto n = f->get(to_string(s));
            if (!n) continue;
            auto it = std::find_if(m.components.begin(), m.components.end(),
                                   [s](const ComponentRule &c) { return c.component == s; });
            ComponentRule rule = it != m.components.end() ? *it : detail::default_rule(s);
            // `review:` with nothing under it: scored with the defaults.
            if (doc_[*n].kind != YamlNode::Kind::null) component(*n, f->at(to_string(s)), rule);
            if (it != m.components.end())
                *it = std::move(rule);
            else
                m.components.push_back(std::move(rule));
        }
        std::sort(m.components.begin(), m.components.end(),
                  [](const ComponentRule &a, const ComponentRule &b) { return a.component < b.component; });
    }

    void component(NodeId node, const std::string &path, ComponentRule &c) {
        auto f = r_.mapping(node, path, component_keys(c.component));
        if (!f) return;
        if (auto n = f->get("weight"))
            if (auto w = r_.number(*n, f->at("weight"))) {
                if (*w >= 0)
                    c.weight = *w;
                else
                    r_.wrong_type(*n, f->at("weight"), "a number 0 or more");
            }
        if (auto n = f->get("stages")) c.stages = stages(*n, f->at("stages"));
        if (auto n = f->get("blocks")) c.blocks = blocks(*n, f->at("blocks"));
        if (auto n = f->get("implied_by")) c.implied_by = blocks(*n, f->at("implied_by"));
        if (auto n = f->get("min_targeted")) c.min_targeted = whole(*n, f->at("min_targeted"), 1, c.min_targeted);
        if (auto n = f->get("min_windows")) c.min_windows = whole(*n, f->at("min_windows"), 2, c.min_windows);
        if (auto n = f->get("continuous_recurs"))
            c.continuous_recurs = r_.boolean(*n, f->at("continuous_recurs")).value_or(c.continuous_recurs);
        if (auto n = f->get("follows")) c.follows = stages(*n, f->at("follows"));
        if (auto n = f->get("addressed")) c.addressed = phrases(*n, f->at("addressed"));
        if (auto n = f->get("registry_addressed"))
            c.registry_addressed = r_.boolean(*n, f->at("registry_addressed")).value_or(c.registry_addressed);
        if (auto n = f->get("min_count")) c.min_count = whole(*n, f->at("min_count"), 1, c.min_count);
        if (auto n = f->get("min_share"))
            if (auto v = r_.number(*n, f->at("min_share"))) {
                if (*v >= 0 && *v <= 1)
                    c.min_share = *v;
                else
                    r_.wrong_type(*n, f->at("min_share"), "a share from 0 to 1");
            }
        if (auto n = f->get("reviews")) c.reviews = stages(*n, f->at("reviews"));
    }

    // A whole number from @p least to 1000; @p keep when it is not one.
    int whole(NodeId node, const std::string &path, int least, int keep) {
        auto v = r_.number(node, path);
        if (!v) return keep;
        if (*v != std::floor(*v) || *v < least || *v > 1000) {
            r_.wrong_type(node, path, "a whole number from " + std::to_string(least) + " to 1000");
            return keep;
        }
        return static_cast<int>(*v);
    }

    // A list of names, each read by @p parse (wrong-type with @p expected when it reads none).
    template <class Parse>
    auto names(NodeId node, const std::string &path, Parse parse, const std::string &expected) {
        std::vector<typename decltype(parse(std::string_view()))::value_type> out;
        if (auto items = r_.sequence(node, path))
            for (auto &[item, p] : *items)
                if (auto t = r_.text(item, p)) {
                    if (auto v = parse(*t))
                        out.push_back(*v);
                    else
                        r_.wrong_type(item, p, expected);
                }
        return out;
    }

    std::vector<Stage> stages(NodeId node, const std::string &path) {
        return names(node, path, [](std::string_view t) { return parse_stage(t); },
                     "a stage of the management cycle (" + stage_names() + ")");
    }

    std::vector<BlockRef> blocks(NodeId node, const std::string &path) {
        return names(node, path, [](std::string_view t) { return parse_block(t); },
                     "a block (goal, tasks, expected_result, target_indicators, justification, cycle.<stage>)");
    }

    // Stem phrases («раз в год»): each must hold a word.
    std::vector<std::string> phrases(NodeId node, const std::string &path) {
        return names(node, path,
                     [](std::string_view t) {
                         return detail::stems_of(t).empty() ? std::nullopt : std::optional<std::string>(t);
                     },
                     "word stems («ежегодн», «раз в год»)");
    }

    const detail::YamlDocument &doc_;
    detail::Reader &r_;
    const detail::ScoreModelLookup &builtins_;
};

} // namespace

bool ScoreModelLoadResult::ok() const noexcept {
    if (!model) return false;
    for (const Diagnostic &d : diagnostics)
        if (d.severity == Severity::error) return false;
    return true;
}

namespace detail {

ComponentRule default_rule(Stage component) {
    ComponentRule c;
    c.component = component;
    c.stages = {component};
    c.blocks = {BlockRef{Block::cycle, component}};
    if (component == Stage::goals) {
        c.blocks.insert(c.blocks.begin(), BlockRef{Block::goal, Stage::goals});
        c.implied_by = {{Block::tasks, Stage::goals}, {Block::expected_result, Stage::goals},
                        {Block::justification, Stage::goals}};
    }
    if (component == Stage::indicators) c.blocks.insert(c.blocks.begin(), BlockRef{Block::target_indicators, Stage::goals});
    c.follows = {Stage::monitoring};
    c.addressed = {"адресн"};
    c.reviews = {Stage::measures, Stage::decisions};
    return c;
}

ScoreModelLoadResult read_score_model(std::string_view text, const std::string &file, const LoadOptions &options,
                                      const ScoreModelLookup &builtins) {
    ScoreModelLoadResult result;
    auto doc = parse_input(text, file, options.limits, result.diagnostics);
    if (!doc) return result;
    SourceMap sources;
    Reader reader(*doc, file, result.diagnostics, sources);
    reader.set_root_context("score model");
    result.model = ModelReader(*doc, reader, builtins).read(doc->root);
    return result;
}

} // namespace detail

ScoreModelLoadResult load_score_model_string(std::string_view text, const std::string &file,
                                             const LoadOptions &options) {
    static const detail::ScoreModelLookup builtins = [](std::string_view id) { return builtin_score_model(id); };
    return detail::read_score_model(text, file, options, builtins);
}

ScoreModelLoadResult load_score_model_file(const std::string &path, const LoadOptions &options) {
    ScoreModelLoadResult result;
    auto data = detail::read_input_file(path, options.limits, result.diagnostics);
    if (!data) return result;
    return load_score_model_string(*data, path, options);
}

ScoreModelLoadResult find_score_model(std::string_view reference, const LoadOptions &options) {
    if (const ScoreModel *builtin = builtin_score_model(reference)) {
        ScoreModelLoadResult result;
        result.model = *builtin;
        return result;
    }
    return load_score_model_file(std::string(reference), options);
}

} // namespace eduroadmap
