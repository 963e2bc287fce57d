#include "query/facets.hpp"
#include "query/progress.hpp"

#include "text.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>

namespace eduroadmap {
namespace detail {
namespace {

char32_t first_code_point(std::string_view text) {
    std::size_t pos = 0;
    return text.empty() ? 0 : decode_utf8(text, pos);
}

char32_t last_code_point(std::string_view text) {
    if (text.empty()) return 0;
    std::size_t pos = text.size() - 1;
    while (pos > 0 && (static_cast<unsigned char>(text[pos]) & 0xC0u) == 0x80u) --pos;
    return decode_utf8(text, pos);
}

} // namespace

bool contains_words(std::string_view haystack, std::string_view needle) {
    if (needle.empty()) return false;
    const bool word_start = is_letter_or_digit(first_code_point(needle));
    const bool word_end = is_letter_or_digit(last_code_point(needle));
    for (std::size_t at = haystack.find(needle); at != std::string_view::npos; at = haystack.find(needle, at + 1)) {
        if (word_start && is_letter_or_digit(last_code_point(haystack.substr(0, at)))) continue;
        if (word_end && is_letter_or_digit(first_code_point(haystack.substr(at + needle.size())))) continue;
        return true;
    }
    return false;
}

std::string name_key(std::string_view name) {
    std::string folded = fold(name), out;
    out.reserve(folded.size());
    for (std::size_t pos = 0; pos < folded.size();) {
        char32_t cp = decode_utf8(folded, pos);
        bool quote = cp == U'"' || cp == U'\'' || cp == U'«' || cp == U'»' || cp == U'„' || cp == U'“' ||
                     cp == U'”' || cp == U'‘' || cp == U'’' || cp == U'‹' || cp == U'›';
        append_utf8(out, quote ? U'"' : cp);
    }
    return out;
}

std::optional<std::size_t> Facets::catalog_direction(std::size_t section) const {
    if (!rm_.catalog || section >= rm_.sections.size()) return std::nullopt;
    const std::optional<std::size_t> &d = rm_.sections[section].direction;
    if (!d || *d >= rm_.catalog->directions.size()) return std::nullopt;
    return d;
}

MeasureDirection Facets::direction_of_section(std::size_t section) const {
    MeasureDirection d;
    if (auto c = catalog_direction(section)) {
        const CatalogDirection &cd = rm_.catalog->directions[*c];
        d.code = cd.code, d.slug = cd.slug, d.title = cd.title;
    } else {
        d.title = rm_.roadmap->sections[section].title;
    }
    return d;
}

std::size_t Facets::direction_key(std::size_t section) const {
    if (auto c = catalog_direction(section)) return *c;
    return (rm_.catalog ? rm_.catalog->directions.size() : 0) + section;
}

std::string Facets::cell_text(const Measure &m) {
    std::string text;
    if (!m.responsibles) return text;
    for (const std::string &name : m.responsibles->names) {
        if (!text.empty()) text += ", ";
        text += name;
    }
    return text;
}

std::vector<std::size_t> Facets::responsibles(const ResolvedMeasure &m) const {
    std::vector<std::size_t> out;
    const std::vector<Responsible> &registry = rm_.roadmap->responsibles;
    for (const ResponsibleMention &mention : m.responsibles) {
        if (!mention.matched()) continue;
        auto it = std::find_if(registry.begin(), registry.end(), [&](const Responsible &r) { return r.id == mention.id; });
        std::size_t entry = static_cast<std::size_t>(it - registry.begin());
        if (it != registry.end() && std::find(out.begin(), out.end(), entry) == out.end()) out.push_back(entry);
    }
    return out;
}

std::optional<std::size_t> Facets::registry_entry(std::string_view name) const {
    const std::vector<Responsible> &registry = rm_.roadmap->responsibles;
    const std::string key = name_key(name);
    for (std::size_t i = 0; i < registry.size(); ++i) // by id first, as the registry's matcher does
        if (name_key(registry[i].id) == key) return i;
    for (std::size_t i = 0; i < registry.size(); ++i) {
        const Responsible &r = registry[i];
        if (name_key(r.short_name) == key || (!r.full_name.empty() && name_key(r.full_name) == key)) return i;
        for (const std::string &alias : r.aliases)
            if (name_key(alias) == key) return i;
    }
    return std::nullopt;
}

DirectionFilter::DirectionFilter(const Facets &facets, const std::string &text) : active_(!text.empty()) {
    if (!active_) return;
    const ResolvedRoadmap &rm = facets.roadmap();
    const std::size_t sections = rm.roadmap->sections.size();
    section_ok_.assign(sections, false);
    if (std::optional<std::size_t> wanted = rm.catalog ? rm.catalog->find(text) : std::nullopt) {
        for (std::size_t s = 0; s < sections; ++s) section_ok_[s] = facets.catalog_direction(s) == wanted;
        return;
    }
    const std::string folded = fold(text);
    for (std::size_t s = 0; s < sections; ++s) {
        std::optional<std::size_t> d = facets.catalog_direction(s);
        section_ok_[s] = fold(rm.roadmap->sections[s].title).find(folded) != std::string::npos ||
                         (d && fold(rm.catalog->directions[*d].title).find(folded) != std::string::npos);
    }
}

ResponsibleFilter::ResponsibleFilter(const Facets &facets, const std::string &text) : folded_(fold(text)) {
    if (folded_.empty()) return;
    entry_ = facets.registry_entry(text);
    if (entry_) id_ = facets.roadmap().roadmap->responsibles[*entry_].id;
}

bool ResponsibleFilter::matches(const ResolvedMeasure &m) const {
    if (entry_)
        return std::any_of(m.responsibles.begin(), m.responsibles.end(),
                           [&](const ResponsibleMention &mention) { return mention.matched() && mention.id == id_; });
    // A name outside the registry: the cell mentions it as whole words.
    return contains_words(fold(Facets::cell_text(*m.ref.measure)), folded_);
}

} // namespace detail

MeasureDirection direction_of(const ResolvedRoadmap &roadmap, const ResolvedMeasure &measure) {
    return detail::Facets(roadmap).direction(measure);
}

Status status_of(const Measure &measure) { return measure.status.value_or(Status::planned); }

bool is_closed(const ResolvedMeasure &measure, const Window &window, Date as_of) {
    const Measure &m = *measure.ref.measure;
    if (m.status == Status::done || m.status == Status::cancelled) return true;
    return detail::closing_entry(measure, window, as_of) != nullptr;
}

} // namespace eduroadmap
