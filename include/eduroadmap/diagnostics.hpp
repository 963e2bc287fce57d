/// @file diagnostics.hpp
/// @brief Diagnostics: what the loader and the rules report, and the rule catalog.
#ifndef EDUROADMAP_DIAGNOSTICS_HPP
#define EDUROADMAP_DIAGNOSTICS_HPP

#include <eduroadmap/detail/value_equality.hpp>
#include <eduroadmap/source_map.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace eduroadmap {

/// @brief How serious a finding is. Ordered: error > warning > info.
enum class Severity { info = 0, warning = 1, error = 2 };
/// @brief `error`, `warning` or `info`.
std::string_view to_string(Severity severity) noexcept;
/// @brief Reads `error`, `warning` or `info`; nothing otherwise.
std::optional<Severity> parse_severity(std::string_view name) noexcept;

/// @brief Language of messages and hints.
enum class Language { ru, en };
/// @brief `ru` or `en`.
std::string_view to_string(Language language) noexcept;
/// @brief Reads `ru` or `en`; nothing otherwise.
std::optional<Language> parse_language(std::string_view name) noexcept;

/// @brief One named value substituted into a rule's message template.
using MessageArg = std::pair<std::string, std::string>;

/// @brief A finding: which rule, how serious, where, and the values its
/// message needs. The text itself is rendered per language on demand.
struct Diagnostic {
    std::string rule;              ///< stable rule id, kebab-case (`deadline-unrecognized`)
    Severity severity = Severity::error; ///< effective severity
    std::string path;              ///< node path: `sections[2].measures[4].deadline`, empty for the file
    Location location;             ///< file, line and column
    std::vector<MessageArg> args;  ///< values for the message and hint templates
    /// @brief The value of a named argument, empty when absent.
    std::string arg(std::string_view name) const;
    /// Members compared by operator==.
    auto tie() const { return std::tie(rule, severity, path, location, args); }
    EDUROADMAP_VALUE_EQUALITY(Diagnostic)
};

/// @brief A validation rule's fixed description: id, default severity,
/// message and hint templates in both languages (placeholders `{name}`),
/// where it is documented and whether it needs the right catalog.
struct RuleInfo {
    std::string_view id;               ///< stable id
    Severity default_severity;         ///< severity unless configured otherwise
    std::string_view summary_en;       ///< one line: what it catches
    std::string_view message_ru;       ///< message template, Russian
    std::string_view message_en;       ///< message template, English
    std::string_view hint_ru;          ///< fix hint template, Russian (may be empty)
    std::string_view hint_en;          ///< fix hint template, English (may be empty)
    /// Its documentation, relative to the docs folder: `rules.md#<id>`.
    std::string_view docs{};
    /// True when its findings mean nothing without the right direction
    /// catalog; validation skips it when the named catalog cannot be had.
    bool needs_catalog = false;
};

/// @brief Every rule the library knows, in catalog order (docs/rules.md).
const std::vector<RuleInfo> &rule_catalog();
/// @brief The rule with that id, or nullptr.
const RuleInfo *find_rule(std::string_view id) noexcept;

/// @brief The diagnostic's message in @p language, placeholders filled in.
std::string message(const Diagnostic &diagnostic, Language language);
/// @brief The diagnostic's fix hint in @p language; empty when the rule has none.
std::string hint(const Diagnostic &diagnostic, Language language);

/// @brief Counts of findings by severity.
struct Tally {
    std::size_t errors = 0;   ///< number of errors
    std::size_t warnings = 0; ///< number of warnings
    std::size_t infos = 0;    ///< number of infos
    /// @brief Adds one finding of @p severity.
    void add(Severity severity) noexcept;
};
/// @brief Counts @p diagnostics by severity.
Tally tally(const std::vector<Diagnostic> &diagnostics) noexcept;

} // namespace eduroadmap

#endif
