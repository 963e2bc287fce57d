// period-invalid: the plan's period cannot be read, or ends before it
// starts. Reported by the roadmap builder (src/load/build.cpp); the rules
// that depend on the period then stay silent.
#include "rules/rule.hpp"

namespace eduroadmap::detail {

extern const Rule rule_period_invalid{
    {"period-invalid", Severity::error, "The plan period cannot be read or is inverted.",
     "период плана «{text}» не читается: {reason}",
     "plan period '{text}' is invalid: {reason}",
     "запишите период как 2020-2022, 2023/2024 или {start: …, end: …}",
     "write the period as 2020-2022, 2023/2024 or {start: …, end: …}",
     "rules.md#period-invalid", false /* needs the catalog */,
     RuleCategory::file,
     "Период плана не читается или перевёрнут."},
    nullptr /* no check: reported where the problem is found */};

} // namespace eduroadmap::detail
