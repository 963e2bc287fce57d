/// @file coverage.hpp
/// @brief The coverage matrix: directions × stages of the management cycle,
/// with the measures (and passport blocks) behind each cell (docs/catalogs.md,
/// "Coverage and the cycle rules").
///
/// Rows are the catalog's directions in catalog order, then one row per
/// section outside the catalog. A measure counts in the row of its section at
/// its stage (declared or inferred, see stages.hpp); a passport's
/// management-cycle block with text covers its stage too. A query over a
/// resolved roadmap: pure, safe from many threads.
#ifndef EDUROADMAP_COVERAGE_HPP
#define EDUROADMAP_COVERAGE_HPP

#include <eduroadmap/resolve.hpp>

#include <array>
#include <iterator>
#include <cstddef>
#include <optional>
#include <vector>

namespace eduroadmap {

/// @brief One cell: what covers a stage of a row.
struct CoverageCell {
    /// The measures at this stage (deciding or MeasureStage::also), as indices into ResolvedRoadmap::measures, in printed order.
    std::vector<std::size_t> measures;
    /// Sections (indices) whose passport has this stage's cycle block.
    std::vector<std::size_t> passports;
    /// @brief True when a measure or a passport block covers the stage.
    bool covered() const noexcept { return !measures.empty() || !passports.empty(); }
};

/// @brief A row of the matrix: a catalog direction, or a section outside the catalog.
struct CoverageRow {
    /// Index of the direction in the catalog; nothing for a section outside it.
    std::optional<std::size_t> direction;
    /// The sections of the row (indices into Roadmap::sections), in printed order.
    std::vector<std::size_t> sections;
    /// The cells, indexed by `static_cast<std::size_t>(Stage)`.
    std::array<CoverageCell, std::size(all_stages)> cells{};
    /// Number of measures in the row.
    std::size_t measure_count = 0;
    /// Required stages no measure or passport block covers, in cycle order.
    /// Empty for a direction without sections and for rows outside the catalog.
    std::vector<Stage> missing;
    /// @brief The cell of @p stage.
    const CoverageCell &cell(Stage stage) const noexcept { return cells[static_cast<std::size_t>(stage)]; }
};

/// @brief The whole matrix.
struct Coverage {
    const Catalog *catalog = nullptr; ///< the catalog of the rows (borrowed from the resolved roadmap)
    std::vector<Stage> required;      ///< the stages each direction must cover
    std::vector<CoverageRow> rows;    ///< the catalog's directions, then sections outside it
};

/// @brief Builds the coverage matrix of a resolved roadmap. The result
/// borrows the catalog of @p roadmap.
Coverage coverage(const ResolvedRoadmap &roadmap);

} // namespace eduroadmap

#endif
