// Queries: the JSON form of the C++ query API (include/eduroadmap/query.hpp),
// and their matches as iCalendar (include/eduroadmap/calendar.hpp).
#include "calls.hpp"
#include "convert.hpp"
#include "errors.hpp"
#include "handles.hpp"

#include <eduroadmap/calendar.hpp>
#include <eduroadmap/query.hpp>

using erm::detail::guard;
using erm::detail::valid;

extern "C" {

erm_status erm_query_json(const erm_roadmap *roadmap, const char *query_json, char **out) {
    return erm::detail::query_result(__func__, roadmap, query_json, out, [](const erm_roadmap &r, const char *q) {
        return eduroadmap::query_json(r.resolved, q);
    });
}

erm_status erm_calendar_ics(const erm_roadmap *roadmap, const char *query_json, const erm_language *language,
                            char **out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(out != nullptr);
        *out = nullptr;
        ERM_ASSERT_ARG(valid(roadmap));
        eduroadmap::CalendarOptions options;
        if (language) {
            options.language = erm::detail::language_from_c(*language);
            ERM_ASSERT_ARG(options.language.has_value());
        }
        eduroadmap::Query filters;
        try {
            filters = eduroadmap::parse_query_json(query_json ? query_json : "{}");
        } catch (const eduroadmap::QueryError &e) {
            return erm::detail::fail(ERM_E_QUERY, e.what());
        }
        *out = erm::detail::copy_string(eduroadmap::to_icalendar(eduroadmap::query(roadmap->resolved, filters), options));
        return ERM_OK;
    });
}

} // extern "C"
