// Which progress entries are about which occurrence of a measure: shared by
// the overdue filter of queries (is_closed) and the execution report
// (status.hpp).
#ifndef EDUROADMAP_SRC_QUERY_PROGRESS_HPP
#define EDUROADMAP_SRC_QUERY_PROGRESS_HPP

#include <eduroadmap/resolve.hpp>

#include <vector>

namespace eduroadmap::detail {

// The progress entries of @p measure dated on or before @p as_of that are
// about its occurrence @p window, in the order written: those that name an
// occurrence (ProgressEntry::occurrence) whose period holds the window's
// end; those that name none, dated from the window's start to the day
// before the next window starts (any later day for the last window).
std::vector<const ProgressEntry *> entries_about(const ResolvedMeasure &measure, const Window &window, Date as_of);

// The last of entries_about whose status is `done` or `cancelled`; null when none.
const ProgressEntry *closing_entry(const ResolvedMeasure &measure, const Window &window, Date as_of);

} // namespace eduroadmap::detail

#endif
