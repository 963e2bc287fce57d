// due_this_month: what each responsible must deliver this month, with the C++ API.
//
//   due_this_month FILE [YYYY-MM]
//
// A measure is due in the month when one of its deadline windows ends in it
// (docs/query.md, `--due-between`); responsibles are the registry entries its cell names, in
// registry order (the query API's workload_by_responsible).
#include <eduroadmap/io.hpp>
#include <eduroadmap/query.hpp>
#include <eduroadmap/resolve.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <iostream>
#include <string>

namespace ed = eduroadmap;

int main(int argc, char **argv) {
    if (argc < 2 || argc > 3) {
        std::cerr << "usage: due_this_month FILE [YYYY-MM]\n";
        return 2;
    }
    ed::Query query;
    if (argc == 3) {
        query.due_between = ed::parse_date_range(argv[2]);
        if (!query.due_between) {
            std::cerr << "due_this_month: not a month (YYYY-MM): " << argv[2] << '\n';
            return 2;
        }
    } else {
        const ed::Date today = boost::gregorian::day_clock::local_day();
        const ed::Date first(today.year(), today.month(), 1);
        query.due_between = ed::Window(first, first.end_of_month());
    }
    const ed::LoadResult loaded = ed::load_file(argv[1]);
    if (!loaded.document) {
        std::cerr << "due_this_month: " << argv[1] << " is not a roadmap\n";
        return 1;
    }
    const ed::ResolvedRoadmap resolved = ed::resolve(loaded.document->roadmap);
    std::cout << "Due " << ed::to_iso(*query.due_between) << " in " << loaded.document->roadmap.id << ":\n";
    const auto workload = ed::workload_by_responsible(resolved, query);
    for (const ed::Aggregate &a : workload) {
        if (a.due.empty()) continue;
        std::cout << a.label << (a.key.empty() ? " (not in the registry)" : "") << ": " << a.due.size() << '\n';
        for (const ed::ResolvedMeasure *m : a.due)
            std::cout << "  " << m->id << " «" << m->deadline.text << "» "
                      << m->ref.measure->title.substr(0, m->ref.measure->title.find('\n')) << '\n';
    }
    if (workload.empty()) std::cout << "nothing is due\n";
    return 0;
}
