#include "rule_docs.hpp"

#include <algorithm>

namespace eduroadmap::detail {
extern const char rules_md[]; // docs/rules.md, embedded by cli/CMakeLists.txt
}

namespace eduroadmap::cli {

std::string rule_docs_entry(std::string_view rule) {
    const std::string_view docs = detail::rules_md;
    const std::string heading = "\n### `" + std::string(rule) + "`\n";
    const std::size_t start = docs.find(heading);
    if (start == std::string_view::npos) return {};
    // Lines after the heading up to the next heading; a `#` inside a fenced
    // example (a YAML comment) is no heading.
    std::size_t end = start + heading.size();
    bool in_fence = false;
    while (end < docs.size()) {
        const std::size_t eol = std::min(docs.find('\n', end), docs.size());
        const std::string_view line = docs.substr(end, eol - end);
        if (line.substr(0, 3) == "```") in_fence = !in_fence;
        if (!in_fence && !line.empty() && line.front() == '#') break;
        end = eol + 1;
    }
    std::string_view entry = docs.substr(start + 1, std::min(end, docs.size()) - start - 1);
    while (!entry.empty() && (entry.back() == '\n' || entry.back() == ' ')) entry.remove_suffix(1);
    return std::string(entry) + "\n";
}

std::string_view rule_summary(const RuleInfo &rule, Language language) {
    return language == Language::ru && !rule.summary_ru.empty() ? rule.summary_ru : rule.summary_en;
}

} // namespace eduroadmap::cli
