// Running a query: each filter is a predicate over one measure; a measure
// matches when all of them hold, and the time filters pick its windows.
#include "query/facets.hpp"

#include "text.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <optional>
#include <tuple>

namespace eduroadmap {
namespace {

bool window_matches(const ResolvedMeasure &m, const Window &w, const Query &q) {
    if (q.due_between && !q.due_between->contains(w.end())) return false;
    if (q.active_between && !q.active_between->overlaps(w)) return false;
    if (q.overdue_as_of && (!(w.end() < *q.overdue_as_of) || is_closed(m, w, *q.overdue_as_of))) return false;
    return true;
}

// The range a matching window must overlap: a window due in a range ends
// inside it, an active one overlaps it, an overdue one ends before the day.
// Nothing when the filters exclude each other.
std::optional<Window> time_range(const Query &q) {
    const Date first(boost::gregorian::min_date_time), last(boost::gregorian::max_date_time);
    if (q.overdue_as_of && *q.overdue_as_of == first) return std::nullopt;
    std::optional<Window> range = Window(first, last);
    for (const std::optional<Window> &filter :
         {q.due_between, q.active_between,
          q.overdue_as_of ? std::optional<Window>(Window(first, *q.overdue_as_of - boost::gregorian::days(1)))
                          : std::nullopt})
        if (filter && range) range = range->intersect(*filter);
    return range;
}

// Only the windows inside the query's range are computed: a month of a
// weekly rule is a few windows, not every week of the period.
std::vector<Window> matching_windows(const ResolvedMeasure &m, const Query &q) {
    if (!q.has_time_filter()) return m.deadline.windows.to_vector();
    std::vector<Window> out;
    const std::optional<Window> range = time_range(q);
    if (!range) return out; // the filters exclude each other
    for (const Window &w : m.deadline.windows.in(*range))
        if (window_matches(m, w, q)) out.push_back(w);
    return out;
}

// The words of the text filter, folded, as code points.
std::vector<std::u32string> words_of(const std::string &folded) {
    std::vector<std::u32string> words(1);
    for (std::size_t pos = 0; pos < folded.size();) {
        char32_t cp = detail::decode_utf8(folded, pos);
        if (cp == U' ') {
            if (!words.back().empty()) words.emplace_back();
        } else {
            words.back().push_back(cp);
        }
    }
    if (words.back().empty()) words.pop_back();
    return words;
}

// Appends the folded code points of @p text (text.hpp's fold, without
// collapsing spaces: the words searched for hold none) to @p out.
void append_folded(std::u32string &out, std::string_view text) {
    out.push_back(U' ');
    for (std::size_t pos = 0; pos < text.size();) {
        char32_t cp = detail::decode_utf8(text, pos);
        if (cp == detail::invalid_code_point) cp = 0xFFFD;
        if (detail::is_ignorable(cp)) continue;
        out.push_back(detail::is_space(cp) ? U' ' : detail::fold_code_point(cp));
    }
}

// Every word occurs in the title, sub-items, form, result or note. @p buffer
// is reused from measure to measure, so the scan allocates nothing.
bool text_matches(const Measure &m, const std::vector<std::u32string> &words, std::u32string &buffer) {
    buffer.clear();
    append_folded(buffer, m.title);
    for (const std::string &item : m.items) append_folded(buffer, item);
    append_folded(buffer, m.form);
    append_folded(buffer, m.note);
    if (m.result) append_folded(buffer, *m.result);
    return std::all_of(words.begin(), words.end(),
                       [&](const std::u32string &w) { return buffer.find(w) != std::u32string::npos; });
}

} // namespace

QueryResult query(const ResolvedRoadmap &roadmap, const Query &filters) {
    QueryResult result;
    result.roadmap = &roadmap;
    result.query = filters;
    detail::Facets facets(roadmap);
    const detail::DirectionFilter direction(facets, filters.direction);
    const detail::ResponsibleFilter responsible(facets, filters.responsible);
    const std::vector<std::u32string> words = words_of(detail::fold(filters.text));
    std::u32string buffer;

    // Sort key: no windows last, then the earliest end of a matching window, its start, printed order.
    using Key = std::tuple<bool, Date, Date, std::size_t>;
    std::vector<std::pair<Key, QueryMatch>> found;
    for (const ResolvedMeasure &m : roadmap.measures) {
        if (filters.stage && m.stage.stage != *filters.stage &&
            std::find(m.stage.also.begin(), m.stage.also.end(), *filters.stage) == m.stage.also.end())
            continue;
        if (filters.status && status_of(*m.ref.measure) != *filters.status) continue;
        std::vector<Window> windows = matching_windows(m, filters);
        if (filters.has_time_filter() && windows.empty()) continue;
        if (direction.active() && !direction.matches(m)) continue;
        if (responsible.active() && !responsible.matches(m)) continue;
        if (!words.empty() && !text_matches(*m.ref.measure, words, buffer)) continue;
        const Window *first = nullptr;
        for (const Window &w : windows)
            if (!first || w.end() < first->end() || (w.end() == first->end() && w.start() < first->start()))
                first = &w;
        const Date none(boost::gregorian::max_date_time);
        Key key{first == nullptr, first ? first->end() : none, first ? first->start() : none, facets.index(m)};
        found.emplace_back(key, QueryMatch{&m, std::move(windows)});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    result.matches.reserve(found.size());
    for (auto &f : found) result.matches.push_back(std::move(f.second));

    if (filters.group_by != GroupBy::none) result.groups = aggregate(result, filters.group_by);
    return result;
}

} // namespace eduroadmap
