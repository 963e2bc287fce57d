// A cell missing from (nearly) every row of the table, or from every row of
// a section, is one cause — the document has no such column there — not one
// defect per row (Kachkanar's plan has no result column at all). The
// missing-cell rules report through this: each row is still a finding of its
// own, and the rows share the cause.
#ifndef EDUROADMAP_SRC_RULES_MISSING_COLUMN_HPP
#define EDUROADMAP_SRC_RULES_MISSING_COLUMN_HPP

#include "rules/rule.hpp"

#include <eduroadmap/resolve.hpp>

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace eduroadmap::detail {

// The group texts (Rule::group_texts) a missing-cell rule words its causes
// with: `table` (the whole table lacks the column), `section` (one
// section does; `{section}` names it) and `rows` (below).
inline constexpr std::string_view missing_in_table = "table";
inline constexpr std::string_view missing_in_section = "section";
// `rows`: a run of consecutive rows of one section (`{from}` its first measure).
inline constexpr std::string_view missing_in_run = "rows";

// `scattered`: the cells left empty elsewhere, when there are at least
// missing_scattered_rows of them.
inline constexpr std::string_view missing_scattered = "scattered";

// A share of the table's rows at or above which the column counts as missing
// from the table (the rest may be heading-like rows with stray text).
inline constexpr double missing_table_share = 0.9;
// The share of a section's rows at or above which the column counts as
// missing from the section (Timashevsk's young teachers' section leaves 12
// of 16 results empty).
inline constexpr double missing_section_share = 2.0 / 3.0;
// Fewer rows than these are a few empty cells, not a missing column.
inline constexpr std::size_t missing_table_rows = 5, missing_section_rows = 3;
// A run of this many consecutive rows of a section left the column empty.
inline constexpr std::size_t missing_run_rows = 3;
// Scattered empty cells are one cause from this many on.
inline constexpr std::size_t missing_scattered_rows = 2;

// Reports measure i of @p rm for every i with @p missing[i] through @p report
// (which calls out.add and returns its finding), and gives the findings the
// shared cause when the column is missing from the table, from most rows of
// a section, from a run of consecutive rows, or from several rows scattered
// over the rest of the plan.
// @p counted[i] is false for rows the rule does not judge (heading rows).
void report_missing_column(const ResolvedRoadmap &rm, const std::vector<bool> &missing,
                           const std::vector<bool> &counted, const std::function<Found &(std::size_t)> &report);

} // namespace eduroadmap::detail

#endif
