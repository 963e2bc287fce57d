// Answering a query from a QueryIndex: each filter the index knows marks the
// measures it admits in a bit set, the sets are intersected, and the
// measures left are handed, roadmap by roadmap, to the steps query() runs
// (scan.hpp) for what the index does not decide exactly.
#include "query/facets.hpp"
#include "query/index.hpp"
#include "query/scan.hpp"

#include "text.hpp"

#include <algorithm>
#include <future>
#include <thread>

namespace eduroadmap {
namespace {

// Measure numbers as bits.
class IndexBits {
public:
    explicit IndexBits(std::size_t n) : words_((n + 63) / 64, 0) {}
    void set(std::uint32_t i) { words_[i / 64] |= std::uint64_t{1} << (i % 64); }
    void set_range(std::uint32_t from, std::uint32_t to) {
        for (std::uint32_t i = from; i < to; ++i) set(i);
    }
    void set_all(const std::uint32_t *b, const std::uint32_t *e) {
        for (; b != e; ++b) set(*b);
    }
    bool test(std::uint32_t i) const { return (words_[i / 64] >> (i % 64)) & 1u; }
    // The bits set in [from, to).
    std::uint32_t count(std::uint32_t from, std::uint32_t to) const {
        std::uint32_t n = 0;
        for (std::uint64_t i = from; i < to; i = (i / 64 + 1) * 64) {
            std::uint64_t word = words_[i / 64] >> (i % 64);
            if (to - i < 64) word &= (std::uint64_t{1} << (to - i)) - 1;
            n += static_cast<std::uint32_t>(__builtin_popcountll(word));
        }
        return n;
    }
    std::size_t count() const {
        std::size_t n = 0;
        for (std::uint64_t w : words_) n += static_cast<std::size_t>(__builtin_popcountll(w));
        return n;
    }
    // This and @p other.
    void intersect(const IndexBits &other) {
        for (std::size_t w = 0; w < words_.size(); ++w) words_[w] &= other.words_[w];
    }

private:
    std::vector<std::uint64_t> words_;
};

// The filters of one query, applied to the index one at a time.
class IndexPlan {
public:
    IndexPlan(const QueryIndex::Data &d, const Query &q) : d_(d), q_(q), candidates_(d.measures()) {}

    // Narrows the candidates to @p bits.
    void narrow(const IndexBits &bits) {
        if (narrowed_) candidates_.intersect(bits);
        else candidates_ = bits;
        narrowed_ = true;
    }
    IndexBits fresh() const { return IndexBits(d_.measures()); }
    bool narrowed() const { return narrowed_; }
    const IndexBits &candidates() const { return candidates_; }

    void by_postings(const detail::Postings &p, std::size_t key) {
        IndexBits bits = fresh();
        bits.set_all(p.begin(key), p.end(key));
        narrow(bits);
    }

    // Measures with a word that can hold each run of @p word where it occurs
    // (LetterRun::fits); true when that is exact (the word is one run, of
    // letters and digits only: any occurrence lies inside one word of the text).
    bool by_word(const detail::WordPostings &w, std::u32string_view word) {
        for (const detail::LetterRun &run : detail::letter_runs(word)) {
            IndexBits bits = fresh();
            for (std::size_t k = 0; k < w.vocabulary.size(); ++k)
                if (run.fits(w.vocabulary[k])) bits.set_all(w.postings.begin(k), w.postings.end(k));
            narrow(bits);
        }
        return std::all_of(word.begin(), word.end(), detail::is_letter_or_digit);
    }

    // Measures of the sections of the direction @p q.direction, per catalog (exact).
    void by_direction() {
        IndexBits bits = fresh();
        const std::string folded = detail::fold(q_.direction);
        for (std::size_t c = 0; c < d_.catalogs.size(); ++c) {
            const Catalog *catalog = d_.catalogs[c];
            if (std::optional<std::size_t> wanted = catalog ? catalog->find(q_.direction) : std::nullopt) {
                bits.set_all(d_.direction.begin(d_.catalog_first[c] + *wanted),
                             d_.direction.end(d_.catalog_first[c] + *wanted));
                continue;
            }
            // The words of a section's title or of its direction's catalog title.
            std::vector<bool> title_ok;
            for (std::uint32_t k = d_.catalog_first[c]; k < d_.catalog_first[c + 1]; ++k)
                title_ok.push_back(d_.catalog_titles[k].find(folded) != std::string::npos);
            for (std::uint32_t r = 0; r < d_.roadmaps.size(); ++r) {
                if (d_.roadmap_catalog[r] != c) continue;
                const ResolvedRoadmap &rm = *d_.roadmaps[r];
                const detail::Facets facets(rm);
                std::vector<bool> section_ok;
                bool any = false;
                for (std::uint32_t s = 0; s < d_.section_first[r + 1] - d_.section_first[r]; ++s) {
                    std::optional<std::size_t> cd = facets.catalog_direction(s);
                    section_ok.push_back(d_.section_titles[d_.section_first[r] + s].find(folded) != std::string::npos ||
                                         (cd && title_ok[*cd]));
                    any = any || section_ok.back();
                }
                if (!any) continue;
                for (std::uint32_t i = 0; i < rm.measures.size(); ++i)
                    if (section_ok[rm.measures[i].ref.section]) bits.set(d_.first[r] + i);
            }
        }
        narrow(bits);
    }

    // Measures naming the registry entry @p q.responsible designates in each
    // roadmap (exact); in roadmaps where it designates none, those whose cell
    // holds its words (to be checked). Returns the roadmaps answered exactly;
    // @p entries gets the entry of each roadmap (none_entry when none).
    std::vector<bool> by_responsible(std::vector<std::uint32_t> &entries) {
        IndexBits bits = fresh();
        std::vector<bool> exact(d_.roadmaps.size(), false);
        entries.assign(d_.roadmaps.size(), detail::CorpusMatchesBuilder::none_entry);
        auto it = d_.registry_names.find(detail::name_key(q_.responsible));
        if (it != d_.registry_names.end())
            for (const detail::NamedEntry &e : it->second) {
                exact[e.roadmap] = true;
                entries[e.roadmap] = e.entry;
                bits.set_all(d_.responsible.begin(e.key), d_.responsible.end(e.key));
            }
        if (std::find(exact.begin(), exact.end(), false) != exact.end()) {
            // A name outside the registry occurs in a cell as whole words
            // (contains_words): each of its runs is a word of the cell.
            std::u32string folded = U" ";
            detail::append_folded(folded, detail::fold(q_.responsible));
            folded += U' ';
            IndexPlan cells(d_, q_);
            cells.by_word(d_.cells, folded);
            for (std::uint32_t r = 0; r < d_.roadmaps.size(); ++r) {
                if (exact[r]) continue;
                for (std::uint32_t i = d_.first[r]; i < d_.first[r + 1]; ++i)
                    if (!cells.narrowed() || cells.candidates().test(i)) bits.set(i);
            }
        }
        narrow(bits);
        return exact;
    }

    // Measures with a window that may satisfy the time filters: every
    // listed window checked against them (but is_closed), every hull
    // against the range.
    void by_time(const Window &range) {
        IndexBits bits = fresh();
        const auto lo = range.start().day_number(), hi = range.end().day_number();
        const auto day = [](const std::optional<Window> &w, bool end) {
            return w ? (end ? w->end() : w->start()).day_number() : 0u;
        };
        const auto due_lo = day(q_.due_between, false), due_hi = day(q_.due_between, true);
        const auto overdue = q_.overdue_as_of ? q_.overdue_as_of->day_number() : 0u;
        for (std::size_t k = 0; k < detail::window_classes; ++k) {
            const std::uint64_t longest = std::uint64_t{1} << k;
            const std::uint32_t from = lo + 1 > longest ? static_cast<std::uint32_t>(lo + 1 - longest) : 0;
            for (bool hull : {false, true}) {
                const detail::WindowClass &c = hull ? d_.hulls[k] : d_.windows[k];
                for (std::size_t i = static_cast<std::size_t>(std::lower_bound(c.start.begin(), c.start.end(), from) -
                                                              c.start.begin());
                     i < c.start.size() && c.start[i] <= hi; ++i) {
                    const std::uint32_t end = c.end[i];
                    if (end < lo) continue;
                    if (!hull && q_.due_between && (end < due_lo || end > due_hi)) continue;
                    if (!hull && q_.overdue_as_of && end >= overdue) continue;
                    bits.set(c.id[i]);
                }
            }
        }
        narrow(bits);
    }

private:
    const QueryIndex::Data &d_;
    const Query &q_;
    IndexBits candidates_;
    bool narrowed_ = false;
};

// The time filters of a query as day numbers, checked against a window.
class IndexTimeFilter {
public:
    explicit IndexTimeFilter(const Query &q) : q_(q) {
        if (q.due_between) due_lo_ = q.due_between->start().day_number(), due_hi_ = q.due_between->end().day_number();
        if (q.active_between)
            active_lo_ = q.active_between->start().day_number(), active_hi_ = q.active_between->end().day_number();
        if (q.overdue_as_of) as_of_ = q.overdue_as_of->day_number();
    }
    // window_matches (scan.hpp), without looking at the measure unless
    // progress entries may close the window.
    bool matches(const ResolvedMeasure &m, std::uint8_t flags, const Window &w) const {
        const std::uint32_t start = w.start().day_number(), end = w.end().day_number();
        if (end < due_lo_ || end > due_hi_ || end < active_lo_ || start > active_hi_) return false;
        if (!q_.overdue_as_of) return true;
        if (end >= as_of_ || (flags & detail::measure_closed)) return false;
        return !(flags & detail::measure_progress) || !is_closed(m, w, *q_.overdue_as_of);
    }

private:
    const Query &q_;
    std::uint32_t due_lo_ = 0, due_hi_ = 0xFFFFFFFFu, active_lo_ = 0, active_hi_ = 0xFFFFFFFFu, as_of_ = 0;
};

// One roadmap's match before sorting: its sort key (the earliest end of a
// matching window, then its start), printed place, and windows.
struct IndexPendingMatch {
    std::uint64_t key;
    std::uint32_t measure;
    const Window *begin, *end;
};

} // namespace

namespace detail {

CorpusMatchesBuilder::CorpusMatchesBuilder(const QueryIndex::Data &data, const Query &q)
    : d(data), filtered(!fold(q.responsible).empty()) {
    out.query_ = q;
    out.index_ = &data;
}

const Window *CorpusMatchesBuilder::keep(const Window *begin, const Window *end) {
    const auto n = static_cast<std::size_t>(end - begin);
    if (out.windows_.empty() || out.windows_.back().capacity() - out.windows_.back().size() < n) {
        out.windows_.emplace_back();
        out.windows_.back().reserve(std::max<std::size_t>(n, 4096));
    }
    std::vector<Window> &chunk = out.windows_.back();
    chunk.insert(chunk.end(), begin, end); // within capacity: earlier pointers stay valid
    return chunk.data() + chunk.size() - n;
}

} // namespace detail

namespace {

// A query prepared once over the whole index — its filters applied to the
// index's postings — and answered for runs of roadmaps, each run on a
// thread of its own if need be (nothing here changes once made).
class CorpusPass {
public:
    CorpusPass(const QueryIndex::Data &d, const Query &q) : d_(d), q_(q), plan_(d, q), time_(q) {
        if (q.has_time_filter()) {
            const std::optional<Window> range = detail::time_range(q);
            if (!range) { // the filters exclude each other
                empty_ = true;
                return;
            }
            plan_.by_time(*range);
        }
        if (q.status) plan_.by_postings(d.status, static_cast<std::size_t>(*q.status));
        if (q.stage) plan_.by_postings(d.stage, static_cast<std::size_t>(*q.stage));
        done_.status = done_.stage = true;
        if (!q.direction.empty()) plan_.by_direction();
        done_.direction = true;
        by_responsible_ = !detail::fold(q.responsible).empty();
        if (by_responsible_) responsible_exact_ = plan_.by_responsible(responsible_entries_);
        words_ = detail::query_words(q.text);
        done_.text = true;
        for (const std::u32string &w : words_) done_.text = plan_.by_word(d.words, w) && done_.text;
    }

    // The answer for the roadmaps [first_roadmap, end_roadmap), its arrays
    // reserved for those of [first_roadmap, room) — the whole corpus for a
    // first run that the others' answers are appended to.
    CorpusMatches run(std::uint32_t first_roadmap, std::uint32_t end_roadmap, std::uint32_t room) const;
    // The filters exclude each other: every run's answer is empty.
    bool empty() const { return empty_; }

private:
    const QueryIndex::Data &d_;
    const Query &q_;
    IndexPlan plan_;
    IndexTimeFilter time_;
    detail::Prechecked done_;
    bool empty_ = false;
    bool by_responsible_ = false;
    std::vector<bool> responsible_exact_;
    std::vector<std::uint32_t> responsible_entries_; // for aggregates
    std::vector<std::u32string> words_;
};

CorpusMatches CorpusPass::run(std::uint32_t first_roadmap, std::uint32_t end_roadmap, std::uint32_t room) const {
    const QueryIndex::Data &d = d_;
    const Query &q = q_;
    const IndexPlan &plan = plan_;
    const IndexTimeFilter &time = time_;
    detail::CorpusMatchesBuilder b(d, q);
    if (empty_) return std::move(b.out);
    const std::uint32_t room_begin = d.first[first_roadmap], room_end = d.first[room];
    b.matches().reserve(plan.narrowed() ? plan.candidates().count(room_begin, room_end) : room_end - room_begin);
    const bool timed = q.has_time_filter();
    std::vector<IndexPendingMatch> pending; // matches out of the index's order
    std::vector<std::uint64_t> keys;        // the sort keys of the others
    std::vector<CorpusMatch> in_order, merged; // a roadmap's matches in the index's order; all of them in order
    std::vector<Window> found;
    bool reserved = false;
    for (std::uint32_t r = first_roadmap; r < end_roadmap; ++r) {
        const std::uint32_t base = d.first[r], size = d.first[r + 1] - base;
        const std::uint32_t candidates = plan.narrowed() ? plan.candidates().count(base, base + size) : size;
        if (candidates == 0) continue;
        const ResolvedRoadmap &rm = *d.roadmaps[r];
        detail::Prechecked here = done_;
        here.responsible = !by_responsible_ || responsible_exact_[r];
        const detail::Facets facets(rm);
        std::optional<detail::MeasureFilters> checks;
        if (!here.responsible || !here.text) checks.emplace(facets, q, words_, here);
        const auto from = static_cast<std::uint32_t>(b.matches().size());
        // The roadmap's matches are stored in a buffer with room for every
        // candidate, then appended at once: a push_back per match, called
        // out of line, cost more than the store.
        if (in_order.size() < candidates) in_order.resize(candidates);
        std::uint32_t matched = 0;
        pending.clear();
        keys.clear();

        // Measures in the index's order (by the first window to end); a
        // match whose first matching window is another goes to `pending`.
        for (std::uint32_t k = base; k < base + size; ++k) {
            const std::uint32_t i = d.static_order[k], id = base + i;
            if (plan.narrowed() && !plan.candidates().test(id)) continue;
            const ResolvedMeasure &m = rm.measures[i];
            if (checks && !(checks->facets_hold(m) && checks->text_holds(m))) continue;
            const std::uint8_t flags = d.measure_flags[k];
            const Window *begin = d.window_cache.data() + d.window_first[k];
            const Window *end = d.window_cache.data() + d.window_first[k + 1];
            if (flags & detail::measure_uncached) {
                found = timed ? detail::matching_windows(m, q) : m.deadline.windows.to_vector();
                if (found.empty()) continue;
                begin = b.keep(found.data(), found.data() + found.size());
                end = begin + found.size();
            } else if (timed) { // the matching windows: one range of the cache when they follow each other
                const Window *first = nullptr, *last = nullptr;
                bool contiguous = true;
                for (const Window *w = begin; w != end; ++w) {
                    if (!time.matches(m, flags, *w)) continue;
                    if (!first) first = w;
                    else if (last != w) contiguous = false;
                    last = w + 1;
                }
                if (!first) continue;
                if (!contiguous) {
                    found.clear();
                    for (const Window *w = first; w != last; ++w)
                        if (time.matches(m, flags, *w)) found.push_back(*w);
                    first = b.keep(found.data(), found.data() + found.size());
                    last = first + found.size();
                }
                begin = first, end = last;
            }
            if (timed) {
                std::uint64_t key = ~std::uint64_t{0};
                for (const Window *w = begin; w != end; ++w)
                    key = std::min(key, std::uint64_t{w->end().day_number()} << 32 | w->start().day_number());
                if (key != d.static_key[k]) {
                    pending.push_back(IndexPendingMatch{key, i, begin, end});
                    continue;
                }
                keys.push_back(key);
            }
            in_order[matched++] = CorpusMatch{r, i, begin, end};
        }
        if (pending.empty()) {
            b.matches().insert(b.matches().end(), in_order.begin(), in_order.begin() + matched);
        } else { // sorted, then merged with the matches in the index's order
            auto before = [](const IndexPendingMatch &x, const IndexPendingMatch &y) {
                return x.key < y.key || (x.key == y.key && x.measure < y.measure);
            };
            std::sort(pending.begin(), pending.end(), before);
            merged.clear();
            auto p = pending.begin();
            for (std::uint32_t n = 0; n < matched; ++n) {
                const IndexPendingMatch here_m{keys[n], in_order[n].measure, nullptr, nullptr};
                for (; p != pending.end() && before(*p, here_m); ++p)
                    merged.push_back(CorpusMatch{r, p->measure, p->begin, p->end});
                merged.push_back(in_order[n]);
            }
            for (; p != pending.end(); ++p) merged.push_back(CorpusMatch{r, p->measure, p->begin, p->end});
            b.matches().insert(b.matches().end(), merged.begin(), merged.end());
        }
        const auto to = static_cast<std::uint32_t>(b.matches().size());
        if (to == from) continue;
        const auto groups = static_cast<std::uint32_t>(b.groups().size());
        if (q.group_by != GroupBy::none)
            b.aggregate(r, from, by_responsible_ ? responsible_entries_[r] : detail::CorpusMatchesBuilder::none_entry);
        b.roadmaps().push_back(
            CorpusRoadmapMatches{r, from, to, groups, static_cast<std::uint32_t>(b.groups().size())});
        const std::uint32_t seen = d.first[r + 1] - room_begin;
        if (q.group_by != GroupBy::none && !reserved && seen >= (d.first[end_roadmap] - room_begin) / 16) {
            // Room for the groups of the roadmaps [first_roadmap, room),
            // extrapolated from the first sixteenth of the run, so that the
            // arrays are seldom copied as they grow.
            const double scale = 1.25 * (room_end - room_begin) / std::max<std::uint32_t>(1, seen);
            b.groups().reserve(static_cast<std::size_t>(scale * b.groups().size()));
            b.group_measures().reserve(static_cast<std::size_t>(scale * b.group_measures().size()));
            reserved = true;
        }
    }
    return std::move(b.out);
}

} // namespace

CorpusMatches QueryIndex::matches(const Query &q) const { return matches(q, 1); }

CorpusMatches QueryIndex::matches(const Query &q, unsigned threads) const {
    return detail::QueryIndexAccess::matches(*this, q, threads, min_measures_per_query_thread);
}

CorpusMatches detail::QueryIndexAccess::matches(const QueryIndex &index, const Query &q, unsigned threads,
                                                std::uint32_t min_measures_per_thread) {
    const QueryIndex::Data &d = *index.data_;
    const CorpusPass pass(d, q);
    const auto roadmaps = static_cast<std::uint32_t>(d.roadmaps.size());
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    threads = std::min(
        {threads, max_query_threads, std::max(1u, d.measures() / std::max<std::uint32_t>(1, min_measures_per_thread))});
    // Runs of roadmaps of about equal measure counts: run t starts at the
    // first roadmap at or past t / threads of the measures.
    std::vector<std::uint32_t> bounds{0};
    for (unsigned t = 1; t < threads; ++t) {
        const std::uint64_t target = std::uint64_t{d.measures()} * t / threads;
        const auto at = std::lower_bound(d.first.begin(), d.first.end(), target);
        const auto r = static_cast<std::uint32_t>(at - d.first.begin());
        if (r > bounds.back() && r < roadmaps) bounds.push_back(r);
    }
    bounds.push_back(roadmaps);
    if (bounds.size() == 2 || pass.empty()) return pass.run(0, roadmaps, roadmaps);
    // The first run on this thread, the others each on one of their own;
    // a future left unread waits for its thread, so none outlives `pass`.
    std::vector<std::future<CorpusMatches>> rest;
    rest.reserve(bounds.size() - 2);
    for (std::size_t p = 1; p + 1 < bounds.size(); ++p)
        rest.push_back(std::async(std::launch::async, [&pass, &bounds, p] {
            return pass.run(bounds[p], bounds[p + 1], bounds[p + 1]);
        }));
    CorpusMatches out = pass.run(0, bounds[1], roadmaps);
    for (std::future<CorpusMatches> &part : rest) detail::CorpusMatchesBuilder::append(out, part.get());
    return out;
}

CorpusQueryResult QueryIndex::query(const Query &q) const { return matches(q).materialise(); }

CorpusQueryResult QueryIndex::query(const Query &q, unsigned threads) const {
    return matches(q, threads).materialise();
}

} // namespace eduroadmap
