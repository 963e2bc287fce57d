#include "write/tree.hpp"

#include <cmath>
#include <cstdio>

namespace eduroadmap::detail {
namespace {

OutNode raw(std::string s) {
    OutNode n;
    n.kind = OutNode::Kind::raw;
    n.scalar = std::move(s);
    return n;
}
OutNode number(double v) {
    char buf[32];
    // Shortest form that reads back to the same double.
    if (v == std::floor(v) && std::fabs(v) < 1e15) std::snprintf(buf, sizeof buf, "%.0f", v);
    else std::snprintf(buf, sizeof buf, "%.17g", v);
    for (int precision = 1; precision < 17 && v != std::floor(v); ++precision) {
        char shorter[32];
        std::snprintf(shorter, sizeof shorter, "%.*g", precision, v);
        if (std::strtod(shorter, nullptr) == v) {
            std::snprintf(buf, sizeof buf, "%s", shorter);
            break;
        }
    }
    OutNode n = raw(buf);
    n.is_number = true;
    return n;
}
OutNode boolean(bool b) {
    OutNode n = raw(b ? "true" : "false");
    n.is_bool = true;
    return n;
}
OutNode date(Date d) { return raw(to_iso(d)); }

void text_if(OutNode &m, const char *key, const std::string &v) {
    if (!v.empty()) m.add(key, OutNode::text(v));
}
void texts_if(OutNode &m, const char *key, const std::vector<std::string> &v, bool flow = true) {
    if (v.empty()) return;
    OutNode &l = m.add(key, OutNode::list(flow));
    for (const auto &s : v) l.push(OutNode::text(s));
}
void lint_if(OutNode &m, const Lint &l) {
    if (l.ignore.empty()) return;
    texts_if(m.add("lint", OutNode::map()), "ignore", l.ignore);
}
OutNode value(const IndicatorValue &v) { return v.is_boolean ? boolean(v.boolean) : number(v.number); }

OutNode measure(const Measure &m) {
    OutNode n = OutNode::map();
    n.add("number", OutNode::text(m.number));
    text_if(n, "id", m.id);
    n.add("title", OutNode::text(m.title));
    texts_if(n, "items", m.items, false);
    text_if(n, "form", m.form);
    if (m.deadline) {
        const DeadlineSpec &d = *m.deadline;
        if (!d.pinned) {
            n.add("deadline", OutNode::text(d.text));
        } else {
            OutNode &dm = n.add("deadline", OutNode::map());
            dm.add("text", OutNode::text(d.text));
            if (d.kind) dm.add("kind", OutNode::text(std::string(to_string(*d.kind))));
            if (!d.windows.empty()) {
                OutNode &ws = dm.add("windows", OutNode::list());
                for (const Window &w : d.windows) {
                    OutNode &pair = ws.push(OutNode::list(true));
                    pair.push(date(w.start()));
                    pair.push(date(w.end()));
                }
            }
            text_if(dm, "rrule", d.rrule);
        }
    }
    if (m.responsibles) {
        if (m.responsibles->listed) {
            OutNode &l = n.add("responsibles", OutNode::list(true));
            for (const auto &s : m.responsibles->names) l.push(OutNode::text(s));
        } else {
            n.add("responsibles",
                  OutNode::text(m.responsibles->names.empty() ? std::string() : m.responsibles->names.front()));
        }
    }
    if (m.result) n.add("result", OutNode::text(*m.result));
    if (m.stage) n.add("stage", OutNode::text(std::string(to_string(*m.stage))));
    texts_if(n, "indicators", m.indicators);
    texts_if(n, "depends_on", m.depends_on);
    if (m.status) n.add("status", OutNode::text(std::string(to_string(*m.status))));
    text_if(n, "status_text", m.status_text);
    if (!m.progress.empty()) {
        OutNode &l = n.add("progress", OutNode::list());
        for (const ProgressEntry &p : m.progress) {
            OutNode &e = l.push(OutNode::map());
            e.add("date", date(p.date));
            text_if(e, "status", p.status);
            text_if(e, "note", p.note);
            text_if(e, "occurrence", p.occurrence);
            text_if(e, "evidence", p.evidence);
        }
    }
    text_if(n, "note", m.note);
    lint_if(n, m.lint);
    return n;
}

void measures(OutNode &parent, const std::vector<Measure> &ms) {
    OutNode &l = parent.add("measures", OutNode::list());
    for (const Measure &m : ms) l.push(measure(m));
}

OutNode passport(const Passport &p) {
    OutNode n = OutNode::map();
    text_if(n, "goal", p.goal);
    text_if(n, "tasks", p.tasks);
    text_if(n, "expected_result", p.expected_result);
    text_if(n, "target_indicators", p.target_indicators);
    texts_if(n, "indicators", p.indicators);
    if (!p.cycle.empty()) {
        OutNode &c = n.add("cycle", OutNode::map());
        for (const auto &[stage, text] : p.cycle) c.add(std::string(to_string(stage)), OutNode::text(text));
    }
    if (!p.other.empty()) {
        OutNode &l = n.add("other", OutNode::list());
        for (const PassportRow &r : p.other) {
            OutNode &row = l.push(OutNode::map());
            row.add("title", OutNode::text(r.title));
            text_if(row, "text", r.text);
        }
    }
    return n;
}

OutNode section(const Section &s) {
    OutNode n = OutNode::map();
    text_if(n, "number", s.number);
    n.add("title", OutNode::text(s.title));
    text_if(n, "direction", s.direction);
    if (s.extra) n.add("extra", boolean(true));
    text_if(n, "justification", s.justification);
    if (s.passport) n.add("passport", passport(*s.passport));
    if (!s.measures.empty() || s.groups.empty()) measures(n, s.measures);
    if (!s.groups.empty()) {
        OutNode &l = n.add("groups", OutNode::list());
        for (const Group &g : s.groups) {
            OutNode &gn = l.push(OutNode::map());
            text_if(gn, "number", g.number);
            gn.add("title", OutNode::text(g.title));
            measures(gn, g.measures);
        }
    }
    lint_if(n, s.lint);
    return n;
}

OutNode indicator(const Indicator &i) {
    OutNode n = OutNode::map();
    n.add("id", OutNode::text(i.id));
    n.add("title", OutNode::text(i.title));
    text_if(n, "direction", i.direction);
    n.add("unit", OutNode::text(std::string(to_string(i.unit))));
    n.add("comparator", OutNode::text(std::string(to_string(i.comparator))));
    if (i.baseline) {
        OutNode &b = n.add("baseline", OutNode::map(true));
        b.add("value", value(i.baseline->value));
        if (i.baseline->date) b.add("date", date(*i.baseline->date));
    }
    if (!i.targets.empty()) {
        OutNode &l = n.add("targets", OutNode::list());
        for (const Target &t : i.targets) {
            OutNode &e = l.push(OutNode::map(true));
            e.add("period", OutNode::text(t.period));
            e.add("value", value(t.value));
        }
    }
    if (!i.actuals.empty()) {
        OutNode &l = n.add("actuals", OutNode::list());
        for (const Actual &a : i.actuals) {
            OutNode &e = l.push(OutNode::map(true));
            e.add("date", date(a.date));
            e.add("value", value(a.value));
        }
    }
    text_if(n, "method", i.method);
    text_if(n, "source", i.source);
    text_if(n, "frequency", i.frequency);
    text_if(n, "responsible", i.responsible);
    return n;
}

} // namespace

OutNode to_tree(const Indicator &i) { return indicator(i); }

OutNode to_tree(const Roadmap &r) {
    OutNode n = OutNode::map();
    n.add("schema", OutNode::text(r.schema));
    n.add("id", OutNode::text(r.id));
    n.add("title", OutNode::text(r.title));
    n.add("language", OutNode::text(r.language));
    n.add("catalog", OutNode::text(r.catalog));
    if (!r.territory.municipality.empty() || !r.territory.region.empty()) {
        OutNode &t = n.add("territory", OutNode::map());
        text_if(t, "municipality", r.territory.municipality);
        text_if(t, "region", r.territory.region);
    }
    if (r.approved_by) {
        const ApprovingDocument &a = *r.approved_by;
        OutNode &m = n.add("approved_by", OutNode::map());
        text_if(m, "kind", a.kind);
        text_if(m, "number", a.number);
        if (a.date) m.add("date", date(*a.date));
        text_if(m, "authority", a.authority);
        text_if(m, "signed_by", a.signed_by);
        text_if(m, "title", a.title);
        text_if(m, "text", a.text);
        text_if(m, "appendix", a.appendix);
    }
    if (!r.period.text.empty()) {
        n.add("period", OutNode::text(r.period.text));
    } else if (r.period.known) {
        OutNode &p = n.add("period", OutNode::map(true));
        p.add("start", date(r.period.window.start()));
        p.add("end", date(r.period.window.end()));
    }
    if (r.period_source) n.add("period_source", OutNode::text(std::string(to_string(*r.period_source))));
    if (!r.declared_directions.empty()) {
        OutNode &l = n.add("declared_directions", OutNode::list());
        for (const DeclaredDirection &d : r.declared_directions) {
            OutNode &e = l.push(OutNode::map());
            text_if(e, "number", d.number);
            e.add("title", OutNode::text(d.title));
        }
    }
    text_if(n, "description", r.description);
    if (!r.responsibles.empty()) {
        OutNode &l = n.add("responsibles", OutNode::list());
        for (const Responsible &x : r.responsibles) {
            OutNode &e = l.push(OutNode::map());
            e.add("id", OutNode::text(x.id));
            e.add("short", OutNode::text(x.short_name));
            text_if(e, "full", x.full_name);
            texts_if(e, "aliases", x.aliases);
        }
    }
    OutNode &sections = n.add("sections", OutNode::list());
    for (const Section &s : r.sections) sections.push(section(s));
    if (!r.indicators.empty()) {
        OutNode &l = n.add("indicators", OutNode::list());
        for (const Indicator &i : r.indicators) l.push(indicator(i));
    }
    lint_if(n, r.lint);
    if (!r.import_notes.empty()) {
        OutNode &l = n.add("import_notes", OutNode::list());
        for (const ImportNote &note : r.import_notes) {
            OutNode &e = l.push(OutNode::map());
            for (auto [key, value] : {std::pair{"line", note.line}, {"table", note.table}, {"row", note.row},
                                      {"column", note.column}, {"paragraph", note.paragraph}})
                if (value > 0) e.add(key, number(value));
            e.add("text", OutNode::text(note.text));
        }
    }
    return n;
}

} // namespace eduroadmap::detail
