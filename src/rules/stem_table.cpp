// Stems of a text, numbered per roadmap (stem_table.hpp).
#include "rules/stem_table.hpp"
#include "rules/rule.hpp"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace eduroadmap::detail {

std::size_t StemTable::KeyHash::operator()(const Key &key) const noexcept {
    std::uint64_t h = key.head * 0x9E3779B97F4A7C15u;
    h = (h ^ (h >> 29) ^ key.tail) * 0xBF58476D1CE4E5B9u;
    return static_cast<std::size_t>(h ^ (h >> 32));
}

StemIds StemTable::ids(std::initializer_list<std::string_view> texts) {
    words_.clear();
    for (std::string_view text : texts) words_.append(text);
    return ids(words_);
}

StemIds StemTable::ids(const FoldedWords &words) {
    StemIds out;
    out.reserve(words.size());
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string_view w = words[i];
        // Folded words are well-formed UTF-8: a letter starts at a lead byte.
        std::size_t letters = 0, cut = w.size();
        for (std::size_t b = 0; b < w.size(); ++b)
            if ((static_cast<unsigned char>(w[b]) & 0xC0u) != 0x80u && letters++ == stem_letters) cut = b;
        if (letters < shortest_word) continue;
        Key key;
        std::memcpy(&key, w.data(), std::min(cut, sizeof key)); // a stem is at most ten bytes
        const auto [it, added] = id_.try_emplace(key, static_cast<std::uint32_t>(stems_.size()));
        if (added) stems_.emplace_back(w.substr(0, cut));
        out.push_back(it->second);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

MeasureStems::MeasureStems(const ResolvedRoadmap &rm)
    : title_words_(rm.measures.size()), title_(rm.measures.size()), both_(rm.measures.size()) {
    for (std::size_t i = 0; i < rm.measures.size(); ++i) {
        const Measure &m = *rm.measures[i].ref.measure;
        title_words_[i].append(m.title);
        title_[i] = table_.ids(title_words_[i]);
        if (!m.result) {
            both_[i] = title_[i];
            continue;
        }
        const StemIds result = table_.ids(*m.result);
        both_[i].reserve(title_[i].size() + result.size());
        std::set_union(title_[i].begin(), title_[i].end(), result.begin(), result.end(), std::back_inserter(both_[i]));
    }
}

SharedReading::SharedReading(const ResolvedRoadmap &rm) : rm_(rm) {}
SharedReading::~SharedReading() = default;

const MeasureStems &SharedReading::stems() {
    if (!stems_) stems_ = std::make_unique<MeasureStems>(rm_);
    return *stems_;
}

} // namespace eduroadmap::detail
