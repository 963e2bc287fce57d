/// @file query.hpp
/// @brief Queries over a resolved roadmap: which measures match a set of
/// filters (direction, responsible, stage, status, text, and time: due,
/// active, overdue), with the windows that made them match, and aggregates
/// (workload per responsible per month, measures per direction per quarter).
///
/// The time filters follow the deadline contract (docs/deadlines.md, "Due
/// dates"; docs/query.md): a measure is *due* in a range when one of its
/// windows ends inside it, *active* when one of its windows overlaps it, and
/// *overdue as of* a date when one of its windows ended before that date and
/// no progress entry marks that occurrence done. Ranges are inclusive at both ends. The JSON
/// form of queries and results (parse_query_json, to_json) is documented in
/// docs/query.md; it is what the CLI's `query --format json` prints and what
/// the C API's `erm_query_json` returns.
///
/// Thread safety: queries only read the roadmap. Any number of threads may
/// query the same ResolvedRoadmap at once, as long as nobody modifies it (a
/// loaded roadmap is immutable).
#ifndef EDUROADMAP_QUERY_HPP
#define EDUROADMAP_QUERY_HPP

#include <eduroadmap/model.hpp>
#include <eduroadmap/resolve.hpp>
#include <eduroadmap/window.hpp>

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap {

/// @brief What the matched measures of a query are counted by (see aggregate()).
enum class GroupBy {
    none,        ///< no aggregates
    responsible, ///< per responsible (registry entry) per calendar month: the workload
    direction,   ///< per direction per calendar quarter
    month,       ///< per calendar month, all measures together
};
/// @brief `none`, `responsible`, `direction` or `month`.
std::string_view to_string(GroupBy group_by) noexcept;
/// @brief Reads a GroupBy name as written by to_string; nothing otherwise.
std::optional<GroupBy> parse_group_by(std::string_view name) noexcept;

/// @brief A query: every filter that is set must hold (they compose with AND);
/// a query with no filter matches every measure.
///
/// The three time filters apply to the same window: a measure matches when
/// at least one of its windows satisfies all of them at once. Measures
/// without windows (on demand, external, unspecified, unrecognized
/// deadlines) never match a time filter.
struct Query {
    /// A catalog direction by code (`1.3`) or slug (`talents`): the measures
    /// of the sections matched to it (ResolvedRoadmap::sections). Any other
    /// text: words of the section's printed title or of its direction's
    /// catalog title («талант»), compared folded (case, ё = е). Empty: any.
    std::string direction;
    /// A responsible by registry id (`ko`), short name («КО»), full name or
    /// alias, compared folded. A measure matches when its responsibles cell
    /// names that registry entry (ResolvedMeasure::responsibles). A text that
    /// names no registry entry matches cells that contain it as whole words.
    /// Empty: any.
    std::string responsible;
    /// The measure's stage of the management cycle, declared or inferred
    /// from its title, form and result (ResolvedMeasure::stage), or one of the further stages
    /// its title names (MeasureStage::also).
    std::optional<Stage> stage;
    /// The measure's status (see status_of()).
    std::optional<Status> status;
    /// Words that must all occur, folded, in the measure's title, sub-items,
    /// form, expected result or note. Empty: any.
    std::string text;
    /// Due between: a window ends on a day of this range.
    std::optional<Window> due_between;
    /// Active between: a window shares at least one day with this range.
    std::optional<Window> active_between;
    /// Overdue as of: a window ended before this day (its end < the day)
    /// and is not closed (see is_closed()).
    std::optional<Date> overdue_as_of;
    /// Aggregates to compute over the matches.
    GroupBy group_by = GroupBy::none;

    /// @brief True when some time filter is set.
    bool has_time_filter() const noexcept {
        return due_between.has_value() || active_between.has_value() || overdue_as_of.has_value();
    }
};

/// @brief A bad query: an unknown filter name, a value of the wrong form. The
/// message names the filter.
class QueryError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

/// @brief One matching measure.
struct QueryMatch {
    /// The measure, borrowed from the ResolvedRoadmap that was queried (which
    /// must outlive the match).
    const ResolvedMeasure *measure = nullptr;
    /// The windows that satisfy every time filter, in the deadline's order
    /// (by start); every window of the measure when the query has no time
    /// filter.
    std::vector<Window> windows;
};

/// @brief The matched measures counted in one period for one key.
struct Aggregate {
    /// What is counted: the responsible's registry id (GroupBy::responsible;
    /// empty for a name outside the registry), the direction's code
    /// (GroupBy::direction; empty for a section outside the catalog), or empty
    /// (GroupBy::month).
    std::string key;
    /// A readable name for the key: the responsible's short name or the name
    /// as printed, the direction's catalog title or the section's printed
    /// title; empty for GroupBy::month.
    std::string label;
    /// The period: a calendar month (`2021-09`) or quarter (`2021-Q3`).
    std::string period;
    /// The period's days.
    Window window{Date(2000, 1, 1), Date(2000, 1, 1)};
    /// Matched measures with a matching window that ends in the period, in
    /// result order (borrowed from the roadmap).
    std::vector<const ResolvedMeasure *> due;
    /// Matched measures with a matching window that overlaps the period
    /// (a superset of @ref due), in result order.
    std::vector<const ResolvedMeasure *> active;
};

/// @brief The answer to a query.
struct QueryResult {
    const ResolvedRoadmap *roadmap = nullptr; ///< the roadmap queried (borrowed)
    Query query;                              ///< the query, as given
    /// The matches, sorted by the earliest end of a matching window, then its
    /// start, then printed order; measures without windows (possible only
    /// without a time filter) come last, in printed order.
    std::vector<QueryMatch> matches;
    /// The aggregates of query.group_by (empty for GroupBy::none): sorted by
    /// key — responsibles in registry order, then cells that name no registry
    /// entry in order of appearance; directions in the order of their first
    /// section — then by period.
    std::vector<Aggregate> groups;
};

/// @brief Runs the query @p filters over @p roadmap.
/// @return the matches and, when asked, the aggregates. The result borrows
///         from @p roadmap. Never throws for any query (only std::bad_alloc).
QueryResult query(const ResolvedRoadmap &roadmap, const Query &filters);

/// @brief Counts the matches of @p result per key and period (see GroupBy).
///
/// Periods are the calendar months (quarters for GroupBy::direction) that
/// overlap the query's range — the intersection of `due_between` and
/// `active_between` when set, else the plan period — and in which some
/// matching window is active. For GroupBy::responsible a measure is counted
/// under each registry entry its cell names and under each name outside the
/// registry as printed (empty key, the name as label); a measure whose cell
/// names nobody is not counted. With a `responsible` filter, only under the
/// entry the filter names (or, for a name outside the registry, under that
/// name).
std::vector<Aggregate> aggregate(const QueryResult &result, GroupBy group_by);

/// @brief Workload per responsible per month: aggregate(query(roadmap, filters), GroupBy::responsible).
std::vector<Aggregate> workload_by_responsible(const ResolvedRoadmap &roadmap, const Query &filters = {});

/// @brief Measures per direction per quarter: aggregate(query(roadmap, filters), GroupBy::direction).
std::vector<Aggregate> measures_by_direction(const ResolvedRoadmap &roadmap, const Query &filters = {});

/// @brief The direction a measure belongs to, as far as the library knows.
struct MeasureDirection {
    std::string code;  ///< catalog code (`1.3`); empty when the section is outside the catalog or unmatched
    std::string slug;  ///< catalog slug (`talents`); empty likewise
    std::string title; ///< the catalog title, or the section's printed title
};

/// @brief The direction of @p measure's section.
MeasureDirection direction_of(const ResolvedRoadmap &roadmap, const ResolvedMeasure &measure);

/// @brief The measure's status: its `status` field, `planned` when it has
/// none. (Progress entries mark occurrences done — see is_closed() — and do
/// not change the status of a measure that recurs.)
Status status_of(const Measure &measure);

/// @brief True when a progress entry closes the occurrence @p window of
/// @p measure as of @p as_of: an entry dated on or before @p as_of, on or
/// after the window's start and before the start of the measure's next
/// window (any later date for the last window), or one that names an
/// occurrence (ProgressEntry::occurrence) whose period holds the window's
/// end, whose status is `done` or `cancelled`. A measure whose own status is
/// `done` or `cancelled` has every occurrence closed.
bool is_closed(const ResolvedMeasure &measure, const Window &window, Date as_of);

/// @brief Reads a date range as the CLI and the JSON query take it:
/// `START..END` (ISO dates, inclusive), or a whole period: `YYYY`,
/// `YYYY-MM`, `YYYY-Qn` (a calendar quarter) or `YYYY-MM-DD` (one day).
/// @return the range, or nothing when the text is none of these or END < START
std::optional<Window> parse_date_range(std::string_view text) noexcept;

/// @brief Reads a query from JSON: an object whose keys are the filter names
/// of the CLI in snake_case — `direction`, `responsible`, `stage`, `status`,
/// `text` (strings), `due_between`, `active_between` (a range as
/// parse_date_range reads it, or `{"start": DATE, "end": DATE}`),
/// `overdue_as_of` (a date), `group_by` (`responsible`, `direction`,
/// `month`, `none`). A null value is the same as an absent key.
/// @throws QueryError on malformed JSON, an unknown key (with a suggestion),
///         or a value of the wrong form
Query parse_query_json(std::string_view json);

/// @brief The query as JSON, in the form parse_query_json reads (only the
/// filters that are set; ranges as `START..END`).
std::string to_json(const Query &query);

/// @brief The result as JSON (docs/query.md): the roadmap id, the query, the
/// count, the matched measures with their matching windows and, when
/// grouped, the aggregates.
/// @param indent spaces per level, at most 16 (`max_json_indent`); negative for one line
/// @throws std::invalid_argument when @p indent is above 16
std::string to_json(const QueryResult &result, int indent = -1);

/// @brief parse_query_json, query and to_json in one call: what the C API's
/// `erm_query_json` returns.
/// @throws QueryError when @p request is not a valid query; std::invalid_argument
///         for an @p indent above 16
std::string query_json(const ResolvedRoadmap &roadmap, std::string_view request, int indent = -1);

} // namespace eduroadmap

#endif
