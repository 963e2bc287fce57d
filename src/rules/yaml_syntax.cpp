// yaml-syntax: the file is not readable YAML, is not UTF-8, or cannot be
// opened at all. Reported by the loader (src/load/, src/yaml/) for roadmaps,
// configurations and catalogs alike: no rule can run on a text that is not
// YAML.
#include "rules/rule.hpp"

namespace eduroadmap::detail {

extern const Rule rule_yaml_syntax{
    {"yaml-syntax", Severity::error, "The file is not readable YAML (or not UTF-8).",
     "файл не читается как YAML: {detail}",
     "the file is not readable YAML: {detail}",
     "исправьте синтаксис в указанном месте",
     "fix the syntax at the position shown",
     "rules.md#yaml-syntax", false /* needs the catalog */,
     RuleCategory::file,
     "Файл не читается как YAML (или не в UTF-8)."},
    nullptr /* no check: reported where the problem is found */};

} // namespace eduroadmap::detail
