/// @file query_index.hpp
/// @brief An index over a corpus of resolved roadmaps, built once, that
/// answers the queries of query.hpp over all of them at once — a national
/// portal asking one question of thousands of municipalities.
///
/// The answer is the one query() gives on each roadmap, exactly: the same
/// matches, windows, order and aggregates. The index decides which measures
/// to look at — windows in an interval index by length class, facets
/// (status, stage, catalog direction, registry responsible) and the folded
/// words of the searchable text as posting lists of measure numbers — and
/// builds the answer from what it keeps per measure: its windows, the order
/// of a roadmap's measures by first window, the keys aggregates count under
/// (docs/query.md, "Many roadmaps: the index"). QueryIndex::matches gives
/// that answer in compact form (CorpusMatches), QueryIndex::query as one
/// QueryResult per roadmap.
///
/// Lifetime: the index borrows the ResolvedRoadmaps (which borrow their
/// Roadmaps and catalogs); they must outlive it and stay unchanged. Results
/// borrow from the roadmaps likewise.
///
/// Thread safety: the index is immutable once built; any number of threads
/// may query it at once.
#ifndef EDUROADMAP_QUERY_INDEX_HPP
#define EDUROADMAP_QUERY_INDEX_HPP

#include <eduroadmap/query.hpp>
#include <eduroadmap/resolve.hpp>
#include <eduroadmap/window.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap {

/// @brief The answer to a query over a corpus.
struct CorpusQueryResult {
    Query query; ///< the query, as given
    /// One QueryResult per roadmap with at least one match, in corpus order;
    /// each equal to query(roadmap, query). Roadmaps without a match have none.
    std::vector<QueryResult> roadmaps;
    /// The matched measures of every roadmap together.
    std::size_t count() const noexcept;
};

namespace detail {
struct CorpusMatchesBuilder;
struct QueryIndexAccess;
} // namespace detail

/// @brief One match of a corpus query in compact form (see CorpusMatches).
struct CorpusMatch {
    std::uint32_t roadmap = 0; ///< the roadmap's place in QueryIndex::roadmaps()
    std::uint32_t measure = 0; ///< the measure's place in that roadmap's ResolvedRoadmap::measures
    /// The matching windows, as QueryMatch::windows holds them: [windows_begin,
    /// windows_end), in the index or in the CorpusMatches that holds the match.
    const Window *windows_begin = nullptr;
    const Window *windows_end = nullptr; ///< past the last matching window
};

/// @brief One aggregate of a corpus query in compact form: an Aggregate
/// without its strings, its measures as ranges of CorpusMatches::group_measures().
struct CorpusGroup {
    std::uint32_t roadmap = 0; ///< the roadmap's place in QueryIndex::roadmaps()
    /// What is counted, as a number within the roadmap (CorpusMatches::aggregate
    /// gives its key and label): a registry index, a section's index, or another
    /// number private to the index.
    std::uint32_t key = 0;
    Window period{Date(2000, 1, 1), Date(2000, 1, 1)}; ///< the period's days (Aggregate::window)
    std::uint32_t due_begin = 0;    ///< Aggregate::due: the first of its places in group_measures()
    std::uint32_t due_end = 0;      ///< past the last place of Aggregate::due
    std::uint32_t active_begin = 0; ///< Aggregate::active: the first of its places in group_measures()
    std::uint32_t active_end = 0;   ///< past the last place of Aggregate::active
};

/// @brief The matches and groups of one roadmap in a CorpusMatches.
struct CorpusRoadmapMatches {
    std::uint32_t roadmap = 0;                        ///< the roadmap's place in QueryIndex::roadmaps()
    std::uint32_t matches_begin = 0; ///< its first match in CorpusMatches::matches()
    std::uint32_t matches_end = 0;   ///< past its last match
    std::uint32_t groups_begin = 0;  ///< its first aggregate in CorpusMatches::groups()
    std::uint32_t groups_end = 0;    ///< past its last aggregate
};

class CorpusMatches;

/// @brief The most threads QueryIndex::matches(filters, threads) uses,
/// whatever it is asked for.
inline constexpr unsigned max_query_threads = 64;
/// @brief The fewest measures QueryIndex::matches(filters, threads) gives a
/// thread: starting one costs about as much as answering a simple question
/// over this many measures.
inline constexpr std::uint32_t min_measures_per_query_thread = 16384;

/// @brief An immutable index over a corpus of resolved roadmaps.
class QueryIndex {
public:
    /// @brief Builds the index over @p roadmaps (borrowed; none null), in this
    /// order — the corpus order of results.
    /// @throws std::invalid_argument when a pointer is null or the corpus
    ///         holds 2^32 measures or more
    explicit QueryIndex(std::vector<const ResolvedRoadmap *> roadmaps);
    ~QueryIndex();
    /// @brief Moves the index; the results it gave stay valid (its arrays move with it).
    QueryIndex(QueryIndex &&) noexcept;
    /// @brief Moves @p other's index here; the results of the index this one
    /// held before borrow from arrays freed here, so they must be gone first.
    QueryIndex &operator=(QueryIndex &&) noexcept;
    QueryIndex(const QueryIndex &) = delete;
    QueryIndex &operator=(const QueryIndex &) = delete;

    /// @brief The roadmaps, in corpus order.
    const std::vector<const ResolvedRoadmap *> &roadmaps() const noexcept;
    /// @brief The measures of every roadmap together.
    std::size_t measure_count() const noexcept;
    /// @brief The bytes the index holds (its own arrays, not the roadmaps).
    std::size_t memory_bytes() const noexcept;

    /// @brief Runs @p filters over every roadmap: the roadmaps with a match,
    /// each with the QueryResult query() gives for it. Never throws for any
    /// query (only std::bad_alloc).
    CorpusQueryResult query(const Query &filters) const;
    /// @brief query(filters), answered on up to @p threads threads as
    /// matches(filters, threads) answers it.
    CorpusQueryResult query(const Query &filters, unsigned threads) const;

    /// @brief Runs @p filters over every roadmap, as query() does, and
    /// returns the answer in compact form: the same matches, windows, order
    /// and aggregates, without a QueryResult per roadmap or a vector per
    /// match. The fastest way to ask a question that matches much of the
    /// corpus. The result borrows from this index. Never throws for any
    /// query (only std::bad_alloc).
    CorpusMatches matches(const Query &filters) const;

    /// @brief matches(filters) on up to @p threads threads: the roadmaps are
    /// split into contiguous runs of about equal measure counts, each run
    /// answered on a thread of its own (the calling thread takes the first),
    /// and the runs' answers joined in corpus order — the same answer as
    /// matches(filters). Worth it for questions that match much of a large
    /// corpus, the aggregates above all; a server answering many questions
    /// at once gains more from answering them side by side.
    /// @param threads the most threads to use, 0 for as many as the hardware
    ///        runs at once; never more than max_query_threads, nor more than
    ///        one per min_measures_per_query_thread measures of the corpus
    ///        (a small corpus is answered on fewer, one at the least)
    /// Never throws for any query (only std::bad_alloc, and std::system_error
    /// when a thread cannot be started).
    CorpusMatches matches(const Query &filters, unsigned threads) const;

    /// @brief The index's arrays (private to the library; declared here so
    /// that its source files can name them).
    struct Data;

private:
    // The library's own access: its tests split a small corpus into runs.
    friend struct detail::QueryIndexAccess;
    std::unique_ptr<const Data> data_;
};

/// @brief The answer to a query over a corpus in compact form: flat arrays
/// of numbers instead of one QueryResult per roadmap, so that a query
/// matching most of a national corpus allocates a few arrays, not a vector
/// per match. It holds exactly what CorpusQueryResult holds — materialise()
/// gives it — in the same order.
///
/// Lifetime: it borrows from the QueryIndex that made it (windows, roadmaps),
/// which must outlive it. It can be moved, not copied.
class CorpusMatches {
public:
    CorpusMatches(CorpusMatches &&) noexcept = default;            ///< moves; windows stay where they are
    CorpusMatches &operator=(CorpusMatches &&) noexcept = default; ///< moves
    CorpusMatches(const CorpusMatches &) = delete;
    CorpusMatches &operator=(const CorpusMatches &) = delete;

    /// @brief The query, as given.
    const Query &query() const noexcept { return query_; }
    /// @brief The matched measures of every roadmap together.
    std::size_t count() const noexcept { return matches_.size(); }
    /// @brief Every match: roadmap by roadmap in corpus order, each roadmap's
    /// in the order of QueryResult::matches.
    const std::vector<CorpusMatch> &matches() const noexcept { return matches_; }
    /// @brief The roadmaps with at least one match, in corpus order.
    const std::vector<CorpusRoadmapMatches> &roadmaps() const noexcept { return roadmaps_; }
    /// @brief Every aggregate (query().group_by), roadmap by roadmap, each
    /// roadmap's in the order of QueryResult::groups.
    const std::vector<CorpusGroup> &groups() const noexcept { return groups_; }
    /// @brief The measures of the groups' lists, as indices into their roadmap's measures.
    const std::vector<std::uint32_t> &group_measures() const noexcept { return group_measures_; }

    /// @brief The ResolvedRoadmap of @p roadmap (a place in QueryIndex::roadmaps()).
    const ResolvedRoadmap &roadmap(std::uint32_t roadmap) const noexcept;
    /// @brief The measure of @p match.
    const ResolvedMeasure &measure(const CorpusMatch &match) const noexcept {
        return roadmap(match.roadmap).measures[match.measure];
    }
    /// @brief @p group as an Aggregate, with its key, label, period name and lists of measures.
    Aggregate aggregate(const CorpusGroup &group) const;
    /// @brief The QueryResult of one roadmap: what query(roadmap, query()) returns.
    QueryResult result(const CorpusRoadmapMatches &roadmap) const;
    /// @brief Every roadmap's QueryResult: what QueryIndex::query returns.
    CorpusQueryResult materialise() const;

private:
    friend class QueryIndex;
    friend struct detail::CorpusMatchesBuilder;
    CorpusMatches() = default;
    Query query_;
    const QueryIndex::Data *index_ = nullptr;
    std::vector<CorpusMatch> matches_;
    std::vector<CorpusRoadmapMatches> roadmaps_;
    std::vector<CorpusGroup> groups_;
    std::vector<std::uint32_t> group_measures_;
    // Matching windows the index does not hold as one range, in chunks that
    // never grow past their capacity, so that a match's pointers stay valid.
    std::vector<std::vector<Window>> windows_;
};

/// @brief The corpus result as JSON (docs/query.md): `query`, `count` (every
/// match), `roadmaps` (the roadmaps with a match) and `results`, the
/// to_json(QueryResult) object of each of them, in corpus order.
/// @param indent spaces per level, at most 16; negative for one line
/// @throws std::invalid_argument when @p indent is above 16
std::string to_json(const CorpusQueryResult &result, int indent = -1);

/// @brief The compact answer as JSON: the same text as
/// to_json(result.materialise(), indent), written one roadmap at a time.
/// @throws std::invalid_argument when @p indent is above 16
std::string to_json(const CorpusMatches &result, int indent = -1);

/// @brief parse_query_json, QueryIndex::matches and to_json in one call: what
/// the C API's `erm_index_query_json` returns.
/// @throws QueryError when @p request is not a valid query; std::invalid_argument
///         for an @p indent above 16
std::string query_json(const QueryIndex &index, std::string_view request, int indent = -1);

} // namespace eduroadmap

#endif
