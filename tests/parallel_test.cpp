// cli/parallel.hpp: the CLI's workers. Built into validate_threads_test so
// that ThreadSanitizer sees them (scripts/test.sh, build-tsan/).
#include "parallel.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

using eduroadmap::cli::parallel_for;
using eduroadmap::cli::parallel_ordered;

namespace {
// A few microseconds of work that differ by item, so that items finish out of order.
void work_on(std::size_t i) { std::this_thread::sleep_for(std::chrono::microseconds((i * 7919) % 300)); }
} // namespace

TEST_CASE("parallel_ordered consumes every item once, in order, with at most `window` waiting") {
    for (unsigned jobs : {1u, 2u, 4u, 8u})
        for (std::size_t window : {1u, 3u, 16u}) {
            CAPTURE(jobs);
            CAPTURE(window);
            const std::size_t n = 150;
            std::vector<int> value(n, 0);
            std::vector<std::size_t> order;
            std::atomic<std::size_t> started{0}, consumed{0}, most_ahead{0};
            parallel_ordered(
                n, jobs, window,
                [&](std::size_t i) {
                    // Item i may start only once item i - window is consumed.
                    const std::size_t ahead = i + 1 - consumed.load();
                    std::size_t seen = most_ahead.load();
                    while (ahead > seen && !most_ahead.compare_exchange_weak(seen, ahead)) {
                    }
                    ++started;
                    work_on(i);
                    value[i] = static_cast<int>(i) * 2;
                },
                [&](std::size_t i) {
                    CHECK(value[i] == static_cast<int>(i) * 2); // produced before it is consumed
                    order.push_back(i);
                    ++consumed;
                });
            CHECK(started == n);
            REQUIRE(order.size() == n);
            CHECK(std::is_sorted(order.begin(), order.end()));
            CHECK(std::adjacent_find(order.begin(), order.end()) == order.end());
            CHECK(most_ahead.load() <= window);
        }
}

TEST_CASE("parallel_ordered stops at a failure and rethrows it") {
    std::vector<std::size_t> order;
    std::mutex m;
    CHECK_THROWS_WITH_AS(parallel_ordered(
                             100, 4, 8,
                             [&](std::size_t i) {
                                 work_on(i);
                                 if (i == 40) throw std::runtime_error("item 40");
                             },
                             [&](std::size_t i) {
                                 std::lock_guard<std::mutex> lock(m);
                                 order.push_back(i);
                             }),
                         "item 40", std::runtime_error);
    // Nothing at or after the failed item is consumed, and what was is in order.
    CHECK(std::all_of(order.begin(), order.end(), [](std::size_t i) { return i < 40; }));
    CHECK(std::is_sorted(order.begin(), order.end()));

    CHECK_THROWS_WITH_AS(parallel_ordered(
                             30, 2, 4, [](std::size_t) {},
                             [](std::size_t i) {
                                 if (i == 5) throw std::runtime_error("write failed");
                             }),
                         "write failed", std::runtime_error);
}

TEST_CASE("parallel_ordered and parallel_for with no items call nothing") {
    bool called = false;
    parallel_ordered(0, 4, 4, [&](std::size_t) { called = true; }, [&](std::size_t) { called = true; });
    parallel_for(0, 4, [&](std::size_t) { called = true; });
    CHECK_FALSE(called);
}

TEST_CASE("parallel_for runs every item once") {
    std::vector<std::atomic<int>> hits(500);
    parallel_for(hits.size(), 4, [&](std::size_t i) { ++hits[i]; });
    CHECK(std::all_of(hits.begin(), hits.end(), [](const std::atomic<int> &h) { return h.load() == 1; }));
}
