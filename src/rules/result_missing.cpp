// result-missing: a measure whose expected-result cell is absent, empty, or
// holds no letter or digit (a printed «-» or «?»).
#include "rules/measure_label.hpp"
#include "rules/rule.hpp"

#include "text.hpp"

namespace eduroadmap::detail {
namespace {

bool says_something(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        char32_t cp = decode_utf8(text, pos);
        if (is_letter(cp) || (cp >= U'0' && cp <= U'9')) return true;
    }
    return false;
}

} // namespace

void check_result_missing(const ResolvedRoadmap &rm, Findings &out) {
    for (const ResolvedMeasure &m : rm.measures) {
        const std::optional<std::string> &result = m.ref.measure->result;
        if (!result || !says_something(*result)) out.add(m.ref.path() + ".result", {{"number", measure_label(m)}});
    }
}

} // namespace eduroadmap::detail
