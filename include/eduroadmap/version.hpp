/// @file version.hpp
/// @brief Compile-time version of eduroadmap (the single place the version is defined).
#ifndef EDUROADMAP_VERSION_HPP
#define EDUROADMAP_VERSION_HPP

/// Major version: changes when the C++ API breaks. (The C library's ABI has
/// its own version, ERM_ABI_VERSION in <eduroadmap/eduroadmap.h>.)
#define EDUROADMAP_VERSION_MAJOR 0
/// Minor version: new features, compatible.
#define EDUROADMAP_VERSION_MINOR 1
/// Patch version: fixes only.
#define EDUROADMAP_VERSION_PATCH 0
/// The version as a string literal.
#define EDUROADMAP_VERSION_STRING "0.1.0"

namespace eduroadmap {
/// @brief The library's version string at run time (may differ from the header
/// the caller was compiled against when linked dynamically).
const char *version() noexcept;
} // namespace eduroadmap

#endif
