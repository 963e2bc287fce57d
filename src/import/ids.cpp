#include "import/ids.hpp"

#include "text.hpp"

namespace eduroadmap::detail::importer {
namespace {

// Transliteration of the lower-case Russian alphabet (а … я), ё folded to е.
constexpr std::string_view latin[] = {"a", "b", "v",  "g",  "d",    "e", "zh", "z", "i",  "y", "k",
                                      "l", "m", "n",  "o",  "p",    "r", "s",  "t", "u",  "f", "kh",
                                      "ts", "ch", "sh", "shch", "", "y", "",   "e", "yu", "ya"};

} // namespace

std::string make_id(std::string_view text) {
    std::string id;
    bool hyphen = false;
    for (std::size_t pos = 0; pos < text.size();) {
        char32_t cp = fold_code_point(decode_utf8(text, pos));
        std::string_view part;
        char ascii[2] = {0, 0};
        if (cp >= U'а' && cp <= U'я') {
            part = latin[cp - U'а'];
            if (part.empty()) continue; // ъ, ь: no letter, no break
        } else if ((cp >= U'a' && cp <= U'z') || (cp >= U'0' && cp <= U'9')) {
            ascii[0] = static_cast<char>(cp);
            part = ascii;
        } else if (is_ignorable(cp)) {
            continue;
        }
        if (part.empty()) {
            hyphen = !id.empty();
            continue;
        }
        if (hyphen) id += '-';
        hyphen = false;
        id += part;
    }
    return id;
}

} // namespace eduroadmap::detail::importer
