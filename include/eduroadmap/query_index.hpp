/// @file query_index.hpp
/// @brief An index over a corpus of resolved roadmaps, built once, that
/// answers the queries of query.hpp over all of them at once — a national
/// portal asking one question of thousands of municipalities.
///
/// The answer is the one query() gives on each roadmap, exactly: the same
/// matches, windows, order and aggregates. The index only decides which
/// measures to look at — windows in an interval index by length class,
/// facets (status, stage, catalog direction, registry responsible) and the
/// folded words of the searchable text as posting lists of measure numbers —
/// and leaves the rest to the steps query() itself runs (docs/query.md,
/// "Many roadmaps: the index").
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

/// @brief An immutable index over a corpus of resolved roadmaps.
class QueryIndex {
public:
    /// @brief Builds the index over @p roadmaps (borrowed; none null), in this
    /// order — the corpus order of results.
    /// @throws std::invalid_argument when a pointer is null or the corpus
    ///         holds 2^32 measures or more
    explicit QueryIndex(std::vector<const ResolvedRoadmap *> roadmaps);
    ~QueryIndex();
    QueryIndex(QueryIndex &&) noexcept;
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

    /// @brief The index's arrays (private to the library; declared here so
    /// that its source files can name them).
    struct Data;

private:
    std::unique_ptr<const Data> data_;
};

/// @brief The corpus result as JSON (docs/query.md): `query`, `count` (every
/// match), `roadmaps` (the roadmaps with a match) and `results`, the
/// to_json(QueryResult) object of each of them, in corpus order.
/// @param indent spaces per level, at most 16; negative for one line
/// @throws std::invalid_argument when @p indent is above 16
std::string to_json(const CorpusQueryResult &result, int indent = -1);

/// @brief parse_query_json, QueryIndex::query and to_json in one call: what
/// the C API's `erm_index_query_json` returns.
/// @throws QueryError when @p request is not a valid query; std::invalid_argument
///         for an @p indent above 16
std::string query_json(const QueryIndex &index, std::string_view request, int indent = -1);

} // namespace eduroadmap

#endif
