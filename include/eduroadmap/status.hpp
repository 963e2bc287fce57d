/// @file status.hpp
/// @brief The execution of a plan on a date (docs/status.md): for each
/// measure, and for a recurring one each occurrence, whether it is done, in
/// progress, overdue, upcoming, cancelled, or has no date — from its
/// `status`, its `progress` entries and its resolved windows — counted per
/// direction and per responsible with the share done of what was due.
///
/// Pure: no I/O. Thread safety: status() only reads the roadmap.
#ifndef EDUROADMAP_STATUS_HPP
#define EDUROADMAP_STATUS_HPP

#include <eduroadmap/resolve.hpp>
#include <eduroadmap/window.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap {

/// @brief Where an occurrence (or a measure) stands on the date asked about.
enum class Execution {
    done,        ///< a progress entry closes it, or the measure's status is `done`
    in_progress, ///< its window is open on the date (start ≤ date ≤ end), not yet done
    overdue,     ///< its window ended before the date (end < date) and it is not done
    upcoming,    ///< its window starts after the date
    no_date,     ///< the deadline has no windows (on demand, external, unspecified, unrecognized)
    cancelled,   ///< the measure, or a progress entry for the occurrence, says `cancelled`
};
/// @brief `done`, `in_progress`, `overdue`, `upcoming`, `no_date` or `cancelled`.
std::string_view to_string(Execution execution) noexcept;

/// @brief One window of a measure and where it stands.
struct Occurrence {
    Window window{Date(2000, 1, 1), Date(2000, 1, 1)}; ///< the window
    Execution execution = Execution::upcoming;          ///< where it stands
    /// The progress entry that closed it (done or cancelled), or the latest
    /// entry recorded for it by the date; nothing when none.
    const ProgressEntry *mark = nullptr;
};

/// @brief A measure and its occurrences on the date.
struct MeasureExecution {
    const ResolvedMeasure *measure = nullptr; ///< borrowed from the resolved roadmap
    /// Where the measure as a whole stands: cancelled; else overdue when an
    /// occurrence is; else in progress when one is; else upcoming when one
    /// is still to come; else done (every occurrence done); no date for a
    /// deadline without windows that nothing marks done.
    Execution execution = Execution::no_date;
    /// The occurrences listed, in window order: those whose window started
    /// by the date and the next one to come, of the occurrences considered
    /// (see StatusOptions::due_in); at most max_listed_occurrences, the
    /// latest kept. The counters below count every occurrence considered.
    std::vector<Occurrence> occurrences;
    std::size_t due = 0;         ///< occurrences that were due: their window ended before the date
    std::size_t done = 0;        ///< occurrences done (due or not)
    std::size_t due_done = 0;    ///< occurrences that were due and are done
    std::size_t overdue = 0;     ///< occurrences overdue
    std::size_t in_progress = 0; ///< occurrences open on the date
    std::size_t upcoming = 0;    ///< occurrences still to come
    std::size_t cancelled = 0;   ///< occurrences cancelled
};

/// @brief Most occurrences listed per measure (a weekly rule has hundreds).
inline constexpr std::size_t max_listed_occurrences = 60;

/// @brief Counts over a group of measures: a direction, a responsible, or the plan.
struct ExecutionTally {
    std::string key;   ///< the direction's code or the responsible's registry id; empty for the plan, or outside catalog/registry
    std::string label; ///< the direction's title, the responsible's short name, or the name as printed
    std::size_t measures = 0;    ///< measures counted
    std::size_t due = 0;         ///< occurrences due (MeasureExecution::due, summed)
    std::size_t due_done = 0;    ///< of them done
    std::size_t overdue = 0;     ///< occurrences overdue
    std::size_t in_progress = 0; ///< occurrences in progress
    std::size_t upcoming = 0;    ///< occurrences upcoming
    std::size_t done = 0;        ///< occurrences done
    std::size_t cancelled = 0;   ///< occurrences cancelled
    std::size_t no_date = 0;     ///< measures without a date
    /// @brief The share done of what was due, 0..1; nothing when nothing was due.
    std::optional<double> share_done() const noexcept {
        if (due == 0) return std::nullopt;
        return static_cast<double>(due_done) / static_cast<double>(due);
    }
};

/// @brief What to report on.
struct StatusOptions {
    Date as_of{2000, 1, 1}; ///< the date asked about
    /// When set, only occurrences whose window ends in this range (the
    /// quarterly report: what was due in the quarter); measures with none
    /// are left out, measures without a date too.
    std::optional<Window> due_in;
};

/// @brief The execution of a plan on a date.
struct StatusReport {
    const ResolvedRoadmap *roadmap = nullptr; ///< the roadmap (borrowed)
    StatusOptions options;                    ///< as asked
    std::vector<MeasureExecution> measures;   ///< in printed order
    ExecutionTally total;                     ///< the whole plan
    /// Per direction, in the order of their first section.
    std::vector<ExecutionTally> by_direction;
    /// Per responsible: registry entries in registry order, then names
    /// outside the registry in order of appearance; a measure counts under
    /// each body its cell names.
    std::vector<ExecutionTally> by_responsible;
};

/// @brief Where each measure of @p roadmap stands on @p options.as_of.
///
/// An occurrence is a window of the measure's deadline. It is done when a
/// progress entry dated on or before the date closes it (is_closed() of
/// query.hpp: status `done`, dated within the occurrence — from its start
/// to the day before the next window's start — or naming it with
/// `occurrence`), or when the
/// measure's status is `done`; cancelled likewise with `cancelled`;
/// otherwise overdue when its window ended before the date, in progress
/// when the date lies in it (first and last day included), upcoming when
/// it starts later. A measure without windows is done or cancelled by its
/// status or a progress entry, else it has no date.
StatusReport status(const ResolvedRoadmap &roadmap, const StatusOptions &options);

/// @brief The report as JSON (docs/status.md): what `eduroadmap status
/// --format json` prints and `erm_status_json` returns.
/// @param indent spaces per level, at most 16; negative for one line
/// @throws std::invalid_argument when @p indent is above 16
std::string to_json(const StatusReport &report, int indent = -1);

} // namespace eduroadmap

#endif
