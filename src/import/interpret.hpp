// The one interpreter from a document of paragraphs and tables (blocks.hpp)
// to a Roadmap, shared by text exports and Word files: the text before the
// first plan table (the order, the title, the glossary), each plan table's
// header and rows (sections, groups, year rows, measures), the text between
// and after the tables; the period, the id; everything not placed kept.
#ifndef EDUROADMAP_SRC_IMPORT_INTERPRET_HPP
#define EDUROADMAP_SRC_IMPORT_INTERPRET_HPP

#include "import/blocks.hpp"

#include <eduroadmap/import.hpp>

namespace eduroadmap::detail::importer {

// Fills @p result (its roadmap, messages, tables, layout, rows) from @p blocks.
void interpret(const Blocks &blocks, const ImportOptions &options, ImportResult &result);

} // namespace eduroadmap::detail::importer

#endif
