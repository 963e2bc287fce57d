// Stems of a text, numbered per roadmap (stem_table.hpp).
#include "rules/stem_table.hpp"

#include "words.hpp"

#include <algorithm>

namespace eduroadmap::detail {

StemIds StemTable::ids(std::string_view text) {
    StemIds out;
    for (const std::string &w : folded_words(text)) {
        // Folded words are well-formed UTF-8: a letter starts at a lead byte.
        std::size_t letters = 0, cut = w.size();
        for (std::size_t b = 0; b < w.size(); ++b)
            if ((static_cast<unsigned char>(w[b]) & 0xC0u) != 0x80u && letters++ == stem_letters) cut = b;
        if (letters < shortest_word) continue;
        const std::string_view stem(w.data(), cut);
        auto it = id_.find(stem);
        if (it == id_.end()) {
            it = id_.emplace(std::string(stem), static_cast<std::uint32_t>(stems_.size())).first;
            stems_.push_back(&it->first);
        }
        out.push_back(it->second);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace eduroadmap::detail
