// Posting lists of measure numbers and the folded words they are keyed by.
#include "query/index.hpp"

#include "text.hpp"

#include <algorithm>

namespace eduroadmap::detail {

Postings PostingsBuilder::build(std::size_t keys) {
    std::sort(pairs_.begin(), pairs_.end());
    pairs_.erase(std::unique(pairs_.begin(), pairs_.end()), pairs_.end());
    Postings out;
    out.first.assign(keys + 1, 0);
    out.ids.reserve(pairs_.size());
    for (const auto &[key, id] : pairs_) {
        ++out.first[key + 1];
        out.ids.push_back(id);
    }
    for (std::size_t k = 0; k < keys; ++k) out.first[k + 1] += out.first[k];
    std::vector<std::pair<std::uint32_t, std::uint32_t>>().swap(pairs_);
    return out;
}

std::vector<LetterRun> letter_runs(std::u32string_view text) {
    std::vector<LetterRun> runs;
    bool in_run = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!is_letter_or_digit(text[i])) {
            if (in_run) runs.back().ends_word = true;
            in_run = false;
            continue;
        }
        if (!in_run) runs.push_back(LetterRun{"", i > 0, false});
        in_run = true;
        append_utf8(runs.back().text, text[i]);
    }
    return runs;
}

bool LetterRun::fits(std::string_view word) const {
    if (word.size() < text.size()) return false;
    if (starts_word && ends_word) return word == text;
    if (starts_word) return word.compare(0, text.size(), text) == 0;
    if (ends_word) return word.compare(word.size() - text.size(), text.size(), text) == 0;
    return word.find(text) != std::string_view::npos;
}

void WordPostingsBuilder::add(std::u32string_view text, std::uint32_t id) {
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && is_letter_or_digit(text[i])) {
            append_utf8(word_, text[i]);
            continue;
        }
        if (word_.empty()) continue;
        auto [it, added] = numbers_.emplace(word_, static_cast<std::uint32_t>(words_.size()));
        if (added) words_.push_back(word_);
        postings_.add(it->second, id);
        word_.clear();
    }
}

WordPostings WordPostingsBuilder::build() {
    WordPostings out;
    out.postings = postings_.build(words_.size());
    out.vocabulary = std::move(words_);
    numbers_.clear();
    return out;
}

std::size_t WordPostings::bytes() const {
    std::size_t n = postings.bytes() + vocabulary.capacity() * sizeof(std::string);
    for (const std::string &w : vocabulary)
        if (w.capacity() > 15) n += w.capacity() + 1; // beyond the small-string buffer
    return n;
}

} // namespace eduroadmap::detail
