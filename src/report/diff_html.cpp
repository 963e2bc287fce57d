// Two versions of a plan compared, as HTML (include/eduroadmap/diff_html.hpp):
// the counts, the plan's own fields, sections, registry and indicators, the
// change per direction, then the measures added, removed, moved and changed,
// and the renumbered ones folded.
#include "report/parts.hpp"
#include "rules/measure_label.hpp"

#include <eduroadmap/diff_html.hpp>
#include <eduroadmap/score_html.hpp>

#include <algorithm>
#include <sstream>

namespace eduroadmap {
namespace {

using report::tr;

constexpr report::Column measure_column{"Мероприятие", "Measure"};
constexpr report::Column what_changed{"Что изменилось", "What changed"};

// Windows listed for a deadline at most; the rest are counted.
constexpr std::size_t diff_windows_shown = 6;

const char *field_label(MeasureField field, Language lang) {
    switch (field) {
    case MeasureField::id: return "id";
    case MeasureField::title: return tr(lang, "наименование", "title");
    case MeasureField::items: return tr(lang, "подпункты", "items");
    case MeasureField::form: return tr(lang, "форма проведения", "form");
    case MeasureField::deadline: return tr(lang, "срок", "deadline");
    case MeasureField::responsibles: return tr(lang, "ответственные", "responsibles");
    case MeasureField::result: return tr(lang, "ожидаемый результат", "expected result");
    case MeasureField::stage: return tr(lang, "этап цикла", "stage");
    case MeasureField::indicators: return tr(lang, "показатели", "indicators");
    case MeasureField::depends_on: return tr(lang, "зависит от", "depends on");
    case MeasureField::status: return tr(lang, "статус", "status");
    case MeasureField::progress: return tr(lang, "отметки о выполнении", "progress");
    case MeasureField::note: return tr(lang, "примечание", "note");
    }
    return "";
}

// A value as the page shows it: escaped, «—» when absent.
std::string shown_value(std::string_view value) { return value.empty() ? "—" : html_escape(value); }

// The windows a deadline resolves to, as dates people read; the first few.
std::string windows_of(const Deadline &deadline, Language lang) {
    if (deadline.windows.empty()) return tr(lang, "без окон во времени", "no windows in time");
    std::string out;
    const std::size_t shown = std::min(deadline.windows.size(), diff_windows_shown);
    for (std::size_t i = 0; i < shown; ++i) {
        const Window &w = deadline.windows[i];
        out += (i ? ", " : "") + report::date_text(w.start()) + "–" + report::date_text(w.end());
    }
    if (shown < deadline.windows.size())
        out += tr(lang, " и ещё ", " and ") + std::to_string(deadline.windows.size() - shown);
    return out;
}

class DiffWriter {
public:
    // @p level: the headings' level, 4 inside a report's part, 2 on a page of its own.
    DiffWriter(std::ostream &out, const RoadmapDiff &d, const DiffNames &names, Language lang, std::string_view anchor,
               int level)
        : out_(out), d_(d), names_(names), lang_(lang), anchor_(anchor), level_(level) {}

    void write() {
        sides();
        summary();
        values("metadata", tr(lang_, "Реквизиты плана", "The plan's fields"), d_.metadata);
        sections();
        entries("registry", tr(lang_, "Реестр ответственных", "Registry of responsibles"), d_.registry);
        entries("indicators", tr(lang_, "Показатели", "Indicators"), d_.indicators);
        directions();
        single("added", tr(lang_, "Добавлены", "Added"), d_.added, true);
        single("removed", tr(lang_, "Исключены", "Removed"), d_.removed, false);
        pairs("moved", tr(lang_, "Перенесены в другой раздел", "Moved to another section"), d_.moved, true);
        pairs("changed", tr(lang_, "Изменены", "Changed"), d_.changed, false);
        renumbered();
    }

private:
    std::string id(std::string_view part) const { return std::string(anchor_) + "-" + std::string(part); }

    void heading(std::string_view part, const char *title, std::size_t count) {
        out_ << "<section class=\"erm-diff-part\" id=\"" << id(part) << "\" data-count=\"" << count << "\">\n<h"
             << level_ << '>' << title << " (" << count << ")</h" << level_ << ">\n";
    }

    void sides() {
        auto side = [&](const char *ru, const char *en, const std::string &name, const ResolvedRoadmap &rm) {
            out_ << "<dt>" << tr(lang_, ru, en) << "</dt><dd>" << html_escape(name) << " — "
                 << html_escape(report::plan_title(*rm.roadmap)) << " <span class=\"erm-muted\">("
                 << tr(lang_, "мероприятий: ", "measures: ") << rm.measures.size() << ")</span></dd>\n";
        };
        out_ << "<dl class=\"erm-card\">\n";
        side("Было", "Before", names_.before, *d_.before);
        side("Стало", "After", names_.after, *d_.after);
        out_ << "</dl>\n";
    }

    void summary() {
        struct Row {
            const char *kind, *ru, *en;
            std::size_t count;
        };
        const Row rows[] = {{"added", "Добавлено", "Added", d_.added.size()},
                            {"removed", "Исключено", "Removed", d_.removed.size()},
                            {"moved", "Перенесено", "Moved", d_.moved.size()},
                            {"changed", "Изменено", "Changed", d_.changed.size()},
                            {"renumbered", "Перенумеровано", "Renumbered", d_.renumbered.size()},
                            {"unchanged", "Без изменений", "Unchanged", d_.unchanged}};
        out_ << "<table class=\"erm-table erm-counts\" id=\"" << id("summary") << "\"><caption>"
             << tr(lang_, "Мероприятия", "Measures") << "</caption><tbody>\n";
        for (const Row &r : rows) {
            out_ << "<tr><th scope=\"row\">";
            // A kind with a list links to it; unchanged measures are only counted.
            if (r.count && std::string(r.kind) != "unchanged")
                out_ << "<a href=\"#" << id(r.kind) << "\">" << tr(lang_, r.ru, r.en) << "</a>";
            else out_ << tr(lang_, r.ru, r.en);
            out_ << "</th><td class=\"erm-n\" data-count=\"" << r.kind << "\">" << r.count << "</td></tr>\n";
        }
        out_ << "</tbody></table>\n";
        if (d_.empty())
            out_ << "<p class=\"erm-diff-equal\">" << tr(lang_, "Планы совпадают.", "The plans are equal.") << "</p>\n";
    }

    // Old → new: the old value struck out, the new one inserted (the words
    // «было», «стало» are in the column headings; colour is not alone).
    void before_after(std::string_view before, std::string_view after) {
        out_ << "<td><del>" << shown_value(before) << "</del></td><td><ins>" << shown_value(after) << "</ins></td>";
    }

    void value_table_head(report::Column first) {
        out_ << report::table_open(lang_, "erm-diff", {first, {"Было", "Before"}, {"Стало", "After"}});
    }

    void close_part() { out_ << report::table_close << "</section>\n"; }

    void values(std::string_view part, const char *title, const std::vector<ValueChange> &changes) {
        if (changes.empty()) return;
        heading(part, title, changes.size());
        value_table_head({"Поле", "Field"});
        for (const ValueChange &c : changes) {
            out_ << "<tr><th scope=\"row\"><code>" << html_escape(c.field) << "</code></th>";
            before_after(c.before, c.after);
            out_ << "</tr>\n";
        }
        close_part();
    }

    void sections() {
        if (d_.sections.empty()) return;
        heading("sections", tr(lang_, "Разделы", "Sections"), d_.sections.size());
        value_table_head({"Изменение", "Change"});
        for (const SectionDiff &s : d_.sections) {
            const char *kind = !s.after ? tr(lang_, "исключён", "removed")
                             : !s.before ? tr(lang_, "добавлен", "added")
                                         : tr(lang_, "переименован", "renamed");
            out_ << "<tr><th scope=\"row\">" << kind << "</th>";
            before_after(s.before_title, s.after_title);
            out_ << "</tr>\n";
        }
        close_part();
    }

    // The changed fields of a registry entry or an indicator, one per line.
    void change_list(const std::vector<ValueChange> &changes) {
        if (changes.empty()) return;
        out_ << "<ul class=\"erm-changes\">";
        for (const ValueChange &c : changes)
            out_ << "<li><code>" << html_escape(c.field) << "</code>: <del>" << shown_value(c.before) << "</del> → <ins>"
                 << shown_value(c.after) << "</ins></li>";
        out_ << "</ul>";
    }

    void entries(std::string_view part, const char *title, const std::vector<EntryDiff> &list) {
        if (list.empty()) return;
        heading(part, title, list.size());
        out_ << report::table_open(lang_, "erm-diff",
                                   {{"Изменение", "Change"}, {"id", "id"}, {"Название", "Name"}, what_changed});
        for (const EntryDiff &e : list) {
            const char *kind = e.kind == EntryDiff::Kind::added     ? tr(lang_, "+ добавлен", "+ added")
                             : e.kind == EntryDiff::Kind::removed ? tr(lang_, "− исключён", "− removed")
                                                                  : tr(lang_, "~ изменён", "~ changed");
            out_ << "<tr data-kind=\"" << (e.kind == EntryDiff::Kind::added ? "added"
                                          : e.kind == EntryDiff::Kind::removed ? "removed" : "changed")
                 << "\"><th scope=\"row\">" << kind << "</th><td><code>" << html_escape(e.id) << "</code></td><td>"
                 << html_escape(e.title) << "</td><td>";
            change_list(e.changes);
            out_ << "</td></tr>\n";
        }
        close_part();
    }

    void directions() {
        if (d_.directions.empty()) return;
        heading("directions", tr(lang_, "По направлениям", "By direction"), d_.directions.size());
        out_ << report::table_open(lang_, "erm-diff",
                                   {{"Направление", "Direction"}, {"Мероприятий", "Measures"},
                                    {"Этапов цикла", "Stages covered"}, {"Баллы самооценки", "Self-assessment points"}});
        auto cell = [&](const std::string &before, const std::string &after, bool changed) {
            out_ << "<td class=\"erm-n\">";
            if (changed) out_ << "<del>" << before << "</del> → <ins>" << after << "</ins>";
            else out_ << after;
            out_ << "</td>";
        };
        for (const DirectionDiff &x : d_.directions) {
            out_ << "<tr data-direction=\"" << html_escape(x.code) << "\"><th scope=\"row\">" << html_escape(x.code)
                 << ' ' << html_escape(x.title) << "</th>";
            cell(std::to_string(x.measures_before), std::to_string(x.measures_after),
                 x.measures_before != x.measures_after);
            cell(std::to_string(x.stages_before), std::to_string(x.stages_after), x.stages_before != x.stages_after);
            cell(points_text(x.score_before), points_text(x.score_after) + tr(lang_, " из ", " of ") +
                 points_text(x.score_max), x.score_before != x.score_after);
            out_ << "</tr>\n";
        }
        close_part();
    }

    std::string section_title(const ResolvedRoadmap &rm, const ResolvedMeasure &m) const {
        return rm.roadmap->sections[m.ref.section].title;
    }

    std::string responsibles_of(const ResolvedMeasure &m) const {
        std::string out;
        if (m.ref.measure->responsibles)
            for (const std::string &name : m.ref.measure->responsibles->names) out += (out.empty() ? "" : "; ") + name;
        return out;
    }

    // Added (from the new version) or removed (from the old one).
    void single(std::string_view part, const char *title, const std::vector<MeasureDiff> &list, bool added) {
        if (list.empty()) return;
        heading(part, title, list.size());
        const ResolvedRoadmap &rm = added ? *d_.after : *d_.before;
        out_ << report::table_open(lang_, "erm-diff",
                                   {{"№", "№"}, measure_column, {"Раздел", "Section"}, {"Срок", "Deadline"},
                                    {"Ответственные", "Responsibles"}});
        for (const MeasureDiff &x : list) {
            const ResolvedMeasure &m = added ? *x.after : *x.before;
            out_ << "<tr class=\"erm-diff-row\" data-kind=\"" << part << "\"><th scope=\"row\"><span class=\""
                 << (added ? "erm-diff-added" : "erm-diff-removed") << "\"><span aria-hidden=\"true\">"
                 << (added ? "+" : "−") << "</span> " << html_escape(detail::measure_label(m)) << "</span></th><td>"
                 << html_escape(m.ref.measure->title) << "</td><td>" << html_escape(section_title(rm, m))
                 << "</td><td>" << shown_value(m.deadline.text) << "<br><small>"
                 << html_escape(windows_of(m.deadline, lang_)) << "</small></td><td>" << shown_value(responsibles_of(m)) << "</td></tr>\n";
        }
        close_part();
    }

    // One field old → new; a deadline with the windows each text resolves to.
    void field_change(const MeasureDiff &x, const FieldChange &c) {
        out_ << "<li data-field=\"" << to_string(c.field) << "\"><strong>" << field_label(c.field, lang_)
             << "</strong>: <del>" << shown_value(c.before) << "</del> → <ins>" << shown_value(c.after) << "</ins>";
        if (c.field == MeasureField::deadline)
            out_ << "<br><small>" << tr(lang_, "окна: ", "windows: ") << "<del>"
                 << html_escape(windows_of(x.before->deadline, lang_)) << "</del> → <ins>"
                 << html_escape(windows_of(x.after->deadline, lang_)) << "</ins></small>";
        out_ << "</li>";
    }

    void pairs(std::string_view part, const char *title, const std::vector<MeasureDiff> &list, bool moved) {
        if (list.empty()) return;
        heading(part, title, list.size());
        out_ << report::table_open(lang_, "erm-diff", {{"№", "№"}, measure_column, what_changed});
        for (const MeasureDiff &x : list) {
            out_ << "<tr class=\"erm-diff-row\" data-kind=\"" << part << "\"><th scope=\"row\">"
                 << html_escape(detail::measure_label(*x.before));
            if (x.renumbered) out_ << " → " << html_escape(detail::measure_label(*x.after));
            out_ << "</th><td>" << html_escape(x.after->ref.measure->title) << "</td><td><ul class=\"erm-changes\">";
            if (moved)
                out_ << "<li data-field=\"section\"><strong>" << tr(lang_, "раздел", "section") << "</strong>: <del>"
                     << shown_value(section_title(*d_.before, *x.before)) << "</del> → <ins>"
                     << shown_value(section_title(*d_.after, *x.after)) << "</ins></li>";
            for (const FieldChange &c : x.changes) field_change(x, c);
            out_ << "</ul></td></tr>\n";
        }
        close_part();
    }

    // Renumbering is reported quietly: folded, a reader opens it if need be.
    void renumbered() {
        if (d_.renumbered.empty()) return;
        out_ << "<details class=\"erm-diff-part\" id=\"" << id("renumbered") << "\" data-count=\""
             << d_.renumbered.size() << "\"><summary>" << tr(lang_, "Перенумерованы", "Renumbered") << " ("
             << d_.renumbered.size() << ")</summary>\n"
             << report::table_open(lang_, "erm-diff", {{"Было", "Before"}, {"Стало", "After"}, measure_column});
        for (const MeasureDiff &x : d_.renumbered)
            out_ << "<tr class=\"erm-diff-row\" data-kind=\"renumbered\"><th scope=\"row\">"
                 << html_escape(detail::measure_label(*x.before)) << "</th><td>"
                 << html_escape(detail::measure_label(*x.after)) << "</td><td>" << html_escape(x.after->ref.measure->title) << "</td></tr>\n";
        out_ << report::table_close << "</details>\n";
    }

    std::ostream &out_;
    const RoadmapDiff &d_;
    const DiffNames &names_;
    Language lang_;
    std::string_view anchor_;
    int level_;
};

std::string diff_fragment(const RoadmapDiff &difference, const DiffNames &names, Language language,
                          std::string_view anchor, int level) {
    std::ostringstream out;
    DiffWriter(out, difference, names, language, anchor, level).write();
    return out.str();
}

} // namespace

std::string diff_html(const RoadmapDiff &difference, const DiffNames &names, Language language,
                      std::string_view anchor) {
    return diff_fragment(difference, names, language, anchor, 4);
}

std::string diff_page(const RoadmapDiff &difference, const DiffNames &names, Language language) {
    const std::string title = tr(language, "Изменения в дорожной карте: ", "Changes to the roadmap: ") +
                              report::plan_title(*difference.after->roadmap);
    const std::string subtitle =
        report::made_by(language, std::nullopt) + ": " + names.before + " → " + names.after;
    return report::page_html(language, title, subtitle,
                             "<main id=\"diff\">\n" + diff_fragment(difference, names, language, "diff", 2) + "</main>\n");
}

} // namespace eduroadmap
