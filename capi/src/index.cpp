// The corpus index (include/eduroadmap/query_index.hpp): built once over
// many loaded roadmaps, queried with the JSON of erm_query_json.
#include "calls.hpp"
#include "convert.hpp"
#include "errors.hpp"
#include "handles.hpp"

#include <eduroadmap/query_index.hpp>

#include <vector>

/// An index over roadmaps it borrows (their handles must outlive it).
struct erm_index {
    static constexpr erm::detail::HandleType handle_type = static_cast<erm::detail::HandleType>(0x494e4458u); // "INDX"
    erm::detail::HandleType type = handle_type; // first: see valid()
    eduroadmap::QueryIndex index;
    explicit erm_index(std::vector<const eduroadmap::ResolvedRoadmap *> roadmaps) : index(std::move(roadmaps)) {}
};

using erm::detail::guard;
using erm::detail::valid;

extern "C" {

erm_status erm_index_new(const erm_roadmap *const *roadmaps, size_t count, erm_index **out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(out != nullptr);
        *out = nullptr;
        ERM_ASSERT_ARG(roadmaps != nullptr || count == 0);
        std::vector<const eduroadmap::ResolvedRoadmap *> resolved;
        resolved.reserve(count);
        for (size_t i = 0; i < count; ++i) {
            ERM_ASSERT_ARG(valid(roadmaps[i]));
            resolved.push_back(&roadmaps[i]->resolved);
        }
        *out = new erm_index(std::move(resolved));
        return ERM_OK;
    });
}

erm_status erm_index_query_json(const erm_index *index, const char *query_json, char **out) {
    return erm::detail::query_result(__func__, index, query_json, out, [](const erm_index &i, const char *q) {
        return eduroadmap::query_json(i.index, q);
    });
}

void erm_index_free(erm_index *index) { erm::detail::destroy(index); }

} // extern "C"
