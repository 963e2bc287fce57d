// Building a QueryIndex: one pass over every measure of the corpus, each
// fact a query filters by recorded as a posting of the measure's number.
#include "query/facets.hpp"
#include "query/index.hpp"
#include "query/scan.hpp"

#include "text.hpp"

#include <algorithm>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace eduroadmap {
namespace {

// The length class of a window of @p days days: the least k with days <= 2^k.
std::size_t index_length_class(std::uint32_t days) {
    std::size_t k = 0;
    while (k + 1 < detail::window_classes && (std::uint64_t{1} << k) < days) ++k;
    return k;
}

void index_add_window(detail::WindowClass &c, std::uint32_t start, std::uint32_t end, std::uint32_t id) {
    c.start.push_back(start);
    c.end.push_back(end);
    c.id.push_back(id);
}

// Sorts a class's entries by start (then end, then measure).
void index_sort_class(detail::WindowClass &c) {
    std::vector<std::uint32_t> order(c.start.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return std::tie(c.start[a], c.end[a], c.id[a]) < std::tie(c.start[b], c.end[b], c.id[b]);
    });
    detail::WindowClass sorted;
    for (std::vector<std::uint32_t> *to : {&sorted.start, &sorted.end, &sorted.id}) to->reserve(order.size());
    for (std::uint32_t i : order) index_add_window(sorted, c.start[i], c.end[i], c.id[i]);
    c = std::move(sorted);
}

void index_add_windows(QueryIndex::Data &d, const ResolvedMeasure &m, std::uint32_t id) {
    const Schedule &windows = m.deadline.windows;
    if (windows.empty()) return;
    auto add = [&](auto &classes, const Window &w) {
        const auto start = static_cast<std::uint32_t>(w.start().day_number());
        const auto end = static_cast<std::uint32_t>(w.end().day_number());
        index_add_window(classes[index_length_class(end - start + 1)], start, end, id);
    };
    if (windows.size() <= detail::listed_windows_max) {
        for (const Window &w : windows) add(d.windows, w);
        return;
    }
    Date last = windows.front().end();
    for (const Window &w : windows) last = std::max(last, w.end());
    add(d.hulls, Window(windows.front().start(), last));
}

// Registry names of one roadmap → the entry registry_entry() gives for each:
// every id first, then short, full names and aliases, the first entry winning.
void index_add_registry(QueryIndex::Data &d, std::uint32_t r, const std::vector<Responsible> &registry,
                        const std::vector<std::uint32_t> &canonical) {
    std::unordered_map<std::string, std::uint32_t> seen;
    auto name = [&](const std::string &text, std::size_t entry) {
        seen.emplace(detail::name_key(text), static_cast<std::uint32_t>(entry));
    };
    for (std::size_t i = 0; i < registry.size(); ++i) name(registry[i].id, i);
    for (std::size_t i = 0; i < registry.size(); ++i) {
        name(registry[i].short_name, i);
        if (!registry[i].full_name.empty()) name(registry[i].full_name, i);
        for (const std::string &alias : registry[i].aliases) name(alias, i);
    }
    for (auto &[key, entry] : seen) d.registry_names[key].push_back({r, d.entry_first[r] + canonical[entry], entry});
}

// The measure's windows, when few, and what decides whether they are closed.
void index_cache_windows(QueryIndex::Data &d, const ResolvedMeasure &m) {
    const Schedule &windows = m.deadline.windows;
    const Measure &model = *m.ref.measure;
    std::uint8_t flags = 0;
    if (model.status == Status::done || model.status == Status::cancelled) flags |= detail::measure_closed;
    if (!model.progress.empty()) flags |= detail::measure_progress;
    if (windows.size() > detail::cached_windows_max ||
        d.window_cache.size() + windows.size() >= std::numeric_limits<std::uint32_t>::max())
        flags |= detail::measure_uncached;
    else
        for (const Window &w : windows) d.window_cache.push_back(w);
    d.window_first.push_back(static_cast<std::uint32_t>(d.window_cache.size()));
    d.measure_flags.push_back(flags);
}

// The roadmap's measures in the order query() gives them without a time
// filter (run.cpp): by the earliest end of a window, its start, printed order.
void index_static_order(QueryIndex::Data &d, const ResolvedRoadmap &rm) {
    std::vector<std::pair<std::uint64_t, std::uint32_t>> keyed;
    keyed.reserve(rm.measures.size());
    for (std::uint32_t i = 0; i < rm.measures.size(); ++i) {
        std::uint64_t key = std::numeric_limits<std::uint64_t>::max(); // no windows: last
        for (const Window &w : rm.measures[i].deadline.windows)
            key = std::min(key, std::uint64_t{w.end().day_number()} << 32 | w.start().day_number());
        keyed.emplace_back(key, i);
    }
    std::sort(keyed.begin(), keyed.end());
    for (const auto &[key, i] : keyed) { // what a query reads of each measure, in the order it reads them
        d.static_order.push_back(i);
        d.static_key.push_back(key);
        index_cache_windows(d, rm.measures[i]);
    }
}

// What aggregates count a roadmap's measures under: the first section of
// each measure's direction, its registry entries and names outside the registry.
void index_add_group_keys(QueryIndex::Data &d, const ResolvedRoadmap &rm, const detail::Facets &facets) {
    std::unordered_map<std::size_t, std::uint32_t> first_section; // direction key → its first section
    for (std::size_t s = rm.roadmap->sections.size(); s-- > 0;)
        first_section[facets.direction_key(s)] = static_cast<std::uint32_t>(s);
    std::unordered_map<std::string_view, std::uint32_t> names;
    const auto registry = static_cast<std::uint32_t>(rm.roadmap->responsibles.size());
    detail::Postings &keys = d.measure_responsibles;
    for (const ResolvedMeasure &m : rm.measures) {
        d.direction_section.push_back(first_section.at(facets.direction_key(m.ref.section)));
        for (std::size_t e : facets.responsibles(m)) keys.ids.push_back(static_cast<std::uint32_t>(e));
        for (const ResponsibleMention &mention : m.responsibles) {
            if (mention.matched()) continue;
            auto [it, added] = names.emplace(mention.text, static_cast<std::uint32_t>(names.size()));
            if (added) d.names.push_back(&mention.text);
            keys.ids.push_back(registry + it->second);
        }
        keys.first.push_back(static_cast<std::uint32_t>(keys.ids.size()));
    }
    d.name_first.push_back(static_cast<std::uint32_t>(d.names.size()));
}

} // namespace

std::size_t CorpusQueryResult::count() const noexcept {
    std::size_t n = 0;
    for (const QueryResult &r : roadmaps) n += r.matches.size();
    return n;
}

QueryIndex::QueryIndex(std::vector<const ResolvedRoadmap *> roadmaps) {
    auto d = std::make_unique<Data>();
    d->roadmaps = std::move(roadmaps);
    std::uint64_t total = 0;
    d->first.push_back(0);
    d->section_first.push_back(0);
    d->entry_first.push_back(0);
    for (const ResolvedRoadmap *rm : d->roadmaps) {
        if (!rm || !rm->roadmap) throw std::invalid_argument("QueryIndex: a null roadmap");
        total += rm->measures.size();
        if (total >= std::numeric_limits<std::uint32_t>::max())
            throw std::invalid_argument("QueryIndex: 2^32 measures or more");
        d->first.push_back(static_cast<std::uint32_t>(total));
        d->section_first.push_back(d->section_first.back() + static_cast<std::uint32_t>(rm->roadmap->sections.size()));
        d->entry_first.push_back(d->entry_first.back() +
                                 static_cast<std::uint32_t>(rm->roadmap->responsibles.size()));
        auto c = std::find(d->catalogs.begin(), d->catalogs.end(), rm->catalog);
        if (c == d->catalogs.end()) c = d->catalogs.insert(c, rm->catalog);
        d->roadmap_catalog.push_back(static_cast<std::uint32_t>(c - d->catalogs.begin()));
    }
    d->catalog_first.push_back(0);
    for (const Catalog *c : d->catalogs) {
        d->catalog_first.push_back(d->catalog_first.back() + static_cast<std::uint32_t>(c ? c->directions.size() : 0));
        if (c)
            for (const CatalogDirection &cd : c->directions) d->catalog_titles.push_back(detail::fold(cd.title));
    }

    d->window_first.push_back(0);
    d->name_first.push_back(0);
    detail::PostingsBuilder status, stage, direction, responsible;
    detail::WordPostingsBuilder words, cells;
    std::u32string text;
    for (std::uint32_t r = 0; r < d->roadmaps.size(); ++r) {
        const ResolvedRoadmap &rm = *d->roadmaps[r];
        const detail::Facets facets(rm);
        for (const Section &s : rm.roadmap->sections) d->section_titles.push_back(detail::fold(s.title));
        const std::vector<Responsible> &registry = rm.roadmap->responsibles;
        std::vector<std::uint32_t> canonical(registry.size()); // the first entry with the same id
        for (std::size_t i = 0; i < registry.size(); ++i)
            canonical[i] = static_cast<std::uint32_t>(
                std::find_if(registry.begin(), registry.end(), [&](const Responsible &e) { return e.id == registry[i].id; }) -
                registry.begin());
        index_add_registry(*d, r, registry, canonical);
        index_static_order(*d, rm);
        d->plan_period.push_back(rm.roadmap->period.known ? std::optional<Window>(rm.roadmap->period.window)
                                                          : std::nullopt);
        index_add_group_keys(*d, rm, facets);

        for (std::size_t i = 0; i < rm.measures.size(); ++i) {
            const ResolvedMeasure &m = rm.measures[i];
            const std::uint32_t id = d->first[r] + static_cast<std::uint32_t>(i);
            status.add(static_cast<std::uint32_t>(status_of(*m.ref.measure)), id);
            stage.add(static_cast<std::uint32_t>(m.stage.stage), id);
            for (Stage also : m.stage.also) stage.add(static_cast<std::uint32_t>(also), id);
            if (auto cd = facets.catalog_direction(m.ref.section))
                direction.add(d->catalog_first[d->roadmap_catalog[r]] + static_cast<std::uint32_t>(*cd), id);
            for (std::size_t e : facets.responsibles(m)) responsible.add(d->entry_first[r] + canonical[e], id);
            text.clear();
            detail::searchable_text(*m.ref.measure, text);
            words.add(text, id);
            text.clear();
            detail::append_folded(text, detail::fold(detail::Facets::cell_text(*m.ref.measure)));
            cells.add(text, id);
            index_add_windows(*d, m, id);
        }
    }
    d->status = status.build(static_cast<std::size_t>(Status::overdue) + 1);
    d->stage = stage.build(std::size(all_stages));
    d->direction = direction.build(d->catalog_first.back());
    d->responsible = responsible.build(d->entry_first.back());
    d->words = words.build();
    d->cells = cells.build();
    for (auto *classes : {&d->windows, &d->hulls})
        for (detail::WindowClass &c : *classes) index_sort_class(c);
    data_ = std::move(d);
}

QueryIndex::~QueryIndex() = default;
QueryIndex::QueryIndex(QueryIndex &&) noexcept = default;
QueryIndex &QueryIndex::operator=(QueryIndex &&) noexcept = default;

const std::vector<const ResolvedRoadmap *> &QueryIndex::roadmaps() const noexcept { return data_->roadmaps; }
std::size_t QueryIndex::measure_count() const noexcept { return data_->measures(); }
std::size_t QueryIndex::memory_bytes() const noexcept { return sizeof(Data) + data_->bytes(); }

std::size_t QueryIndex::Data::bytes() const {
    auto vec = [](const auto &v) { return v.capacity() * sizeof(v[0]); };
    auto strings = [&](const std::vector<std::string> &v) {
        std::size_t n = vec(v);
        for (const std::string &s : v)
            if (s.capacity() > 15) n += s.capacity() + 1;
        return n;
    };
    std::size_t n = vec(roadmaps) + vec(first) + status.bytes() + stage.bytes() + vec(catalogs) +
                    vec(roadmap_catalog) + vec(catalog_first) + direction.bytes() + strings(catalog_titles) +
                    strings(section_titles) + vec(section_first) + vec(entry_first) + responsible.bytes() +
                    cells.bytes() + words.bytes() + vec(window_first) + vec(window_cache) + vec(measure_flags) +
                    vec(static_order) + vec(static_key) + vec(plan_period) + vec(direction_section) +
                    measure_responsibles.bytes() + vec(names) +
                    vec(name_first);
    for (const auto &[name, entries] : registry_names)
        n += sizeof(name) + name.capacity() + 1 + vec(entries) + 2 * sizeof(void *); // a hash node, roughly
    n += registry_names.bucket_count() * sizeof(void *);
    for (const auto *classes : {&windows, &hulls})
        for (const detail::WindowClass &c : *classes) n += vec(c.start) + vec(c.end) + vec(c.id);
    return n;
}

} // namespace eduroadmap
