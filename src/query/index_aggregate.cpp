// Aggregates of a corpus query counted straight from the index: each
// roadmap's matches (in result order) and their windows, keys numbered at
// build time (QueryIndex::Data), cells in a flat table by key and period,
// and the lists of measures written as ranges of one array — the same
// groups aggregate() (aggregate.cpp) makes from a QueryResult.
#include "query/facets.hpp"
#include "query/index.hpp"

#include "text.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <new>
#include <unordered_map>

namespace eduroadmap {
namespace {

// year * 12 + month - 1 of each day of the plan calendar (1900..2199,
// where windows lie), as an offset from January 1900.
struct MonthTable {
    std::uint32_t first_day = Date(min_plan_year, 1, 1).day_number();
    std::vector<std::uint16_t> months;
    MonthTable() {
        for (int y = min_plan_year; y <= max_plan_year; ++y)
            for (int m = 1; m <= 12; ++m)
                months.insert(months.end(), static_cast<std::size_t>(Date(y, m, 1).end_of_month().day()),
                              static_cast<std::uint16_t>((y - min_plan_year) * 12 + m - 1));
    }
};
const MonthTable &month_table() {
    static const MonthTable table;
    return table;
}

// year * 12 + month - 1 of a day number: from the table over the plan
// calendar, by the calendar elsewhere.
inline int corpus_month_number(const MonthTable &table, std::uint32_t day) {
    const std::uint32_t offset = day - table.first_day;
    if (offset < table.months.size()) return min_plan_year * 12 + table.months[offset];
    const auto ymd = boost::gregorian::gregorian_calendar::from_day_number(day);
    return int(ymd.year) * 12 + (int(ymd.month) - 1);
}

// The calendar months (quarters) from the one holding a range's start, as
// aggregate.cpp's Periods counts them, on day numbers.
class CorpusPeriods {
public:
    CorpusPeriods(const Window &range, int months) : months_(months) {
        const int m = corpus_month_number(table_, range.start().day_number());
        first_ = m - m % 12 % months;
        count_ = index(range.end().day_number()) + 1;
    }
    std::uint32_t count() const { return count_; }
    std::uint32_t index(std::uint32_t day) const {
        const int months = corpus_month_number(table_, day) - first_;
        return static_cast<std::uint32_t>(months_ == 3 ? months / 3 : months); // a division by a constant is cheaper
    }
    // year * 12 + month - 1 of the first month of period @p i.
    int month(std::uint32_t i) const { return first_ + static_cast<int>(i) * months_; }
    Window at(std::uint32_t i) const {
        const int m = month(i);
        const int last = m + months_ - 1;
        const Date start(static_cast<unsigned short>(m / 12), static_cast<unsigned short>(m % 12 + 1), 1);
        return Window(start, Date(static_cast<unsigned short>(last / 12), static_cast<unsigned short>(last % 12 + 1), 1)
                                 .end_of_month());
    }

private:
    const MonthTable &table_ = month_table();
    int months_;
    int first_ = 0;
    std::uint32_t count_ = 0;
};

} // namespace

namespace detail {

void CorpusMatchesBuilder::aggregate(std::uint32_t r, std::uint32_t from, std::uint32_t filter_entry) {
    const Query &q = out.query_;
    const auto to = static_cast<std::uint32_t>(out.matches_.size());
    constexpr std::uint32_t none = 0xFFFFFFFFu;

    // The counted range (aggregate.cpp's counted_range).
    std::optional<Window> range;
    if (q.due_between && q.active_between) range = q.due_between->intersect(*q.active_between);
    else if (q.due_between) range = q.due_between;
    else if (q.active_between) range = q.active_between;
    else if (d.plan_period[r]) range = d.plan_period[r];
    else
        for (std::uint32_t i = from; i < to; ++i)
            for (const Window *w = out.matches_[i].windows_begin; w != out.matches_[i].windows_end; ++w)
                range = range ? Window(std::min(range->start(), w->start()), std::max(range->end(), w->end())) : *w;
    if (!range) return;
    const CorpusPeriods periods(*range, q.group_by == GroupBy::direction ? 3 : 1);
    const std::uint32_t range_start = range->start().day_number(), range_end = range->end().day_number();
    const std::uint32_t period_count = periods.count(), last_period = period_count - 1;

    // Keys, numbered as CorpusGroup::key; `slot` makes them dense for the cell table.
    const std::uint32_t registry = d.entry_first[r + 1] - d.entry_first[r];
    const std::uint32_t names = d.name_first[r + 1] - d.name_first[r];
    std::size_t slots = 1;
    if (q.group_by == GroupBy::direction) slots = d.section_first[r + 1] - d.section_first[r];
    if (q.group_by == GroupBy::responsible) slots = std::max<std::size_t>(1, std::size_t{registry} + names);
    auto slot = [&](std::uint32_t key) { return key == filter_text_key || q.group_by == GroupBy::month ? 0 : key; };
    // A name outside the registry ranks by its first appearance in result order.
    name_rank.assign(names, none);
    std::uint32_t named = 0;
    auto keys_of = [&](std::uint32_t i) {
        keys.clear();
        const std::uint32_t id = d.first[r] + i;
        if (q.group_by == GroupBy::month) return keys.push_back(0);
        if (q.group_by == GroupBy::direction) return keys.push_back(d.direction_section[id]);
        if (filtered && filter_entry == none_entry) return keys.push_back(filter_text_key);
        for (const std::uint32_t *k = d.measure_responsibles.begin(id); k != d.measure_responsibles.end(id); ++k) {
            if (filtered && *k != filter_entry) continue;
            if (*k >= registry && name_rank[*k - registry] == none) name_rank[*k - registry] = named++;
            keys.push_back(*k);
        }
    };

    // A cell (key, period) is named by its place in a table of keys by
    // periods, slot(key) * period_count + period; its counts live at that
    // place when the table is small enough, else at a number a map gives it.
    // A visit of a match to a cell costs two counts and a record, kept to
    // write the match into the cell's lists once every cell's size is known.
    const std::size_t table = slots * period_count;
    const bool flat = table <= (std::size_t{1} << 20);
    if (flat && cell_active.size() < table) cell_active.resize(table, 0), cell_due.resize(table, 0);
    cell_map.clear();
    // The number of the cell at @p place (numbered on its first visit through the map).
    auto cell_of = [&](std::size_t place) -> std::uint32_t {
        if (flat) return static_cast<std::uint32_t>(place);
        const auto [it, added] = cell_map.try_emplace(place, static_cast<std::uint32_t>(cell_map.size()));
        if (added && it->second >= cell_active.size())
            cell_active.resize(std::size_t{it->second} + 1, 0), cell_due.resize(std::size_t{it->second} + 1, 0);
        return it->second;
    };

    // Each window of a match inside the range counts the match as active in
    // every period it overlaps, and as due in the period of its end — once
    // per cell. A match's periods are runs of consecutive periods, the last
    // one due or not; its visits to the cells of a key are runs too, of
    // consecutive cells in the table (one cell each through the map).
    // In the table a run is counted at its ends, as a difference: +1 at its
    // first cell, -1 past its last (within the key's row); one sum along
    // each row visited, over the cells its runs span, then gives every
    // cell's count — a run costs two writes, not one per period.
    touched.clear(); // through the map: the places of the cells, in order of first visit
    touched_rows.clear(); // in the table: the slots of the keys visited, in order of first visit
    if (flat && row_end.size() < slots) row_begin.resize(slots), row_end.resize(slots, 0);
    std::size_t visited = 0;     // in visit_cells, per run: its first cell, its length << 1 | due
    std::uint64_t listed = 0;    // the entries of the lists: visits as active and as due
    visit_end.clear();           // per match: past its last run
    period_mark.assign(period_count, none);
    period_span.resize(period_count);
    spans.resize(2 * std::size_t{period_count}); // a match's runs: first period, length << 1 | due
    for (std::uint32_t i = from; i < to; ++i) {
        const CorpusMatch &match = out.matches_[i];
        keys_of(match.measure);
        std::uint32_t run_count = 0, period_total = 0;
        if (keys.empty()) {
        } else if (match.windows_end - match.windows_begin == 1) { // most measures: one run
            const std::uint32_t start = match.windows_begin->start().day_number();
            const std::uint32_t end = match.windows_begin->end().day_number();
            if (start <= range_end && end >= range_start) {
                const std::uint32_t due = periods.index(end), last = std::min(due, last_period);
                const std::uint32_t first = start <= range_start ? 0 : periods.index(start);
                if (first <= last) {
                    period_total = last - first + 1;
                    spans[0] = first, spans[1] = period_total << 1 | (due == last);
                    run_count = 1;
                }
            }
        } else // a run per period, each period once
            for (const Window *w = match.windows_begin; w != match.windows_end; ++w) {
                const std::uint32_t start = w->start().day_number(), end = w->end().day_number();
                if (start > range_end || end < range_start) continue;
                const std::uint32_t due = periods.index(end), last = std::min(due, last_period);
                for (std::uint32_t p = start <= range_start ? 0 : periods.index(start); p <= last; ++p) {
                    if (period_mark[p] != i) {
                        period_mark[p] = i;
                        period_span[p] = run_count;
                        spans[2 * run_count] = p, spans[2 * run_count + 1] = 1 << 1;
                        ++run_count, ++period_total;
                    }
                    if (p == due) spans[2 * period_span[p] + 1] |= 1;
                }
            }
        // Room for every run first: the loop below writes through a pointer.
        const std::size_t room = visited + 2 * keys.size() * period_total;
        if (visit_cells.size() < room) visit_cells.resize(2 * room);
        for (std::size_t n = 0; n < keys.size() && run_count; ++n) {
            const std::uint32_t k = keys[n];
            const auto seen = keys.begin() + static_cast<std::ptrdiff_t>(n);
            if (std::find(keys.begin(), seen, k) != seen) continue; // a name printed twice in the cell
            const std::size_t row = slot(k) * period_count;
            std::uint32_t *visit = visit_cells.data() + visited;
            if (flat) {
                const std::size_t s = slot(k);
                if (row_end[s] == 0) touched_rows.push_back(s), row_begin[s] = period_count;
                for (std::uint32_t run = 0; run < run_count; ++run) {
                    const std::uint32_t first = spans[2 * run], length = spans[2 * run + 1] >> 1;
                    const std::uint32_t due = spans[2 * run + 1] & 1, end = first + length;
                    const auto cell = static_cast<std::uint32_t>(row + first);
                    ++cell_active[cell];
                    if (end < period_count) --cell_active[cell + length]; // wraps, then sums back
                    cell_due[cell + length - 1] += due;
                    row_begin[s] = std::min(row_begin[s], first), row_end[s] = std::max(row_end[s], end);
                    listed += length + due;
                    *visit++ = cell, *visit++ = length << 1 | due;
                }
            } else // a cell at a time, each numbered by the map
                for (std::uint32_t run = 0; run < run_count; ++run) {
                    const std::size_t place = row + spans[2 * run];
                    const std::uint32_t length = spans[2 * run + 1] >> 1;
                    for (std::uint32_t j = 0; j < length; ++j) {
                        const std::uint32_t cell = cell_of(place + j);
                        const std::uint32_t due = j + 1 == length ? spans[2 * run + 1] & 1 : 0;
                        if (cell_active[cell]++ == 0) touched.push_back(place + j);
                        cell_due[cell] += due;
                        listed += 1 + due;
                        *visit++ = cell, *visit++ = 1 << 1 | due;
                    }
                }
            visited = static_cast<std::size_t>(visit - visit_cells.data());
        }
        visit_end.push_back(visited);
    }
    if (flat ? touched_rows.empty() : touched.empty()) return;

    // Groups by key rank, then period. One key, the filter's text, when it
    // names no registry entry; names outside the registry after the
    // registry's, in order of appearance.
    const bool by_text = q.group_by == GroupBy::responsible && filtered && filter_entry == none_entry;
    auto rank = [&](std::size_t s) -> std::uint64_t {
        if (q.group_by != GroupBy::responsible || by_text || s < registry) return s;
        return registry + name_rank[s - registry];
    };
    cell_order.clear();
    if (flat) {
        // The rows visited in rank order, each summed along the cells its
        // runs span (and the one past them, where a difference may wait).
        std::sort(touched_rows.begin(), touched_rows.end(),
                  [&](std::size_t a, std::size_t b) { return rank(a) < rank(b); });
        for (const std::size_t s : touched_rows) {
            std::uint32_t sum = 0;
            const std::size_t row = s * period_count;
            for (std::size_t place = row + row_begin[s], end = row + std::min(row_end[s] + 1, period_count);
                 place < end; ++place) {
                cell_active[place] = sum += cell_active[place];
                if (sum) cell_order.push_back(place);
            }
            row_end[s] = 0;
        }
    } else {
        cell_sort.clear();
        for (const std::size_t place : touched)
            cell_sort.emplace_back(rank(place / period_count) << 32 | place % period_count, place);
        std::sort(cell_sort.begin(), cell_sort.end());
        for (const auto &ranked : cell_sort) cell_order.push_back(ranked.second);
    }

    // Each group's places: its due measures, then its active ones. The
    // counts become cursors, each the next place of its list.
    const std::uint64_t total = out.group_measures_.size() + listed;
    if (total > std::numeric_limits<std::uint32_t>::max())
        throw std::bad_alloc(); // more list entries than 32-bit ranges can hold: beyond any memory the index fits in
    auto next = static_cast<std::uint32_t>(out.group_measures_.size());
    const CorpusGroup group;
    if (period_windows.empty()) period_windows.resize((max_plan_year - min_plan_year + 1) * 12);
    for (const std::size_t place : cell_order) {
        const std::uint32_t c = cell_of(place);
        const auto period = static_cast<std::uint32_t>(place % period_count);
        // The days of a period, made once per query for the calendar's
        // periods (every roadmap counts the same months or quarters).
        const std::size_t month = periods.month(period) - min_plan_year * 12;
        std::optional<Window> spare_days;
        std::optional<Window> &days = month < period_windows.size() ? period_windows[month] : spare_days;
        if (!days) days = periods.at(period);
        CorpusGroup g = group; // a copy: a new one would make its default dates
        g.roadmap = r;
        g.key = by_text ? filter_text_key : static_cast<std::uint32_t>(place / period_count);
        g.period = *days;
        g.due_begin = next;
        g.due_end = next += cell_due[c];
        g.active_begin = next;
        g.active_end = next += cell_active[c];
        cell_due[c] = g.due_begin;
        cell_active[c] = g.active_begin;
        out.groups_.push_back(g);
    }

    // The lists, match by match in result order.
    std::vector<std::uint32_t> &lists = out.group_measures_;
    lists.resize(next);
    std::size_t v = 0;
    for (std::uint32_t i = from; i < to; ++i) {
        const std::uint32_t measure = out.matches_[i].measure;
        for (const std::size_t end = visit_end[i - from]; v < end; v += 2) {
            const std::uint32_t cell = visit_cells[v], length = visit_cells[v + 1] >> 1;
            for (std::uint32_t *active = cell_active.data() + cell, *last = active + length; active != last; ++active)
                lists[(*active)++] = measure;
            if (visit_cells[v + 1] & 1) lists[cell_due[cell + length - 1]++] = measure;
        }
    }
    for (const std::size_t place : cell_order) { // clean for the next roadmap
        const std::uint32_t c = cell_of(place);
        cell_due[c] = cell_active[c] = 0;
    }
}

void CorpusMatchesBuilder::append(CorpusMatches &into, CorpusMatches &&part) {
    constexpr std::uint64_t most = std::numeric_limits<std::uint32_t>::max();
    const std::uint64_t matches = into.matches_.size(), groups = into.groups_.size();
    const std::uint64_t lists = into.group_measures_.size();
    if (matches + part.matches_.size() > most || groups + part.groups_.size() > most ||
        lists + part.group_measures_.size() > most)
        throw std::bad_alloc(); // beyond 32-bit places, as aggregate() refuses
    const auto match_shift = static_cast<std::uint32_t>(matches), group_shift = static_cast<std::uint32_t>(groups);
    const auto list_shift = static_cast<std::uint32_t>(lists);
    // No reserve to the exact size here: with many runs it would reallocate
    // at every one; growing as push_back and insert grow is amortised.
    into.matches_.insert(into.matches_.end(), part.matches_.begin(), part.matches_.end());
    for (CorpusRoadmapMatches r : part.roadmaps_) {
        r.matches_begin += match_shift, r.matches_end += match_shift;
        r.groups_begin += group_shift, r.groups_end += group_shift;
        into.roadmaps_.push_back(r);
    }
    for (CorpusGroup g : part.groups_) {
        g.due_begin += list_shift, g.due_end += list_shift;
        g.active_begin += list_shift, g.active_end += list_shift;
        into.groups_.push_back(g);
    }
    into.group_measures_.insert(into.group_measures_.end(), part.group_measures_.begin(), part.group_measures_.end());
    // A moved vector keeps its buffer: the matches' pointers into it stay valid.
    for (std::vector<Window> &chunk : part.windows_) into.windows_.push_back(std::move(chunk));
}

} // namespace detail

Aggregate CorpusMatches::aggregate(const CorpusGroup &group) const {
    const ResolvedRoadmap &rm = roadmap(group.roadmap);
    Aggregate a;
    switch (query_.group_by) {
    case GroupBy::responsible: {
        const std::vector<Responsible> &registry = rm.roadmap->responsibles;
        if (group.key == detail::filter_text_key) a.label = query_.responsible;
        else if (group.key < registry.size()) a.key = registry[group.key].id, a.label = registry[group.key].short_name;
        else a.label = *index_->names[index_->name_first[group.roadmap] + group.key - registry.size()];
        break;
    }
    case GroupBy::direction: {
        MeasureDirection d = detail::Facets(rm).direction_of_section(group.key);
        a.key = d.code.empty() ? d.slug : d.code;
        a.label = std::move(d.title);
        break;
    }
    default: break;
    }
    char name[16];
    const Date start = group.period.start();
    if (query_.group_by == GroupBy::direction)
        std::snprintf(name, sizeof name, "%04d-Q%d", int(start.year()), (start.month() - 1) / 3 + 1);
    else
        std::snprintf(name, sizeof name, "%04d-%02d", int(start.year()), int(start.month()));
    a.period = name;
    a.window = group.period;
    for (std::uint32_t i = group.due_begin; i < group.due_end; ++i) a.due.push_back(&rm.measures[group_measures_[i]]);
    for (std::uint32_t i = group.active_begin; i < group.active_end; ++i)
        a.active.push_back(&rm.measures[group_measures_[i]]);
    return a;
}

const ResolvedRoadmap &CorpusMatches::roadmap(std::uint32_t roadmap) const noexcept {
    return *index_->roadmaps[roadmap];
}

QueryResult CorpusMatches::result(const CorpusRoadmapMatches &roadmap) const {
    QueryResult r;
    r.roadmap = &this->roadmap(roadmap.roadmap);
    r.query = query_;
    r.matches.reserve(roadmap.matches_end - roadmap.matches_begin);
    for (std::uint32_t i = roadmap.matches_begin; i < roadmap.matches_end; ++i) {
        const CorpusMatch &m = matches_[i];
        r.matches.push_back(QueryMatch{&measure(m), std::vector<Window>(m.windows_begin, m.windows_end)});
    }
    r.groups.reserve(roadmap.groups_end - roadmap.groups_begin);
    for (std::uint32_t g = roadmap.groups_begin; g < roadmap.groups_end; ++g) r.groups.push_back(aggregate(groups_[g]));
    return r;
}

CorpusQueryResult CorpusMatches::materialise() const {
    CorpusQueryResult out;
    out.query = query_;
    out.roadmaps.reserve(roadmaps_.size());
    for (const CorpusRoadmapMatches &r : roadmaps_) out.roadmaps.push_back(result(r));
    return out;
}

} // namespace eduroadmap
