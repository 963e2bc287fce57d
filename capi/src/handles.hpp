// What the C API's opaque handles hold. Every handle starts with its type,
// so that a live handle passed where another type is expected (bindings hold
// handles as untyped pointers) is refused. A freed handle is not detected:
// passing one is undefined behaviour (docs/c-api.md), as in libgit2 — any
// check would read memory that is no longer the handle's.
#ifndef EDUROADMAP_CAPI_HANDLES_HPP
#define EDUROADMAP_CAPI_HANDLES_HPP

#include <eduroadmap/eduroadmap.h>

#include <eduroadmap/catalog.hpp>
#include <eduroadmap/config.hpp>
#include <eduroadmap/coverage.hpp>
#include <eduroadmap/deadline.hpp>
#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/import.hpp>
#include <eduroadmap/io.hpp>
#include <eduroadmap/resolve.hpp>
#include <eduroadmap/validate.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace erm::detail {
// The first member of every handle.
enum class HandleType : std::uint32_t {
    roadmap = 0x524d4150u,  // "RMAP"
    report = 0x52505254u,   // "RPRT"
    deadline = 0x44454144u, // "DEAD"
    import_result = 0x494d5054u, // "IMPT"
    config = 0x434f4e46u,        // "CONF"
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
    static constexpr erm::detail::HandleType handle_type = erm::detail::HandleType::roadmap;
    erm::detail::HandleType type = handle_type; // first: see valid()
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
    static constexpr erm::detail::HandleType handle_type = erm::detail::HandleType::report;
    erm::detail::HandleType type = handle_type; // first: see valid()
    eduroadmap::Report report;                            // what the entries were rendered from (for its JSON form)
    eduroadmap::Language language = eduroadmap::Language::ru; // of the messages and hints
    std::vector<Entry> entries;
    eduroadmap::Tally counts;
};

/// A resolved deadline and its derived texts.
struct erm_deadline {
    static constexpr erm::detail::HandleType handle_type = erm::detail::HandleType::deadline;
    erm::detail::HandleType type = handle_type; // first: see valid()
    eduroadmap::Deadline deadline;
    std::string rendered, rrule;
};

/// An import's result, its texts rendered in one language.
struct erm_import_result {
    struct Message {
        erm_import_message_kind kind = ERM_IMPORT_GUESS;
        std::string where, text;
    };
    static constexpr erm::detail::HandleType handle_type = erm::detail::HandleType::import_result;
    erm::detail::HandleType type = handle_type; // first: see valid()
    eduroadmap::ImportResult result;
    std::string yaml, layout, period_source, summary;
    std::vector<Message> messages;
};

/// A configuration read from a file or text, with the texts erm_config_describe() lends.
struct erm_config {
    static constexpr erm::detail::HandleType handle_type = erm::detail::HandleType::config;
    erm::detail::HandleType type = handle_type; // first: see valid()
    eduroadmap::Config config;
};

namespace erm::detail {
// True when @p p is not NULL and the live handle it points to is a Handle.
// The type is read as the first bytes of whatever handle is there: every
// handle starts with one.
template <class Handle> bool valid(const Handle *p) noexcept {
    if (!p) return false;
    HandleType type;
    std::memcpy(&type, static_cast<const void *>(p), sizeof type);
    return type == Handle::handle_type;
}

// Frees a handle; NULL and a handle of another type are left alone.
template <class Handle> void destroy(Handle *handle) noexcept {
    if (valid(handle)) delete handle;
}
} // namespace erm::detail

#endif
