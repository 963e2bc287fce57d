#!/bin/bash
# `eduroadmap validate` on 1,000 generated roadmaps at -j 1 and -j N (N the
# cores, or the first argument after BUILD_DIR): files per second, the
# speed-up, and the peak resident memory of each (GNU time's %M), medians of
# ROUNDS runs alternating between the two.
#
#   bash bench/scaling.sh [BUILD_DIR] [JOBS] [ROUNDS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-$root/build-bench}
jobs=${2:-$(nproc)}
rounds=${3:-3}
. "$here/runs.sh"

bench_build "$root" "$build"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/bench/gen_corpus" "$work/corpus" 1000 | tail -1
largest=$(stat -c %s "$work"/corpus/*.yaml | sort -n | tail -n 1)
echo "largest file: $((largest / 1024)) KiB"
for r in $(seq "$rounds"); do
    for j in 1 "$jobs"; do
        measure "$work/j$j" "$build/cli/eduroadmap" validate --no-config -j "$j" "$work/corpus"
    done
done
printf '%-6s %10s %10s %10s %12s\n' jobs wall-s cpu-s files/s peak-RSS-MB
for j in 1 "$jobs"; do
    wall=$(median "$work/j$j" 1)
    printf '%-6s %10s %10s %10s %12s\n' "$j" "$wall" "$(median "$work/j$j" 2)" "$(ratio 1000 "$wall")" \
        "$(ratio "$(median "$work/j$j" 3)" 1024)"
done
echo "speed-up of -j $jobs over -j 1 (files per second): $(ratio "$(median "$work/j1" 1)" "$(median "$work/j$jobs" 1)")"
