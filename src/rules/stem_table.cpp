// Stems of a text, numbered per roadmap (stem_table.hpp).
#include "rules/stem_table.hpp"

#include <algorithm>

namespace eduroadmap::detail {

StemIds StemTable::ids(std::initializer_list<std::string_view> texts) {
    words_.clear();
    for (std::string_view text : texts) words_.append(text);
    StemIds out;
    out.reserve(words_.size());
    for (std::size_t i = 0; i < words_.size(); ++i) {
        const std::string_view w = words_[i];
        // Folded words are well-formed UTF-8: a letter starts at a lead byte.
        std::size_t letters = 0, cut = w.size();
        for (std::size_t b = 0; b < w.size(); ++b)
            if ((static_cast<unsigned char>(w[b]) & 0xC0u) != 0x80u && letters++ == stem_letters) cut = b;
        if (letters < shortest_word) continue;
        key_.assign(w.data(), cut);
        auto it = id_.find(key_);
        if (it == id_.end()) {
            it = id_.emplace(key_, static_cast<std::uint32_t>(stems_.size())).first;
            stems_.push_back(key_);
        }
        out.push_back(it->second);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace eduroadmap::detail
