// input-limit: the input exceeds a configured limit (Limits: size, nesting
// depth, nodes after alias expansion). Reported by the loader (src/load/,
// src/yaml/) before or while parsing, so that hostile input never exhausts
// the machine.
#include "rules/rule.hpp"

namespace eduroadmap::detail {

extern const Rule rule_input_limit{
    {"input-limit", Severity::error, "The input exceeds a configured limit (size, nesting depth, nodes).",
     "превышен предел входных данных ({limit}: {value}): {detail}",
     "input limit exceeded ({limit}: {value}): {detail}",
     "уменьшите файл или поднимите предел в настройках (limits)",
     "shrink the file or raise the limit in the configuration (limits)",
     "rules.md#input-limit", false /* needs the catalog */,
     RuleCategory::file,
     "Входные данные превышают ограничение (размер, вложенность, число узлов)."},
    nullptr /* no check: reported where the problem is found */};

} // namespace eduroadmap::detail
