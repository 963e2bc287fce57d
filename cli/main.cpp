#include <eduroadmap/version.hpp>
#include <cstdio>
int main() { std::puts(eduroadmap::version()); }
