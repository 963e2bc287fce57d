// score(): every catalog direction × every component of the model.
#include "score/components.hpp"

#include <eduroadmap/catalog.hpp>
#include <eduroadmap/coverage.hpp>
#include <eduroadmap/score.hpp>

#include <algorithm>
#include <optional>

namespace eduroadmap {

namespace {

// A direction the plan has no section for: every component 0, and why.
ComponentScore without_section(const ComponentRule &rule) {
    ComponentScore c;
    c.component = rule.component;
    c.weight = rule.weight;
    c.reason = {"no-section", "в плане нет раздела по этому направлению", "the plan has no section for this direction"};
    return c;
}

} // namespace

Scorecard score(const ResolvedRoadmap &roadmap, const ScoreModel &model) {
    Scorecard card;
    card.roadmap = roadmap.roadmap->id;
    card.title = roadmap.roadmap->title;
    card.catalog = roadmap.catalog ? roadmap.catalog->id : std::string();
    card.model = model.id;
    card.model_title = model.title;
    card.components = model.components;
    // The matrix resolve() built, or one of our own for a hand-made ResolvedRoadmap.
    std::optional<Coverage> own;
    if (!roadmap.coverage) own = coverage(roadmap);
    const Coverage &matrix = roadmap.coverage ? *roadmap.coverage : *own;
    const detail::RegistryNames registry = detail::registry_names(*roadmap.roadmap);
    for (const CoverageRow &row : matrix.rows) {
        if (!row.direction || !matrix.catalog) continue; // sections outside the catalog are not scored
        const CatalogDirection &catalog_direction = matrix.catalog->directions.at(*row.direction);
        ScoredDirection d;
        d.direction = *row.direction;
        d.code = catalog_direction.code;
        d.slug = catalog_direction.slug;
        d.title = catalog_direction.title;
        d.sections = row.sections;
        const detail::DirectionContext context{roadmap, model, row, registry,
                                               detail::direction_indicators(roadmap, row)};
        for (const ComponentRule &rule : model.components) {
            ComponentScore c = without_section(rule);
            if (!row.sections.empty()) {
                c.reason = {};
                detail::score_component(context, rule, c);
                // What earned the points first; printed order kept within each part.
                std::stable_partition(c.evidence.begin(), c.evidence.end(), [](const Evidence &e) { return e.sound; });
            }
            d.total += c.weighted();
            d.maximum += c.maximum();
            d.components.push_back(std::move(c));
        }
        card.total += d.total;
        card.maximum += d.maximum;
        card.directions.push_back(std::move(d));
    }
    return card;
}

Scorecard score(const ResolvedRoadmap &roadmap) { return score(roadmap, default_score_model()); }

} // namespace eduroadmap
