/// @file value_equality.hpp
/// @brief Member-wise equality for the model's value types (C++17 has no
/// defaulted operator==): a type lists its members once in `tie()`.
#ifndef EDUROADMAP_DETAIL_VALUE_EQUALITY_HPP
#define EDUROADMAP_DETAIL_VALUE_EQUALITY_HPP

#include <tuple>

/// Defines == and != for @p T by comparing `tie()` of both sides.
#define EDUROADMAP_VALUE_EQUALITY(T)                                                                                   \
    friend bool operator==(const T &a, const T &b) { return a.tie() == b.tie(); }                                      \
    friend bool operator!=(const T &a, const T &b) { return !(a == b); }

#endif
