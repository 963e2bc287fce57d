// Queries: the JSON form of the C++ query API (include/eduroadmap/query.hpp).
#include "errors.hpp"
#include "handles.hpp"

#include <eduroadmap/query.hpp>

using erm::detail::guard;
using erm::detail::valid;

extern "C" {

erm_status erm_query_json(const erm_roadmap *roadmap, const char *query_json, char **out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(out != nullptr);
        *out = nullptr;
        ERM_ASSERT_ARG(valid(roadmap));
        ERM_ASSERT_ARG(query_json != nullptr);
        try {
            *out = erm::detail::copy_string(eduroadmap::query_json(roadmap->resolved, query_json));
        } catch (const eduroadmap::QueryError &e) {
            return erm::detail::fail(ERM_E_QUERY, e.what());
        }
        return ERM_OK;
    });
}

} // extern "C"
