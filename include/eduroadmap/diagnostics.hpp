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
/// @brief The severity in words of @p language: `error` / «ошибка»,
/// `warning` / «предупреждение», `info` / «замечание».
std::string_view to_string(Severity severity, Language language) noexcept;

/// @brief One named value substituted into a rule's message template.
using MessageArg = std::pair<std::string, std::string>;

/// @brief Where a finding stands in the printed document — a measure or a
/// section as the document numbers it — beside its YAML line and column.
/// Rendered by describe(): «мероприятие 12 раздела 3» / "measure 12 of section 3".
struct DocumentRef {
    /// What the reference names.
    enum class Kind {
        none,    ///< nothing of the plan's table (the file, the registry, an indicator)
        section, ///< a section (its title, number, passport …)
        measure, ///< a measure (one of its cells)
    };
    Kind kind = Kind::none;        ///< what it names
    std::string section;           ///< the section's printed number («3», «2.1»); empty when unnumbered
    std::size_t section_place = 0; ///< the section's 1-based place in the table
    /// The section's title as printed: names an unnumbered section of a
    /// roadmap whose other sections are numbered.
    std::string section_title;
    bool sections_numbered = false; ///< some section of the roadmap prints a number
    std::string group;             ///< the printed number of the measure's sub-heading («IV»); empty when none or unnumbered
    std::string group_title;       ///< the sub-heading's title, for an unnumbered sub-heading; empty otherwise
    std::string measure;           ///< the measure's printed number without trailing dots («12», «6.1»); empty when unnumbered
    std::size_t row = 0;           ///< the measure's 1-based place in its section's or sub-heading's list
    /// Members compared by operator==.
    auto tie() const {
        return std::tie(kind, section, section_place, section_title, sections_numbered, group, group_title, measure,
                        row);
    }
    EDUROADMAP_VALUE_EQUALITY(DocumentRef)
};

/// @brief The reference in words: «мероприятие 12 раздела 3», «раздел 3»,
/// "measure 5 of group IV of section 2.1", "unnumbered measure (row 4) of
/// section 3". A section without a printed number is named by its place when
/// no section of the roadmap is numbered, else by the start of its title.
/// Empty for DocumentRef::Kind::none.
std::string describe(const DocumentRef &reference, Language language);

/// @brief Another place a finding names (the first of two duplicates), with
/// what it is there.
struct RelatedLocation {
    std::string path;      ///< node path
    Location location;     ///< file, line and column (set by validation)
    DocumentRef document;  ///< where it stands in the document (set by validation)
    std::string label_ru;  ///< what it is there, Russian («впервые здесь»)
    std::string label_en;  ///< what it is there, English ("first here")
    /// Members compared by operator==.
    auto tie() const { return std::tie(path, location, document, label_ru, label_en); }
    EDUROADMAP_VALUE_EQUALITY(RelatedLocation)
};

/// @brief A finding: which rule, how serious, where, and the values its
/// message needs. The text itself is rendered per language on demand.
struct Diagnostic {
    std::string rule;              ///< stable rule id, kebab-case (`deadline-unrecognized`)
    Severity severity = Severity::error; ///< effective severity
    std::string path;              ///< node path: `sections[2].measures[4].deadline`, empty for the file
    Location location;             ///< file, line and column
    std::vector<MessageArg> args;  ///< values for the message and hint templates
    /// The stable id of its cause (Report::groups): findings that share a
    /// cause share it. Set by validation; the same for the same cause across
    /// runs and unaffected by edits elsewhere in the file.
    std::string group{};
    DocumentRef document{};               ///< where it stands in the printed document (set by validation)
    std::vector<RelatedLocation> related{}; ///< other places it names
    /// @brief The value of a named argument, empty when absent.
    std::string arg(std::string_view name) const;
    /// Members compared by operator==.
    auto tie() const { return std::tie(rule, severity, path, location, args, group, document, related); }
    EDUROADMAP_VALUE_EQUALITY(Diagnostic)
};

/// @brief What kind of defect a rule finds, in the order a plan's owner fixes
/// them: the file first, then the plan's structure, its management cycle, its
/// dates, its cells. Findings of severity info come after all of them
/// (RuleCategory::information) whatever their rule's category.
enum class RuleCategory {
    file,        ///< the file cannot be read as a roadmap (YAML, limits, fields)
    structure,   ///< directions, sections, numbering, misplaced and duplicated measures, the plan's metadata
    cycle,       ///< the management cycle: stages, indicators
    dates,       ///< deadlines and their order
    cells,       ///< empty or shifted cells, responsibles
    information, ///< worth knowing, nothing to fix
};
/// @brief `file`, `structure`, `cycle`, `dates`, `cells`, `information`.
std::string_view to_string(RuleCategory category) noexcept;

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
    /// What kind of defect it finds: where its findings rank (Report::groups).
    RuleCategory category = RuleCategory::structure;
    /// One line: what it catches, Russian (summary_en's counterpart).
    std::string_view summary_ru{};
};

/// @brief Every rule the library knows, in catalog order (docs/rules.md).
const std::vector<RuleInfo> &rule_catalog();
/// @brief The rule with that id, or nullptr.
const RuleInfo *find_rule(std::string_view id) noexcept;

/// @brief The diagnostic's message in @p language, placeholders filled in.
std::string message(const Diagnostic &diagnostic, Language language);
/// @brief The diagnostic's fix hint in @p language; empty when the rule has none.
std::string hint(const Diagnostic &diagnostic, Language language);

/// @brief Findings that share a cause: what people read as one entry of a
/// report — one finding with all its locations, one message, one hint.
struct DiagnosticGroup {
    std::string id;                      ///< stable id: Diagnostic::group of its members
    std::string rule;                    ///< the rule of its findings
    Severity severity = Severity::error; ///< the most serious of its findings
    RuleCategory category = RuleCategory::structure; ///< where it ranks: its rule's, or information for an info
    /// Its findings: indices into the report's diagnostics, in report order.
    /// The first is its primary location.
    std::vector<std::size_t> members;
    /// Which of its rule's group texts words it; empty: its first finding's
    /// own message and hint.
    std::string text{};
    std::vector<MessageArg> args{}; ///< values for that text, `count` among them
    /// @brief The number of its findings.
    std::size_t count() const noexcept { return members.size(); }
    /// @brief The value of a named argument, empty when absent.
    std::string arg(std::string_view name) const;
    /// Members compared by operator==.
    auto tie() const { return std::tie(id, rule, severity, category, members, text, args); }
    EDUROADMAP_VALUE_EQUALITY(DiagnosticGroup)
};

/// @brief The group's message in @p language: its rule's group text filled
/// in, or, when it has none, its first finding's message.
/// @param diagnostics the report's findings, which DiagnosticGroup::members index
std::string message(const DiagnosticGroup &group, const std::vector<Diagnostic> &diagnostics, Language language);
/// @brief The group's fix hint in @p language; empty when there is none.
std::string hint(const DiagnosticGroup &group, const std::vector<Diagnostic> &diagnostics, Language language);

/// @brief Several references folded as a reader counts them: measures of one
/// section by their printed numbers, consecutive numbers as a range —
/// «мероприятия 3–7, 12 раздела 2; мероприятие 4 раздела 5»,
/// "measures 3–7, 12 of section 2; measure 4 of section 5". References of
/// kind none are left out; an empty text when nothing is left.
std::string describe(const std::vector<DocumentRef> &references, Language language);

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
