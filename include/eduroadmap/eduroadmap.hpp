/// @file eduroadmap.hpp
/// @brief Umbrella header: the whole C++ API of eduroadmap.
#ifndef EDUROADMAP_EDUROADMAP_HPP
#define EDUROADMAP_EDUROADMAP_HPP

#include <eduroadmap/config.hpp>
#include <eduroadmap/deadline.hpp>
#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/io.hpp>
#include <eduroadmap/model.hpp>
#include <eduroadmap/resolve.hpp>
#include <eduroadmap/validate.hpp>
#include <eduroadmap/version.hpp>
#include <eduroadmap/window.hpp>

#endif
