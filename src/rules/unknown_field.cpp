// unknown-field: a key the format does not define, often a typo; the hint
// names the closest field. Reported by the readers of roadmaps
// (src/load/), configurations (src/config/) and catalogs (src/catalog/).
#include "rules/rule.hpp"

namespace eduroadmap::detail {

extern const Rule rule_unknown_field{
    {"unknown-field", Severity::error, "A key that the format does not define (often a typo).",
     "неизвестное поле «{field}» в {context}",
     "unknown field '{field}' in {context}",
     "возможно, имелось в виду «{suggestion}»",
     "did you mean '{suggestion}'?",
     "rules.md#unknown-field", false /* needs the catalog */,
     RuleCategory::file,
     "Ключ, которого нет в формате (часто опечатка)."},
    nullptr /* no check: reported where the problem is found */};

} // namespace eduroadmap::detail
