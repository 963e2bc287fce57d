// The per-measure steps of a query, shared by the scan of one roadmap
// (query(), run.cpp) and the corpus index (QueryIndex, index_query.cpp): the
// index narrows the measures to look at and answers some filters exactly;
// these steps check the rest on each measure the same way for both.
#ifndef EDUROADMAP_SRC_QUERY_SCAN_HPP
#define EDUROADMAP_SRC_QUERY_SCAN_HPP

#include "query/facets.hpp"

#include <eduroadmap/query.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap::detail {

// The range a matching window must overlap: a window due in a range ends
// inside it, an active one overlaps it, an overdue one ends before the day.
// Nothing when the filters exclude each other.
std::optional<Window> time_range(const Query &q);

// True when @p w satisfies every time filter of @p q (is_closed included).
bool window_matches(const ResolvedMeasure &m, const Window &w, const Query &q);

// The windows of @p m that satisfy every time filter of @p q; all of them without one.
std::vector<Window> matching_windows(const ResolvedMeasure &m, const Query &q);

// Appends a space and the folded code points of @p text (text.hpp's fold,
// without collapsing spaces: the words searched for hold none) to @p out:
// the text a text filter searches.
void append_folded(std::u32string &out, std::string_view text);

// The searchable text of a measure: title, sub-items, form, note and result,
// each appended with append_folded.
void searchable_text(const Measure &m, std::u32string &out);

// The words of a text filter, folded, as code points.
std::vector<std::u32string> query_words(const std::string &text);

// Which filters a caller has already applied exactly, so that
// MeasureFilters need not check them again.
struct Prechecked {
    bool stage = false, status = false, direction = false, responsible = false, text = false;
};

// The filters of a query that look at one measure but not at its windows
// (stage, status, direction, responsible, text), prepared for one roadmap;
// those in @p done are taken as already applied.
class MeasureFilters {
public:
    MeasureFilters(const Facets &facets, const Query &q, const std::vector<std::u32string> &words, Prechecked done);
    // Stage, status, direction and responsible hold.
    bool facets_hold(const ResolvedMeasure &m) const;
    // Every word of the text filter occurs in the measure's searchable text.
    bool text_holds(const ResolvedMeasure &m);
    // True when some filter is left to check.
    bool any() const { return any_; }

private:
    const Query &q_;
    const std::vector<std::u32string> &words_;
    Prechecked done_;
    std::optional<DirectionFilter> direction_;
    std::optional<ResponsibleFilter> responsible_;
    std::u32string buffer_; // reused from measure to measure
    bool any_ = false;
};

} // namespace eduroadmap::detail

#endif
