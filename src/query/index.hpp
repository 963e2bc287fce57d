// The arrays of a QueryIndex (query_index.hpp): compact posting lists of
// measure numbers (uint32, sorted), the folded words they are keyed by, and
// the windows by length class. Built by index_build.cpp, read by
// index_query.cpp.
#ifndef EDUROADMAP_SRC_QUERY_INDEX_HPP
#define EDUROADMAP_SRC_QUERY_INDEX_HPP

#include <eduroadmap/query_index.hpp>

#include <array>
#include <optional>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace eduroadmap::detail {

// Lists of measure numbers by key, in one array (CSR): the list of key k is
// ids[first[k] .. first[k + 1]), ascending.
struct Postings {
    std::vector<std::uint32_t> first{0};
    std::vector<std::uint32_t> ids;

    std::size_t keys() const { return first.size() - 1; }
    const std::uint32_t *begin(std::size_t k) const { return ids.data() + first[k]; }
    const std::uint32_t *end(std::size_t k) const { return ids.data() + first[k + 1]; }
    std::size_t bytes() const { return (first.capacity() + ids.capacity()) * sizeof(std::uint32_t); }
};

// Builds Postings from (key, measure) pairs added in any order.
class PostingsBuilder {
public:
    void add(std::uint32_t key, std::uint32_t id) { pairs_.emplace_back(key, id); }
    // Sorts, drops repeats; @p keys is the number of keys (some may have no list).
    Postings build(std::size_t keys);

private:
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs_;
};

// The folded words of some text of every measure, for substring search: a
// word searched for occurs in a measure's text exactly when each of its runs
// of letters and digits lies inside one of the measure's words.
struct WordPostings {
    std::vector<std::string> vocabulary; // distinct words, UTF-8, folded
    Postings postings;                   // by index into vocabulary
    std::size_t bytes() const;
};

// Collects the words of measures' texts into WordPostings.
class WordPostingsBuilder {
public:
    // Adds the words (runs of letters and digits, text.hpp's is_letter_or_digit)
    // of the folded text @p text to measure @p id.
    void add(std::u32string_view text, std::uint32_t id);
    WordPostings build();

private:
    std::unordered_map<std::string, std::uint32_t> numbers_;
    std::vector<std::string> words_;
    PostingsBuilder postings_;
    std::string word_; // reused
};

// A run of letters and digits of a text searched for, and whether the text
// goes on before (after) it: then, wherever the text occurs, the run begins
// (ends) a word there.
struct LetterRun {
    std::string text; // UTF-8
    bool starts_word = false, ends_word = false;
    // True when @p word can hold the run where the text occurs.
    bool fits(std::string_view word) const;
};

// The runs of letters and digits of @p text (folded).
std::vector<LetterRun> letter_runs(std::u32string_view text);

// Windows whose length in days is at most 2^k, sorted by start, as day
// numbers; `hull` entries stand for every window of a measure with too
// many to list (its first start to its last end): they only narrow.
struct WindowClass {
    std::vector<std::uint32_t> start, end, id;
};
inline constexpr std::size_t window_classes = 23;       // 2^22 days: longer than any calendar range
inline constexpr std::size_t listed_windows_max = 64;   // more: one hull entry
inline constexpr std::size_t cached_windows_max = 256;  // more: not cached (walk the Schedule)

// A registry entry a name may designate in one roadmap: the key of its
// responsible postings.
struct NamedEntry {
    std::uint32_t roadmap, key;
    std::uint32_t entry; // the registry index registry_entry() gives (key is that of the first entry with its id)
};

// What a query needs to know of a measure beyond its postings (measure_flags).
enum : std::uint8_t {
    measure_uncached = 1, // more than cached_windows_max windows: walk its Schedule
    measure_closed = 2,   // status done or cancelled: every occurrence closed
    measure_progress = 4, // progress entries: is_closed() decides
};

} // namespace eduroadmap::detail

namespace eduroadmap {

struct QueryIndex::Data {
    std::vector<const ResolvedRoadmap *> roadmaps;
    std::vector<std::uint32_t> first; // first measure number of each roadmap; one more at the end
    detail::Postings status;          // by Status
    detail::Postings stage;           // by Stage (the stage and its `also`)

    // Directions: the distinct catalogs of the corpus (null included), each
    // roadmap's catalog, and postings by catalog direction, keyed from catalog_first.
    std::vector<const Catalog *> catalogs;
    std::vector<std::uint32_t> roadmap_catalog;
    std::vector<std::uint32_t> catalog_first;       // one more at the end
    detail::Postings direction;
    std::vector<std::string> catalog_titles;         // folded, by direction key
    std::vector<std::string> section_titles;         // folded, every section of every roadmap
    std::vector<std::uint32_t> section_first;        // first section of each roadmap; one more at the end

    // Responsibles: a name (name_key) → the entries it designates, and
    // postings by entry (entry_first[roadmap] + the first registry index with that id).
    std::unordered_map<std::string, std::vector<detail::NamedEntry>> registry_names;
    std::vector<std::uint32_t> entry_first;
    detail::Postings responsible;
    detail::WordPostings cells; // the words of responsibles cells, for names outside the registry

    detail::WordPostings words; // the searchable text (title, sub-items, form, note, result)
    std::array<detail::WindowClass, detail::window_classes> windows, hulls;

    // Per roadmap (from first[r]): its measures in the order of a query
    // without a time filter — the earliest end of a window, its start,
    // printed order; measures without windows last. The arrays below are
    // in that order too (place k of static_order), so a query reads them
    // from start to end.
    std::vector<std::uint32_t> static_order;
    // The sort key over every window (end << 32 | start of the window that
    // ends first; all ones without windows).
    std::vector<std::uint64_t> static_key;
    // The windows (at most cached_windows_max; else none and
    // measure_uncached), window_cache[window_first[k] .. window_first[k + 1]).
    std::vector<std::uint32_t> window_first;
    std::vector<Window> window_cache;
    std::vector<std::uint8_t> measure_flags;
    std::vector<std::optional<Window>> plan_period; // per roadmap, when known
    // For aggregates, per measure: the first section of its direction
    // (direction key and rank), and its responsibles: registry indices
    // (printed order), then registry size + its names outside the registry
    // (numbered per roadmap, printed order; texts at names[name_first[r] + n]).
    std::vector<std::uint32_t> direction_section;
    detail::Postings measure_responsibles;
    std::vector<const std::string *> names;
    std::vector<std::uint32_t> name_first;

    std::uint32_t measures() const { return first.back(); }
    std::size_t bytes() const;
};

namespace detail {

// Fills a CorpusMatches roadmap by roadmap: the matches of each (index_query.cpp),
// then its aggregates (index_aggregate.cpp).
struct CorpusMatchesBuilder {
    // The registry entry the responsible filter names in a roadmap, if any (for
    // aggregates): registry_entry()'s index; none_entry when it names none.
    static constexpr std::uint32_t none_entry = 0xFFFFFFFFu;

    const QueryIndex::Data &d;
    CorpusMatches out;

    bool filtered; // the query has a responsible filter

    CorpusMatchesBuilder(const QueryIndex::Data &data, const Query &q);
    // A copy of the windows [begin, end) kept in the result.
    const Window *keep(const Window *begin, const Window *end);
    // The arrays of `out` as they are filled.
    std::vector<CorpusMatch> &matches() { return out.matches_; }
    std::vector<CorpusRoadmapMatches> &roadmaps() { return out.roadmaps_; }
    std::vector<CorpusGroup> &groups() { return out.groups_; }
    std::vector<std::uint32_t> &group_measures() { return out.group_measures_; }
    // Adds the aggregates of roadmap @p r, whose matches are out.matches_[from ..].
    void aggregate(std::uint32_t r, std::uint32_t from, std::uint32_t filter_entry);
    // Appends @p part, the answer for roadmaps after those of @p into, to
    // @p into: its places in matches, groups and lists moved past those of
    // @p into; its kept windows moved, so its pointers stay valid.
    static void append(CorpusMatches &into, CorpusMatches &&part);

    // Reused from roadmap to roadmap by aggregate().
    // Per cell (by its place in the table of keys by periods, or the number
    // cell_map gives it): its due and active counts, then the next place of
    // each of its lists.
    std::vector<std::uint32_t> cell_due, cell_active;
    std::unordered_map<std::size_t, std::uint32_t> cell_map; // place → number, when the table would be too large
    std::vector<std::size_t> touched, cell_order;            // cells' places: in order of first visit, of groups
    std::vector<std::pair<std::uint64_t, std::size_t>> cell_sort; // rank << 32 | period, place
    std::vector<std::size_t> touched_rows;                   // the table's rows visited (by slot)
    std::vector<std::uint32_t> row_begin, row_end;           // by slot: the periods its runs span; row_end 0 when unvisited
    std::vector<std::uint32_t> keys, name_rank;
    std::vector<std::uint32_t> period_mark, period_span; // a match's periods, each once
    std::vector<std::uint32_t> spans;       // a match's runs of periods: first period, length << 1 | due
    std::vector<std::uint32_t> visit_cells; // per run of visits to cells: its first cell, length << 1 | due
    std::vector<std::size_t> visit_end;     // per match: past its last run in visit_cells
    // The days of each period by its first month (from January of
    // min_plan_year; months or quarters, as the query groups).
    std::vector<std::optional<Window>> period_windows;
};

// The key of a group for the responsible filter's text when it names no
// registry entry (CorpusGroup::key).
inline constexpr std::uint32_t filter_text_key = 0xFFFFFFFFu;

// QueryIndex::matches(q, threads) with the fewest measures a thread is given
// as a parameter (min_measures_per_query_thread in the library): lets the
// tests split a small corpus into as many runs as a large one gets.
struct QueryIndexAccess {
    static CorpusMatches matches(const QueryIndex &index, const Query &q, unsigned threads,
                                 std::uint32_t min_measures_per_thread);
};

} // namespace detail

} // namespace eduroadmap

#endif
