// Aggregates: the matches of a query counted per key (responsible,
// direction, or none) and per calendar month or quarter. Keys and periods
// are small integers, so counting a national corpus allocates little.
#include "query/facets.hpp"

#include "text.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <tuple>

namespace eduroadmap {
namespace {

// Calendar months or quarters from the one holding a range's start.
class Periods {
public:
    Periods(const Window &range, int months) : months_(months), first_(period_of(range.start())) {
        count_ = index(range.end()) + 1;
    }
    std::size_t count() const { return count_; }
    std::size_t index(Date d) const {
        return static_cast<std::size_t>((month_number(d) - month_number(first_.start())) / months_);
    }
    Window period_of(Date d) const {
        int first = (d.month() - 1) / months_ * months_ + 1;
        return Window(Date(d.year(), first, 1), Date(d.year(), first + months_ - 1, 1).end_of_month());
    }
    Window at(std::size_t i) const {
        int m = month_number(first_.start()) + static_cast<int>(i) * months_;
        return period_of(Date(static_cast<unsigned short>(m / 12), static_cast<unsigned short>(m % 12 + 1), 1));
    }
    std::string name(const Window &p) const {
        char buf[16];
        if (months_ == 3) std::snprintf(buf, sizeof buf, "%04d-Q%d", int(p.start().year()), (p.start().month() - 1) / 3 + 1);
        else std::snprintf(buf, sizeof buf, "%04d-%02d", int(p.start().year()), int(p.start().month()));
        return buf;
    }

private:
    static int month_number(Date d) { return d.year() * 12 + (d.month() - 1); }
    int months_;
    Window first_{Date(2000, 1, 1), Date(2000, 1, 1)};
    std::size_t count_ = 0;
};

// The range whose months (quarters) are counted.
std::optional<Window> counted_range(const QueryResult &result) {
    const Query &q = result.query;
    if (q.due_between && q.active_between) return q.due_between->intersect(*q.active_between);
    if (q.due_between) return q.due_between;
    if (q.active_between) return q.active_between;
    if (result.roadmap->roadmap->period.known) return result.roadmap->roadmap->period.window;
    std::optional<Window> span;
    for (const QueryMatch &m : result.matches)
        for (const Window &w : m.windows)
            span = span ? Window(std::min(span->start(), w.start()), std::max(span->end(), w.end())) : w;
    return span;
}

// The keys a measure is counted under, interned as small integers.
class Keys {
public:
    struct Info {
        std::size_t rank; // sort order
        std::string key, label;
    };

    Keys(const QueryResult &result, const detail::Facets &facets, GroupBy by)
        : facets_(facets), by_(by), filter_(facets, result.query.responsible), filter_text_(result.query.responsible) {
        if (by == GroupBy::direction) // a direction ranks by its first section
            for (std::size_t s = result.roadmap->roadmap->sections.size(); s-- > 0;)
                first_section_[facets.direction_key(s)] = s;
    }

    // Appends the keys of @p m to @p out.
    void of(const ResolvedMeasure &m, std::vector<std::size_t> &out) {
        out.clear();
        if (by_ == GroupBy::month) return out.push_back(intern(numbered_, 0, [] { return Info{0, "", ""}; }));
        if (by_ == GroupBy::direction) {
            std::size_t number = facets_.direction_key(m.ref.section);
            return out.push_back(intern(numbered_, number, [&] {
                MeasureDirection d = facets_.direction(m);
                return Info{first_section_.at(number), d.code.empty() ? d.slug : d.code, d.title};
            }));
        }
        const std::vector<Responsible> &registry = facets_.roadmap().roadmap->responsibles;
        if (filter_.active() && !filter_.entry())
            return out.push_back(intern(numbered_, 0, [&] { return Info{0, "", filter_text_}; }));
        for (std::size_t e : facets_.responsibles(m))
            if (!filter_.entry() || e == *filter_.entry())
                out.push_back(intern(numbered_, e, [&] { return Info{e, registry[e].id, registry[e].short_name}; }));
        if (filter_.active()) return;
        for (const ResponsibleMention &mention : m.responsibles) // names outside the registry count as printed
            if (!mention.matched())
                out.push_back(intern(named_, mention.text, [&] {
                    return Info{registry.size() + named_.size(), "", mention.text};
                }));
    }

    const Info &info(std::size_t key) const { return infos_[key]; }

private:
    template <class Map, class K, class Make> std::size_t intern(Map &map, const K &k, Make make) {
        auto it = map.find(k);
        if (it != map.end()) return it->second;
        infos_.push_back(make());
        return map.emplace(k, infos_.size() - 1).first->second;
    }

    const detail::Facets &facets_;
    GroupBy by_;
    detail::ResponsibleFilter filter_;
    std::string filter_text_;
    std::map<std::size_t, std::size_t> first_section_;
    std::map<std::size_t, std::size_t> numbered_;  // registry entry or direction key → key
    std::map<std::string, std::size_t> named_;     // a name outside the registry → key
    std::vector<Info> infos_;
};

void add_once(std::vector<const ResolvedMeasure *> &list, const ResolvedMeasure *m) {
    if (list.empty() || list.back() != m) list.push_back(m);
}

} // namespace

std::vector<Aggregate> aggregate(const QueryResult &result, GroupBy group_by) {
    if (group_by == GroupBy::none || !result.roadmap) return {};
    std::optional<Window> range = counted_range(result);
    if (!range) return {};
    const Periods periods(*range, group_by == GroupBy::direction ? 3 : 1);
    detail::Facets facets(*result.roadmap);
    Keys keys(result, facets, group_by);

    std::vector<Aggregate> cells;
    std::vector<std::vector<std::size_t>> cell_of; // key → period → index into cells + 1 (0: none yet)
    std::vector<std::size_t> of;
    for (const QueryMatch &match : result.matches) {
        keys.of(*match.measure, of);
        for (const Window &w : match.windows) {
            std::optional<Window> inside = w.intersect(*range);
            if (!inside) continue;
            const std::size_t last = periods.index(inside->end());
            for (std::size_t p = periods.index(inside->start()); p <= last; ++p) {
                const Window period = periods.at(p);
                const bool due = period.contains(w.end());
                for (std::size_t k : of) {
                    if (cell_of.size() <= k) cell_of.resize(k + 1);
                    if (cell_of[k].empty()) cell_of[k].assign(periods.count(), 0);
                    std::size_t &slot = cell_of[k][p];
                    if (slot == 0) {
                        const Keys::Info &info = keys.info(k);
                        cells.push_back(Aggregate{info.key, info.label, periods.name(period), period, {}, {}});
                        slot = cells.size();
                    }
                    Aggregate &a = cells[slot - 1];
                    add_once(a.active, match.measure);
                    if (due) add_once(a.due, match.measure);
                }
            }
        }
    }
    // Order: by key rank, then period. (Each cell knows its key through cell_of.)
    std::vector<std::tuple<std::size_t, std::size_t, std::size_t>> order; // rank, period, cell
    for (std::size_t k = 0; k < cell_of.size(); ++k)
        for (std::size_t p = 0; p < cell_of[k].size(); ++p)
            if (cell_of[k][p]) order.emplace_back(keys.info(k).rank, p, cell_of[k][p] - 1);
    std::sort(order.begin(), order.end());
    std::vector<Aggregate> out;
    out.reserve(order.size());
    for (const auto &o : order) out.push_back(std::move(cells[std::get<2>(o)]));
    return out;
}

std::vector<Aggregate> workload_by_responsible(const ResolvedRoadmap &roadmap, const Query &filters) {
    return aggregate(query(roadmap, filters), GroupBy::responsible);
}

std::vector<Aggregate> measures_by_direction(const ResolvedRoadmap &roadmap, const Query &filters) {
    return aggregate(query(roadmap, filters), GroupBy::direction);
}

} // namespace eduroadmap
