// The scoring model's names (blocks, components, evidence kinds) and the
// built-in models: catalogs/score-*.yaml embedded at build time
// (cmake/EmbedCatalogs.cmake) and parsed once, on first use.
#include "builtin_texts.hpp"
#include "score/read.hpp"

#include <eduroadmap/score.hpp>
#include <eduroadmap/stages.hpp>

#include <cmath>
#include <cstdlib>
#include <deque>

namespace eduroadmap {

namespace {

constexpr std::string_view cycle_prefix = "cycle.";

// Parsed in order, so that a model may extend one embedded before it. A
// deque keeps the addresses handed out stable while it grows.
const std::deque<ScoreModel> &builtins() {
    static const std::deque<ScoreModel> models = [] {
        std::deque<ScoreModel> out;
        const detail::ScoreModelLookup earlier = [&out](std::string_view id) -> const ScoreModel * {
            for (const ScoreModel &m : out)
                if (m.id == id) return &m;
            return nullptr;
        };
        for (std::size_t i = 0; i < detail::builtin_score_model_count; ++i) {
            const detail::BuiltinText &t = detail::builtin_score_model_texts[i];
            ScoreModelLoadResult r =
                detail::read_score_model(t.text, std::string("catalogs/") + t.id + ".yaml", {}, earlier);
            // The test suite checks that every embedded model reads cleanly.
            if (r.ok()) out.push_back(std::move(*r.model));
        }
        return out;
    }();
    return models;
}

} // namespace

std::string to_string(const BlockRef &b) {
    switch (b.block) {
    case Block::goal: return "goal";
    case Block::tasks: return "tasks";
    case Block::expected_result: return "expected_result";
    case Block::target_indicators: return "target_indicators";
    case Block::justification: return "justification";
    case Block::cycle: return std::string(cycle_prefix) + std::string(to_string(b.stage));
    }
    return "goal";
}

std::optional<BlockRef> parse_block(std::string_view name) noexcept {
    if (name.substr(0, cycle_prefix.size()) == cycle_prefix) {
        if (auto s = parse_stage(name.substr(cycle_prefix.size()))) return BlockRef{Block::cycle, *s};
        return std::nullopt;
    }
    for (Block b : {Block::goal, Block::tasks, Block::expected_result, Block::target_indicators, Block::justification})
        if (to_string(BlockRef{b, Stage::goals}) == name) return BlockRef{b, Stage::goals};
    return std::nullopt;
}

const ComponentRule *ScoreModel::find(Stage component) const noexcept {
    for (const ComponentRule &c : components)
        if (c.component == component) return &c;
    return nullptr;
}

std::string_view component_name(Stage component, Language language) noexcept {
    if (language == Language::ru) return russian_name(component);
    switch (component) {
    case Stage::goals: return "goals";
    case Stage::indicators: return "indicators";
    case Stage::data_collection: return "data-collection methods";
    case Stage::monitoring: return "monitoring";
    case Stage::analysis: return "analysis";
    case Stage::recommendations: return "targeted recommendations";
    case Stage::measures: return "measures";
    case Stage::decisions: return "management decisions";
    case Stage::review: return "review of the measures' effectiveness";
    }
    return "";
}

std::string_view to_string(EvidenceKind kind) noexcept {
    switch (kind) {
    case EvidenceKind::measure: return "measure";
    case EvidenceKind::block: return "block";
    case EvidenceKind::indicator: return "indicator";
    }
    return "measure";
}

std::string points_text(double points) {
    const double tenths = std::round(points * 10);
    std::string out = std::to_string(static_cast<long long>(tenths) / 10);
    if (static_cast<long long>(tenths) % 10 != 0) out += "." + std::to_string(std::llabs(static_cast<long long>(tenths) % 10));
    return out;
}

std::string percent_text(double share) { return std::to_string(std::lround(share * 100)) + " %"; }

const ScoreModel *builtin_score_model(std::string_view id) {
    for (const ScoreModel &m : builtins())
        if (m.id == id) return &m;
    return nullptr;
}

const ScoreModel &default_score_model() {
    static const ScoreModel empty{"fioko-2020", {}, {}, {}, {}};
    const ScoreModel *m = builtin_score_model("fioko-2020");
    return m ? *m : empty;
}

std::vector<std::string> builtin_score_model_ids() {
    std::vector<std::string> ids;
    for (const ScoreModel &m : builtins()) ids.push_back(m.id);
    return ids;
}

} // namespace eduroadmap
