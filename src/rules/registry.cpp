#include "rules/rule.hpp"

namespace eduroadmap::detail {

// Rule checks, one file each.
void check_deadline_missing(const ResolvedRoadmap &, Findings &);
void check_deadline_unrecognized(const ResolvedRoadmap &, Findings &);
void check_deadline_outside_period(const ResolvedRoadmap &, Findings &);
void check_deadline_ambiguous(const ResolvedRoadmap &, Findings &);

const std::vector<Rule> &rules() {
    static const std::vector<Rule> table{
        {"deadline-missing", check_deadline_missing},
        {"deadline-unrecognized", check_deadline_unrecognized},
        {"deadline-outside-period", check_deadline_outside_period},
        {"deadline-ambiguous", check_deadline_ambiguous},
    };
    return table;
}

} // namespace eduroadmap::detail
