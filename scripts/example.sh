#!/usr/bin/env bash
# Builds eduroadmap and validates a bundled real roadmap (Tosno 2021).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --parallel 2 --target eduroadmap_cli
set +e
./build/cli/eduroadmap validate --lang "${ERM_LANG:-ru}" examples/tosno-2021.yaml
status=$?
set -e
case $status in
  0) echo "example: the roadmap has no errors (exit status 0)" ;;
  1) echo "example: the validator found errors in the roadmap (exit status 1, as documented)" ;;
  *) echo "example: the validator failed (exit status $status)" >&2; exit "$status" ;;
esac
