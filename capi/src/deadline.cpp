// Deadline resolution and plan periods.
#include "calls.hpp"
#include "convert.hpp"
#include "errors.hpp"
#include "../../src/deadline/resolve_text.hpp" // resolve_deadline that lets std::bad_alloc through
#include "handles.hpp"

#include <eduroadmap/deadline.hpp>
#include <eduroadmap/json.hpp>
#include <eduroadmap/model.hpp>

#include <memory>
#include <string>

namespace ed = eduroadmap;
using erm::detail::guard;
using erm::detail::valid;

extern "C" {

erm_status erm_period_parse(const char *text, erm_window *out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(text != nullptr);
        ERM_ASSERT_ARG(out != nullptr);
        std::string reason;
        const auto period = ed::parse_plan_period(text, reason);
        if (!period)
            return erm::detail::fail(ERM_E_INVALID_ARGUMENT,
                                     std::string("invalid argument: '") + text + "' is not a plan period: " + reason);
        *out = erm::detail::to_c(period->window);
        return ERM_OK;
    });
}

erm_status erm_deadline_resolve(const char *text, const erm_window *period, erm_deadline **out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(out != nullptr);
        *out = nullptr;
        ERM_ASSERT_ARG(text != nullptr);
        ERM_ASSERT_ARG(period != nullptr);
        const auto window = erm::detail::from_c(*period);
        ERM_ASSERT_ARG(window.has_value()); // valid dates, start <= end
        auto handle = std::make_unique<erm_deadline>();
        handle->deadline = ed::detail::resolve_text(text, *window); // out of memory: ERM_E_NO_MEMORY
        handle->rendered = ed::render_deadline(handle->deadline);
        if (handle->deadline.rule) handle->rrule = handle->deadline.rule->to_rrule();
        *out = handle.release();
        return ERM_OK;
    });
}

erm_status erm_deadline_describe(const erm_deadline *deadline, erm_deadline_info *out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(valid(deadline));
        ERM_ASSERT_ARG(out != nullptr);
        ERM_TRY(erm::detail::check_version(out->version, ERM_DEADLINE_INFO_VERSION, "erm_deadline_info"));
        const ed::Deadline &d = deadline->deadline;
        out->text = d.text.c_str();
        out->kind = erm::detail::to_c(d.kind);
        out->window_count = d.windows.size();
        out->count = d.count;
        out->ambiguous = d.ambiguous ? 1 : 0;
        out->note = d.note.c_str();
        out->rendered = deadline->rendered.c_str();
        out->rrule = deadline->rrule.c_str();
        return ERM_OK;
    });
}

erm_status erm_deadline_window(const erm_deadline *deadline, size_t index, erm_window *out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(valid(deadline));
        ERM_ASSERT_ARG(out != nullptr);
        ERM_TRY(erm::detail::check_index(index, deadline->deadline.windows.size(), "window"));
        *out = erm::detail::to_c(deadline->deadline.windows[index]);
        return ERM_OK;
    });
}

erm_status erm_deadline_to_json(const erm_deadline *deadline, char **out) {
    return erm::detail::string_result(__func__, deadline, out,
                                      [](const erm_deadline &d) { return ed::to_json(d.deadline); });
}

void erm_deadline_free(erm_deadline *deadline) { erm::detail::destroy(deadline); }

} // extern "C"
