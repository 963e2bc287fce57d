#include "rules/rule.hpp"

namespace eduroadmap::detail {

// Rule checks, one file each.
void check_duplicate_id(const ResolvedRoadmap &, Findings &);
void check_numbering_gap(const ResolvedRoadmap &, Findings &);
void check_unknown_direction(const ResolvedRoadmap &, Findings &);
void check_duplicate_direction(const ResolvedRoadmap &, Findings &);
void check_direction_missing(const ResolvedRoadmap &, Findings &);
void check_direction_empty(const ResolvedRoadmap &, Findings &);
void check_extra_section(const ResolvedRoadmap &, Findings &);
void check_cycle_stage_missing(const ResolvedRoadmap &, Findings &);
void check_deadline_missing(const ResolvedRoadmap &, Findings &);
void check_deadline_unrecognized(const ResolvedRoadmap &, Findings &);
void check_deadline_outside_period(const ResolvedRoadmap &, Findings &);
void check_deadline_ambiguous(const ResolvedRoadmap &, Findings &);
void check_responsible_missing(const ResolvedRoadmap &, Findings &);
void check_responsible_unknown(const ResolvedRoadmap &, Findings &);
void check_result_missing(const ResolvedRoadmap &, Findings &);
void check_title_missing(const ResolvedRoadmap &, Findings &);
void check_indicator_unknown(const ResolvedRoadmap &, Findings &);
void check_indicator_unused(const ResolvedRoadmap &, Findings &);
void check_indicator_target_invalid(const ResolvedRoadmap &, Findings &);
void check_indicator_missing_for_direction(const ResolvedRoadmap &, Findings &);
void check_dependency_unknown(const ResolvedRoadmap &, Findings &);
void check_dependency_cycle(const ResolvedRoadmap &, Findings &);
void check_dependency_order(const ResolvedRoadmap &, Findings &);

const std::vector<Rule> &rules() {
    static const std::vector<Rule> table{
        {"duplicate-id", check_duplicate_id},
        {"numbering-gap", check_numbering_gap},
        {"unknown-direction", check_unknown_direction},
        {"duplicate-direction", check_duplicate_direction},
        {"direction-missing", check_direction_missing},
        {"direction-empty", check_direction_empty},
        {"extra-section", check_extra_section},
        {"cycle-stage-missing", check_cycle_stage_missing},
        {"deadline-missing", check_deadline_missing},
        {"deadline-unrecognized", check_deadline_unrecognized},
        {"deadline-outside-period", check_deadline_outside_period},
        {"deadline-ambiguous", check_deadline_ambiguous},
        {"responsible-missing", check_responsible_missing},
        {"responsible-unknown", check_responsible_unknown},
        {"result-missing", check_result_missing},
        {"title-missing", check_title_missing},
        {"indicator-unknown", check_indicator_unknown},
        {"indicator-unused", check_indicator_unused},
        {"indicator-target-invalid", check_indicator_target_invalid},
        {"indicator-missing-for-direction", check_indicator_missing_for_direction},
        {"dependency-unknown", check_dependency_unknown},
        {"dependency-cycle", check_dependency_cycle},
        {"dependency-order", check_dependency_order},
    };
    return table;
}

} // namespace eduroadmap::detail
