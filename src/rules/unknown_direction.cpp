// unknown-direction: a section (or a declared direction, or an indicator)
// that names or resembles a direction without matching one: a pin that is no
// code or slug of the catalog, or a title whose keywords do not decide.
#include "rules/directions.hpp"
#include "rules/rule.hpp"

#include <eduroadmap/suggest.hpp>

namespace eduroadmap::detail {
namespace {

// What a pin most likely meant: the closest code or slug, else the list of codes.
std::string pin_suggestion(const Catalog &c, const std::string &pin) {
    std::vector<std::string_view> keys;
    std::string codes;
    for (const CatalogDirection &d : c.directions) {
        keys.push_back(d.code);
        keys.push_back(d.slug);
        codes += (codes.empty() ? "" : ", ") + d.code;
    }
    std::string best = closest(pin, keys);
    return best.empty() ? codes : best;
}

std::string candidate(const ResolvedRoadmap &rm, const DirectionMatch &m) {
    if (m.candidates.empty()) return {};
    const CatalogDirection &d = direction_at(rm, m.candidates[0].direction);
    return d.code + " «" + d.title + "»";
}

void report(Findings &out, const ResolvedRoadmap &rm, std::string path, const char *what_ru, const char *what_en,
            const std::string &title, std::string suggestion) {
    std::vector<MessageArg> args{{"what_ru", what_ru}, {"what_en", what_en}, {"title", title}, {"catalog", rm.catalog->id}};
    if (!suggestion.empty()) args.emplace_back("suggestion", std::move(suggestion));
    out.add(std::move(path), std::move(args));
}

void check_unknown_direction(const ResolvedRoadmap &rm, Findings &out) {
    const Roadmap &r = *rm.roadmap;
    for (std::size_t s = 0; s < rm.sections.size(); ++s) {
        const DirectionMatch &m = rm.sections[s];
        if (m.kind != MatchKind::unknown) continue;
        if (!r.sections[s].direction.empty())
            report(out, rm, section_path(s) + ".direction", "направление", "direction", r.sections[s].direction,
                   pin_suggestion(*rm.catalog, r.sections[s].direction));
        else
            report(out, rm, section_path(s) + ".title", "раздел", "section", r.sections[s].title, candidate(rm, m));
    }
    for (std::size_t i = 0; i < rm.declared_directions.size(); ++i)
        if (rm.declared_directions[i].kind == MatchKind::unknown)
            report(out, rm, declared_path(i) + ".title", "заявленное направление", "declared direction",
                   r.declared_directions[i].title, candidate(rm, rm.declared_directions[i]));
    for (std::size_t i = 0; i < r.indicators.size(); ++i) {
        const std::string &dir = r.indicators[i].direction;
        if (!dir.empty() && !rm.catalog->find(dir))
            report(out, rm, "indicators[" + std::to_string(i) + "].direction", "направление показателя",
                   "indicator direction", dir, pin_suggestion(*rm.catalog, dir));
    }
}

} // namespace

extern const Rule rule_unknown_direction{
    {"unknown-direction", Severity::warning, "A section matches no direction of the catalog.",
     "{what_ru} «{title}» не соответствует ни одному направлению каталога {catalog}",
     "{what_en} '{title}' matches no direction of catalog {catalog}",
     "ближе всего: {suggestion}; укажите direction: или extra: true",
     "closest: {suggestion}; set direction: or extra: true",
     "rules.md#unknown-direction", true /* needs the catalog */,
     RuleCategory::structure,
     "Раздел не соответствует ни одному направлению каталога."},
    check_unknown_direction};

} // namespace eduroadmap::detail
