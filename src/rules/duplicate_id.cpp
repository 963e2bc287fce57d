// duplicate-id: two measures with the same id (ResolvedMeasure::id: the
// explicit `id`, else the printed number, section-qualified when the number
// recurs in another section — so two rows numbered 5 in one list collide),
// two registry entries or two indicators with the same id. Reported at the
// second occurrence, naming where the first is.
//
// Numbers that restart under each group heading of one section (the Tonkino roadmap:
// «I» 1, 2, 3, «II» 1, 2) give equal default ids in different lists; that is
// how the document numbers, not a defect, and is not reported. An explicit id
// collides with any equal id.
#include "rules/rule.hpp"

#include <map>
#include <optional>
#include <utility>

namespace eduroadmap::detail {
namespace {

struct Node {
    std::string id;
    std::string path;
    // The list a default id was numbered in: (section, group); none for an explicit id.
    std::optional<std::pair<std::size_t, std::optional<std::size_t>>> list;
};

bool collide(const Node &a, const Node &b) { return !a.list || !b.list || *a.list == *b.list; }

// Reports every node whose id an earlier node already has.
void report_repeats(const std::vector<Node> &nodes, Findings &out) {
    std::map<std::string_view, std::vector<const Node *>> earlier;
    for (const Node &node : nodes) {
        if (node.id.empty()) continue; // missing-field says so
        std::vector<const Node *> &same = earlier[node.id];
        for (const Node *first : same)
            if (collide(*first, node)) {
                out.add(node.path, {{"id", node.id}, {"first", out.where(first->path)}, {"first_path", first->path}});
                break;
            }
        same.push_back(&node);
    }
}

void check_duplicate_id(const ResolvedRoadmap &rm, Findings &out) {
    std::vector<Node> nodes;
    for (const ResolvedMeasure &m : rm.measures) {
        if (!m.ref.measure->id.empty())
            nodes.push_back({m.id, m.ref.path() + ".id", std::nullopt});
        else
            nodes.push_back({m.id, m.ref.path() + ".number", std::make_pair(m.ref.section, m.ref.group)});
    }
    report_repeats(nodes, out);

    const Roadmap &roadmap = *rm.roadmap;
    nodes.clear();
    for (std::size_t i = 0; i < roadmap.responsibles.size(); ++i)
        nodes.push_back({roadmap.responsibles[i].id, "responsibles[" + std::to_string(i) + "].id", std::nullopt});
    report_repeats(nodes, out);

    nodes.clear();
    for (std::size_t i = 0; i < roadmap.indicators.size(); ++i)
        nodes.push_back({roadmap.indicators[i].id, "indicators[" + std::to_string(i) + "].id", std::nullopt});
    report_repeats(nodes, out);
}

} // namespace

extern const Rule rule_duplicate_id{
    {"duplicate-id", Severity::error, "Two nodes of the same kind share an id.",
     "идентификатор «{id}» повторяется (первый раз — {first})",
     "id '{id}' is used twice (first at {first})",
     "дайте элементам разные id",
     "give the items distinct ids",
     "rules.md#duplicate-id", false /* needs the catalog */},
    check_duplicate_id};

} // namespace eduroadmap::detail
