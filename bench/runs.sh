# Shared by bench/peers.sh and bench/scaling.sh (sourced): timing whole
# processes with GNU time, medians, ratios. Needs Debian's `time` package.

# The Release build with the benchmarks, made when missing.
bench_build() {
    local root=$1 build=$2
    if [ ! -x "$build/cli/eduroadmap" ] || [ ! -x "$build/bench/gen_corpus" ]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DEDUROADMAP_BENCH=ON \
            -DEDUROADMAP_BUILD_TESTS=OFF >/dev/null
        cmake --build "$build" --target eduroadmap_cli gen_corpus >/dev/null
    fi
}

# measure LOG COMMAND...: runs COMMAND once, its output discarded, and
# appends "wall-seconds cpu-seconds peak-rss-kb" to LOG. Exit status 1
# (findings) counts as a run; anything else stops the benchmark.
measure() {
    local log=$1 status=0
    shift
    /usr/bin/time -f "%e %U %S %M" -o "$log.time" "$@" >/dev/null 2>"$log.err" || status=$?
    if [ "$status" -gt 1 ]; then
        echo "failed ($status): $*" >&2
        cat "$log.err" >&2
        exit 1
    fi
    awk '{ printf "%s %.3f %s\n", $1, $2 + $3, $4 }' "$log.time" >>"$log"
}

# median LOG COLUMN: the median of a column (1 wall, 2 CPU, 3 peak RSS) of LOG.
median() {
    sort -g -k"$2,$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# ratio A B: A / B to two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }'; }
