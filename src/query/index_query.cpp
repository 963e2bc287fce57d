// Answering a query from a QueryIndex: each filter the index knows marks the
// measures it admits in a bit set, the sets are intersected, and the
// measures left are handed, roadmap by roadmap, to the steps query() runs
// (scan.hpp) for what the index does not decide exactly.
#include "query/facets.hpp"
#include "query/index.hpp"
#include "query/scan.hpp"

#include "text.hpp"

#include <algorithm>

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
    // This and @p other.
    void intersect(const IndexBits &other) {
        for (std::size_t w = 0; w < words_.size(); ++w) words_[w] &= other.words_[w];
    }
    // The set bits in [from, to), relative to @p from, into @p out.
    void collect(std::uint32_t from, std::uint32_t to, std::vector<std::uint32_t> &out) const {
        out.clear();
        for (std::uint64_t i = from; i < to;) {
            const std::uint64_t word = words_[i / 64] >> (i % 64);
            if (word == 0) {
                i = (i / 64 + 1) * 64;
                continue;
            }
            i += static_cast<std::uint64_t>(__builtin_ctzll(word));
            if (i < to) out.push_back(static_cast<std::uint32_t>(i - from));
            ++i;
        }
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
    // holds its words (to be checked). Returns the roadmaps answered exactly.
    std::vector<bool> by_responsible() {
        IndexBits bits = fresh();
        std::vector<bool> exact(d_.roadmaps.size(), false);
        auto it = d_.registry_names.find(detail::name_key(q_.responsible));
        if (it != d_.registry_names.end())
            for (const detail::NamedEntry &e : it->second) {
                exact[e.roadmap] = true;
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

} // namespace

CorpusQueryResult QueryIndex::query(const Query &q) const {
    const Data &d = *data_;
    CorpusQueryResult out;
    out.query = q;
    IndexPlan plan(d, q);
    detail::Prechecked done;
    if (q.has_time_filter()) {
        const std::optional<Window> range = detail::time_range(q);
        if (!range) return out; // the filters exclude each other
        plan.by_time(*range);
    }
    if (q.status) plan.by_postings(d.status, static_cast<std::size_t>(*q.status));
    if (q.stage) plan.by_postings(d.stage, static_cast<std::size_t>(*q.stage));
    done.status = done.stage = true;
    if (!q.direction.empty()) plan.by_direction();
    done.direction = true;
    std::vector<bool> responsible_exact;
    if (!detail::fold(q.responsible).empty()) responsible_exact = plan.by_responsible();
    const std::vector<std::u32string> words = detail::query_words(q.text);
    done.text = true;
    for (const std::u32string &w : words) done.text = plan.by_word(d.words, w) && done.text;

    std::vector<std::uint32_t> candidates;
    for (std::uint32_t r = 0; r < d.roadmaps.size(); ++r) {
        if (plan.narrowed()) {
            plan.candidates().collect(d.first[r], d.first[r + 1], candidates);
            if (candidates.empty()) continue;
        }
        detail::Prechecked here = done;
        here.responsible = responsible_exact.empty() || responsible_exact[r];
        QueryResult result = detail::run_query(*d.roadmaps[r], q, words, plan.narrowed() ? &candidates : nullptr, here);
        if (!result.matches.empty()) out.roadmaps.push_back(std::move(result));
    }
    return out;
}

} // namespace eduroadmap
