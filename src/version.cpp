#include <eduroadmap/version.hpp>

namespace eduroadmap {
const char *version() noexcept { return EDUROADMAP_VERSION_STRING; }
} // namespace eduroadmap
