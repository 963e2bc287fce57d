// Tests for <eduroadmap/coverage.hpp>: the directions × stages matrix, with
// the measures and passport blocks behind each cell.
#include <eduroadmap/coverage.hpp>
#include <eduroadmap/io.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace eduroadmap;

namespace {

std::vector<std::string> ids(const ResolvedRoadmap &rm, const CoverageCell &cell) {
    std::vector<std::string> out;
    for (std::size_t i : cell.measures) out.push_back(rm.measures[i].id);
    return out;
}

} // namespace

TEST_CASE("measures fill the cells of their section's direction at their stage") {
    LoadResult r = load_string(R"(schema: eduroadmap/1
id: c
title: T
period: 2021
sections:
  - title: Нормативно-правовое обеспечение
    measures:
      - {number: "1", title: Утверждение Плана мероприятий}
  - title: Система развития таланта
    passport:
      cycle:
        review: Анализ эффективности принятых мер
        analysis: "  "
    measures:
      - {number: "2", title: Мониторинг участия в олимпиадах}
      - {number: "3", title: Анализ результатов олимпиад}
      - {number: "4", title: Конкурс, stage: recommendations}
  - title: Организация работы с талантливыми детьми и молодежью
    measures:
      - {number: "5", title: Проведение мониторинга одаренных детей}
)");
    REQUIRE(r.ok());
    ResolvedRoadmap rm = resolve(r.document->roadmap);
    Coverage c = coverage(rm);
    CHECK(c.catalog == &default_catalog());
    REQUIRE(c.rows.size() == 10); // nine directions, then the extra section
    const CoverageRow &talents = c.rows[2];
    CHECK(talents.direction == std::optional<std::size_t>{2});
    CHECK(talents.sections == std::vector<std::size_t>{1, 2});
    CHECK(talents.measure_count == 4);
    CHECK(ids(rm, talents.cell(Stage::monitoring)) == std::vector<std::string>{"2", "5"});
    CHECK(ids(rm, talents.cell(Stage::analysis)) == std::vector<std::string>{"3"});
    CHECK(ids(rm, talents.cell(Stage::recommendations)) == std::vector<std::string>{"4"});
    // A passport block with text covers its stage; a blank one does not.
    CHECK(talents.cell(Stage::review).passports == std::vector<std::size_t>{1});
    CHECK(talents.cell(Stage::review).covered());
    CHECK(talents.cell(Stage::analysis).passports.empty());
    CHECK(talents.missing == std::vector<Stage>{Stage::decisions});
    // A direction without sections lists nothing missing: direction-missing says it.
    CHECK(c.rows[0].sections.empty());
    CHECK(c.rows[0].missing.empty());
    // The extra section is a row of its own, outside the catalog.
    const CoverageRow &extra = c.rows[9];
    CHECK_FALSE(extra.direction);
    CHECK(extra.sections == std::vector<std::size_t>{0});
    CHECK(ids(rm, extra.cell(Stage::decisions)) == std::vector<std::string>{"1"});
    CHECK(extra.missing.empty());
}

TEST_CASE("the required stages come from the resolution options") {
    LoadResult r = load_string(R"(schema: eduroadmap/1
id: c
title: T
period: 2021
sections:
  - title: Система методической работы
    measures:
      - {number: "1", title: Семинар}
)");
    REQUIRE(r.ok());
    ResolveOptions options;
    options.required_stages = {Stage::goals, Stage::measures};
    ResolvedRoadmap rm = resolve(r.document->roadmap, options);
    Coverage c = coverage(rm);
    CHECK(c.required == std::vector<Stage>{Stage::goals, Stage::measures});
    CHECK(c.rows[7].missing == std::vector<Stage>{Stage::goals});
}

TEST_CASE("Tosno: the coverage matrix of the Tosno roadmap") {
    LoadResult r = load_file(std::string(ERM_SOURCE_DIR) + "/examples/tosno-2021.yaml");
    REQUIRE(r.document);
    ResolvedRoadmap rm = resolve(r.document->roadmap);
    Coverage c = coverage(rm);
    // Objectivity (2.1) and methodical work (2.4) have no section.
    CHECK(c.rows[4].sections.empty());
    CHECK(c.rows[7].sections.empty());
    // Direction 1.1 holds measures 11–29; 19 and 24 prepare recommendations, 20 takes decisions.
    CHECK(c.rows[0].measure_count == 19);
    CHECK(ids(rm, c.rows[0].cell(Stage::recommendations)) == std::vector<std::string>{"19", "24"});
    CHECK(ids(rm, c.rows[0].cell(Stage::decisions)) == std::vector<std::string>{"20"});
    // Upbringing (2.5): a programme approved and implemented, nothing monitored.
    CHECK(c.rows[8].missing ==
          std::vector<Stage>{Stage::monitoring, Stage::analysis, Stage::recommendations, Stage::review});
}
