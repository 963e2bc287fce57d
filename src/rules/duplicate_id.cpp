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

#include "numbering.hpp"

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
    // How a message names it: a measure by its printed number («4», not «s3/4»); else its id.
    std::string label = id;
};

bool collide(const Node &a, const Node &b) { return !a.list || !b.list || *a.list == *b.list; }

// Every node whose id an earlier node already has, with that earlier node: (repeat, first) indices.
std::vector<std::pair<std::size_t, std::size_t>> repeats(const std::vector<Node> &nodes) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::map<std::string_view, std::vector<std::size_t>> earlier;
    for (std::size_t k = 0; k < nodes.size(); ++k) {
        const Node &node = nodes[k];
        if (node.id.empty()) continue; // missing-field says so
        std::vector<std::size_t> &same = earlier[node.id];
        for (std::size_t first : same)
            if (collide(nodes[first], node)) {
                out.emplace_back(k, first);
                break;
            }
        same.push_back(k);
    }
    return out;
}

Found &report(const Node &node, const Node &first, Findings &out) {
    return out.add(node.path, {{"id", node.id}, {"first", out.where(first.path)}, {"first_path", first.path}})
        .related(first.path, "впервые здесь", "first here");
}

// Reports every repeat. Consecutive measures of one list that repeat
// consecutive measures before them (1, 2, 3, 4, 1, 2, 3, 4 in one section)
// are one cause: a sub-heading is missing between the two runs, which the
// document numbers apart.
void report_repeats(const std::vector<Node> &nodes, Findings &out) {
    const std::vector<std::pair<std::size_t, std::size_t>> found = repeats(nodes);
    for (std::size_t i = 0; i < found.size();) {
        std::size_t j = i;
        while (j + 1 < found.size() && found[j + 1].first == found[j].first + 1 &&
               found[j + 1].second == found[j].second + 1 && nodes[found[j + 1].first].list &&
               nodes[found[j + 1].first].list == nodes[found[i].first].list)
            ++j;
        for (std::size_t k = i; k <= j; ++k) {
            Found &f = report(nodes[found[k].first], nodes[found[k].second], out);
            // The numbering that restarts there is the same missing sub-heading.
            if (j > i && k == i) f.explain("numbering-gap", nodes[found[k].first].path);
            if (j > i)
                f.because("run:" + nodes[found[i].first].id + "-" + nodes[found[j].first].id, "run",
                          {{"from", nodes[found[i].first].label},
                           {"to", nodes[found[j].first].label},
                           {"first", out.where(nodes[found[i].second].path)}});
        }
        i = j + 1;
    }
}

void check_duplicate_id(const ResolvedRoadmap &rm, Findings &out) {
    std::vector<Node> nodes;
    for (const ResolvedMeasure &m : rm.measures) {
        const std::string printed = display_number(m.ref.measure->number);
        const std::string label = printed.empty() ? m.id : printed;
        if (!m.ref.measure->id.empty())
            nodes.push_back({m.id, m.ref.path() + ".id", std::nullopt, label});
        else
            nodes.push_back({m.id, m.ref.path() + ".number", std::make_pair(m.ref.section, m.ref.group), label});
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
     "rules.md#duplicate-id", false /* needs the catalog */,
     RuleCategory::structure,
     "Два узла одного вида с одним идентификатором."},
    check_duplicate_id,
    {{"run", "мероприятия {from}–{to} повторяют нумерацию предыдущих ({first}): похоже, пропущен заголовок подраздела",
      "measures {from}–{to} repeat the numbering of the ones before them ({first}): a sub-heading seems to be missing",
      "добавьте пропущенный подзаголовок (в файле — groups:) или перенумеруйте мероприятия",
      "add the missing sub-heading (groups: in the file) or renumber the measures"}}
};

} // namespace eduroadmap::detail
