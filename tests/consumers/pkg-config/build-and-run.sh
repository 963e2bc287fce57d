#!/bin/sh
# Builds the consumers with plain compilers and pkg-config against an
# installed tree, then runs them.  Usage: build-and-run.sh PREFIX LIBDIR OUTDIR ROADMAP
set -eu
prefix=$1 libdir=$2 out=$3 roadmap=$4
here=$(cd "$(dirname "$0")/.." && pwd)
export PKG_CONFIG_PATH="$prefix/$libdir/pkgconfig"
mkdir -p "$out"
echo "eduroadmap-c: $(pkg-config --modversion eduroadmap-c): $(pkg-config --cflags --libs eduroadmap-c)"
# The two ways docs/c-api.md gives to find the shared library at run time:
# the loader path (LD_LIBRARY_PATH), and an rpath taken from pkg-config.
# shellcheck disable=SC2046
cc -std=c99 -Wall -Wextra -pedantic -Werror -o "$out/consumer_c" "$here/consumer.c" $(pkg-config --cflags --libs eduroadmap-c)
# shellcheck disable=SC2046
cc -std=c99 -Wall -Wextra -pedantic -Werror -o "$out/consumer_c_rpath" "$here/consumer.c" $(pkg-config --cflags --libs eduroadmap-c) \
  -Wl,-rpath,"$(pkg-config --variable=libdir eduroadmap-c)"
# shellcheck disable=SC2046
c++ -std=c++17 -o "$out/consumer_cpp" "$here/consumer.cpp" $(pkg-config --cflags --libs eduroadmap)
LD_LIBRARY_PATH="$prefix/$libdir" "$out/consumer_c" "$roadmap"
env -u LD_LIBRARY_PATH "$out/consumer_c_rpath" "$roadmap"
"$out/consumer_cpp" "$roadmap"
