// approval-mismatch: the plan's appendix heading refers to its approving
// order by another date or number than the order itself
// (`approved_by.appendix`: «… от 30.08.24 г. № 698» under an order of
// 30.08.2023 № 046). The date is read as DD.MM.YY or DD.MM.YYYY, the number
// as the text after «№» up to a space or comma; what is not printed is not
// compared.
#include "rules/rule.hpp"

#include <cctype>
#include <optional>
#include <regex>

namespace eduroadmap::detail {
namespace {

std::optional<Date> printed_date(const std::string &text) {
    static const std::regex pattern(R"((\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d))");
    std::smatch m;
    if (!std::regex_search(text, m, pattern)) return std::nullopt;
    int year = std::stoi(m[3]);
    if (m[3].length() == 2) year += 2000;
    try {
        return Date(year, std::stoi(m[2]), std::stoi(m[1]));
    } catch (const std::exception &) {
        return std::nullopt; // not a calendar date: nothing to compare
    }
}

std::string printed_number(const std::string &text) {
    const std::size_t sign = text.find("№");
    if (sign == std::string::npos) return {};
    std::size_t i = sign + std::string("№").size();
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t end = i;
    while (end < text.size() && text[end] != ' ' && text[end] != ',' && text[end] != ';') ++end;
    return text.substr(i, end - i);
}

void check_approval_mismatch(const ResolvedRoadmap &rm, Findings &out) {
    const Roadmap &r = *rm.roadmap;
    if (!r.approved_by || r.approved_by->appendix.empty()) return;
    const ApprovingDocument &a = *r.approved_by;
    const std::optional<Date> date = printed_date(a.appendix);
    const std::string number = printed_number(a.appendix);
    const bool date_differs = date && a.date && *date != *a.date;
    const bool number_differs = !number.empty() && !a.number.empty() && number != a.number;
    if (!date_differs && !number_differs) return;
    out.add("approved_by.appendix", {{"appendix", a.appendix},
                                     {"order_date", a.date ? to_iso(*a.date) : std::string("-")},
                                     {"order_number", a.number.empty() ? std::string("-") : a.number}});
}

} // namespace

extern const Rule rule_approval_mismatch{
    {"approval-mismatch", Severity::warning, "The appendix refers to its order by another date or number.",
     "приложение ссылается на приказ «{appendix}», а план утверждён приказом от {order_date} № {order_number}",
     "the appendix refers to the order as '{appendix}', but the plan was approved by the order of {order_date} No. {order_number}",
     "исправьте дату и номер приказа в шапке приложения",
     "correct the order's date and number in the appendix heading",
     "rules.md#approval-mismatch", false /* needs the catalog */,
     RuleCategory::structure,
     "Приложение ссылается на свой приказ с другой датой или номером."},
    check_approval_mismatch};

} // namespace eduroadmap::detail
