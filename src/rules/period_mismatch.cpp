// period-mismatch: the plan's title or the approving order's title names a
// year outside the plan period (`period: 2021` with a title «… на 2021-2024
// годы»). Years are four-digit numbers from 1990 to 2099 standing as words.
// Deadlines in another school year of a school-year plan are
// deadline-outside-period's: they are the deadline's defect, not the period's.
#include "rules/rule.hpp"

#include "words.hpp"

#include <set>

namespace eduroadmap::detail {
namespace {

std::set<int> years_in(std::string_view text) {
    std::set<int> out;
    for (const std::string &w : folded_words(text)) {
        if (w.size() != 4 || w.find_first_not_of("0123456789") != std::string::npos) continue;
        const int year = std::stoi(w);
        if (year >= 1990 && year <= 2099) out.insert(year);
    }
    return out;
}

void check_text(const Roadmap &r, std::string_view text, const std::string &path, std::string_view what_ru,
                std::string_view what_en, Findings &out) {
    const int first = r.period.window.start().year(), last = r.period.window.end().year();
    std::string outside;
    for (int year : years_in(text))
        if (year < first || year > last) outside += (outside.empty() ? "" : ", ") + std::to_string(year);
    if (!outside.empty())
        out.add(path, {{"years", outside},
                       {"period", r.period.text.empty() ? to_iso(r.period.window) : r.period.text},
                       {"where_ru", std::string(what_ru)},
                       {"where", std::string(what_en)}});
}

void check_period_mismatch(const ResolvedRoadmap &rm, Findings &out) {
    const Roadmap &r = *rm.roadmap;
    if (!r.period.known) return; // period-invalid or missing-field says why
    check_text(r, r.title, "title", "название плана", "the plan's title", out);
    if (r.approved_by)
        check_text(r, r.approved_by->title, "approved_by.title", "название приказа", "the order's title", out);
}

} // namespace

extern const Rule rule_period_mismatch{
    {"period-mismatch", Severity::warning, "The title or the order names years outside the plan period.",
     "{where_ru} называет год {years} вне периода плана {period}",
     "{where} names the year {years}, outside the plan period {period}",
     "проверьте период плана (в файле — period:) или название",
     "check the plan period (period: in the file) or the title",
     "rules.md#period-mismatch", false /* needs the catalog */,
     RuleCategory::structure,
     "Заголовок или приказ называет годы вне периода плана."},
    check_period_mismatch};

} // namespace eduroadmap::detail
