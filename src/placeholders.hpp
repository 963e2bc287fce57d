// Message templates with {name} placeholders: the rules' messages and hints
// (diagnostics.cpp) and the scorecard's reasons (src/score/) are filled the same way.
#ifndef EDUROADMAP_SRC_PLACEHOLDERS_HPP
#define EDUROADMAP_SRC_PLACEHOLDERS_HPP

#include <eduroadmap/diagnostics.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap::detail {

// Fills the {name} placeholders of @p tpl from @p args. A placeholder without
// a value makes the whole text empty when @p all_or_nothing (hints that need
// a suggestion), and is left as written otherwise.
std::string fill_placeholders(std::string_view tpl, const std::vector<MessageArg> &args, bool all_or_nothing);

} // namespace eduroadmap::detail

#endif
