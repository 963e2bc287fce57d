// The glossary «Принятые сокращения:» («КО – комитет образования …»): the
// registry of responsibles.
#ifndef EDUROADMAP_SRC_IMPORT_GLOSSARY_HPP
#define EDUROADMAP_SRC_IMPORT_GLOSSARY_HPP

#include <eduroadmap/model.hpp>

#include <string_view>
#include <vector>

namespace eduroadmap::detail::importer {

// True for the glossary's heading: «Принятые сокращения:», «Используемые
// сокращения», «Список (используемых) сокращений», «Сокращения».
bool is_glossary_heading(std::string_view line);

// Reads one glossary entry «ABBR – full name.» (en dash, em dash, a
// hyphen between spaces, or a tab between the two cells of a glossary
// table): the abbreviation is short and has no more lower-case letters than
// capitals. Appends it to @p registry with an id made from the abbreviation
// (unique in the registry). False when the line is no entry.
bool read_glossary_entry(std::string_view line, std::vector<Responsible> &registry);

} // namespace eduroadmap::detail::importer

#endif
