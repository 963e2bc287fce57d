// A validation rule: one small unit with its catalog entry and a check.
// Adding a rule: write src/rules/<id>.cpp with a check function and add it to
// the table in src/rules/registry.cpp (its RuleInfo is in src/rule_catalog.cpp).
#ifndef EDUROADMAP_SRC_RULES_RULE_HPP
#define EDUROADMAP_SRC_RULES_RULE_HPP

#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/resolve.hpp>
#include <eduroadmap/source_map.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap::detail {

// Where a rule reports. The rule gives the node path and the message values;
// the engine adds severity, location and suppression.
class Findings {
public:
    explicit Findings(std::string_view rule, const SourceMap *sources = nullptr) : rule_(rule), sources_(sources) {}
    // Where another node stands, as `line:column`, for messages that name
    // several places (a dependency cycle); the node path when no source map.
    std::string where(std::string_view path) const {
        if (!sources_) return std::string(path);
        Location l = sources_->locate(path);
        return l.line > 0 ? std::to_string(l.line) + ":" + std::to_string(l.column) : std::string(path);
    }
    void add(std::string path, std::vector<MessageArg> args) {
        Diagnostic d;
        d.rule = std::string(rule_);
        d.path = std::move(path);
        d.args = std::move(args);
        found_.push_back(std::move(d));
    }
    std::vector<Diagnostic> &found() { return found_; }

private:
    std::string_view rule_;
    const SourceMap *sources_ = nullptr;
    std::vector<Diagnostic> found_;
};

struct Rule {
    std::string_view id;
    void (*check)(const ResolvedRoadmap &roadmap, Findings &out);
};

// Every rule with a check, in catalog order.
const std::vector<Rule> &rules();

} // namespace eduroadmap::detail

#endif
