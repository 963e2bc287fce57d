/// @file responsibles.hpp
/// @brief Responsible matching: a measure's «Ответственные» cell, as printed,
/// split into the bodies it names and matched against the roadmap's registry
/// of responsibles (the glossary «Принятые сокращения»).
///
/// A printed cell often names several bodies in one string: «КО, ОО»,
/// «МОУО\nГИМЦ, ГМО, ОО», or, with no separator at all, «КО МБОУ ДО «ТР ДЮЦ»».
/// The matcher splits at separators (comma, semicolon, line break) and, inside
/// a part without separators, by the longest registry names it contains.
/// Comparison is case-insensitive with ё = е (the library's text folding);
/// every quotation mark compares equal to every other. A name that is not in
/// the registry is kept as printed, with the closest registry name as a
/// suggestion. The full algorithm is in docs/format.md ("Responsible").
///
/// Everything here is pure: no I/O, no global state. A ResponsibleMatcher is
/// immutable after construction and may be used from many threads at once.
#ifndef EDUROADMAP_RESPONSIBLES_HPP
#define EDUROADMAP_RESPONSIBLES_HPP

#include <eduroadmap/detail/value_equality.hpp>
#include <eduroadmap/model.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap {

namespace detail {
struct CellUnit; // one folded code point of a cell (src/responsibles.cpp)
} // namespace detail

/// @brief How a mention was matched to a registry entry.
enum class MentionMatch {
    none,       ///< not in the registry
    id,         ///< the entry's `id` («ko»)
    short_name, ///< the entry's `short` name («КО»)
    full_name,  ///< the entry's `full` name
    alias,      ///< one of the entry's `aliases`
};

/// @brief `none`, `id`, `short`, `full` or `alias` (the format's field names).
std::string_view to_string(MentionMatch match) noexcept;

/// @brief One body named in a responsibles cell.
struct ResponsibleMention {
    std::string text;                      ///< as printed, trimmed of spaces and separators
    std::string id;                        ///< the registry id; empty when not matched
    MentionMatch match = MentionMatch::none; ///< how it was matched
    /// When not matched: the registry name closest to @ref text (a `short`,
    /// `full` or alias as written in the registry), empty when none is close
    /// enough to be a likely misspelling.
    std::string suggestion;
    std::string suggestion_id; ///< the registry id of @ref suggestion, empty without one
    /// Index of the cell's item it was read from (ResponsibleCell::names):
    /// always 0 for a text cell, the list position for a list cell.
    std::size_t item = 0;
    /// @brief True when the mention names a registry entry.
    bool matched() const noexcept { return match != MentionMatch::none; }
    /// Members compared by operator==.
    auto tie() const { return std::tie(text, id, match, suggestion, suggestion_id, item); }
    EDUROADMAP_VALUE_EQUALITY(ResponsibleMention)
};

/// @brief Matches responsibles cells against one registry.
///
/// Construction folds every registry name once; matching a cell is then
/// linear in the cell's length times the number of names. The matcher keeps
/// its own copy of what it needs and does not borrow the registry.
class ResponsibleMatcher {
public:
    /// @brief Prepares matching against @p registry (entries with an empty
    /// name or id are skipped for that name).
    explicit ResponsibleMatcher(const std::vector<Responsible> &registry);

    /// @brief The bodies a cell names, in printed order.
    ///
    /// A text cell (`listed == false`) is split at commas, semicolons and line
    /// breaks outside quotes and parentheses; a parenthesised «(далее – …)»
    /// (the document defining an abbreviation) is dropped; spaces, trailing
    /// dots and leading dashes are trimmed; parts with no letter or digit are
    /// dropped. A part that equals a registry id or name is one mention.
    /// Otherwise the part is scanned left to right for the longest registry
    /// names that start and end at word boundaries; the text between them is
    /// an unmatched mention. When the whole part is instead a near miss of
    /// one registry name (a misspelt long name that happens to contain a
    /// shorter one), the whole part is one unmatched mention with that
    /// suggestion. A list cell (`listed == true`) gives one mention per
    /// non-empty item, matched whole.
    /// @return the mentions; empty when the cell names nobody
    std::vector<ResponsibleMention> match(const ResponsibleCell &cell) const;

    /// @brief Matches one name, whole (no splitting): by id, then by name.
    ResponsibleMention match_name(std::string_view name) const;

    /// @brief True when the registry had no usable entry.
    bool empty() const noexcept { return names_.empty() && ids_.empty(); }

private:
    struct Name {
        std::u32string folded;   // matching form
        std::string printed;     // as written in the registry
        std::string id;          // the entry's id
        MentionMatch kind;       // which field it is
    };
    struct Candidate {           // for suggestions
        std::string text;        // compared with the mention
        std::size_t name;        // index into names_ of what is shown
    };
    using Units = std::vector<detail::CellUnit>;
    const Name *whole(const Units &units, std::size_t begin, std::size_t end) const;
    void match_part(std::string_view text, const Units &units, std::size_t begin, std::size_t end,
                    std::vector<ResponsibleMention> &out) const;
    ResponsibleMention unmatched(std::string text) const;
    static ResponsibleMention named(std::string text, const Name &name);
    static ResponsibleMention unnamed(std::string text);

    std::vector<Name> names_;            // every name, in registry order
    std::vector<std::size_t> longest_;   // indices into names_, longest first
    std::vector<Name> ids_;              // registry ids, matched whole only
    std::vector<Candidate> candidates_;  // names and the quoted cores of names
};

/// @brief Convenience: ResponsibleMatcher(registry).match(cell).
std::vector<ResponsibleMention> match_responsibles(const ResponsibleCell &cell,
                                                   const std::vector<Responsible> &registry);

} // namespace eduroadmap

#endif
