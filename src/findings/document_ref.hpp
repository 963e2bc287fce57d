// Node paths read back into the plan: where a finding stands in the printed
// document (DocumentRef), and a key for it that survives edits elsewhere in
// the file (group ids).
#ifndef EDUROADMAP_SRC_FINDINGS_DOCUMENT_REF_HPP
#define EDUROADMAP_SRC_FINDINGS_DOCUMENT_REF_HPP

#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/model.hpp>

#include <string>
#include <string_view>

namespace eduroadmap::detail {

// The section or measure @p path (`sections[2].groups[0].measures[4].deadline`)
// lies in; kind none for any other path or an index out of range.
DocumentRef document_ref(const Roadmap &roadmap, std::string_view path);

// @p path with each list index replaced by what the item says — a section by
// its number and title, a measure by its number and title, a registry entry
// or an indicator by its id — so that inserting or removing other items
// leaves it unchanged.
std::string stable_path(const Roadmap &roadmap, std::string_view path);

} // namespace eduroadmap::detail

#endif
