#include "parallel.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace eduroadmap::cli {

namespace {
// Runs @p worker on min(jobs, n) threads, the calling thread one of them, and waits for all.
template <class Worker> void run_workers(std::size_t n, unsigned jobs, Worker &worker) {
    const std::size_t threads = std::min<std::size_t>(std::max(1u, jobs), n);
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(std::ref(worker));
    worker();
    for (std::thread &t : pool) t.join();
}
} // namespace

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
    run_workers(n, jobs, worker);
    if (failure) std::rethrow_exception(failure);
}

void parallel_ordered(std::size_t n, unsigned jobs, std::size_t window,
                      const std::function<void(std::size_t)> &produce,
                      const std::function<void(std::size_t)> &consume) {
    window = std::max<std::size_t>(window, 1);
    std::mutex mutex;
    std::condition_variable room; // signalled when items are consumed or the run stops
    std::size_t next = 0, consumed = 0;
    std::vector<char> produced(n, 0);
    bool draining = false, stop = false;
    std::exception_ptr failure;
    auto fail = [&] { // with the lock held
        if (!failure) failure = std::current_exception();
        stop = true;
        room.notify_all();
    };
    auto worker = [&] {
        std::unique_lock<std::mutex> lock(mutex);
        for (;;) {
            room.wait(lock, [&] { return stop || next >= n || next < consumed + window; });
            if (stop || next >= n) return;
            const std::size_t i = next++;
            lock.unlock();
            try {
                produce(i);
            } catch (...) {
                lock.lock();
                fail();
                return;
            }
            lock.lock();
            produced[i] = 1;
            // One thread at a time writes, in order, everything that is ready;
            // an item finished meanwhile is seen by the loop's next check.
            if (draining) continue;
            draining = true;
            while (!stop && consumed < n && produced[consumed]) {
                const std::size_t k = consumed;
                lock.unlock();
                try {
                    consume(k);
                } catch (...) {
                    lock.lock();
                    draining = false;
                    fail();
                    return;
                }
                lock.lock();
                ++consumed;
                room.notify_all();
            }
            draining = false;
        }
    };
    run_workers(n, jobs, worker);
    if (failure) std::rethrow_exception(failure);
}

} // namespace eduroadmap::cli
