// indicator-unknown: a measure or a passport refers to an indicator id that
// the roadmap does not define.
#include "rules/directions.hpp"
#include "rules/rule.hpp"

#include <eduroadmap/suggest.hpp>

namespace eduroadmap::detail {
namespace {

void check_refs(const std::vector<std::string> &refs, const std::string &path,
                const std::vector<std::string_view> &defined, Findings &out) {
    for (std::size_t k = 0; k < refs.size(); ++k) {
        bool known = false;
        for (std::string_view id : defined) known = known || id == refs[k];
        if (known) continue;
        std::vector<MessageArg> args{{"id", refs[k]}};
        if (std::string best = closest(refs[k], defined); !best.empty()) args.emplace_back("suggestion", best);
        out.add(path + ".indicators[" + std::to_string(k) + "]", std::move(args));
    }
}

void check_indicator_unknown(const ResolvedRoadmap &rm, Findings &out) {
    const Roadmap &r = *rm.roadmap;
    std::vector<std::string_view> defined;
    for (const Indicator &i : r.indicators) defined.push_back(i.id);
    for (std::size_t s = 0; s < r.sections.size(); ++s)
        if (r.sections[s].passport) check_refs(r.sections[s].passport->indicators, section_path(s) + ".passport", defined, out);
    for (const ResolvedMeasure &m : rm.measures) check_refs(m.ref.measure->indicators, m.ref.path(), defined, out);
}

} // namespace

extern const Rule rule_indicator_unknown{
    {"indicator-unknown", Severity::error, "A reference to an indicator that is not defined.",
     "показатель «{id}» не определён",
     "indicator '{id}' is not defined",
     "возможно, имелось в виду «{suggestion}»",
     "did you mean '{suggestion}'?",
     "rules.md#indicator-unknown", false /* needs the catalog */,
     RuleCategory::cycle,
     "Ссылка на показатель, который не определён."},
    check_indicator_unknown};

} // namespace eduroadmap::detail
