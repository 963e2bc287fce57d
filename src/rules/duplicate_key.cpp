// duplicate-key: a mapping repeats a key, which YAML would silently settle by
// keeping one of the values. Reported by the YAML layer (src/yaml/) as it
// builds the tree.
#include "rules/rule.hpp"

namespace eduroadmap::detail {

extern const Rule rule_duplicate_key{
    {"duplicate-key", Severity::error, "A mapping repeats a key; YAML would silently keep only one value.",
     "ключ «{key}» повторяется (первый раз — в строке {first_line})",
     "key '{key}' is repeated (first at line {first_line})",
     "оставьте один ключ и объедините значения",
     "keep one key and merge the values",
     "rules.md#duplicate-key", false /* needs the catalog */,
     RuleCategory::file,
     "Ключ повторяется в отображении; YAML молча оставил бы одно значение."},
    nullptr /* no check: reported where the problem is found */};

} // namespace eduroadmap::detail
