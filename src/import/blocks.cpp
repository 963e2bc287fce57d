#include "import/blocks.hpp"

namespace eduroadmap::detail::importer {

std::string Para::shown() const {
    if (label.empty()) return text;
    return text.empty() ? label : label + " " + text;
}

} // namespace eduroadmap::detail::importer
