// What the C API's opaque handles hold. Every handle starts with a magic
// number so that a pointer of the wrong type (or a stray pointer to one of
// our freed handles, while its memory is still ours) is refused.
#ifndef EDUROADMAP_CAPI_HANDLES_HPP
#define EDUROADMAP_CAPI_HANDLES_HPP

#include <eduroadmap/eduroadmap.h>

#include <eduroadmap/catalog.hpp>
#include <eduroadmap/coverage.hpp>
#include <eduroadmap/deadline.hpp>
#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/io.hpp>
#include <eduroadmap/resolve.hpp>
#include <eduroadmap/validate.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace erm::detail {
enum Magic : std::uint32_t {
    roadmap_magic = 0x524d4150u,  // "RMAP"
    report_magic = 0x52505254u,   // "RPRT"
    deadline_magic = 0x44454144u, // "DEAD"
    dead_magic = 0xdeadbeefu,     // a freed handle
};
} // namespace erm::detail

/// A loaded roadmap: the model, the loader's findings and everything
/// resolved, computed once at load so that every accessor is a const read.
struct erm_roadmap {
    /// What a section's direction match reads as, NUL-terminated.
    struct SectionView {
        std::string path, match, code, slug, title;
        std::size_t first = 0, size = 0; // its measures: [first, first + size)
    };
    /// A coverage row's texts.
    struct RowView {
        std::string code, slug, title;
        unsigned int covered = 0, missing = 0;
    };
    std::uint32_t magic = erm::detail::roadmap_magic;
    eduroadmap::LoadResult loaded;                        // the document is always present
    std::shared_ptr<const eduroadmap::Catalog> catalog;   // a catalog read from a file, when one was named
    eduroadmap::ResolvedRoadmap resolved;                 // borrows loaded.document->roadmap and the catalog
    eduroadmap::Coverage coverage;                        // borrows resolved
    std::vector<std::string> measure_paths;
    std::vector<SectionView> sections;
    std::vector<RowView> rows;

    const eduroadmap::Roadmap &model() const { return loaded.document->roadmap; }
    const std::string &file() const { return loaded.document->sources.file(); }
};

/// A validation report with its messages rendered in one language.
struct erm_report {
    struct Entry {
        std::string rule, message, hint, path, file;
        erm_severity severity = ERM_SEVERITY_INFO;
        int line = 0, column = 0;
    };
    std::uint32_t magic = erm::detail::report_magic;
    eduroadmap::Report report;                            // what the entries were rendered from (for its JSON form)
    eduroadmap::Language language = eduroadmap::Language::ru; // of the messages and hints
    std::vector<Entry> entries;
    eduroadmap::Tally counts;
};

/// A resolved deadline and its derived texts.
struct erm_deadline {
    std::uint32_t magic = erm::detail::deadline_magic;
    eduroadmap::Deadline deadline;
    std::string rendered, rrule;
};

namespace erm::detail {
inline bool valid(const erm_roadmap *p) noexcept { return p && p->magic == roadmap_magic; }
inline bool valid(const erm_report *p) noexcept { return p && p->magic == report_magic; }
inline bool valid(const erm_deadline *p) noexcept { return p && p->magic == deadline_magic; }

// Frees a handle of ours: the magic is spoiled first so a later use is refused
// for as long as the allocator leaves the memory alone.
template <class Handle> void destroy(Handle *handle) noexcept {
    if (!valid(handle)) return;
    handle->magic = dead_magic;
    delete handle;
}
} // namespace erm::detail

#endif
