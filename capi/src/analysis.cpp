// Coverage of the management cycle and indicator progress.
#include "calls.hpp"
#include "convert.hpp"
#include "errors.hpp"
#include "handles.hpp"

#include <eduroadmap/coverage.hpp>
#include <eduroadmap/indicators.hpp>
#include <eduroadmap/json.hpp>

#include <algorithm>

namespace ed = eduroadmap;
using erm::detail::check_index;
using erm::detail::check_version;
using erm::detail::guard;
using erm::detail::valid;

namespace {
// The index of @p value in @p list (by equality), or ERM_NO_INDEX.
template <class T> std::size_t index_of(const std::vector<T> &list, const std::optional<T> &value) {
    if (!value) return ERM_NO_INDEX;
    auto it = std::find(list.begin(), list.end(), *value);
    return it == list.end() ? ERM_NO_INDEX : static_cast<std::size_t>(it - list.begin());
}
} // namespace

extern "C" {

erm_status erm_roadmap_indicator_progress(const erm_roadmap *roadmap, size_t index, const erm_date *as_of,
                                          erm_indicator_progress *out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(valid(roadmap));
        ERM_ASSERT_ARG(as_of != nullptr);
        ERM_ASSERT_ARG(out != nullptr);
        ERM_TRY(check_version(out->version, ERM_INDICATOR_PROGRESS_VERSION, "erm_indicator_progress"));
        ERM_TRY(check_index(index, roadmap->model().indicators.size(), "indicator"));
        const auto day = erm::detail::from_c(erm_window{*as_of, *as_of});
        ERM_ASSERT_ARG(day.has_value()); // a valid date
        const ed::Indicator &indicator = roadmap->model().indicators[index];
        const ed::IndicatorProgress p = ed::progress(indicator, day->start());
        out->status = erm::detail::to_c(p.status);
        out->target = index_of(indicator.targets, p.target);
        out->target_window = p.target_window ? erm::detail::to_c(*p.target_window) : erm_window{{0, 0, 0}, {0, 0, 0}};
        out->latest = index_of(indicator.actuals, p.latest);
        out->has_expected = p.expected ? 1 : 0;
        out->expected = p.expected.value_or(0.0);
        out->has_share = p.share ? 1 : 0;
        out->share = p.share.value_or(0.0);
        return ERM_OK;
    });
}

size_t erm_roadmap_coverage_row_count(const erm_roadmap *roadmap) {
    return erm::detail::count_result(__func__, roadmap, [](const erm_roadmap &r) { return r.rows.size(); });
}

erm_status erm_roadmap_coverage_row(const erm_roadmap *roadmap, size_t index, erm_coverage_row *out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(valid(roadmap));
        ERM_ASSERT_ARG(out != nullptr);
        ERM_TRY(check_version(out->version, ERM_COVERAGE_ROW_VERSION, "erm_coverage_row"));
        ERM_TRY(check_index(index, roadmap->rows.size(), "coverage row"));
        const erm_roadmap::RowView &v = roadmap->rows[index];
        const ed::CoverageRow &row = roadmap->coverage.rows[index];
        out->code = v.code.c_str();
        out->slug = v.slug.c_str();
        out->title = v.title.c_str();
        out->section_count = row.sections.size();
        out->measure_count = row.measure_count;
        out->covered = v.covered;
        out->missing = v.missing;
        return ERM_OK;
    });
}

erm_status erm_roadmap_required_stages(const erm_roadmap *roadmap, unsigned int *out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(valid(roadmap));
        ERM_ASSERT_ARG(out != nullptr);
        unsigned int bits = 0;
        for (ed::Stage stage : roadmap->coverage.required) bits |= ERM_STAGE_BIT(static_cast<int>(stage));
        *out = bits;
        return ERM_OK;
    });
}

erm_status erm_roadmap_coverage_json(const erm_roadmap *roadmap, char **out) {
    return erm::detail::string_result(__func__, roadmap, out,
                                      [](const erm_roadmap &r) { return ed::to_json(r.coverage, r.resolved); });
}

} // extern "C"
