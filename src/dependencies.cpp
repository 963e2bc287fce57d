// The dependency graph with Boost.Graph. Edges run from a measure to its
// prerequisite ("depends on"), so a depth-first finishing order is already
// prerequisites-first and close to printed order.
#include "build_counts.hpp"

#include <eduroadmap/dependencies.hpp>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/depth_first_search.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <boost/graph/topological_sort.hpp>

#include <algorithm>
#include <atomic>
#include <iterator>
#include <map>
#include <stdexcept>

namespace eduroadmap {
namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

// Records one cycle per back edge: the tree path from the edge's target down
// to its source, closed by the edge itself.
struct CycleVisitor : boost::default_dfs_visitor {
    std::vector<Vertex> *parent;
    std::vector<std::vector<std::size_t>> *found;

    void tree_edge(Edge e, const Graph &g) const { (*parent)[boost::target(e, g)] = boost::source(e, g); }
    void back_edge(Edge e, const Graph &g) const {
        Vertex top = boost::target(e, g);
        std::vector<std::size_t> cycle;
        for (Vertex v = boost::source(e, g); v != top; v = (*parent)[v]) cycle.push_back(v);
        cycle.push_back(top);
        std::reverse(cycle.begin(), cycle.end());
        // Start at the member printed first, so the report does not depend on where the search began.
        std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
        found->push_back(std::move(cycle));
    }
};

std::atomic<std::size_t> graphs_built{0};

// Collects what a breadth-first search reaches, and whether it comes back to the start.
struct ReachVisitor : boost::default_bfs_visitor {
    Vertex start;
    std::vector<std::size_t> *reached;
    bool *returns;

    template <class G> void discover_vertex(Vertex v, const G &) const {
        if (v != start) reached->push_back(v);
    }
    template <class E, class G> void examine_edge(E e, const G &g) const {
        if (boost::target(e, g) == start) *returns = true;
    }
};

} // namespace

struct DependencyGraph::Data {
    std::vector<std::string> ids;
    std::map<std::string, std::size_t, std::less<>> by_id;
    Graph graph;
    std::vector<Dependency> dependencies;
    std::vector<UnknownDependency> unknown;
    std::vector<std::vector<std::size_t>> cycles;
};

std::size_t detail::dependency_graphs_built() noexcept { return graphs_built.load(std::memory_order_relaxed); }

DependencyGraph::DependencyGraph(const ResolvedRoadmap &roadmap) {
    graphs_built.fetch_add(1, std::memory_order_relaxed);
    auto data = std::make_shared<Data>();
    const std::size_t n = roadmap.measures.size();
    data->graph = Graph(n);
    data->ids.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        data->ids.push_back(roadmap.measures[i].id);
        data->by_id.emplace(roadmap.measures[i].id, i); // the first of duplicate ids wins
    }
    for (std::size_t i = 0; i < n; ++i) {
        const std::vector<std::string> &refs = roadmap.measures[i].ref.measure->depends_on;
        for (std::size_t k = 0; k < refs.size(); ++k) {
            auto it = data->by_id.find(refs[k]);
            if (it == data->by_id.end()) {
                data->unknown.push_back({i, k, refs[k]});
                continue;
            }
            data->dependencies.push_back({i, k, it->second});
            boost::add_edge(i, it->second, data->graph);
        }
    }

    std::vector<Vertex> parent(n);
    CycleVisitor visitor;
    visitor.parent = &parent;
    visitor.found = &data->cycles;
    if (n > 0) boost::depth_first_search(data->graph, boost::visitor(visitor));
    std::sort(data->cycles.begin(), data->cycles.end());
    // The same entry written twice (`depends_on: [5, 5]`) closes the same cycle twice.
    data->cycles.erase(std::unique(data->cycles.begin(), data->cycles.end()), data->cycles.end());
    data_ = std::move(data);
}

std::size_t DependencyGraph::size() const noexcept { return data_->ids.size(); }

std::optional<std::size_t> DependencyGraph::find(std::string_view id) const {
    auto it = data_->by_id.find(id);
    if (it == data_->by_id.end()) return std::nullopt;
    return it->second;
}

const std::string &DependencyGraph::id(std::size_t measure) const { return data_->ids.at(measure); }

const std::vector<Dependency> &DependencyGraph::dependencies() const noexcept { return data_->dependencies; }

const std::vector<UnknownDependency> &DependencyGraph::unknown() const noexcept { return data_->unknown; }

const std::vector<std::vector<std::size_t>> &DependencyGraph::cycles() const noexcept { return data_->cycles; }

bool DependencyGraph::acyclic() const noexcept { return data_->cycles.empty(); }

std::optional<std::vector<std::size_t>> DependencyGraph::topological_order() const {
    if (!acyclic()) return std::nullopt;
    std::vector<std::size_t> order;
    order.reserve(size());
    // Finishing order of a search along "depends on" edges: prerequisites first.
    boost::topological_sort(data_->graph, std::back_inserter(order));
    return order;
}

std::vector<std::size_t> DependencyGraph::longest_chain() const {
    auto order = topological_order();
    if (!order || order->empty()) return {};
    const Graph &g = data_->graph;
    const std::size_t none = size();
    std::vector<std::size_t> length(size(), 1), previous(size(), none);
    for (std::size_t v : *order) // every prerequisite of v comes before v
        for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
            std::size_t p = boost::target(*e, g);
            if (length[p] + 1 > length[v] || (length[p] + 1 == length[v] && p < previous[v]))
                length[v] = length[p] + 1, previous[v] = p;
        }
    std::size_t last = 0;
    for (std::size_t v = 1; v < size(); ++v)
        if (length[v] > length[last]) last = v;
    std::vector<std::size_t> chain;
    for (std::size_t v = last; v != none; v = previous[v]) chain.push_back(v);
    std::reverse(chain.begin(), chain.end());
    return chain;
}

std::vector<std::size_t> DependencyGraph::blocked_by(std::size_t measure) const {
    if (measure >= size()) throw std::out_of_range("DependencyGraph::blocked_by: no such measure");
    std::vector<std::size_t> reached;
    bool returns = false;
    ReachVisitor visitor;
    visitor.start = measure;
    visitor.reached = &reached;
    visitor.returns = &returns;
    // Along reversed edges: from a prerequisite to the measures that depend on it.
    auto dependents = boost::make_reverse_graph(data_->graph);
    std::vector<boost::default_color_type> colour(size());
    boost::breadth_first_search(
        dependents, measure,
        boost::visitor(visitor).color_map(boost::make_iterator_property_map(
            colour.begin(), boost::get(boost::vertex_index, dependents))));
    if (returns) reached.push_back(measure);
    std::sort(reached.begin(), reached.end());
    return reached;
}

std::vector<std::size_t> DependencyGraph::prerequisites(std::size_t measure) const {
    if (measure >= size()) throw std::out_of_range("DependencyGraph::prerequisites: no such measure");
    std::vector<std::size_t> out;
    for (auto [e, end] = boost::out_edges(measure, data_->graph); e != end; ++e) {
        std::size_t p = boost::target(*e, data_->graph);
        if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
    }
    return out;
}

} // namespace eduroadmap
