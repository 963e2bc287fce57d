// The labelled corpus (tests/fixtures/deadlines.tsv): every case must resolve
// exactly — kind, windows, count and ambiguity.
#include "deadline_corpus.hpp"

#include <eduroadmap/deadline.hpp>

#include <doctest/doctest.h>

#include <sstream>

using namespace eduroadmap;

namespace {

template <class Windows> std::string show(const Windows &ws) {
    std::string s;
    for (const Window &w : ws) s += (s.empty() ? "" : ";") + to_iso(w);
    return s;
}

} // namespace

TEST_CASE("every corpus case resolves exactly as labelled") {
    const auto cases = testing::read_deadline_corpus(ERM_SOURCE_DIR "/tests/fixtures/deadlines.tsv");
    REQUIRE(cases.size() > 200);
    std::size_t passed = 0;
    for (const auto &c : cases) {
        const Deadline d = resolve_deadline(c.text, c.period);
        const bool ok = to_string(d.kind) == c.kind && d.windows == c.windows && d.count == c.count &&
                        d.ambiguous == c.ambiguous;
        if (ok) {
            ++passed;
            continue;
        }
        std::ostringstream msg;
        msg << "deadlines.tsv:" << c.line << " «" << c.text << "» P=" << to_iso(c.period) << "\n  expected "
            << c.kind << " [" << show(c.windows) << "] count " << c.count << " ambiguous " << c.ambiguous
            << "\n  got      " << to_string(d.kind) << " [" << show(d.windows) << "] count " << d.count
            << " ambiguous " << d.ambiguous << " note «" << d.note << "»";
        ADD_FAIL_CHECK_AT(__FILE__, c.line, msg.str());
    }
    MESSAGE("deadline corpus: " << passed << " of " << cases.size() << " cases pass");
    CHECK(passed == cases.size());
}
