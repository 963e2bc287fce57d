// status(): each measure's occurrences judged on a date, then counted per
// direction and per responsible (docs/status.md).
#include "query/facets.hpp"
#include "query/progress.hpp"

#include <eduroadmap/status.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <map>

namespace eduroadmap {
namespace {

Execution execution_of(const ProgressEntry &closing) {
    return parse_status(closing.status) == Status::cancelled ? Execution::cancelled : Execution::done;
}

// One occurrence on the date.
Occurrence judge(const ResolvedMeasure &m, const Window &w, Date as_of) {
    const Measure &model = *m.ref.measure;
    Occurrence o{w, Execution::upcoming, nullptr};
    if (model.status == Status::cancelled) return o.execution = Execution::cancelled, o;
    if (const ProgressEntry *closing = detail::closing_entry(m, w, as_of)) {
        o.execution = execution_of(*closing);
        o.mark = closing;
        return o;
    }
    if (model.status == Status::done) o.execution = Execution::done;
    else if (w.end() < as_of) o.execution = Execution::overdue;
    else if (!(as_of < w.start())) o.execution = Execution::in_progress;
    std::vector<const ProgressEntry *> about = detail::entries_about(m, w, as_of);
    if (!about.empty()) o.mark = about.back();
    return o;
}

void count_occurrence(MeasureExecution &x, const Occurrence &o, Date as_of) {
    const bool due = o.window.end() < as_of && o.execution != Execution::cancelled;
    x.due += due;
    switch (o.execution) {
    case Execution::done: ++x.done, x.due_done += due; break;
    case Execution::overdue: ++x.overdue; break;
    case Execution::in_progress: ++x.in_progress; break;
    case Execution::upcoming: ++x.upcoming; break;
    case Execution::cancelled: ++x.cancelled; break;
    case Execution::no_date: break;
    }
}

// A measure without windows: its status, else its latest closing entry.
void judge_undated(MeasureExecution &x, Date as_of) {
    const Measure &model = *x.measure->ref.measure;
    x.execution = Execution::no_date;
    if (model.status == Status::cancelled) x.execution = Execution::cancelled;
    else if (model.status == Status::done) x.execution = Execution::done;
    else
        for (const ProgressEntry &e : model.progress) {
            std::optional<Status> s = parse_status(e.status);
            if (!(as_of < e.date) && (s == Status::done || s == Status::cancelled)) x.execution = execution_of(e);
        }
    if (x.execution == Execution::done) ++x.done;
    if (x.execution == Execution::cancelled) ++x.cancelled;
}

MeasureExecution judge_measure(const ResolvedMeasure &m, const StatusOptions &options) {
    MeasureExecution x;
    x.measure = &m;
    const Schedule &windows = m.deadline.windows;
    if (windows.empty()) {
        judge_undated(x, options.as_of);
        return x;
    }
    // Listed: what was due or open on the date and the next to come, the latest kept.
    bool next_listed = false;
    auto consider = [&](const Window &w) {
        Occurrence o = judge(m, w, options.as_of);
        count_occurrence(x, o, options.as_of);
        if (options.as_of < w.start()) {
            if (next_listed) return;
            next_listed = true;
        }
        x.occurrences.push_back(o);
        if (x.occurrences.size() > max_listed_occurrences) x.occurrences.erase(x.occurrences.begin());
    };
    if (options.due_in) {
        for (const Window &w : windows.in(*options.due_in))
            if (options.due_in->contains(w.end())) consider(w);
    } else {
        for (const Window &w : windows) consider(w);
    }
    if (m.ref.measure->status == Status::cancelled) x.execution = Execution::cancelled;
    else if (x.overdue) x.execution = Execution::overdue;
    else if (x.in_progress) x.execution = Execution::in_progress;
    else if (x.upcoming) x.execution = Execution::upcoming;
    else if (x.done) x.execution = Execution::done;
    else x.execution = Execution::cancelled; // every occurrence cancelled
    return x;
}

void add_to_tally(ExecutionTally &t, const MeasureExecution &x) {
    ++t.measures;
    t.due += x.due;
    t.due_done += x.due_done;
    t.overdue += x.overdue;
    t.in_progress += x.in_progress;
    t.upcoming += x.upcoming;
    t.done += x.done;
    t.cancelled += x.cancelled;
    t.no_date += x.execution == Execution::no_date;
}

} // namespace

std::string_view to_string(Execution execution) noexcept {
    switch (execution) {
    case Execution::done: return "done";
    case Execution::in_progress: return "in_progress";
    case Execution::overdue: return "overdue";
    case Execution::upcoming: return "upcoming";
    case Execution::no_date: return "no_date";
    case Execution::cancelled: return "cancelled";
    }
    return "no_date";
}

StatusReport status(const ResolvedRoadmap &roadmap, const StatusOptions &options) {
    StatusReport report;
    report.roadmap = &roadmap;
    report.options = options;
    const detail::Facets facets(roadmap);
    const std::vector<Responsible> &registry = roadmap.roadmap->responsibles;
    std::map<std::size_t, std::size_t> direction_at;       // direction key → index in by_direction
    std::vector<ExecutionTally> by_entry(registry.size()); // registry order
    std::vector<ExecutionTally> outside;                   // names outside the registry, as they appear
    for (const ResolvedMeasure &m : roadmap.measures) {
        if (options.due_in && m.deadline.windows.empty()) continue;
        MeasureExecution x = judge_measure(m, options);
        if (options.due_in && x.done + x.overdue + x.in_progress + x.upcoming + x.cancelled == 0)
            continue; // nothing of it falls due in the range
        add_to_tally(report.total, x);

        const std::size_t key = facets.direction_key(m.ref.section);
        auto [at, fresh] = direction_at.emplace(key, report.by_direction.size());
        if (fresh) {
            const MeasureDirection d = facets.direction(m);
            report.by_direction.push_back({d.code, d.title});
        }
        add_to_tally(report.by_direction[at->second], x);

        for (std::size_t entry : facets.responsibles(m)) {
            ExecutionTally &t = by_entry[entry];
            if (t.key.empty()) t.key = registry[entry].id, t.label = registry[entry].short_name;
            add_to_tally(t, x);
        }
        std::vector<std::string> named;
        for (const ResponsibleMention &mention : m.responsibles) {
            if (mention.matched() || std::find(named.begin(), named.end(), mention.text) != named.end()) continue;
            named.push_back(mention.text);
            auto t = std::find_if(outside.begin(), outside.end(),
                                  [&](const ExecutionTally &o) { return o.label == mention.text; });
            if (t == outside.end()) t = outside.insert(outside.end(), ExecutionTally{"", mention.text});
            add_to_tally(*t, x);
        }
        report.measures.push_back(std::move(x));
    }
    for (ExecutionTally &t : by_entry)
        if (t.measures) report.by_responsible.push_back(std::move(t));
    for (ExecutionTally &t : outside) report.by_responsible.push_back(std::move(t));
    return report;
}

} // namespace eduroadmap
