/// @file catalog.hpp
/// @brief Direction catalogs (docs/catalogs.md): the nine directions of the
/// federal model or a region's own list, and the matching of printed section
/// titles to them.
///
/// A catalog is data: a YAML file (docs/catalogs.md). The built-in catalogs
/// (`fioko-2020`, the default, and `lenobl-2021`) are compiled into the
/// library from `catalogs/*.yaml` and parsed on first use. Everything here is
/// pure; reading a catalog file or text, finding one by name or path and
/// choosing the one a roadmap is checked against live at the edge
/// (catalog_io.hpp).
///
/// Thread safety: a Catalog is an immutable value once built; every function
/// here may be called from many threads at once.
#ifndef EDUROADMAP_CATALOG_HPP
#define EDUROADMAP_CATALOG_HPP

#include <eduroadmap/model.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap {

/// @brief A weighted keyword of a direction: one or more word stems that must
/// follow each other in a title («низк результат» matches «низкими
/// результатами»). Stems are compared with folded text (case, ё = е).
struct CatalogKeyword {
    std::string text;               ///< as written in the catalog: «низк результат»
    std::vector<std::string> stems; ///< folded stems, in order
    double weight = 0;              ///< added to the direction's score when found (may be negative)
    /// Members compared by operator==.
    auto tie() const { return std::tie(text, stems, weight); }
    EDUROADMAP_VALUE_EQUALITY(CatalogKeyword)
};

/// @brief One direction of a catalog.
struct CatalogDirection {
    std::string code;                     ///< «1.3»
    std::string slug;                     ///< «talents»
    std::string title;                    ///< the official title
    std::vector<std::string> aliases;     ///< other titles plans print for it
    std::vector<CatalogKeyword> keywords; ///< weighted keywords for titles that are neither
    /// Members compared by operator==.
    auto tie() const { return std::tie(code, slug, title, aliases, keywords); }
    EDUROADMAP_VALUE_EQUALITY(CatalogDirection)
};

/// @brief When keyword scores decide a match (see match_title).
struct MatchThresholds {
    double accept = 4;   ///< the best score must reach this …
    double margin = 1.5; ///< … and beat the runner-up by this much
    double floor = 2;    ///< below this for every direction, a title is outside the catalog
    /// Members compared by operator==.
    auto tie() const { return std::tie(accept, margin, floor); }
    EDUROADMAP_VALUE_EQUALITY(MatchThresholds)
};

/// @brief A catalog of directions.
struct Catalog {
    std::string id;                           ///< «fioko-2020»
    std::string title;                        ///< human-readable name
    std::string description;                  ///< free text
    MatchThresholds thresholds;               ///< keyword-matching thresholds
    std::vector<CatalogDirection> directions; ///< in catalog order
    /// @brief The index of the direction whose code or slug is @p key
    /// (case-insensitive; a trailing dot of a code is ignored), or nothing.
    std::optional<std::size_t> find(std::string_view key) const;
    /// Members compared by operator==.
    auto tie() const { return std::tie(id, title, description, thresholds, directions); }
    EDUROADMAP_VALUE_EQUALITY(Catalog)
};

/// @brief How a section (or any title) was matched to a direction.
enum class MatchKind {
    pinned,         ///< the section names the direction (`direction: 1.3` or `talents`)
    exact_title,    ///< the title is the direction's official title (normalised)
    alias,          ///< the title is one of the direction's aliases (normalised)
    keywords,       ///< weighted keywords decided, with a score
    declared_extra, ///< the section says `extra: true`
    extra,          ///< no keyword of any direction scores: outside the catalog
    unknown,        ///< a pin naming no direction, or keywords that do not decide
};
/// @brief `pinned`, `exact-title`, `alias`, `keywords`, `declared-extra`, `extra`, `unknown`.
std::string_view to_string(MatchKind kind) noexcept;

/// @brief A direction's keyword score for a title.
struct DirectionScore {
    std::size_t direction = 0;         ///< index in Catalog::directions
    double score = 0;                  ///< sum of the weights found
    std::vector<std::string> keywords; ///< the keywords found, as written in the catalog
};

/// @brief The result of matching a title to a catalog.
struct DirectionMatch {
    MatchKind kind = MatchKind::extra;    ///< how it was decided
    std::optional<std::size_t> direction; ///< index in Catalog::directions; set for pinned, exact_title, alias, keywords
    double score = 0;                     ///< the deciding keyword score (keywords, unknown)
    std::string matched;                  ///< the pin, the alias, or the keywords found (joined by «, »)
    /// Directions with a non-zero score, best first (at most three), for
    /// explanations and "did you mean" suggestions.
    std::vector<DirectionScore> candidates;
    /// @brief True when a direction was found.
    bool matched_direction() const noexcept { return direction.has_value(); }
};

/// @brief The folded, normalised form of a title used for exact and alias
/// comparison: lower case, ё = е, quotes and punctuation dropped, a leading
/// number («1.», «II.») and a leading «Направление»/«Трек» removed.
std::string normalise_title(std::string_view title);

/// @brief Keyword scores of every direction for @p text, highest first (ties
/// in catalog order); directions whose keywords are all absent score 0.
std::vector<DirectionScore> score_title(const Catalog &catalog, std::string_view text);

/// @brief Matches a printed title: the official title or an alias after
/// normalisation, else weighted keywords. The best keyword score is accepted
/// when it reaches `accept` and beats the runner-up by `margin`; when no
/// direction reaches `floor`, the title is outside the catalog (`extra`);
/// anything in between is `unknown` (with the candidates).
DirectionMatch match_title(const Catalog &catalog, std::string_view title);

/// @brief Matches a section: its `direction:` pin (code or slug; a pin that
/// names no direction is `unknown`), else `extra: true`, else its title.
DirectionMatch match_section(const Catalog &catalog, const Section &section);

/// @brief The default catalog, `fioko-2020` (built in).
const Catalog &default_catalog();

/// @brief A built-in catalog by id, or nullptr. Built-in catalogs are parsed
/// once, on first use, and live for the whole program.
const Catalog *builtin_catalog(std::string_view id);

/// @brief Ids of the built-in catalogs, the default first.
std::vector<std::string> builtin_catalog_ids();

} // namespace eduroadmap

#endif
