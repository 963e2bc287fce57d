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
    if (w.empty() || w.size() > 3 || !starts_with(w.back(), "сокращени")) return false;
    // «Сокращения», «Принятые сокращения», «Используемые сокращения»,
    // «Список (используемых) сокращений», «Перечень сокращений», «Условные сокращения».
    for (std::size_t i = 0; i + 1 < w.size(); ++i)
        if (!(starts_with(w[i], "принят") || starts_with(w[i], "используем") || starts_with(w[i], "список") ||
              starts_with(w[i], "перечен") || starts_with(w[i], "услов")))
            return false;
    return true;
}

namespace {

// Reads one «ABBR – full name» entry into @p registry.
bool read_one_entry(std::string_view line, std::vector<Responsible> &registry) {
    std::string text = clean(line);
    std::size_t cut = std::string::npos, width = 0;
    // «КО – комитет образования», or the two cells of a glossary table («КО→комитет образования»).
    for (std::string_view dash : {" – ", " — ", " - ", "\t"}) {
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
    // An abbreviation is mostly capitals («ОО», «УО и МП»), unlike the post
    // of a signature that may follow the glossary («Начальник управления→И.И. Петрова»).
    std::size_t capitals = 0, lower = 0;
    for (std::size_t pos = 0; pos < abbreviation.size();) {
        char32_t cp = decode_utf8(abbreviation, pos);
        if (!is_letter(cp)) continue;
        ++(fold_code_point(cp) == cp ? lower : capitals);
    }
    if (lower > capitals) return false;
    registry.push_back({unique_id(make_id(abbreviation), registry), abbreviation, full, {}});
    return true;
}

} // namespace

bool read_glossary_entry(std::string_view line, std::vector<Responsible> &registry) {
    // A glossary printed as one paragraph: «УО – управление образования; ММС –
    // муниципальная методическая служба». Split at «;» when every piece is
    // an entry; otherwise the line is one entry (or none).
    std::vector<std::string_view> pieces;
    for (std::size_t start = 0;;) {
        const std::size_t at = line.find(';', start);
        std::string_view piece = line.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start);
        if (!trim(piece).empty()) pieces.push_back(piece);
        if (at == std::string_view::npos) break;
        start = at + 1;
    }
    if (pieces.size() > 1) {
        std::vector<Responsible> entries = registry;
        bool all = true;
        for (std::string_view piece : pieces) all = all && read_one_entry(piece, entries);
        if (all) {
            registry = std::move(entries);
            return true;
        }
    }
    return read_one_entry(line, registry);
}

} // namespace eduroadmap::detail::importer
