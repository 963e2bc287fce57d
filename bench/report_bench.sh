#!/usr/bin/env bash
# The HTML report of a large plan stays usable: the size of Tonkino's report
# (123 measures; must be under 1 MB) and the time Chromium takes to load and
# render it (--dump-dom) beside the time it takes for an empty page, as a
# ratio. Timing lives here, never in a test.
#
#   bash bench/report_bench.sh [path/to/eduroadmap] [runs]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cli=${1:-$root/build/cli/eduroadmap}
runs=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$cli" report "$root/examples/tonkino-2020-2021.yaml" -o "$work/tonkino.html" --as-of 2021-06-01
"$cli" report "$root/examples" -o "$work/all.html" --as-of 2021-06-01
printf '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>-</title></head><body></body></html>\n' \
  > "$work/empty.html"

# One headless Chromium run that dumps the DOM of $1, with a fresh profile:
# "WALL CPU" seconds (CPU: user + system of all its processes, which a busy
# machine's load disturbs less than the wall clock).
render() {
  local profile
  profile=$(mktemp -d -p "$work")
  /usr/bin/time -f '%e %U %S' -o "$work/time" timeout 120 chromium --headless --no-sandbox --disable-gpu \
    --no-first-run --disable-background-networking --host-resolver-rules='MAP * ~NOTFOUND' \
    --user-data-dir="$profile" --dump-dom "file://$1" > /dev/null 2>&1
  awk '{ print $1, $2 + $3 }' "$work/time"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

for page in empty tonkino all; do
  for _ in $(seq "$runs"); do render "$work/$page.html"; done > "$work/$page.runs"
  cut -d' ' -f1 "$work/$page.runs" | median > "$work/$page.time"
  cut -d' ' -f2 "$work/$page.runs" | median > "$work/$page.cpu"
done
size=$(stat -c %s "$work/tonkino.html")
all_size=$(stat -c %s "$work/all.html")
empty=$(cat "$work/empty.time")
tonkino=$(cat "$work/tonkino.time")
all=$(cat "$work/all.time")
printf 'report size: tonkino %d bytes (%.0f KiB, limit 1024 KiB), all five %d bytes (%.0f KiB)\n' \
  "$size" "$(echo "$size / 1024" | bc -l)" "$all_size" "$(echo "$all_size / 1024" | bc -l)"
printf 'chromium --dump-dom, median of %d runs: empty page %.2f s, tonkino %.2f s (ratio %.2f, extra %.2f s), all five %.2f s (ratio %.2f, extra %.2f s)\n' \
  "$runs" "$empty" "$tonkino" "$(echo "$tonkino / $empty" | bc -l)" "$(echo "$tonkino - $empty" | bc -l)" \
  "$all" "$(echo "$all / $empty" | bc -l)" "$(echo "$all - $empty" | bc -l)"
printf 'CPU time, median: empty page %.2f s, tonkino %.2f s (ratio %.2f, extra %.2f s), all five %.2f s (ratio %.2f)\n' \
  "$(cat "$work/empty.cpu")" "$(cat "$work/tonkino.cpu")" \
  "$(echo "$(cat "$work/tonkino.cpu") / $(cat "$work/empty.cpu")" | bc -l)" \
  "$(echo "$(cat "$work/tonkino.cpu") - $(cat "$work/empty.cpu")" | bc -l)" \
  "$(cat "$work/all.cpu")" "$(echo "$(cat "$work/all.cpu") / $(cat "$work/empty.cpu")" | bc -l)"
[ "$size" -lt $((1024 * 1024)) ] || { echo "tonkino's report is over 1 MB" >&2; exit 1; }
