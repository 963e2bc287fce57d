// The shapes most C API functions share, written once: a count of a
// handle's parts, a new string made from a handle, and a query's JSON.
#ifndef EDUROADMAP_CAPI_CALLS_HPP
#define EDUROADMAP_CAPI_CALLS_HPP

#include "errors.hpp"
#include "handles.hpp"

#include <eduroadmap/query.hpp>

#include <cstddef>
#include <string>

namespace erm::detail {

// `size_t erm_x_count(const Handle *)`: @p count of a valid handle; 0 and the
// last error for an invalid one.
template <class Handle, class Count>
std::size_t count_result(const char *function, const Handle *handle, Count count) noexcept {
    std::size_t n = 0;
    const erm_status status = guard(function, [&]() -> erm_status {
        ERM_ASSERT_ARG(valid(handle));
        n = count(*handle);
        return ERM_OK;
    });
    return status == ERM_OK ? n : 0;
}

// `erm_status erm_x_to_y(const Handle *, char **out)`: *out = a malloc'ed copy of @p make(*handle).
template <class Handle, class Make>
erm_status string_result(const char *function, const Handle *handle, char **out, Make make) noexcept {
    return guard(function, [&]() -> erm_status {
        ERM_ASSERT_ARG(out != nullptr);
        *out = nullptr;
        ERM_ASSERT_ARG(valid(handle));
        *out = copy_string(make(*handle));
        return ERM_OK;
    });
}

// `erm_status erm_x_query_json(const Handle *, const char *query, char **out)`:
// *out = a malloc'ed copy of @p answer(*handle, query); a bad query is
// ERM_E_QUERY with its message.
template <class Handle, class Answer>
erm_status query_result(const char *function, const Handle *handle, const char *query_json, char **out,
                        Answer answer) noexcept {
    return guard(function, [&]() -> erm_status {
        ERM_ASSERT_ARG(out != nullptr);
        *out = nullptr;
        ERM_ASSERT_ARG(valid(handle));
        ERM_ASSERT_ARG(query_json != nullptr);
        try {
            *out = copy_string(answer(*handle, query_json));
        } catch (const eduroadmap::QueryError &e) {
            return fail(ERM_E_QUERY, e.what());
        }
        return ERM_OK;
    });
}

} // namespace erm::detail

#endif
