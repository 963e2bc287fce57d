#!/usr/bin/env bash
# Builds eduroadmap and runs every test: C++ (doctest), C API, Python (pytest)
# and CLI; then, built with clang, the C++ and C tests again under
# AddressSanitizer and UndefinedBehaviorSanitizer and a smoke run of every
# fuzz target; then the thread tests under ThreadSanitizer. Each in its own
# build directory. Warnings are errors.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
jobs=2
# The time since the start, in each stage's heading: the whole command is
# meant to finish in under 30 minutes on two cores.
elapsed() { printf '(%dm%02ds)' $((SECONDS / 60)) $((SECONDS % 60)); }

echo "== build and test (build/) $(elapsed)"
# Unity builds (CMAKE_UNITY_BUILD) here and below: each target's sources are
# compiled in batches, so the heavy headers (Boost.Date_Time, CLI11,
# nlohmann-json, doctest) are parsed once per batch, the nested
# add_subdirectory test's too. Developers' builds (file by file, the default)
# keep every source self-contained.
# Debug information at -g1 (functions and line tables: what backtraces and
# the -dbgsym packages need; not the variables and types of -g): a quarter
# less compile time.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEDUROADMAP_WERROR=ON -DCMAKE_UNITY_BUILD=ON \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" >/dev/null
cmake --build build --parallel "$jobs"
ctest --test-dir build --output-on-failure --parallel "$jobs"

echo "== sanitizers: ASan + UBSan with clang, and the fuzz smoke (build-asan/) $(elapsed)"
# One clang build serves both: the C++ and C tests under the sanitizers, and
# the libFuzzer targets (tests/fuzz), each run 20 s over its seeds.
bash scripts/fuzz.sh --configure
cmake --build build-asan --parallel "$jobs"
# Everything that runs our code, under the sanitizers. Left to build/ above:
# packaging (install trees, the Debian packages, consumer projects built with the system compiler,
# the nested add_subdirectory build), the ABI baseline and the browser.
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure --parallel "$jobs" -LE 'slow|browser|packaging' -E '^(consumers?-|capi-abi)'
echo "== fuzz smoke $(elapsed)"
bash scripts/fuzz.sh --smoke 20

echo "== sanitizers: ThreadSanitizer: C API and C++ API threads, validate -j (build-tsan/) $(elapsed)"
cmake -S . -B build-tsan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEDUROADMAP_WERROR=ON \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g1" -DCMAKE_UNITY_BUILD=ON \
  -DEDUROADMAP_SANITIZE_THREAD=ON -DEDUROADMAP_PYTHON_TESTS=OFF >/dev/null
cmake --build build-tsan --parallel "$jobs" --target capi_threads_test validate_threads_test eduroadmap_cli
export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1
ctest --test-dir build-tsan --output-on-failure -R '^(capi-threads|validate-threads)$'
# The CLI's parallel validation: every bundled roadmap, four workers.
build-tsan/cli/eduroadmap validate -j 4 --no-config examples >/dev/null || [ $? -eq 1 ]
echo "== all tests passed $(elapsed)"
