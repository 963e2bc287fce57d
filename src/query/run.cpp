// Running a query: each filter is a predicate over one measure; a measure
// matches when all of them hold, and the time filters pick its windows.
#include "query/facets.hpp"
#include "query/scan.hpp"

#include "text.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <optional>
#include <tuple>

namespace eduroadmap {
namespace detail {

bool window_matches(const ResolvedMeasure &m, const Window &w, const Query &q) {
    if (q.due_between && !q.due_between->contains(w.end())) return false;
    if (q.active_between && !q.active_between->overlaps(w)) return false;
    if (q.overdue_as_of && (!(w.end() < *q.overdue_as_of) || is_closed(m, w, *q.overdue_as_of))) return false;
    return true;
}

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

std::vector<std::u32string> query_words(const std::string &text) {
    const std::string folded = fold(text);
    std::vector<std::u32string> words(1);
    for (std::size_t pos = 0; pos < folded.size();) {
        char32_t cp = decode_utf8(folded, pos);
        if (cp == U' ') {
            if (!words.back().empty()) words.emplace_back();
        } else {
            words.back().push_back(cp);
        }
    }
    if (words.back().empty()) words.pop_back();
    return words;
}

void append_folded(std::u32string &out, std::string_view text) {
    out.push_back(U' ');
    for (std::size_t pos = 0; pos < text.size();) {
        char32_t cp = decode_utf8(text, pos);
        if (cp == invalid_code_point) cp = 0xFFFD;
        if (is_ignorable(cp)) continue;
        out.push_back(is_space(cp) ? U' ' : fold_code_point(cp));
    }
}

void searchable_text(const Measure &m, std::u32string &out) {
    append_folded(out, m.title);
    for (const std::string &item : m.items) append_folded(out, item);
    append_folded(out, m.form);
    append_folded(out, m.note);
    if (m.result) append_folded(out, *m.result);
}

MeasureFilters::MeasureFilters(const Facets &facets, const Query &q, const std::vector<std::u32string> &words,
                               Prechecked done)
    : q_(q), words_(words), done_(done) {
    // The filters that need per-roadmap preparation are prepared only when checked here.
    if (!done.direction && !q.direction.empty()) direction_.emplace(facets, q.direction);
    if (!done.responsible) {
        responsible_.emplace(facets, q.responsible);
        if (!responsible_->active()) responsible_.reset();
    }
    done_.text = done.text || words.empty();
    any_ = (!done.stage && q.stage) || (!done.status && q.status) || direction_ || responsible_ || !done_.text;
}

bool MeasureFilters::facets_hold(const ResolvedMeasure &m) const {
    if (!done_.stage && q_.stage && m.stage.stage != *q_.stage &&
        std::find(m.stage.also.begin(), m.stage.also.end(), *q_.stage) == m.stage.also.end())
        return false;
    if (!done_.status && q_.status && status_of(*m.ref.measure) != *q_.status) return false;
    if (direction_ && !direction_->matches(m)) return false;
    return !responsible_ || responsible_->matches(m);
}

bool MeasureFilters::text_holds(const ResolvedMeasure &m) {
    if (done_.text) return true;
    buffer_.clear();
    searchable_text(*m.ref.measure, buffer_);
    return std::all_of(words_.begin(), words_.end(),
                       [&](const std::u32string &w) { return buffer_.find(w) != std::u32string::npos; });
}

} // namespace detail

QueryResult query(const ResolvedRoadmap &roadmap, const Query &filters) {
    QueryResult result;
    result.roadmap = &roadmap;
    result.query = filters;
    const detail::Facets facets(roadmap);
    const std::vector<std::u32string> words = detail::query_words(filters.text);
    detail::MeasureFilters checks(facets, filters, words, {});

    // Sort key: no windows last, then the earliest end of a matching window, its start, printed order.
    using Key = std::tuple<bool, Date, Date, std::size_t>;
    std::vector<std::pair<Key, QueryMatch>> found;
    for (const ResolvedMeasure &m : roadmap.measures) {
        if (!checks.facets_hold(m)) continue;
        std::vector<Window> windows = detail::matching_windows(m, filters);
        if (filters.has_time_filter() && windows.empty()) continue;
        if (!checks.text_holds(m)) continue;
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
