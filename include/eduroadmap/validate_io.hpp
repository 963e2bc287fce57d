/// @file validate_io.hpp
/// @brief Validating files and texts: load, choose the catalog, run the pure
/// validate() (validate.hpp), in one call.
///
/// The edge of validation: these functions read the roadmap (and a catalog
/// file when one is named) and put the loader's findings and the catalog's
/// in the same report as the rules'. Safe to call from many threads at once.
#ifndef EDUROADMAP_VALIDATE_IO_HPP
#define EDUROADMAP_VALIDATE_IO_HPP

#include <eduroadmap/io.hpp>
#include <eduroadmap/validate.hpp>

#include <string>
#include <string_view>

namespace eduroadmap {

/// @brief Validates a loaded roadmap against the catalog choose_catalog()
/// picks (catalog_io.hpp): ValidateOptions::catalog, else the roadmap's
/// `catalog:` (a path relative to the roadmap's file), else the default. A
/// catalog that cannot be had is the finding `catalog-invalid`, and the
/// rules that need a catalog are skipped. The source map's file names the report.
Report validate(const LoadedRoadmap &roadmap, const ValidateOptions &options = {});

/// @brief Validates what load_string() or load_file() produced: the loader's
/// findings and, when a roadmap was read, the rules' (as validate_string()
/// does, without loading again). @p file names the report.
Report validate(const LoadResult &loaded, const std::string &file, const ValidateOptions &options = {});

/// @brief Loads @p text and validates it. Loader problems are findings of the
/// report; when the text is not a roadmap at all, they are the only findings.
Report validate_string(std::string_view text, const std::string &file = "<string>",
                       const ValidateOptions &options = {});

/// @brief Loads the file at @p path and validates it (see validate_string).
Report validate_file(const std::string &path, const ValidateOptions &options = {});

} // namespace eduroadmap

#endif
