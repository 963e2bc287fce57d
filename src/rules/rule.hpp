// A validation rule: one file under src/rules/ holds all of it — its id,
// default severity, one-line summary (English and Russian), message and hint templates (Russian
// and English), documentation anchor, whether it needs the right catalog
// (RuleInfo), and, for a rule the engine runs, its check. rule_catalog()
// (diagnostics.hpp) is assembled from these objects; nothing about a rule is
// written anywhere else.
//
// Two kinds of rule live here:
//  - checks: the engine (validate.cpp) runs `check` over the resolved
//    roadmap and adds severity, location and suppression to what it finds;
//  - rules reported where their problem is found, with a null `check`: the
//    loader's (yaml-syntax, input-limit, duplicate-key, unknown-field,
//    missing-field, wrong-type, period-invalid) and the catalog choice's
//    (catalog-invalid). Each still has its own file, so that its text and
//    its severity have one home; the file says who reports it.
// What several rules share sits beside them (directions.hpp, heading_row.hpp,
// measure_label.hpp, stem_table.hpp); what they read from the same roadmap
// is read once per validation and handed out by Findings::shared().
//
// Adding a rule `some-thing`:
//  1. write src/rules/some_thing.cpp: a comment saying what it catches and
//     why, `void check_some_thing(const ResolvedRoadmap &rm, Findings &out)`
//     in an anonymous namespace, and after it
//         extern const Rule rule_some_thing{
//             {"some-thing", Severity::warning, "What it catches, in one line.",
//              "сообщение с {value}",
//              "message with {value}",
//              "подсказка", "hint",  // or "", "" for none
//              "rules.md#some-thing", false /* needs the catalog */,
//              RuleCategory::structure, "Что она находит, одной строкой."},
//             check_some_thing};
//     (the fields in RuleInfo's order, diagnostics.hpp). Set needs_catalog
//     when its findings come from matching sections to the catalog's
//     directions: it is then skipped when the named catalog cannot be had;
//  2. list it in src/rules/registry.cpp — `extern const Rule rule_some_thing`
//     and `&rule_some_thing` at its place in the docs' order (the object's
//     name is the file's: tests/cli/test_formats.py reads the ids that way)
//     — and add the file to CMakeLists.txt;
//  3. its tests (a fixture that triggers it and a clean one) and its section
//     `### \`some-thing\`` in docs/rules.md with an example the docs test runs.
#ifndef EDUROADMAP_SRC_RULES_RULE_HPP
#define EDUROADMAP_SRC_RULES_RULE_HPP

#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/resolve.hpp>
#include <eduroadmap/source_map.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace eduroadmap::detail {

// One finding as a rule reports it, before the engine adds severity,
// location, document reference and group: the Diagnostic, and what the rule
// knows of its cause.
struct Found {
    Diagnostic diagnostic;
    // The cause it shares with other findings of the rule: findings with the
    // same key form one group (Report::groups). Empty: a cause of its own.
    std::string cause;
    // Which of the rule's group texts (Rule::group_texts) describes the
    // group, and its values; set with the cause.
    std::string_view cause_text;
    std::vector<MessageArg> cause_args;
    // Findings of other rules this one explains (rule id, node path or a
    // prefix of it): when this finding is reported, they are not — a cause
    // replaces its symptoms (a shifted column replaces the unrecognized
    // deadlines and unknown responsibles it produced).
    std::vector<std::pair<std::string, std::string>> explains;

    // Sets the cause (see above); chainable.
    Found &because(std::string key, std::string_view text = {}, std::vector<MessageArg> args = {}) {
        cause = std::move(key);
        cause_text = text;
        cause_args = std::move(args);
        return *this;
    }
    // Records that this finding explains @p rule's findings at @p path or inside it.
    Found &explain(std::string rule, std::string path) {
        explains.emplace_back(std::move(rule), std::move(path));
        return *this;
    }
    // Another place the finding names, with what it is there.
    Found &related(std::string path, std::string label_ru, std::string label_en) {
        diagnostic.related.push_back({std::move(path), {}, {}, std::move(label_ru), std::move(label_en)});
        return *this;
    }
};

class MeasureStems;

// What several rules read from the same roadmap, read once per validation
// when a rule first asks (the rules of a roadmap run one after another on one
// thread).
class SharedReading {
public:
    explicit SharedReading(const ResolvedRoadmap &rm);
    ~SharedReading();
    SharedReading(const SharedReading &) = delete;
    SharedReading &operator=(const SharedReading &) = delete;
    // The stems of the measures' titles and results (stem_table.hpp).
    const MeasureStems &stems();

private:
    const ResolvedRoadmap &rm_;
    std::unique_ptr<MeasureStems> stems_;
};

// Where a rule reports. The rule gives the node path and the message values;
// the engine adds severity, location and suppression.
class Findings {
public:
    Findings(std::string_view rule, const SourceMap *sources, SharedReading &shared)
        : rule_(rule), sources_(sources), shared_(shared) {}
    // What other rules also read from the roadmap.
    SharedReading &shared() const { return shared_; }
    // Where another node stands, as `line:column`, for messages that name
    // several places (a dependency cycle); the node path when no source map.
    std::string where(std::string_view path) const {
        if (!sources_) return std::string(path);
        Location l = sources_->locate(path);
        return l.line > 0 ? std::to_string(l.line) + ":" + std::to_string(l.column) : std::string(path);
    }
    // Reports a finding at @p path; the reference stays valid until the next add().
    Found &add(std::string path, std::vector<MessageArg> args) {
        Found f;
        f.diagnostic.rule = std::string(rule_);
        f.diagnostic.path = std::move(path);
        f.diagnostic.args = std::move(args);
        found_.push_back(std::move(f));
        return found_.back();
    }
    std::vector<Found> &found() { return found_; }

private:
    std::string_view rule_;
    const SourceMap *sources_ = nullptr;
    SharedReading &shared_;
    std::vector<Found> found_;
};

// How a rule words a group of findings that share a cause (Found::because):
// templates over the group's values and `{count}`, the number of its findings.
struct GroupText {
    std::string_view key;
    std::string_view message_ru, message_en;
    std::string_view hint_ru, hint_en; // may be empty
};

struct Rule {
    RuleInfo info;
    // What the engine runs; null for a rule reported where its problem is
    // found (the loader, the catalog choice).
    void (*check)(const ResolvedRoadmap &roadmap, Findings &out) = nullptr;
    // Its group texts, by key; empty when its findings never share a cause.
    std::vector<GroupText> group_texts{};
};

// The rule with that id, or nullptr.
const Rule *find_rule_object(std::string_view id) noexcept;

// Every rule, in catalog order (docs/rules.md).
const std::vector<const Rule *> &rules();

} // namespace eduroadmap::detail

#endif
