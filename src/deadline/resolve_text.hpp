// The deadline resolver for the library's own callers (resolve(), the C
// API): resolve_deadline without its last-resort catch of std::bad_alloc,
// so that running out of memory reaches the caller (ERM_E_NO_MEMORY) instead
// of turning a deadline into an unrecognized text.
#ifndef EDUROADMAP_SRC_DEADLINE_RESOLVE_TEXT_HPP
#define EDUROADMAP_SRC_DEADLINE_RESOLVE_TEXT_HPP

#include <eduroadmap/deadline.hpp>

#include <string_view>

namespace eduroadmap::detail {

// As resolve_deadline(); throws std::bad_alloc when memory runs out.
Deadline resolve_text(std::string_view text, const Window &period);

} // namespace eduroadmap::detail

#endif
