#include "import/glossary.hpp"

#include "import/ids.hpp"
#include "import/source.hpp"
#include "text.hpp"
#include "words.hpp"

namespace eduroadmap::detail::importer {
namespace {

constexpr std::size_t max_abbreviation_words = 6;

std::string unique_id(std::string id, const std::vector<Responsible> &registry) {
    if (id.empty()) id = "r";
    std::string candidate = id;
    for (int n = 2;; ++n) {
        bool taken = false;
        for (const Responsible &r : registry) taken = taken || r.id == candidate;
        if (!taken) return candidate;
        candidate = id + "-" + std::to_string(n);
    }
}

} // namespace

bool is_glossary_heading(std::string_view line) {
    std::vector<std::string> w = folded_words(clean(line));
    return (w.size() == 2 && ((w[0] == "принятые" && w[1] == "сокращения") || (w[0] == "список" && w[1] == "сокращений"))) ||
           (w.size() == 1 && w[0] == "сокращения");
}

bool read_glossary_entry(std::string_view line, std::vector<Responsible> &registry) {
    std::string text = clean(line);
    std::size_t cut = std::string::npos, width = 0;
    for (std::string_view dash : {" – ", " — ", " - "}) {
        std::size_t at = text.find(dash);
        if (at != std::string::npos && at < cut) {
            cut = at;
            width = dash.size();
        }
    }
    if (cut == std::string::npos) return false;
    std::string abbreviation = trim(std::string_view(text).substr(0, cut));
    std::string full = trim(std::string_view(text).substr(cut + width));
    while (!full.empty() && (full.back() == '.' || full.back() == ';' || full.back() == ',')) full.pop_back();
    if (abbreviation.empty() || full.empty() || !has_capital(abbreviation) ||
        folded_words(abbreviation).size() > max_abbreviation_words)
        return false;
    registry.push_back({unique_id(make_id(abbreviation), registry), abbreviation, full, {}});
    return true;
}

} // namespace eduroadmap::detail::importer
