// missing-field: a required field is absent. Reported by the readers of
// roadmaps (src/load/), configurations and catalogs.
#include "rules/rule.hpp"

namespace eduroadmap::detail {

extern const Rule rule_missing_field{
    {"missing-field", Severity::error, "A required field is absent.",
     "нет обязательного поля «{field}» в {context}",
     "required field '{field}' is missing in {context}",
     "добавьте поле «{field}» (см. docs/format.md)",
     "add the field '{field}' (see docs/format.md)",
     "rules.md#missing-field", false /* needs the catalog */,
     RuleCategory::file,
     "Нет обязательного поля."},
    nullptr /* no check: reported where the problem is found */};

} // namespace eduroadmap::detail
