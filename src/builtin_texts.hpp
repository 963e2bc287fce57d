// The texts of the built-in data files, generated at build time
// (cmake/EmbedCatalogs.cmake): the direction catalogs from catalogs/*.yaml,
// the default first, and the scoring models from catalogs/score-*.yaml.
#ifndef EDUROADMAP_SRC_BUILTIN_TEXTS_HPP
#define EDUROADMAP_SRC_BUILTIN_TEXTS_HPP

#include <cstddef>

namespace eduroadmap::detail {

struct BuiltinText {
    const char *id;   // the file name without .yaml
    const char *text; // the file's YAML text
};

extern const BuiltinText builtin_catalog_texts[];
extern const std::size_t builtin_catalog_count;

extern const BuiltinText builtin_score_model_texts[];
extern const std::size_t builtin_score_model_count;

} // namespace eduroadmap::detail

#endif
