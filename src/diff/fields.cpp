// What changed inside a matched pair of measures, in the plan's own fields,
// its registry and its indicators. Texts are compared with their runs of
// whitespace collapsed: a line broken elsewhere is the same wording.
#include "diff/parts.hpp"

#include "text.hpp"

#include <algorithm>
#include <sstream>

namespace eduroadmap {
namespace detail {
namespace {

std::string joined(const std::vector<std::string> &items, const char *separator) {
    std::string out;
    for (const std::string &s : items) out += (out.empty() ? "" : separator) + squeeze_spaces(s);
    return out;
}

std::string optional_text(const std::optional<std::string> &text) { return text ? squeeze_spaces(*text) : std::string(); }

std::string deadline_text(const std::optional<DeadlineSpec> &d) {
    if (!d) return {};
    std::string out = squeeze_spaces(d->text);
    if (d->pinned) {
        if (d->kind) out += std::string(" [") + std::string(to_string(*d->kind)) + "]";
        for (const Window &w : d->windows) out += " " + to_iso(w);
        if (!d->rrule.empty()) out += " " + d->rrule;
    }
    return out;
}

std::string responsibles_text(const std::optional<ResponsibleCell> &cell) {
    return cell ? joined(cell->names, ", ") : std::string();
}

std::string status_text(const Measure &m) {
    std::string out = m.status ? std::string(to_string(*m.status)) : std::string();
    std::string printed = squeeze_spaces(m.status_text);
    if (!printed.empty()) out += (out.empty() ? "" : " — ") + printed;
    return out;
}

std::string progress_text(const std::vector<ProgressEntry> &progress) {
    std::vector<std::string> entries;
    for (const ProgressEntry &e : progress) {
        std::string entry = to_iso(e.date) + " " + e.status;
        if (!e.note.empty()) entry += " " + e.note;
        entries.push_back(std::move(entry));
    }
    return joined(entries, "; ");
}

std::string indicator_value_text(const IndicatorValue &v) {
    if (v.is_boolean) return v.boolean ? "true" : "false";
    std::ostringstream s;
    s << v.number;
    return s.str();
}

std::string optional_date_text(const std::optional<Date> &d) { return d ? to_iso(*d) : std::string(); }

std::string period_text(const PlanPeriod &p) {
    if (!p.known) return {};
    return p.text.empty() ? to_iso(p.window) : p.text + " (" + to_iso(p.window) + ")";
}

// Appends a change when the two texts differ.
template <class Change, class Field>
void compare(std::vector<Change> &out, Field field, const std::string &before, const std::string &after) {
    if (before != after) out.push_back(Change{field, before, after});
}

void compare_text(std::vector<ValueChange> &out, const char *field, std::string_view before, std::string_view after) {
    compare(out, std::string(field), squeeze_spaces(before), squeeze_spaces(after));
}

std::vector<ValueChange> responsible_changes(const Responsible &a, const Responsible &b) {
    std::vector<ValueChange> out;
    compare_text(out, "short", a.short_name, b.short_name);
    compare_text(out, "full", a.full_name, b.full_name);
    compare(out, std::string("aliases"), joined(a.aliases, ", "), joined(b.aliases, ", "));
    return out;
}

std::string targets_text(const std::vector<Target> &targets) {
    std::vector<std::string> out;
    for (const Target &t : targets) out.push_back(t.period + ": " + indicator_value_text(t.value));
    return joined(out, "; ");
}

std::string actuals_text(const std::vector<Actual> &actuals) {
    std::vector<std::string> out;
    for (const Actual &a : actuals) out.push_back(to_iso(a.date) + ": " + indicator_value_text(a.value));
    return joined(out, "; ");
}

std::string baseline_text(const std::optional<Baseline> &b) {
    if (!b) return {};
    return indicator_value_text(b->value) + (b->date ? " (" + to_iso(*b->date) + ")" : std::string());
}

std::vector<ValueChange> indicator_changes(const Indicator &a, const Indicator &b) {
    std::vector<ValueChange> out;
    compare_text(out, "title", a.title, b.title);
    compare_text(out, "direction", a.direction, b.direction);
    compare(out, std::string("unit"), std::string(to_string(a.unit)), std::string(to_string(b.unit)));
    compare(out, std::string("comparator"), std::string(to_string(a.comparator)), std::string(to_string(b.comparator)));
    compare(out, std::string("baseline"), baseline_text(a.baseline), baseline_text(b.baseline));
    compare(out, std::string("targets"), targets_text(a.targets), targets_text(b.targets));
    compare(out, std::string("actuals"), actuals_text(a.actuals), actuals_text(b.actuals));
    compare_text(out, "method", a.method, b.method);
    compare_text(out, "source", a.source, b.source);
    compare_text(out, "frequency", a.frequency, b.frequency);
    compare_text(out, "responsible", a.responsible, b.responsible);
    return out;
}

// Entries matched by id: changed ones in the new version's order, added
// ones where they stand, then the removed ones in the old version's order.
template <class Entry, class Title, class Changes>
std::vector<EntryDiff> compare_entries(const std::vector<Entry> &before, const std::vector<Entry> &after, Title title,
                                       Changes changes) {
    std::vector<EntryDiff> out;
    auto find = [](const std::vector<Entry> &in, const std::string &id) {
        return std::find_if(in.begin(), in.end(), [&](const Entry &e) { return e.id == id; });
    };
    for (const Entry &b : after) {
        auto a = find(before, b.id);
        if (a == before.end()) {
            out.push_back({EntryDiff::Kind::added, b.id, title(b), {}});
        } else if (std::vector<ValueChange> c = changes(*a, b); !c.empty()) {
            out.push_back({EntryDiff::Kind::changed, b.id, title(b), std::move(c)});
        }
    }
    for (const Entry &a : before)
        if (find(after, a.id) == after.end()) out.push_back({EntryDiff::Kind::removed, a.id, title(a), {}});
    return out;
}

} // namespace

std::vector<FieldChange> compare_fields(const Measure &a, const Measure &b) {
    std::vector<FieldChange> out;
    compare(out, MeasureField::id, a.id, b.id);
    compare(out, MeasureField::title, squeeze_spaces(a.title), squeeze_spaces(b.title));
    compare(out, MeasureField::items, joined(a.items, "; "), joined(b.items, "; "));
    compare(out, MeasureField::form, squeeze_spaces(a.form), squeeze_spaces(b.form));
    compare(out, MeasureField::deadline, deadline_text(a.deadline), deadline_text(b.deadline));
    compare(out, MeasureField::responsibles, responsibles_text(a.responsibles), responsibles_text(b.responsibles));
    compare(out, MeasureField::result, optional_text(a.result), optional_text(b.result));
    compare(out, MeasureField::stage, a.stage ? std::string(to_string(*a.stage)) : std::string(),
            b.stage ? std::string(to_string(*b.stage)) : std::string());
    compare(out, MeasureField::indicators, joined(a.indicators, ", "), joined(b.indicators, ", "));
    compare(out, MeasureField::depends_on, joined(a.depends_on, ", "), joined(b.depends_on, ", "));
    compare(out, MeasureField::status, status_text(a), status_text(b));
    compare(out, MeasureField::progress, progress_text(a.progress), progress_text(b.progress));
    compare(out, MeasureField::note, squeeze_spaces(a.note), squeeze_spaces(b.note));
    return out;
}

std::vector<ValueChange> compare_metadata(const Roadmap &a, const Roadmap &b) {
    std::vector<ValueChange> out;
    compare_text(out, "title", a.title, b.title);
    compare(out, std::string("period"), period_text(a.period), period_text(b.period));
    compare_text(out, "catalog", a.catalog, b.catalog);
    compare_text(out, "territory.municipality", a.territory.municipality, b.territory.municipality);
    compare_text(out, "territory.region", a.territory.region, b.territory.region);
    const ApprovingDocument none;
    const ApprovingDocument &x = a.approved_by ? *a.approved_by : none, &y = b.approved_by ? *b.approved_by : none;
    compare_text(out, "approved_by.kind", x.kind, y.kind);
    compare_text(out, "approved_by.number", x.number, y.number);
    compare(out, std::string("approved_by.date"), optional_date_text(x.date), optional_date_text(y.date));
    compare_text(out, "approved_by.authority", x.authority, y.authority);
    compare_text(out, "approved_by.signed_by", x.signed_by, y.signed_by);
    compare_text(out, "approved_by.title", x.title, y.title);
    compare_text(out, "approved_by.text", x.text, y.text);
    compare_text(out, "description", a.description, b.description);
    return out;
}

std::vector<EntryDiff> compare_registry(const Roadmap &a, const Roadmap &b) {
    return compare_entries(a.responsibles, b.responsibles, [](const Responsible &r) { return r.short_name; },
                           responsible_changes);
}

std::vector<EntryDiff> compare_indicators(const Roadmap &a, const Roadmap &b) {
    return compare_entries(a.indicators, b.indicators, [](const Indicator &i) { return i.title; }, indicator_changes);
}

} // namespace detail

std::string_view to_string(MeasureField field) noexcept {
    switch (field) {
    case MeasureField::id: return "id";
    case MeasureField::title: return "title";
    case MeasureField::items: return "items";
    case MeasureField::form: return "form";
    case MeasureField::deadline: return "deadline";
    case MeasureField::responsibles: return "responsibles";
    case MeasureField::result: return "result";
    case MeasureField::stage: return "stage";
    case MeasureField::indicators: return "indicators";
    case MeasureField::depends_on: return "depends_on";
    case MeasureField::status: return "status";
    case MeasureField::progress: return "progress";
    case MeasureField::note: return "note";
    }
    return "title";
}

} // namespace eduroadmap
