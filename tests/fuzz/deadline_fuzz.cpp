// The deadline resolver: any text against a few plan periods resolves
// without throwing, keeps its unread bytes inside the text, and its
// canonical rendering resolves back to the same kind and windows.
#include "../deadline_roundtrip.hpp"
#include "fuzz_check.hpp"
#include "text.hpp"

#include <eduroadmap/deadline.hpp>
#include <eduroadmap/window.hpp>

#include <array>

using namespace eduroadmap;

namespace {
// The period kinds the bundled roadmaps use: a calendar year, several years,
// a school year, and one that starts mid-year.
const std::array<Window, 4> &periods() {
    static const std::array<Window, 4> all{
        Window(Date(2021, 1, 1), Date(2021, 12, 31)),
        Window(Date(2020, 1, 1), Date(2022, 12, 31)),
        Window(Date(2023, 9, 1), Date(2024, 8, 31)),
        Window(Date(2019, 10, 7), Date(2020, 12, 31)),
    };
    return all;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    if (size == 0) return 0;
    const Window &period = periods()[data[0] % periods().size()];
    const std::string_view text = erm_fuzz::text(data + 1, size - 1);

    const Deadline deadline = resolve_deadline(text, period);
    erm_fuzz::require(deadline.unparsed_begin <= deadline.unparsed_end, "the unread range is ordered");
    erm_fuzz::require(deadline.unparsed_end <= text.size(), "the unread range lies in the text");
    erm_fuzz::require(deadline.due_dates().size() == deadline.windows.size(), "one due date per window");
    erm_fuzz::require(deadline.rule.has_value() == (deadline.kind == DeadlineKind::recurring),
                      "a rule exactly for recurring deadlines");
    erm_fuzz::require(!render_deadline(deadline).empty(), "every deadline renders");

    // The round trip holds for what was read as a date, from well-formed text
    // (docs/deadlines.md; the same bounds as tests/deadline_property_test.cpp).
    if (deadline.kind == DeadlineKind::unrecognized || !detail::is_valid_utf8(text)) return 0;
    const std::string problem = testing::render_round_trip_problem(deadline, period);
    if (!problem.empty()) std::fprintf(stderr, "%s\n", problem.c_str());
    erm_fuzz::require(problem.empty(), "the rendering resolves to the same kind and windows");
    return 0;
}
