#!/bin/bash
# eduroadmap against the validators people would write instead, on the same
# files in the same run: a Python one (Debian's PyYAML with the libyaml C
# loader + python3-jsonschema) and a Node one (js-yaml + Ajv, installed from
# the npm registry into bench/peers/node_modules — the README's commands
# never need them), both checking the project's JSON Schema only, while
# eduroadmap also resolves every deadline and runs every rule. Runs
# alternate between the tools; medians of wall and CPU time (user + system)
# and their ratios to eduroadmap are printed.
#
#   bash bench/peers.sh [BUILD_DIR] [ROUNDS]
#
# BUILD_DIR (default build-bench/) is a Release build with
# -DEDUROADMAP_BENCH=ON, made when missing. Workloads: 1,000 generated
# roadmaps (bench/gen_corpus; eduroadmap on all cores, the peers on one, as
# they are written) and one real roadmap, examples/tonkino-2020-2021.yaml,
# ROUNDS (default 3) and 10 × ROUNDS times.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-$root/build-bench}
rounds=${2:-3}
. "$here/runs.sh"

bench_build "$root" "$build"
if [ ! -d "$here/peers/node_modules" ]; then
    (cd "$here/peers" && npm ci --no-audit --no-fund --silent)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/bench/gen_corpus" "$work/corpus" 1000 | tail -1
schema=$root/schema/eduroadmap-1.schema.json
single=$root/examples/tonkino-2020-2021.yaml

tools=(eduroadmap python node)
command_of() { # TOOL PATH: sets cmd to the tool's command line
    case $1 in
    eduroadmap) cmd=("$build/cli/eduroadmap" validate --no-config --format text "$2") ;;
    python) cmd=(/usr/bin/python3 "$here/peers/validate_peer.py" "$schema" "$2") ;;
    node) cmd=(node "$here/peers/validate_peer.mjs" "$schema" "$2") ;;
    esac
}
# Each tool must see the same number of files before it is timed.
for t in "${tools[@]}"; do
    command_of "$t" "$work/corpus"
    echo "$t: $("${cmd[@]}" 2>/dev/null | tail -n 1 || true)"
done

for r in $(seq "$rounds"); do
    for i in 0 1 2; do # a different tool goes first each round
        t=${tools[$(((i + r) % 3))]}
        command_of "$t" "$work/corpus"
        measure "$work/corpus-$t" "${cmd[@]}"
    done
    for k in $(seq 10); do
        for i in 0 1 2; do
            t=${tools[$(((i + k + r) % 3))]}
            command_of "$t" "$single"
            measure "$work/single-$t" "${cmd[@]}"
        done
    done
done

for w in corpus single; do
    [ "$w" = corpus ] && echo "== 1,000 generated roadmaps ($(du -sm "$work/corpus" | cut -f1) MB), $rounds runs each" ||
        echo "== one roadmap, $(basename "$single") ($(($(stat -c %s "$single") / 1024)) KiB), $((10 * rounds)) runs each"
    wall0=$(median "$work/$w-eduroadmap" 1)
    cpu0=$(median "$work/$w-eduroadmap" 2)
    printf '%-11s %10s %10s %14s %14s\n' tool wall-s cpu-s wall/eduroadmap cpu/eduroadmap
    for t in "${tools[@]}"; do
        wall=$(median "$work/$w-$t" 1)
        cpu=$(median "$work/$w-$t" 2)
        printf '%-11s %10s %10s %14s %14s\n' "$t" "$wall" "$cpu" "$(ratio "$wall" "$wall0")" "$(ratio "$cpu" "$cpu0")"
    done
done
