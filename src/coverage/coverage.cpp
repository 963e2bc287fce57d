#include "build_counts.hpp"

#include <eduroadmap/coverage.hpp>

#include <algorithm>
#include <atomic>

namespace eduroadmap {
namespace {
std::atomic<std::size_t> matrices_built{0};
} // namespace

std::size_t detail::coverage_matrices_built() noexcept { return matrices_built.load(std::memory_order_relaxed); }

Coverage coverage(const ResolvedRoadmap &rm) {
    matrices_built.fetch_add(1, std::memory_order_relaxed);
    Coverage c;
    c.catalog = rm.catalog;
    c.required = rm.required_stages;
    const std::size_t directions = rm.catalog ? rm.catalog->directions.size() : 0;
    c.rows.resize(directions);
    for (std::size_t d = 0; d < directions; ++d) c.rows[d].direction = d;
    // The row of each section: its direction's, or a row of its own.
    std::vector<std::size_t> row_of(rm.roadmap->sections.size());
    for (std::size_t s = 0; s < row_of.size(); ++s) {
        const bool matched = s < rm.sections.size() && rm.sections[s].direction;
        if (matched) {
            row_of[s] = *rm.sections[s].direction;
        } else {
            row_of[s] = c.rows.size();
            c.rows.emplace_back();
        }
        CoverageRow &row = c.rows[row_of[s]];
        row.sections.push_back(s);
        if (const auto &passport = rm.roadmap->sections[s].passport)
            for (const auto &[stage, text] : passport->cycle)
                if (text.find_first_not_of(" \t\r\n") != std::string::npos)
                    row.cells[static_cast<std::size_t>(stage)].passports.push_back(s);
    }
    for (std::size_t i = 0; i < rm.measures.size(); ++i) {
        CoverageRow &row = c.rows[row_of[rm.measures[i].ref.section]];
        const MeasureStage &stage = rm.measures[i].stage;
        row.cells[static_cast<std::size_t>(stage.stage)].measures.push_back(i);
        for (Stage also : stage.also) row.cells[static_cast<std::size_t>(also)].measures.push_back(i);
        ++row.measure_count;
    }
    for (std::size_t d = 0; d < directions; ++d) {
        CoverageRow &row = c.rows[d];
        if (row.sections.empty()) continue;
        for (Stage stage : all_stages)
            if (std::find(c.required.begin(), c.required.end(), stage) != c.required.end() &&
                !row.cell(stage).covered())
                row.missing.push_back(stage);
    }
    return c;
}

} // namespace eduroadmap
