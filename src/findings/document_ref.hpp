// Node paths read back into the plan: where a finding stands in the printed
// document (DocumentRef), and a key for it that survives edits elsewhere in
// the file (group ids).
#ifndef EDUROADMAP_SRC_FINDINGS_DOCUMENT_REF_HPP
#define EDUROADMAP_SRC_FINDINGS_DOCUMENT_REF_HPP

#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/model.hpp>

#include <string>
#include <string_view>
#include <unordered_map>

namespace eduroadmap::detail {

// The section or measure @p path (`sections[2].groups[0].measures[4].deadline`)
// lies in; kind none for any other path or an index out of range.
DocumentRef document_ref(const Roadmap &roadmap, std::string_view path);

// Node paths of one roadmap made stable: each list index replaced by what
// the item says — a section by its number and title, a measure by its number
// and title, a registry entry or an indicator by its id — so that inserting
// or removing other items leaves the path unchanged. Each title is folded
// once: a roadmap's findings name the same sections and measures again and
// again. The roadmap must outlive it, unchanged.
class StablePaths {
public:
    explicit StablePaths(const Roadmap &roadmap) : roadmap_(roadmap) {}
    // @p path made stable.
    std::string operator()(std::string_view path);

private:
    const std::string &folded(const std::string &title);
    const Roadmap &roadmap_;
    std::unordered_map<const std::string *, std::string> folded_; // by the title's address
};

} // namespace eduroadmap::detail

#endif
