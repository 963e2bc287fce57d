// Running independent jobs on all cores with results in a fixed order.
#ifndef EDUROADMAP_CLI_PARALLEL_HPP
#define EDUROADMAP_CLI_PARALLEL_HPP

#include <cstddef>
#include <functional>

namespace eduroadmap::cli {

// The number of hardware threads (at least 1).
unsigned hardware_jobs();

// Calls @p task(i) once for every i in [0, n), on up to @p jobs threads
// (the calling thread included). Tasks must be independent; each writes its
// own result slot, so the results' order does not depend on scheduling. An
// exception thrown by a task stops the remaining tasks and is rethrown here.
void parallel_for(std::size_t n, unsigned jobs, const std::function<void(std::size_t)> &task);

// Calls @p produce(i) for every i in [0, n) on up to @p jobs threads (the
// calling thread included) and @p consume(i) in index order, one at a time,
// as soon as item i and every earlier one are produced — so a report is
// written while later files are still being validated. A worker does not
// start item i before item i - @p window is consumed: at most @p window
// produced items wait, which bounds the memory they hold whatever n is. An
// exception from either call stops the remaining work and is rethrown here.
void parallel_ordered(std::size_t n, unsigned jobs, std::size_t window,
                      const std::function<void(std::size_t)> &produce,
                      const std::function<void(std::size_t)> &consume);

} // namespace eduroadmap::cli

#endif
