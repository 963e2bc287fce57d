#!/usr/bin/env bash
# Runs the libFuzzer targets of tests/fuzz (docs/fuzzing.md).
#
#   scripts/fuzz.sh TARGET SECONDS [LIBFUZZER-ARGS…]   one target, SECONDS long (0: until stopped)
#   scripts/fuzz.sh --smoke [SECONDS]                  every target, SECONDS each (default 20), two at
#                                                      a time, then every saved reproducer once
#   scripts/fuzz.sh --long [CHAINS [TARGET…]]           the long runs before a release: each target
#                                                      (default all) to 10 million executions or
#                                                      2 hours, CHAINS (default 2) at a time, then
#                                                      the summary of their logs
#   scripts/fuzz.sh --summary LOG…                     one line per run log: executions, time,
#                                                      coverage, corpus, peak memory, what it found
#   scripts/fuzz.sh --list                             the targets
#   scripts/fuzz.sh --configure                        configure build-asan/ only (scripts/test.sh uses it)
#
# Builds build-asan/ with clang (ASan + UBSan + libFuzzer) when needed. The
# seeds come from the repository (tests/fuzz/make_seeds.py); the growing
# corpus stays in build-asan/fuzz/corpus/TARGET, and whatever fails is saved
# in build-asan/fuzz/crashes/TARGET/ — minimise it (-minimize_crash=1) and
# keep it in tests/fuzz/regressions/TARGET/, where every smoke run replays it.
set -euo pipefail
cd "$(dirname "$0")/.."
targets=(load deadline import word word_xml config catalog capi)
build=build-asan

usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

# check_target TARGET: exits with a message unless TARGET is one of the targets.
check_target() {
  printf '%s\n' "${targets[@]}" | grep -qx "$1" || { echo "fuzz.sh: unknown target $1 (--list)" >&2; exit 2; }
}

dict_of() {
  case "$1" in
    load|capi) echo tests/fuzz/load.dict ;;
    import|word|word_xml) echo tests/fuzz/word.dict ;;
    *) echo "tests/fuzz/$1.dict" ;;
  esac
}

# The one configuration of build-asan/: clang, Debug, ASan + UBSan, libFuzzer.
configure() {
  # A directory configured with another compiler cannot switch: start afresh.
  if [ -f "$build/CMakeCache.txt" ] && ! grep -q '^CMAKE_CXX_COMPILER:FILEPATH=.*clang' "$build/CMakeCache.txt"; then
    rm -rf "$build"
  fi
  # -O1, as the sanitizers advise: fast enough to fuzz, every frame still in
  # the reports (line tables are all a report needs). A unity build: the
  # sources of a target compiled in batches, the headers parsed once per batch.
  CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DEDUROADMAP_WERROR=ON \
    -DCMAKE_C_FLAGS_DEBUG="-gline-tables-only -O1" -DCMAKE_CXX_FLAGS_DEBUG="-gline-tables-only -O1" \
    -DCMAKE_UNITY_BUILD=ON \
    -DEDUROADMAP_SANITIZE=ON -DEDUROADMAP_FUZZ=ON -DEDUROADMAP_PYTHON_TESTS=OFF >/dev/null
}

build_targets() {
  configure
  cmake --build "$build" --parallel 2 --target fuzz_targets word_documents layout_documents roadmap_documents
}

seeds_of() {
  local t=$1 dir="$build/fuzz/seeds/$1"
  rm -rf "$dir"
  /usr/bin/python3 tests/fuzz/make_seeds.py "$t" "$dir" "$build/tests/word/layouts" "$build/tests/word/roadmaps" "$build/tests/word" >&2
  echo "$dir"
}

# run TARGET SECONDS [ARGS…]: fuzz from the seeds and the saved corpus.
run() {
  local t=$1 seconds=$2; shift 2
  local seeds corpus="$build/fuzz/corpus/$t" crashes="$build/fuzz/crashes/$t/"
  seeds=$(seeds_of "$t") || return 1
  mkdir -p "$corpus" "$crashes"
  local time_args=()
  if [ "$seconds" != 0 ]; then time_args=(-max_total_time="$seconds"); fi
  echo "== fuzz $t (${seconds}s)"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$build/tests/fuzz/fuzz_$t" "${time_args[@]}" -dict="$(dict_of "$t")" -timeout=10 -rss_limit_mb=2048 \
    -max_len=262144 -print_final_stats=1 -artifact_prefix="$crashes" "$@" "$corpus" "$seeds"
}

# replay: every saved reproducer once, as a regression test.
replay() {
  local t files
  for t in "${targets[@]}"; do
    [ -d "tests/fuzz/regressions/$t" ] || continue
    mapfile -t files < <(find "tests/fuzz/regressions/$t" -type f | sort)
    [ ${#files[@]} -gt 0 ] || continue
    echo "== replay $t: ${#files[@]} reproducers"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      "$build/tests/fuzz/fuzz_$t" -timeout=10 -rss_limit_mb=2048 "${files[@]}"
  done
}

# summary LOG…: what each run did and found, from libFuzzer's own lines — the
# last status line (coverage, features, corpus), `Done N runs in S
# second(s)`, -print_final_stats=1's figures, and every input it saved
# (`Test unit written to …`: a crash, leak, timeout, OOM or slow unit).
# Fails when a run found anything or did not end; those runs' logs are left
# in `unclean`.
summary() {
  local log found=0
  unclean=()
  printf '%-10s %12s %8s %7s %8s %16s %7s  %s\n' target executions seconds cov ft corpus rss_mb result
  for log in "$@"; do
    local name execs secs last cov ft corp rss saved result
    name=$(basename "$log" .log); name=${name#fuzz-}; name=${name#long-}
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
    last=$(grep -E '^#[0-9]+[[:space:]]' "$log" | tail -1 || true)
    cov=$(grep -oE 'cov: [0-9]+' <<<"$last" | cut -d' ' -f2 || true)
    ft=$(grep -oE 'ft: [0-9]+' <<<"$last" | cut -d' ' -f2 || true)
    corp=$(grep -oE 'corp: [0-9]+/[0-9]+[a-zA-Z]*' <<<"$last" | cut -d' ' -f2 || true)
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
    saved=$(grep -c 'Test unit written to' "$log" || true)
    if [ "$saved" -gt 0 ]; then
      result="FOUND: $(grep -o 'Test unit written to .*' "$log" | sed 's/^Test unit written to //' | tr '\n' ' ')"
    elif [ -z "$secs" ] || [ -z "$execs" ]; then
      result="did not finish"
    else
      result=clean
    fi
    [ "$result" = clean ] || { found=1; unclean+=("$log"); }
    printf '%-10s %12s %8s %7s %8s %16s %7s  %s\n' "$name" "${execs:--}" "${secs:--}" "${cov:--}" "${ft:--}" \
      "${corp:--}" "${rss:--}" "$result"
  done
  return $found
}

# chains N PREFIX SECONDS [ARGS…]: the targets of `list`, N at a time (a core
# each), each run logged to $build/PREFIX-TARGET.log. Fails when any run did.
chains() {
  local n=$1 prefix=$2; shift 2
  local k p pids=() failed=0
  for ((k = 0; k < n; k++)); do
    (rc=0
     for ((i = k; i < ${#list[@]}; i += n)); do
       run "${list[i]}" "$@" >"$build/$prefix-${list[i]}.log" 2>&1 || rc=1
     done
     exit $rc) &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p" || failed=1; done
  return $failed
}

# long CHAINS [TARGET…]: each target to 10 million executions or 2 hours,
# CHAINS of them at a time, then the summary. The timeout is long (600 s):
# libFuzzer times by the wall clock, and a long run shares the machine.
long() {
  local n=${1:-2}; shift || true
  local logs=()
  list=("$@")
  [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "fuzz.sh: --long takes a number of chains, not '$n'" >&2; exit 2; }
  [ ${#list[@]} -gt 0 ] || list=("${targets[@]}")
  for t in "${list[@]}"; do
    check_target "$t"
    logs+=("$build/fuzz-long-$t.log")
  done
  build_targets
  chains "$n" fuzz-long 7200 -runs=10000000 -timeout=600 || true
  summary "${logs[@]}"
}

# smoke SECONDS: every target SECONDS long, two at a time (the test command's
# two cores), the summary, the end of the log of any run that failed; then
# every saved reproducer once.
smoke() {
  local logs=() log
  list=("${targets[@]}")
  for t in "${list[@]}"; do logs+=("$build/fuzz-$t.log"); done
  build_targets
  local failed=0
  chains 2 fuzz "$1" || failed=1
  if ! summary "${logs[@]}" || [ "$failed" -ne 0 ]; then
    for log in "${unclean[@]}"; do echo "== $log"; tail -60 "$log"; done
    exit 1
  fi
  replay
}

case "${1:-}" in
  --list) printf '%s\n' "${targets[@]}" ;;
  --long) shift; long "$@" ;;
  --summary) shift; [ $# -gt 0 ] || usage; summary "$@" ;;
  --configure) configure ;;
  --smoke) smoke "${2:-20}" ;;
  ""|-h|--help) usage ;;
  *)
    [ $# -ge 2 ] || usage
    t=$1; seconds=$2; shift 2
    check_target "$t"
    build_targets
    run "$t" "$seconds" "$@" ;;
esac
