// The C API's error discipline: the thread-local last error, the one
// argument-check macro, and the guard that keeps every C++ exception inside.
#ifndef EDUROADMAP_CAPI_ERRORS_HPP
#define EDUROADMAP_CAPI_ERRORS_HPP

#include <eduroadmap/eduroadmap.h>

#include <eduroadmap/diagnostics.hpp>

#include <cstddef>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

namespace erm::detail {

// What erm_last_error_detail() reports.
struct LastError {
    erm_status status = ERM_OK;
    std::string message;
    std::string rule, file; // set for ERM_E_LOAD
    int line = 0, column = 0;
};

// The calling thread's last failure.
LastError &last_error() noexcept;

// Records a failure of the API function running on this thread and returns @p status.
erm_status fail(erm_status status, const std::string &message) noexcept;
// Records a load failure with the location of its first error.
erm_status fail_load(const eduroadmap::Diagnostic &first, const std::string &message) noexcept;
// Records a load failure at the first error of @p diagnostics ("cannot load
// FILE:LINE:COLUMN: message [rule]"); without one, "cannot load FILE: not @p what".
erm_status fail_load_first(const std::vector<eduroadmap::Diagnostic> &diagnostics, const std::string &file,
                           const std::string &what);
// The API function running on this thread (for messages).
const char *&current_function() noexcept;

// ERM_E_VERSION unless 1 <= @p given <= @p known.
erm_status check_version(unsigned int given, unsigned int known, const char *type);
// ERM_E_OUT_OF_RANGE unless @p index < @p size.
erm_status check_index(std::size_t index, std::size_t size, const char *what);

// Runs @p body, turning every exception into a status and a message.
template <class Body> erm_status guard(const char *function, Body &&body) noexcept {
    current_function() = function;
    try {
        return body();
    } catch (const std::bad_alloc &) {
        return fail(ERM_E_NO_MEMORY, "out of memory");
    } catch (const std::exception &e) {
        return fail(ERM_E_INTERNAL, std::string("internal error: ") + e.what());
    } catch (...) {
        return fail(ERM_E_INTERNAL, "internal error: unknown exception");
    }
}

// A malloc'ed copy for a `char **out` (freed by erm_string_free). Throws std::bad_alloc.
char *copy_string(const std::string &s);

} // namespace erm::detail

/// Fails the current API call with ERM_E_INVALID_ARGUMENT unless @p expr holds.
#define ERM_ASSERT_ARG(expr)                                                                                           \
    do {                                                                                                               \
        if (!(expr)) return ::erm::detail::fail(ERM_E_INVALID_ARGUMENT, "invalid argument: expected " #expr);          \
    } while (0)

/// Propagates a failed status from a check helper.
#define ERM_TRY(call)                                                                                                  \
    do {                                                                                                               \
        const erm_status erm_try_status_ = (call);                                                                     \
        if (erm_try_status_ != ERM_OK) return erm_try_status_;                                                         \
    } while (0)

#endif
