// catalog-invalid: the direction catalog a roadmap or an option names
// cannot be found or read, or a catalog's `extends:` names one that cannot.
// Reported by the catalog choice (src/catalog/choose.cpp) and catalog
// reading (src/catalog/); the rules that need a catalog are then skipped.
#include "rules/rule.hpp"

namespace eduroadmap::detail {

extern const Rule rule_catalog_invalid{
    {"catalog-invalid", Severity::error, "The direction catalog cannot be found or read.",
     "каталог направлений «{catalog}» не загружен: {reason}",
     "direction catalog '{catalog}' cannot be used: {reason}",
     "укажите встроенный каталог (fioko-2020, lenobl-2021) или путь к файлу каталога",
     "name a built-in catalog (fioko-2020, lenobl-2021) or the path of a catalog file",
     "rules.md#catalog-invalid", false /* needs the catalog */,
     RuleCategory::file,
     "Каталог направлений не найден или не читается."},
    nullptr /* no check: reported where the problem is found */};

} // namespace eduroadmap::detail
