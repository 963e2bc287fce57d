// deadline-unrecognized: a deadline text in which no date expression was
// found (often a shifted column: the cell holds a form of work).
#include "rules/rule.hpp"

namespace eduroadmap::detail {
namespace {

void check_deadline_unrecognized(const ResolvedRoadmap &rm, Findings &out) {
    for (const ResolvedMeasure &m : rm.measures) {
        const Deadline &d = m.deadline;
        if (d.kind != DeadlineKind::unrecognized) continue;
        std::vector<MessageArg> args{{"number", m.ref.measure->number}, {"text", d.text}};
        if (d.unparsed_end > d.unparsed_begin && d.unparsed_end <= d.text.size())
            args.emplace_back("unparsed", d.text.substr(d.unparsed_begin, d.unparsed_end - d.unparsed_begin));
        out.add(m.ref.path() + ".deadline", std::move(args));
    }
}

} // namespace

extern const Rule rule_deadline_unrecognized{
    {"deadline-unrecognized", Severity::warning, "A deadline text that the library cannot read as a date.",
     "срок «{text}» не распознан",
     "deadline '{text}' is not recognized",
     "", "", // no hint
     "rules.md#deadline-unrecognized", false /* needs the catalog */,
     RuleCategory::dates,
     "Текст срока, который библиотека не может прочитать как дату."},
    check_deadline_unrecognized};

} // namespace eduroadmap::detail
