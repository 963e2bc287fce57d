#!/usr/bin/env bash
# Builds the Debian packages of eduroadmap (docs/packages.md) in
# build-package/packages/: eduroadmap, libeduroadmap-c0, libeduroadmap-dev,
# php-eduroadmap, python3-eduroadmap and the -dbgsym debug-info packages.
# Installs what is missing first (scripts/install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build-package -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr \
  -DCMAKE_UNITY_BUILD=ON -DEDUROADMAP_TESTS=OFF >/dev/null
cmake --build build-package --parallel "$(nproc)"
rm -rf build-package/packages
(cd build-package && cpack -G DEB)
ls -1 build-package/packages/*.deb build-package/packages/*.ddeb
