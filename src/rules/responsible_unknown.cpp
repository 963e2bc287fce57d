// responsible-unknown: a body named in a responsibles cell (or an indicator's
// `responsible`) that is not in the roadmap's registry, with the closest
// registry name as the hint. A roadmap without a registry is not checked:
// it has nothing to check against.
#include "rules/measure_label.hpp"
#include "rules/rule.hpp"

#include "words.hpp"

#include <eduroadmap/responsibles.hpp>

namespace eduroadmap::detail {
namespace {

std::vector<MessageArg> unknown_args(const ResponsibleMention &mention) {
    std::vector<MessageArg> args{{"name", mention.text}};
    if (!mention.suggestion.empty()) {
        args.emplace_back("suggestion", mention.suggestion);
        args.emplace_back("suggestion_id", mention.suggestion_id);
    }
    return args;
}

// The name as a cause: folded letters and digits only, so that a stray quote or space does not split it.
std::string name_key(std::string_view text) {
    std::string key;
    for (const std::string &w : folded_words(text)) key += w + ' ';
    return key;
}

void check_responsible_unknown(const ResolvedRoadmap &rm, Findings &out) {
    const Roadmap &roadmap = *rm.roadmap;
    if (roadmap.responsibles.empty()) return;
    for (const ResolvedMeasure &m : rm.measures) {
        bool listed = m.ref.measure->responsibles && m.ref.measure->responsibles->listed;
        for (const ResponsibleMention &mention : m.responsibles) {
            if (mention.matched()) continue;
            std::string path = m.ref.path() + ".responsibles";
            if (listed) path += "[" + std::to_string(mention.item) + "]";
            std::vector<MessageArg> args = unknown_args(mention);
            args.emplace_back("number", measure_label(m));
            // The same unknown name in many rows is one cause: one registry entry to add or one spelling to fix.
            out.add(std::move(path), std::move(args)).because("name:" + name_key(mention.text));
        }
    }
    ResponsibleMatcher matcher(roadmap.responsibles);
    for (std::size_t i = 0; i < roadmap.indicators.size(); ++i) {
        const std::string &name = roadmap.indicators[i].responsible;
        if (name.find_first_not_of(" \t\r\n") == std::string::npos) continue;
        ResponsibleMention mention = matcher.match_name(name);
        if (!mention.matched())
            out.add("indicators[" + std::to_string(i) + "].responsible", unknown_args(mention));
    }
}

} // namespace

extern const Rule rule_responsible_unknown{
    {"responsible-unknown", Severity::warning, "A responsible that is not in the registry.",
     "ответственный «{name}» не найден в реестре",
     "responsible '{name}' is not in the registry",
     "возможно, имелось в виду «{suggestion}»",
     "did you mean '{suggestion}'?",
     "rules.md#responsible-unknown", false /* needs the catalog */,
     RuleCategory::cells,
     "Ответственный, которого нет в реестре."},
    check_responsible_unknown};

} // namespace eduroadmap::detail
