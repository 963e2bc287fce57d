#include "parallel.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace eduroadmap::cli {

unsigned hardware_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

void parallel_for(std::size_t n, unsigned jobs, const std::function<void(std::size_t)> &task) {
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stop{false};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto worker = [&] {
        for (std::size_t i; !stop && (i = next++) < n;) {
            try {
                task(i);
            } catch (...) {
                std::lock_guard<std::mutex> lock(failure_mutex);
                if (!failure) failure = std::current_exception();
                stop = true;
            }
        }
    };
    const std::size_t threads = std::min<std::size_t>(std::max(1u, jobs), n);
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
    worker();
    for (std::thread &t : pool) t.join();
    if (failure) std::rethrow_exception(failure);
}

} // namespace eduroadmap::cli
