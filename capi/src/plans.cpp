// Plans over time: two versions compared (include/eduroadmap/diff.hpp) and
// the execution on a date (include/eduroadmap/status.hpp), as JSON.
#include "convert.hpp"
#include "errors.hpp"
#include "handles.hpp"

#include <eduroadmap/diff.hpp>
#include <eduroadmap/status.hpp>

using erm::detail::guard;
using erm::detail::valid;

extern "C" {

erm_status erm_diff_json(const erm_roadmap *before, const erm_roadmap *after, char **out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(out != nullptr);
        *out = nullptr;
        ERM_ASSERT_ARG(valid(before));
        ERM_ASSERT_ARG(valid(after));
        *out = erm::detail::copy_string(eduroadmap::to_json(eduroadmap::diff(before->resolved, after->resolved)));
        return ERM_OK;
    });
}

erm_status erm_status_json(const erm_roadmap *roadmap, const erm_date *as_of, const erm_window *due_in, char **out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(out != nullptr);
        *out = nullptr;
        ERM_ASSERT_ARG(valid(roadmap));
        ERM_ASSERT_ARG(as_of != nullptr);
        const auto day = erm::detail::from_c(erm_window{*as_of, *as_of});
        ERM_ASSERT_ARG(day.has_value()); // a valid date
        eduroadmap::StatusOptions options;
        options.as_of = day->start();
        if (due_in) {
            options.due_in = erm::detail::from_c(*due_in);
            ERM_ASSERT_ARG(options.due_in.has_value()); // valid dates, start <= end
        }
        *out = erm::detail::copy_string(eduroadmap::to_json(eduroadmap::status(roadmap->resolved, options)));
        return ERM_OK;
    });
}

} // extern "C"
