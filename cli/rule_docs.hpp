// The rule catalog as people read it in a terminal: `eduroadmap rules` and
// `eduroadmap explain RULE`. The entries of docs/rules.md are built into
// the tool, so that explain works without the documentation at hand.
#ifndef EDUROADMAP_CLI_RULE_DOCS_HPP
#define EDUROADMAP_CLI_RULE_DOCS_HPP

#include <eduroadmap/diagnostics.hpp>

#include <string>
#include <string_view>

namespace eduroadmap::cli {

// The section of docs/rules.md about @p rule: from its `### \\`rule\\``
// heading up to the next heading, without trailing blank lines; empty when
// there is none.
std::string rule_docs_entry(std::string_view rule);

// The rule's one-line summary in @p language.
std::string_view rule_summary(const RuleInfo &rule, Language language);

} // namespace eduroadmap::cli

#endif
