// Canonical forms of recurrence rules, shared by the resolver and the RRULE reader.
#ifndef EDUROADMAP_SRC_DEADLINE_RECURRENCE_HPP
#define EDUROADMAP_SRC_DEADLINE_RECURRENCE_HPP

#include <eduroadmap/deadline.hpp>

#include <optional>
#include <vector>

namespace eduroadmap::detail {

/// One frequency per meaning: 3 months are a quarter, 6 months (or 2
/// quarters) a half-year, so that a rule and its RRULE read back compare equal.
void normalize(Recurrence &rule);

/// Sorts month spans by first month and drops repeats.
void sort_month_spans(std::vector<MonthSpan> &spans);

/// The largest interval a rule takes («раз в 1000 лет»; RRULE INTERVAL).
inline constexpr int max_recurrence_interval = 1000;

/// Maximal runs of consecutive months in a set (in[1..12]), December running
/// into January; {1, 12} when every month is in.
std::vector<MonthSpan> month_runs(const bool (&in)[13]);

/// The rule «<dated windows>, далее <rule>» reads: the dated windows'
/// months every following year (yearly) or the rule's units after them, from
/// the first occurrence after the last dated window. Nothing when a window is
/// not whole months. @p rule gives the frequency and interval; its months and
/// start are replaced. Shared by the resolver and the renderer, which checks
/// that the windows it names still say the rule it writes.
std::optional<Recurrence> repeat_windows(const std::vector<Window> &dated, Recurrence rule);

/// School quarters as month spans: 09-01..10-31, 11-01..12-31, 01-01..03-31, 04-01..05-31.
inline constexpr MonthSpan school_quarter_months[4] = {{9, 10}, {11, 12}, {1, 3}, {4, 5}};

/// The window of @p span that starts in @p year (a span crossing the new
/// year ends in the next one).
Window span_window(const MonthSpan &span, int year);

} // namespace eduroadmap::detail

#endif
