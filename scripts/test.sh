#!/usr/bin/env bash
# Builds eduroadmap and runs every test: C++ (doctest), C API, Python (pytest)
# and CLI, then the C++ and C tests again under AddressSanitizer and
# UndefinedBehaviorSanitizer in a separate build directory. Warnings are errors.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
jobs=2

echo "== build and test (build/)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEDUROADMAP_WERROR=ON >/dev/null
cmake --build build --parallel "$jobs"
ctest --test-dir build --output-on-failure --parallel "$jobs"

echo "== sanitizers: ASan + UBSan (build-asan/)"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DEDUROADMAP_WERROR=ON -DEDUROADMAP_SANITIZE=ON \
  -DEDUROADMAP_PYTHON_TESTS=OFF >/dev/null
cmake --build build-asan --parallel "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure --parallel "$jobs"

echo "== sanitizers: ThreadSanitizer, the C API thread test only (build-tsan/)"
cmake -S . -B build-tsan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEDUROADMAP_WERROR=ON \
  -DEDUROADMAP_SANITIZE_THREAD=ON -DEDUROADMAP_PYTHON_TESTS=OFF -DEDUROADMAP_CLI=OFF >/dev/null
cmake --build build-tsan --parallel "$jobs" --target capi_threads_test
TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 ctest --test-dir build-tsan --output-on-failure -R '^capi-threads$'
