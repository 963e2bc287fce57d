// Builds the model from a parsed YAML document: the field tables of
// docs/format.md, one function per object type.
#include "load/build.hpp"

#include "load/reader.hpp"

#include <eduroadmap/query.hpp>

namespace eduroadmap::detail {
namespace {

class Builder {
public:
    explicit Builder(Reader &r) : r_(r) {}

    Roadmap roadmap(NodeId root) {
        Roadmap rm;
        auto f = r_.mapping(root, "",
                            {"schema", "id", "title", "language", "catalog", "territory", "approved_by", "period",
                             "period_source", "declared_directions", "description", "responsibles", "sections", "indicators", "lint",
                             "import_notes"},
                            {"schema", "id", "title", "period", "sections"});
        if (!f) return rm;
        r_.schema(*f, "eduroadmap/1");
        rm.id = r_.text_field(*f, "id");
        rm.title = r_.text_field(*f, "title");
        if (auto v = r_.optional_text_field(*f, "language")) {
            if (*v != "ru" && *v != "en")
                r_.report("wrong-type", "language", *f->get("language"),
                          {{"field", "language"}, {"expected", "ru or en"}, {"actual", "«" + *v + "»"}});
            else
                rm.language = *v;
        }
        if (auto v = r_.optional_text_field(*f, "catalog")) rm.catalog = *v;
        if (auto n = f->get("territory"))
            if (auto t = r_.mapping(*n, "territory", {"municipality", "region"})) {
                rm.territory.municipality = r_.text_field(*t, "municipality");
                rm.territory.region = r_.text_field(*t, "region");
            }
        if (auto n = f->get("approved_by")) rm.approved_by = approving_document(*n);
        if (auto n = f->get("period")) rm.period = period(*n);
        if (auto v = r_.optional_text_field(*f, "period_source")) {
            rm.period_source = parse_period_source(*v);
            if (!rm.period_source)
                r_.report("wrong-type", "period_source", *f->get("period_source"),
                          {{"field", "period_source"}, {"expected", "stated, guessed or given"}, {"actual", "«" + *v + "»"}});
        }
        if (auto n = f->get("declared_directions"))
            each(*n, "declared_directions", [&](NodeId item, const std::string &p) {
                if (auto d = r_.mapping(item, p, {"number", "title"}, {"title"}))
                    rm.declared_directions.push_back({r_.text_field(*d, "number"), r_.text_field(*d, "title")});
            });
        rm.description = r_.text_field(*f, "description");
        if (auto n = f->get("responsibles"))
            each(*n, "responsibles", [&](NodeId item, const std::string &p) {
                if (auto d = r_.mapping(item, p, {"id", "short", "full", "aliases"}, {"id", "short"})) {
                    Responsible resp{r_.text_field(*d, "id"), r_.text_field(*d, "short"), r_.text_field(*d, "full"),
                                     {}};
                    if (auto a = d->get("aliases")) resp.aliases = r_.texts(*a, d->at("aliases"));
                    rm.responsibles.push_back(std::move(resp));
                }
            });
        if (auto n = f->get("sections"))
            each(*n, "sections", [&](NodeId item, const std::string &p) { rm.sections.push_back(section(item, p)); });
        if (auto n = f->get("indicators"))
            each(*n, "indicators",
                 [&](NodeId item, const std::string &p) { rm.indicators.push_back(indicator(item, p)); });
        rm.lint = lint(*f);
        if (auto n = f->get("import_notes"))
            each(*n, "import_notes", [&](NodeId item, const std::string &p) {
                if (auto d = r_.mapping(item, p, {"line", "table", "row", "column", "paragraph", "text"}, {"text"})) {
                    ImportNote note{0, r_.text_field(*d, "text")};
                    bool located = false;
                    for (auto [key, field] : {std::pair{"line", &note.line}, {"table", &note.table}, {"row", &note.row},
                                              {"column", &note.column}, {"paragraph", &note.paragraph}}) {
                        auto l = d->get(key);
                        if (!l) continue;
                        located = true;
                        if (auto v = r_.number(*l, d->at(key))) {
                            if (*v >= 1 && *v <= 1e9 && *v == static_cast<double>(static_cast<int>(*v)))
                                *field = static_cast<int>(*v);
                            else
                                r_.wrong_type(*l, d->at(key), "a whole number from 1");
                        }
                    }
                    // A text export's line, or a Word file's paragraph or table.
                    if (!located || (!d->get("line") && !d->get("paragraph") && !d->get("table")))
                        r_.report("missing-field", d->at("line"), item, {{"field", "line"}, {"context", p}});
                    rm.import_notes.push_back(std::move(note));
                }
            });
        return rm;
    }

private:
    template <class F> void each(NodeId node, const std::string &path, F &&f) {
        if (auto items = r_.sequence(node, path))
            for (auto &[id, p] : *items) f(id, p);
    }

    Lint lint(const Fields &f) {
        Lint l;
        auto n = f.get("lint");
        if (!n) return l;
        auto m = r_.mapping(*n, f.at("lint"), {"ignore"});
        if (!m || !m->has("ignore")) return l;
        each(*m->get("ignore"), m->at("ignore"), [&](NodeId item, const std::string &p) {
            auto id = r_.text(item, p);
            if (!id) return;
            if (!find_rule(*id))
                r_.report("unknown-field", p, item, {{"field", *id}, {"context", "lint.ignore (rule ids)"}});
            l.ignore.push_back(std::move(*id));
        });
        return l;
    }

    ApprovingDocument approving_document(NodeId node) {
        ApprovingDocument a;
        if (auto f = r_.mapping(node, "approved_by",
                                {"kind", "number", "date", "authority", "signed_by", "title", "text", "appendix"})) {
            a.kind = r_.text_field(*f, "kind");
            a.number = r_.text_field(*f, "number");
            if (auto d = f->get("date")) a.date = r_.date(*d, f->at("date"));
            a.authority = r_.text_field(*f, "authority");
            a.signed_by = r_.text_field(*f, "signed_by");
            a.title = r_.text_field(*f, "title");
            a.text = r_.text_field(*f, "text");
            a.appendix = r_.text_field(*f, "appendix");
        }
        return a;
    }

    PlanPeriod period(NodeId node) {
        const YamlNode &n = r_.node(node);
        if (n.kind == YamlNode::Kind::mapping) {
            auto f = r_.mapping(node, "period", {"start", "end"}, {"start", "end"});
            std::optional<Date> start, end;
            if (f && f->has("start")) start = r_.date(*f->get("start"), "period.start");
            if (f && f->has("end")) end = r_.date(*f->get("end"), "period.end");
            if (start && end) {
                std::string reason = "the end is before the start";
                if (*start <= *end && sane_plan_period(Window(*start, *end), reason))
                    return PlanPeriod{Window(*start, *end), "", true};
                r_.report("period-invalid", "period", node,
                          {{"text", to_iso(*start) + ".." + to_iso(*end)}, {"reason", reason}});
            }
            return {};
        }
        auto text = r_.text(node, "period");
        if (!text) return {};
        std::string reason;
        if (auto p = parse_plan_period(*text, reason)) return *p;
        r_.report("period-invalid", "period", node, {{"text", *text}, {"reason", reason}});
        PlanPeriod p;
        p.text = *text;
        return p;
    }

    Section section(NodeId node, const std::string &path) {
        Section s;
        auto f = r_.mapping(node, path,
                            {"number", "title", "direction", "extra", "justification", "passport", "measures", "groups",
                             "lint"},
                            {"title"});
        if (!f) return s;
        s.number = r_.text_field(*f, "number");
        s.title = r_.text_field(*f, "title");
        s.direction = r_.text_field(*f, "direction");
        if (auto n = f->get("extra")) s.extra = r_.boolean(*n, f->at("extra")).value_or(false);
        s.justification = r_.text_field(*f, "justification");
        if (auto n = f->get("passport")) s.passport = passport(*n, f->at("passport"));
        if (auto n = f->get("measures")) s.measures = measures(*n, f->at("measures"));
        if (auto n = f->get("groups"))
            each(*n, f->at("groups"), [&](NodeId item, const std::string &p) {
                if (auto g = r_.mapping(item, p, {"number", "title", "measures"}, {"title", "measures"})) {
                    Group group{r_.text_field(*g, "number"), r_.text_field(*g, "title"), {}};
                    if (auto m = g->get("measures")) group.measures = measures(*m, g->at("measures"));
                    s.groups.push_back(std::move(group));
                }
            });
        if (!f->has("measures") && !f->has("groups"))
            r_.report("missing-field", f->at("measures"), node, {{"field", "measures"}, {"context", path}});
        s.lint = lint(*f);
        return s;
    }

    Passport passport(NodeId node, const std::string &path) {
        Passport p;
        auto f = r_.mapping(node, path,
                            {"goal", "tasks", "expected_result", "target_indicators", "indicators", "cycle", "other"});
        if (!f) return p;
        p.goal = r_.text_field(*f, "goal");
        p.tasks = r_.text_field(*f, "tasks");
        p.expected_result = r_.text_field(*f, "expected_result");
        p.target_indicators = r_.text_field(*f, "target_indicators");
        if (auto n = f->get("indicators")) p.indicators = r_.texts(*n, f->at("indicators"));
        if (auto n = f->get("cycle"))
            if (auto c = r_.mapping(*n, f->at("cycle"),
                                    {"goals", "indicators", "data-collection", "monitoring", "analysis",
                                     "recommendations", "measures", "decisions", "review"}))
                for (Stage st : all_stages)
                    if (auto t = r_.optional_text_field(*c, to_string(st))) p.cycle[st] = *t;
        if (auto n = f->get("other"))
            each(*n, f->at("other"), [&](NodeId item, const std::string &ip) {
                if (auto o = r_.mapping(item, ip, {"title", "text"}, {"title"}))
                    p.other.push_back({r_.text_field(*o, "title"), r_.text_field(*o, "text")});
            });
        return p;
    }

    std::vector<Measure> measures(NodeId node, const std::string &path) {
        std::vector<Measure> out;
        each(node, path, [&](NodeId item, const std::string &p) { out.push_back(measure(item, p)); });
        return out;
    }

    Measure measure(NodeId node, const std::string &path) {
        Measure m;
        auto f = r_.mapping(node, path,
                            {"number", "id", "title", "items", "form", "deadline", "responsibles", "result", "stage",
                             "indicators", "depends_on", "status", "status_text", "progress", "note", "lint"},
                            {"number", "title"});
        if (!f) return m;
        m.number = r_.text_field(*f, "number");
        m.id = r_.text_field(*f, "id");
        m.title = r_.text_field(*f, "title");
        if (auto n = f->get("items")) m.items = r_.texts(*n, f->at("items"));
        m.form = r_.text_field(*f, "form");
        if (auto n = f->get("deadline")) m.deadline = deadline(*n, f->at("deadline"));
        if (auto n = f->get("responsibles")) {
            if (r_.node(*n).kind == YamlNode::Kind::sequence)
                m.responsibles = ResponsibleCell{r_.texts(*n, f->at("responsibles")), true};
            else if (auto t = r_.text(*n, f->at("responsibles")))
                m.responsibles = ResponsibleCell{{*t}, false};
        }
        m.result = r_.optional_text_field(*f, "result");
        if (auto n = f->get("stage"))
            m.stage = enumerated<Stage>(*n, f->at("stage"), parse_stage,
                                        "a stage: goals, indicators, data-collection, monitoring, analysis, "
                                        "recommendations, measures, decisions, review");
        if (auto n = f->get("indicators")) m.indicators = r_.texts(*n, f->at("indicators"));
        if (auto n = f->get("depends_on")) m.depends_on = r_.texts(*n, f->at("depends_on"));
        if (auto n = f->get("status"))
            m.status = enumerated<Status>(*n, f->at("status"), parse_status,
                                          "a status: planned, in_progress, done, cancelled, overdue");
        m.status_text = r_.text_field(*f, "status_text");
        if (auto n = f->get("progress"))
            each(*n, f->at("progress"), [&](NodeId item, const std::string &p) {
                if (auto e = r_.mapping(item, p, {"date", "status", "note", "occurrence", "evidence"}, {"date"})) {
                    ProgressEntry entry;
                    if (auto d = e->get("date"))
                        if (auto v = r_.date(*d, e->at("date"))) entry.date = *v;
                    entry.status = r_.text_field(*e, "status");
                    entry.note = r_.text_field(*e, "note");
                    if (auto o = e->get("occurrence"))
                        if (enumerated<Window>(*o, e->at("occurrence"), parse_date_range,
                                               "a period: YYYY, YYYY-MM, YYYY-Qn, YYYY-MM-DD or START..END"))
                            entry.occurrence = r_.text_field(*e, "occurrence");
                    entry.evidence = r_.text_field(*e, "evidence");
                    m.progress.push_back(std::move(entry));
                }
            });
        m.note = r_.text_field(*f, "note");
        m.lint = lint(*f);
        return m;
    }

    DeadlineSpec deadline(NodeId node, const std::string &path) {
        DeadlineSpec d;
        if (r_.node(node).kind != YamlNode::Kind::mapping) {
            d.text = r_.text(node, path).value_or("");
            return d;
        }
        d.pinned = true;
        auto f = r_.mapping(node, path, {"text", "kind", "windows", "rrule"}, {"text"});
        if (!f) return d;
        d.text = r_.text_field(*f, "text");
        if (auto n = f->get("kind"))
            d.kind = enumerated<DeadlineKind>(
                *n, f->at("kind"), parse_deadline_kind,
                "a deadline kind: fixed, recurring, continuous, on_demand, external, unspecified");
        if (auto n = f->get("windows"))
            each(*n, f->at("windows"), [&](NodeId item, const std::string &p) {
                auto pair = r_.sequence(item, p);
                if (!pair) return;
                if (pair->size() != 2) {
                    r_.wrong_type(item, p, "a window [START, END]");
                    return;
                }
                auto s = r_.date((*pair)[0].first, (*pair)[0].second);
                auto e = r_.date((*pair)[1].first, (*pair)[1].second);
                if (s && e && *s <= *e)
                    d.windows.emplace_back(*s, *e);
                else if (s && e)
                    r_.wrong_type(item, p, "a window whose end is not before its start");
            });
        if (auto t = r_.optional_text_field(*f, "rrule")) {
            if (!Recurrence::from_rrule(*t))
                r_.wrong_type(*f->get("rrule"), f->at("rrule"), "an RRULE: FREQ=YEARLY|MONTHLY|WEEKLY;INTERVAL=n;BYMONTH=m");
            d.rrule = *t;
        }
        return d;
    }

    Indicator indicator(NodeId node, const std::string &path) {
        Indicator ind;
        auto f = r_.mapping(node, path,
                            {"id", "title", "direction", "unit", "comparator", "baseline", "targets", "actuals",
                             "method", "source", "frequency", "responsible"},
                            {"id", "title"});
        if (!f) return ind;
        ind.id = r_.text_field(*f, "id");
        ind.title = r_.text_field(*f, "title");
        ind.direction = r_.text_field(*f, "direction");
        if (auto n = f->get("unit"))
            ind.unit = enumerated<Unit>(*n, f->at("unit"), parse_unit, "a unit: percent, count, boolean, number")
                           .value_or(Unit::number);
        if (auto n = f->get("comparator"))
            ind.comparator = enumerated<Comparator>(*n, f->at("comparator"), parse_comparator, ">=, <= or =")
                                 .value_or(Comparator::at_least);
        if (auto n = f->get("baseline"))
            if (auto b = r_.mapping(*n, f->at("baseline"), {"value", "date"}, {"value"})) {
                Baseline base;
                if (auto v = b->get("value")) base.value = value(*v, b->at("value"));
                if (auto d = b->get("date")) base.date = r_.date(*d, b->at("date"));
                ind.baseline = base;
            }
        if (auto n = f->get("targets"))
            each(*n, f->at("targets"), [&](NodeId item, const std::string &p) {
                if (auto t = r_.mapping(item, p, {"period", "value"}, {"period", "value"})) {
                    Target target{r_.text_field(*t, "period"), {}};
                    if (auto v = t->get("value")) target.value = value(*v, t->at("value"));
                    ind.targets.push_back(std::move(target));
                }
            });
        if (auto n = f->get("actuals"))
            each(*n, f->at("actuals"), [&](NodeId item, const std::string &p) {
                if (auto a = r_.mapping(item, p, {"date", "value"}, {"date", "value"})) {
                    Actual actual;
                    if (auto d = a->get("date"))
                        if (auto v = r_.date(*d, a->at("date"))) actual.date = *v;
                    if (auto v = a->get("value")) actual.value = value(*v, a->at("value"));
                    ind.actuals.push_back(actual);
                }
            });
        ind.method = r_.text_field(*f, "method");
        ind.source = r_.text_field(*f, "source");
        ind.frequency = r_.text_field(*f, "frequency");
        ind.responsible = r_.text_field(*f, "responsible");
        return ind;
    }

    IndicatorValue value(NodeId node, const std::string &path) {
        IndicatorValue v;
        const YamlNode &n = r_.node(node);
        if (n.kind == YamlNode::Kind::scalar && n.plain && resolve_plain(n.value) == ScalarType::boolean) {
            v.is_boolean = true;
            v.boolean = *r_.boolean(node, path);
        } else if (auto x = r_.number(node, path)) {
            v.number = *x;
        }
        return v;
    }

    template <class E, class Parse>
    std::optional<E> enumerated(NodeId node, const std::string &path, Parse parse, std::string_view expected) {
        auto t = r_.text(node, path);
        if (!t) return std::nullopt;
        if (auto e = parse(*t)) return *e;
        r_.report("wrong-type", path, node,
                  {{"field", std::string(leaf(path))}, {"expected", std::string(expected)}, {"actual", "«" + *t + "»"}});
        return std::nullopt;
    }

    Reader &r_;
};

} // namespace

Roadmap build_roadmap(const YamlDocument &doc, Reader &reader) { return Builder(reader).roadmap(doc.root); }

} // namespace eduroadmap::detail
