// Identifiers for what the importer creates (the roadmap, the responsibles of
// the glossary): Russian text transliterated into `[a-z0-9][a-z0-9-]*`.
#ifndef EDUROADMAP_SRC_IMPORT_IDS_HPP
#define EDUROADMAP_SRC_IMPORT_IDS_HPP

#include <string>
#include <string_view>

namespace eduroadmap::detail::importer {

// «МБОУ ДО «ТР ДЮЦ»» → `mbou-do-tr-dyuts`, «Tosno_2021» → `tosno-2021`: Cyrillic
// transliterated, Latin lower-cased, digits kept, every other run of
// characters a single hyphen, no hyphen at either end. Empty when nothing
// of @p text survives.
std::string make_id(std::string_view text);

} // namespace eduroadmap::detail::importer

#endif
