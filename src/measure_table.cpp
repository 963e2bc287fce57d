// The compact binary form of every resolved measure (erm_roadmap_measure_table):
// fixed-width records and one text, for bindings that would otherwise
// parse a JSON text of every measure.
#include "measure_sharing.hpp"
#include "query/facets.hpp"

#include <eduroadmap/measure_table.hpp>
#include <eduroadmap/query.hpp>

#include <algorithm>
#include <cstring>
#include <memory>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <map>
#include <unordered_map>

namespace eduroadmap {
namespace {

namespace table_layout = measure_table_layout;
using TableWords = std::vector<std::uint32_t>;

std::uint32_t table_word(std::size_t n) {
    if (n >= table_layout::none) throw std::length_error("the measure table would exceed 4 GiB");
    return static_cast<std::uint32_t>(n);
}

// The string table: each string's number, its text with a NUL after it, and
// where each begins. Strings that repeat (numbers, forms, notes, deadline
// texts, names) are kept once; those most likely unique to a measure
// (title, id, path, result) are not looked up, which keeps the lookup table
// small enough to stay in cache. The empty string is number 0. The texts
// are views into the roadmap (or into owned_, for those made here), copied
// once, into the table itself: the text is most of the table, and copying
// it twice was most of the time.
class TableStrings {
public:
    TableStrings() { unique({}); }
    // The number of @p text, which lives as long as the roadmap: that of an
    // equal string kept before, else a new one.
    std::uint32_t shared(std::string_view text) {
        if (text.empty()) return 0;
        const auto it = numbers_.find(text);
        if (it != numbers_.end()) return it->second;
        const std::uint32_t n = unique(text);
        numbers_.emplace(text, n);
        return n;
    }
    std::uint32_t shared_or_none(std::string_view text) { return text.empty() ? table_layout::none : shared(text); }
    // A new number for @p text, which lives as long as the roadmap.
    std::uint32_t unique(std::string_view text) {
        offsets_.push_back(table_word(bytes_));
        pieces_.push_back(text);
        bytes_ += text.size() + 1;
        return table_word(offsets_.size() - 1);
    }
    // A new number for @p text, made here: kept in chunks of the table's own
    // (a heap block per path would stay behind in the caller's allocator).
    std::uint32_t unique_owned(std::string_view text) {
        if (chunk_left_ < text.size()) {
            const std::size_t bytes = std::max<std::size_t>(owned_chunk_bytes, text.size());
            owned_.push_back(std::make_unique<char[]>(bytes));
            chunk_at_ = owned_.back().get();
            chunk_left_ = bytes;
        }
        if (!text.empty()) std::memcpy(chunk_at_, text.data(), text.size());
        const std::string_view kept(chunk_at_, text.size());
        chunk_at_ += text.size();
        chunk_left_ -= text.size();
        return unique(kept);
    }
    void reserve(std::size_t strings) {
        offsets_.reserve(strings + 1);
        pieces_.reserve(strings);
    }
    // Where each string begins, then the end of the text; no string is added after.
    const TableWords &offsets() {
        if (!closed_) offsets_.push_back(table_word(bytes_));
        closed_ = true;
        return offsets_;
    }
    std::size_t count() const { return closed_ ? offsets_.size() - 1 : offsets_.size(); }
    // The bytes of the text: every string and its NUL.
    std::size_t bytes() const { return bytes_; }
    // Writes the text to @p at, which has room for bytes().
    void write(unsigned char *at) const {
        for (std::string_view piece : pieces_) {
            if (!piece.empty()) std::memcpy(at, piece.data(), piece.size());
            at += piece.size();
            *at++ = '\0';
        }
    }

private:
    std::unordered_map<std::string_view, std::uint32_t> numbers_;
    TableWords offsets_;
    std::vector<std::string_view> pieces_;
    static constexpr std::size_t owned_chunk_bytes = 1 << 16;
    std::vector<std::unique_ptr<char[]>> owned_; // chunks: what is kept in them never moves
    char *chunk_at_ = nullptr;
    std::size_t chunk_left_ = 0;
    std::size_t bytes_ = 0;
    bool closed_ = false;
};

void put_table_date(TableWords &out, const Date &date) {
    const auto ymd = date.year_month_day();
    out.insert(out.end(), {static_cast<std::uint32_t>(ymd.year), static_cast<std::uint32_t>(ymd.month.as_number()),
                           static_cast<std::uint32_t>(ymd.day.as_number())});
}

// Lists (of string numbers or of stage values), numbered once per distinct
// list; the empty list is number 0.
class TableLists {
public:
    explicit TableLists(TableWords &words) : words_(words) {}
    std::uint32_t number(const TableWords &list) {
        if (list.empty()) return 0;
        const auto [it, added] = numbers_.emplace(list, table_word(rows_.size() / 2));
        if (added) {
            rows_.insert(rows_.end(), {table_word(words_.size()), table_word(list.size())});
            words_.insert(words_.end(), list.begin(), list.end());
        }
        return it->second;
    }
    std::size_t count() const { return rows_.size() / 2; }
    const TableWords &rows() const { return rows_; }

private:
    std::map<TableWords, std::uint32_t> numbers_;
    TableWords rows_{0, 0};
    TableWords &words_; // the list words, shared by the text and stage lists
};

} // namespace

void write_measure_table(const ResolvedRoadmap &roadmap, const std::function<void *(std::size_t)> &allocate) {
    const detail::Facets facets(roadmap);
    detail::SharedDeadlines deadline_numbers;
    detail::SharedMentionLists responsibles_numbers;
    TableStrings strings;
    TableWords measures, deadlines, windows, sets, mentions, list_words, list;
    TableLists text_lists(list_words), stage_lists(list_words);
    measures.reserve(roadmap.measures.size() * table_layout::measure_words);
    strings.reserve(roadmap.measures.size() * 5);
    const auto texts = [&](const std::vector<std::string> &items) {
        list.clear();
        for (const std::string &item : items) list.push_back(strings.shared(item));
        return text_lists.number(list);
    };
    for (const ResolvedMeasure &rm : roadmap.measures) {
        const Measure &m = *rm.ref.measure;
        const auto [deadline, new_deadline] = deadline_numbers.number(rm.deadline);
        if (new_deadline) {
            const Deadline &d = rm.deadline;
            const std::size_t first_window = windows.size() / 6;
            for (const Window &w : d.windows) {
                put_table_date(windows, w.start());
                put_table_date(windows, w.end());
            }
            deadlines.insert(deadlines.end(),
                             {strings.shared(d.text), static_cast<std::uint32_t>(d.kind), table_word(first_window),
                              table_word(windows.size() / 6 - first_window), static_cast<std::uint32_t>(d.count),
                              d.ambiguous ? 1u : 0u, strings.shared(d.note)});
        }
        const auto [cell, new_cell] = responsibles_numbers.number(rm.responsibles);
        if (new_cell) {
            sets.insert(sets.end(), {table_word(mentions.size() / 2), table_word(rm.responsibles.size())});
            for (const ResponsibleMention &mention : rm.responsibles)
                mentions.insert(mentions.end(), {strings.shared(mention.text), strings.shared_or_none(mention.id)});
        }
        const auto direction = facets.catalog_direction(rm.ref.section);
        const std::size_t start = measures.size();
        measures.insert(measures.end(),
                        {strings.unique(rm.id), strings.shared(m.number), strings.unique(m.title),
                         strings.shared(m.form), strings.unique_owned(rm.ref.path()), table_word(rm.ref.section),
                         rm.ref.group ? table_word(*rm.ref.group) : table_layout::none, table_word(deadline),
                         table_word(cell),
                         direction ? strings.shared_or_none(roadmap.catalog->directions[*direction].code)
                                   : table_layout::none,
                         m.result ? strings.unique(*m.result) : table_layout::none,
                         static_cast<std::uint32_t>(rm.stage.stage), rm.stage.inferred ? 1u : 0u,
                         static_cast<std::uint32_t>(status_of(m)), strings.shared(m.status_text),
                         strings.shared(m.note)});
        list.clear();
        for (Stage stage : rm.stage.also) list.push_back(static_cast<std::uint32_t>(stage));
        const std::uint32_t also = stage_lists.number(list);
        measures.insert(measures.end(), {texts(m.items), texts(m.indicators), texts(m.depends_on), also});
        if (measures.size() - start != table_layout::measure_words)
            throw std::logic_error("a measure record of the wrong width");
    }

    const TableWords &offsets = strings.offsets();
    TableWords header(table_layout::header_words, 0);
    header[table_layout::h_magic] = table_layout::magic;
    header[table_layout::h_version] = table_layout::version;
    header[table_layout::h_header_words] = table_layout::header_words;
    header[table_layout::h_measures] = table_word(roadmap.measures.size());
    header[table_layout::h_measure_words] = table_layout::measure_words;
    header[table_layout::h_deadlines] = table_word(deadlines.size() / table_layout::deadline_words);
    header[table_layout::h_deadline_words] = table_layout::deadline_words;
    header[table_layout::h_windows] = table_word(windows.size() / 6);
    header[table_layout::h_responsible_sets] = table_word(sets.size() / 2);
    header[table_layout::h_mentions] = table_word(mentions.size() / 2);
    header[table_layout::h_text_lists] = table_word(text_lists.count());
    header[table_layout::h_stage_lists] = table_word(stage_lists.count());
    header[table_layout::h_list_words] = table_word(list_words.size());
    header[table_layout::h_strings] = table_word(strings.count());
    header[table_layout::h_text_bytes] = table_word(strings.bytes());

    const TableWords *parts[] = {&header,   &measures,           &deadlines,           &windows, &sets,
                            &mentions, &text_lists.rows(), &stage_lists.rows(), &list_words, &offsets};
    std::size_t words = 0;
    for (const TableWords *part : parts) words += part->size();
    auto *at = static_cast<unsigned char *>(allocate(words * sizeof(std::uint32_t) + strings.bytes()));
    for (const TableWords *part : parts) {
        if (!part->empty()) std::memcpy(at, part->data(), part->size() * sizeof(std::uint32_t));
        at += part->size() * sizeof(std::uint32_t);
    }
    strings.write(at);
}

std::vector<unsigned char> measure_table(const ResolvedRoadmap &roadmap) {
    std::vector<unsigned char> out;
    write_measure_table(roadmap, [&](std::size_t bytes) {
        out.resize(bytes);
        return out.data();
    });
    return out;
}

} // namespace eduroadmap
