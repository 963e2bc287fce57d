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

// year * 12 + month - 1 of a day number, from a table over the plan
// calendar (1900..2199, where windows lie), by the calendar elsewhere.
int corpus_month_number(std::uint32_t day) {
    static const Date first(min_plan_year, 1, 1);
    static const std::vector<std::uint16_t> table = [] {
        std::vector<std::uint16_t> t;
        for (int y = min_plan_year; y <= max_plan_year; ++y)
            for (int m = 1; m <= 12; ++m)
                t.insert(t.end(), static_cast<std::size_t>(Date(y, m, 1).end_of_month().day()),
                         static_cast<std::uint16_t>((y - min_plan_year) * 12 + m - 1));
        return t;
    }();
    const std::uint32_t offset = day - first.day_number();
    if (day >= first.day_number() && offset < table.size()) return min_plan_year * 12 + table[offset];
    const auto ymd = boost::gregorian::gregorian_calendar::from_day_number(day);
    return int(ymd.year) * 12 + (int(ymd.month) - 1);
}

// The calendar months (quarters) from the one holding a range's start, as
// aggregate.cpp's Periods counts them, on day numbers.
class CorpusPeriods {
public:
    CorpusPeriods(const Window &range, int months) : months_(months) {
        const int m = corpus_month_number(range.start().day_number());
        first_ = m - m % 12 % months;
        count_ = index(range.end().day_number()) + 1;
    }
    std::uint32_t count() const { return count_; }
    std::uint32_t index(std::uint32_t day) const {
        return static_cast<std::uint32_t>((corpus_month_number(day) - first_) / months_);
    }
    Window at(std::uint32_t i) const {
        const int m = first_ + static_cast<int>(i) * months_;
        const int last = m + months_ - 1;
        const Date start(static_cast<unsigned short>(m / 12), static_cast<unsigned short>(m % 12 + 1), 1);
        return Window(start, Date(static_cast<unsigned short>(last / 12), static_cast<unsigned short>(last % 12 + 1), 1)
                                 .end_of_month());
    }

private:
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

    // Cells by key and period: a flat table when small enough, else a map.
    const bool flat = slots * period_count <= (std::size_t{1} << 20);
    if (flat && cell_table.size() < slots * period_count) cell_table.resize(slots * period_count, 0);
    cell_map.clear();
    // The cells of a key lie in a row of the table (slot(key) * period_count).
    auto cell_in = [&](std::size_t row, std::uint32_t period) -> std::uint32_t & {
        const std::size_t k = row + period;
        return flat ? cell_table[k] : cell_map[k];
    };
    auto cell_at = [&](std::uint32_t key, std::uint32_t period) -> std::uint32_t & {
        return cell_in(slot(key) * period_count, period);
    };

    // Each window of a match inside the range counts the match as active in
    // every period it overlaps, and as due in the period of its end — once
    // per cell: what is counted is recorded, to be written out in order below.
    cells.clear();
    visits.clear();
    period_mark.assign(period_count, none);
    period_span.resize(period_count);
    spans.resize(period_count); // a match's periods, each at most once
    for (std::uint32_t i = from; i < to; ++i) {
        const CorpusMatch &match = out.matches_[i];
        keys_of(match.measure);
        if (keys.empty()) continue;
        // The periods of the match, each once: period << 1 | due.
        std::uint32_t span_count = 0;
        for (const Window *w = match.windows_begin; w != match.windows_end; ++w) {
            const std::uint32_t start = w->start().day_number(), end = w->end().day_number();
            if (start > range_end || end < range_start) continue;
            const std::uint32_t due = periods.index(end), last = std::min(due, last_period);
            for (std::uint32_t p = start <= range_start ? 0 : periods.index(start); p <= last; ++p) {
                if (period_mark[p] != i) {
                    period_mark[p] = i;
                    period_span[p] = span_count;
                    spans[span_count++] = p << 1;
                }
                if (p == due) spans[period_span[p]] |= 1;
            }
        }
        for (std::size_t n = 0; n < keys.size(); ++n) {
            const std::uint32_t k = keys[n];
            const auto seen = keys.begin() + static_cast<std::ptrdiff_t>(n);
            if (std::find(keys.begin(), seen, k) != seen) continue; // a name printed twice in the cell
            const std::size_t row = slot(k) * period_count;
            for (std::uint32_t s = 0; s < span_count; ++s) {
                const std::uint32_t span = spans[s];
                std::uint32_t &c = cell_in(row, span >> 1);
                if (c == 0) {
                    cells.push_back(CorpusCell{k, span >> 1});
                    c = static_cast<std::uint32_t>(cells.size());
                }
                CorpusCell &cell = cells[c - 1];
                ++cell.active;
                cell.due += span & 1;
                visits.push_back(CorpusVisit{(c - 1) << 2 | 1 | (span & 1) << 1, match.measure});
            }
        }
    }
    if (cells.empty()) return;

    // Groups by key rank, then period: read off the flat table in rank order
    // when that is cheaper than sorting the cells.
    cell_order.clear();
    if (flat && slots * period_count <= 16 * cells.size()) {
        auto take = [&](std::size_t s) {
            for (std::uint32_t p = 0; p < period_count; ++p)
                if (std::uint32_t &c = cell_table[s * period_count + p]) cell_order.push_back(c - 1), c = 0;
        };
        // One key, the filter's text, when it names no registry entry.
        const bool by_text = q.group_by == GroupBy::responsible && filtered && filter_entry == none_entry;
        const std::size_t ranked = by_text ? 1 : q.group_by == GroupBy::responsible ? registry : slots;
        for (std::size_t s = 0; s < ranked; ++s) take(s);
        if (q.group_by == GroupBy::responsible && !by_text) { // then names in order of appearance
            slot_order.assign(named, 0);
            for (std::uint32_t n = 0; n < names; ++n)
                if (name_rank[n] != none) slot_order[name_rank[n]] = registry + n;
            for (std::uint32_t s : slot_order) take(s);
        }
    } else {
        auto rank = [&](std::uint32_t key) -> std::uint64_t {
            if (key == filter_text_key) return 0;
            if (q.group_by != GroupBy::responsible || key < registry) return key;
            return registry + name_rank[key - registry];
        };
        for (std::uint32_t c = 0; c < cells.size(); ++c) {
            cell_order.push_back(c);
            cells[c].order = rank(cells[c].key) << 32 | cells[c].period;
            if (flat) cell_at(cells[c].key, cells[c].period) = 0; // clean for the next roadmap
        }
        std::sort(cell_order.begin(), cell_order.end(),
                  [&](std::uint32_t a, std::uint32_t b) { return cells[a].order < cells[b].order; });
    }

    // Each group's measures: due, then active, in result order.
    period_windows.assign(period_count, std::nullopt);
    cell_cursor.resize(cells.size() * 2); // per cell: the next due, the next active place
    std::uint64_t total = out.group_measures_.size();
    for (const CorpusCell &cell : cells) total += std::uint64_t{cell.due} + cell.active;
    if (total > std::numeric_limits<std::uint32_t>::max())
        throw std::bad_alloc(); // more list entries than 32-bit ranges can hold: beyond any memory the index fits in
    auto place = static_cast<std::uint32_t>(out.group_measures_.size());
    for (std::uint32_t c : cell_order) {
        const CorpusCell &cell = cells[c];
        std::optional<Window> &period = period_windows[cell.period];
        if (!period) period = periods.at(cell.period);
        CorpusGroup g;
        g.roadmap = r;
        g.key = cell.key;
        g.period = *period;
        g.due_begin = cell_cursor[2 * c] = place;
        g.due_end = place += cell.due;
        g.active_begin = cell_cursor[2 * c + 1] = place;
        g.active_end = place += cell.active;
        out.groups_.push_back(g);
    }
    out.group_measures_.resize(place);
    for (const CorpusVisit &v : visits) {
        const std::uint32_t c = v.what >> 2;
        if (v.what & 2) out.group_measures_[cell_cursor[2 * c]++] = v.measure;
        if (v.what & 1) out.group_measures_[cell_cursor[2 * c + 1]++] = v.measure;
    }
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
