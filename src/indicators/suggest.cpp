// Indicator definitions suggested from measures' quantitative expected results.
#include "text.hpp"

#include <eduroadmap/indicators.hpp>

namespace eduroadmap {

namespace {

// An indicator id from a measure id: «s3/5.1» → «s3-5-1-result».
std::string indicator_id(const std::string &measure) {
    std::string id;
    for (char c : measure) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        if (keep || (lower >= 'a' && lower <= 'z'))
            id += lower;
        else if (!id.empty() && id.back() != '-')
            id += '-';
    }
    if (!id.empty() && id.back() == '-') id.pop_back();
    return (id.empty() ? "m" : id) + "-result";
}

} // namespace

std::vector<IndicatorSuggestion> suggest_indicators(const ResolvedRoadmap &rm) {
    std::vector<IndicatorSuggestion> out;
    const Roadmap &roadmap = *rm.roadmap;
    for (const ResolvedMeasure &m : rm.measures) {
        const Measure &measure = *m.ref.measure;
        if (!measure.result || !measure.indicators.empty()) continue;
        auto read = parse_expected_result(*measure.result);
        if (!read) continue;
        IndicatorSuggestion s;
        s.measure = m.id;
        s.path = m.ref.path() + ".result";
        s.text = *measure.result;
        s.result = *read;
        Indicator &ind = s.indicator;
        ind.id = indicator_id(m.id);
        ind.title = detail::squeeze_spaces(*measure.result);
        if (m.ref.section < rm.sections.size() && rm.sections[m.ref.section].direction && rm.catalog)
            ind.direction = rm.catalog->directions[*rm.sections[m.ref.section].direction].code;
        ind.unit = read->unit;
        ind.comparator = read->comparator;
        if (roadmap.period.known) {
            std::string period = roadmap.period.text.empty() ? to_iso(roadmap.period.window) : roadmap.period.text;
            ind.targets.push_back({period, read->value});
        }
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace eduroadmap
