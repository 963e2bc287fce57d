// What a query needs to know about each measure — its direction, the
// registry entries its responsibles cell names — read from the resolved
// roadmap, and the filters that need per-roadmap preparation. Everything
// here is cheap to construct: a query over a national corpus builds one
// Facets per roadmap.
#ifndef EDUROADMAP_SRC_QUERY_FACETS_HPP
#define EDUROADMAP_SRC_QUERY_FACETS_HPP

#include <eduroadmap/query.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap::detail {

// True when @p needle (folded) occurs in @p haystack (folded) as whole words:
// where the needle begins (ends) with a letter or digit, the haystack has no
// letter or digit just before (after) it.
bool contains_words(std::string_view haystack, std::string_view needle);

// A name folded for comparison (text.hpp's fold), every quotation mark made «"».
std::string name_key(std::string_view name);

class Facets {
public:
    explicit Facets(const ResolvedRoadmap &roadmap) : rm_(roadmap) {}

    const ResolvedRoadmap &roadmap() const { return rm_; }
    // The measure's place in ResolvedRoadmap::measures.
    std::size_t index(const ResolvedMeasure &m) const { return static_cast<std::size_t>(&m - rm_.measures.data()); }

    // The catalog direction (index) a section matched, if any.
    std::optional<std::size_t> catalog_direction(std::size_t section) const;
    // The direction of a section, or of a measure's section.
    MeasureDirection direction_of_section(std::size_t section) const;
    MeasureDirection direction(const ResolvedMeasure &m) const { return direction_of_section(m.ref.section); }
    // A number that is the same for sections of the same direction: the
    // catalog index, or (outside the catalog) one per section.
    std::size_t direction_key(std::size_t section) const;

    // Registry indices of the entries the measure's cell names, in printed order, each once.
    std::vector<std::size_t> responsibles(const ResolvedMeasure &m) const;
    // The registry index of the entry whose id, short or full name, or alias is @p name.
    std::optional<std::size_t> registry_entry(std::string_view name) const;
    // The responsibles cell as printed (items joined by «, »); empty when absent.
    static std::string cell_text(const Measure &m);

private:
    const ResolvedRoadmap &rm_;
};

// The direction filter: a catalog direction by code or slug, else words of
// the section's (or its direction's) title.
class DirectionFilter {
public:
    DirectionFilter(const Facets &facets, const std::string &text);
    bool active() const { return active_; }
    bool matches(const ResolvedMeasure &m) const { return section_ok_[m.ref.section]; }

private:
    bool active_ = false;
    std::vector<bool> section_ok_;
};

// The responsible filter: the registry entry it names, else its text.
class ResponsibleFilter {
public:
    ResponsibleFilter(const Facets &facets, const std::string &text);
    bool active() const { return !folded_.empty(); }
    bool matches(const ResolvedMeasure &m) const;
    // The registry entry it names, if any.
    const std::optional<std::size_t> &entry() const { return entry_; }

private:
    std::string folded_;
    std::optional<std::size_t> entry_;
    std::string id_; // the entry's id
};

} // namespace eduroadmap::detail

#endif
