#!/usr/bin/env bash
# Installs what eduroadmap needs to build and test, from Debian's packages
# only, and only what is missing (safe to run again). Needs root for apt-get.
set -euo pipefail

packages=(
  cmake ninja-build g++ clang libclang-rt-14-dev pkg-config
  libyaml-cpp-dev libboost-date-time-dev libboost-graph-dev
  doctest-dev nlohmann-json3-dev libcli11-dev
  libzip-dev libpugixml-dev python3-docx python3-odf
  abigail-tools binutils dpkg-dev file doxygen
  chromium
  python3 python3-pytest python3-jsonschema python3-yaml python3-icalendar mypy
  python3-venv python3-wheel-whl
  pre-commit php-cli
  zsh fish man-db groff-base
)
if [ "${1:-}" = "--bench" ]; then packages+=(libbenchmark-dev); fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
