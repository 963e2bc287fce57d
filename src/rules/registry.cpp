// The rule catalog, assembled from the rules: one `const Rule` per file of
// src/rules/ (see rule.hpp for how to add one), listed here once in the order
// of docs/rules.md. Ids are a public contract (docs/rules.md and README):
// extend, never rename.
#include "rules/rule.hpp"

namespace eduroadmap {
namespace detail {

extern const Rule rule_yaml_syntax, rule_input_limit, rule_duplicate_key, rule_unknown_field, rule_missing_field,
    rule_wrong_type, rule_period_invalid, rule_duplicate_id, rule_numbering_gap, rule_unknown_direction,
    rule_duplicate_direction, rule_direction_missing, rule_direction_empty, rule_extra_section,
    rule_cycle_stage_missing, rule_catalog_invalid, rule_deadline_missing, rule_deadline_unrecognized,
    rule_deadline_outside_period, rule_deadline_ambiguous, rule_responsible_missing, rule_responsible_unknown,
    rule_result_missing, rule_title_missing, rule_indicator_unknown, rule_indicator_unused,
    rule_indicator_target_invalid, rule_indicator_missing_for_direction, rule_dependency_unknown,
    rule_dependency_cycle, rule_dependency_order, rule_deadline_before_approval,
    rule_duplicate_measure, rule_columns_shifted,
    rule_period_missing, rule_period_mismatch, rule_approval_mismatch, rule_measure_misplaced;

const std::vector<const Rule *> &rules() {
    static const std::vector<const Rule *> table{
        // the file and its structure (loader)
        &rule_yaml_syntax, &rule_input_limit, &rule_duplicate_key, &rule_unknown_field, &rule_missing_field,
        &rule_wrong_type, &rule_period_invalid,
        // the plan's metadata
        &rule_period_missing, &rule_period_mismatch, &rule_approval_mismatch,
        // identity and numbering
        &rule_duplicate_id, &rule_numbering_gap, &rule_duplicate_measure,
        // directions
        &rule_unknown_direction, &rule_duplicate_direction, &rule_direction_missing, &rule_direction_empty,
        &rule_extra_section, &rule_measure_misplaced, &rule_cycle_stage_missing, &rule_catalog_invalid,
        // deadlines
        &rule_deadline_missing, &rule_deadline_unrecognized, &rule_deadline_outside_period,
        &rule_deadline_ambiguous, &rule_deadline_before_approval,
        // responsibles and results
        &rule_responsible_missing, &rule_responsible_unknown, &rule_result_missing, &rule_title_missing,
        &rule_columns_shifted,
        // indicators
        &rule_indicator_unknown, &rule_indicator_unused, &rule_indicator_target_invalid,
        &rule_indicator_missing_for_direction,
        // dependencies
        &rule_dependency_unknown, &rule_dependency_cycle, &rule_dependency_order,
    };
    return table;
}

const Rule *find_rule_object(std::string_view id) noexcept {
    for (const Rule *r : rules())
        if (r->info.id == id) return r;
    return nullptr;
}

} // namespace detail

const std::vector<RuleInfo> &rule_catalog() {
    static const std::vector<RuleInfo> catalog = [] {
        std::vector<RuleInfo> out;
        for (const detail::Rule *rule : detail::rules()) out.push_back(rule->info);
        return out;
    }();
    return catalog;
}

const RuleInfo *find_rule(std::string_view id) noexcept {
    for (const RuleInfo &r : rule_catalog())
        if (r.id == id) return &r;
    return nullptr;
}

} // namespace eduroadmap
