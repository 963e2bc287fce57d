// wrong-type: a value of the wrong type, or not one of the allowed values
// (a stage, a unit, a comparator). Reported by the readers of roadmaps
// (src/load/), configurations and catalogs.
#include "rules/rule.hpp"

namespace eduroadmap::detail {

extern const Rule rule_wrong_type{
    {"wrong-type", Severity::error, "A value has the wrong type or is not one of the allowed values.",
     "поле «{field}»: ожидается {expected}, записано {actual}",
     "field '{field}': expected {expected}, found {actual}",
     "", "", // no hint
     "rules.md#wrong-type", false /* needs the catalog */,
     RuleCategory::file,
     "Значение неверного типа или не из числа допустимых."},
    nullptr /* no check: reported where the problem is found */};

} // namespace eduroadmap::detail
