// The execution of a plan on a date, as HTML (include/eduroadmap/status_html.hpp):
// the counts per direction and per responsible, what is overdue, then each
// measure with its occurrences and their marks.
#include "report/parts.hpp"
#include "rules/measure_label.hpp"

#include <eduroadmap/score_html.hpp>
#include <eduroadmap/status_html.hpp>

#include <sstream>

namespace eduroadmap {
namespace {

using report::tr;

// A mark beside each execution's colour: colour never carries it alone.
const char *execution_mark(Execution e) {
    switch (e) {
    case Execution::done: return "✓";
    case Execution::in_progress: return "◐";
    case Execution::overdue: return "✗";
    case Execution::upcoming: return "○";
    case Execution::no_date: return "—";
    case Execution::cancelled: return "⊘";
    }
    return "";
}

// A progress entry's status in words when it is one the format knows; else as written.
std::string mark_status(std::string_view written, Language lang) {
    switch (parse_status(written).value_or(Status::planned)) {
    case Status::done: return std::string(execution_label(Execution::done, lang));
    case Status::in_progress: return std::string(execution_label(Execution::in_progress, lang));
    case Status::cancelled: return std::string(execution_label(Execution::cancelled, lang));
    case Status::overdue: return std::string(execution_label(Execution::overdue, lang));
    case Status::planned: break;
    }
    return written == "planned" ? tr(lang, "запланировано", "planned") : std::string(written);
}

class StatusWriter {
public:
    // @p level: the headings' level, 4 inside a larger page's part, 2 on a page of its own.
    StatusWriter(std::ostream &out, const StatusReport &r, Language lang, std::string_view anchor, int level)
        : out_(out), r_(r), lang_(lang), anchor_(anchor), level_(level) {}

    void write() {
        out_ << "<p class=\"erm-status-as-of\">" << tr(lang_, "На ", "As of ") << report::date_text(r_.options.as_of);
        if (r_.options.due_in)
            out_ << tr(lang_, "; только то, чей срок истекает в периоде ", "; only what fell due in ")
                 << report::date_text(r_.options.due_in->start()) << " – " << report::date_text(r_.options.due_in->end());
        out_ << tr(lang_, ". «К сроку» — вхождения, чей срок истёк до этой даты; доля — выполненные из них.",
                   ". “Due”: occurrences whose window ended before that day; the share: of them, those done.")
             << "</p>\n";
        tallies("directions", tr(lang_, "По направлениям", "By direction"), {"Направление", "Direction"},
                r_.by_direction);
        tallies("responsibles", tr(lang_, "По ответственным", "By responsible"), {"Ответственный", "Responsible"},
                r_.by_responsible);
        overdue();
        measures();
    }

private:
    std::string id(std::string_view part) const { return std::string(anchor_) + "-" + std::string(part); }

    // A part's section and its heading's opening tag; @p count, when given, as data-count.
    void open_part(std::string_view part, const std::size_t *count) {
        out_ << "<section class=\"erm-status-part\" id=\"" << id(part) << '"';
        if (count) out_ << " data-count=\"" << *count << '"';
        out_ << ">\n<h" << level_ << '>';
    }

    void execution(Execution e) {
        out_ << "<span class=\"erm-exec erm-exec-" << to_string(e) << "\"><span aria-hidden=\"true\">"
             << execution_mark(e) << "</span> " << execution_label(e, lang_) << "</span>";
    }

    // @p name: HTML.
    void tally_row(const ExecutionTally &t, const std::string &name) {
        const std::optional<double> share = t.share_done();
        out_ << "<th scope=\"row\">" << name << "</th>";
        for (std::size_t n : {t.measures, t.due, t.due_done})
            out_ << "<td class=\"erm-n\">" << n << "</td>";
        out_ << "<td class=\"erm-n\" data-share=\"" << (share ? std::to_string(*share) : "") << "\">"
             << (share ? percent_text(*share) : "—") << "</td>";
        for (std::size_t n : {t.overdue, t.in_progress, t.upcoming, t.done, t.cancelled, t.no_date})
            out_ << "<td class=\"erm-n\">" << n << "</td>";
    }

    void tallies(std::string_view part, const char *title, report::Column first,
                 const std::vector<ExecutionTally> &list) {
        open_part(part, nullptr);
        out_ << title << "</h" << level_ << ">\n"
             << report::table_open(lang_, "erm-status",
                                   {first, {"Мероприятий", "Measures"}, {"К сроку", "Due"},
                                    {"Выполнено к сроку", "Done of due"}, {"Доля", "Share"}, {"Просрочено", "Overdue"},
                                    {"В работе", "In progress"}, {"Предстоит", "Upcoming"},
                                    {"Выполнено всего", "Done in all"}, {"Отменено", "Cancelled"},
                                    {"Без срока", "No date"}});
        for (const ExecutionTally &t : list) {
            out_ << "<tr data-key=\"" << html_escape(t.key) << "\">";
            tally_row(t, (t.key.empty() ? "" : html_escape(t.key) + " ") + html_escape(t.label));
            out_ << "</tr>\n";
        }
        out_ << "</tbody>\n<tfoot><tr class=\"erm-status-total\">";
        tally_row(r_.total, tr(lang_, "План в целом", "The plan"));
        out_ << "</tr></tfoot></table></div>\n</section>\n";
    }

    std::string responsibles_of(const ResolvedMeasure &m) const {
        std::string out;
        for (const ResponsibleMention &mention : m.responsibles)
            out += (out.empty() ? "" : ", ") + mention.text;
        return out;
    }

    void mark(const ProgressEntry *entry) {
        if (!entry) return;
        out_ << "<span class=\"erm-status-mark\">" << report::date_text(entry->date) << ' '
             << html_escape(mark_status(entry->status, lang_));
        if (!entry->note.empty()) out_ << ": " << html_escape(entry->note);
        if (!entry->evidence.empty()) out_ << " (" << html_escape(entry->evidence) << ")"; // text: the page links nowhere
        out_ << "</span>";
    }

    void window(const Window &w) {
        out_ << report::date_text(w.start()) << " – " << report::date_text(w.end());
    }

    // What slipped: every overdue occurrence listed, with its measure.
    void overdue() {
        std::size_t n = 0;
        for (const MeasureExecution &x : r_.measures)
            for (const Occurrence &o : x.occurrences) n += o.execution == Execution::overdue;
        open_part("overdue", &n);
        out_ << (r_.options.due_in ? tr(lang_, "Не выполнено в срок", "Slipped")
                                   : tr(lang_, "Просрочено", "Overdue"))
             << " (" << n << ")</h" << level_ << ">\n";
        if (n == 0) {
            out_ << "<p>" << tr(lang_, "Просроченного нет.", "Nothing is overdue.") << "</p>\n</section>\n";
            return;
        }
        out_ << report::table_open(lang_, "erm-status",
                                   {{"№", "№"}, {"Мероприятие", "Measure"}, {"Срок", "Deadline"}, {"Окно", "Window"},
                                    {"Ответственные", "Responsibles"}, {"Последняя отметка", "Latest mark"}});
        for (const MeasureExecution &x : r_.measures)
            for (const Occurrence &o : x.occurrences) {
                if (o.execution != Execution::overdue) continue;
                const ResolvedMeasure &m = *x.measure;
                out_ << "<tr class=\"erm-status-overdue\"><th scope=\"row\">"
                     << html_escape(detail::measure_label(m)) << "</th><td>" << html_escape(m.ref.measure->title) << "</td><td>"
                     << html_escape(m.deadline.text) << "</td><td class=\"erm-n\">";
                window(o.window);
                out_ << "</td><td>" << html_escape(responsibles_of(m)) << "</td><td>";
                mark(o.mark);
                out_ << "</td></tr>\n";
            }
        out_ << report::table_close << "</section>\n";
    }

    // Each measure with its occurrences; those still to come only in the quarterly view (the plan ahead is not news).
    void measures() {
        const std::size_t n = r_.measures.size();
        open_part("measures", &n);
        out_ << tr(lang_, "Мероприятия", "Measures") << " (" << n << ")</h" << level_ << ">\n"
             << report::table_open(lang_, "erm-status",
                                   {{"№", "№"}, {"Мероприятие", "Measure"}, {"Срок", "Deadline"},
                                    {"Исполнение", "Execution"}, {"Вхождения и отметки", "Occurrences and marks"}});
        for (const MeasureExecution &x : r_.measures) {
            const ResolvedMeasure &m = *x.measure;
            out_ << "<tr data-execution=\"" << to_string(x.execution) << "\"><th scope=\"row\">"
                 << html_escape(detail::measure_label(m)) << "</th><td>" << html_escape(m.ref.measure->title)
                 << "</td><td>" << html_escape(m.deadline.text) << "</td><td>";
            execution(x.execution);
            out_ << "</td><td>";
            bool any = false;
            for (const Occurrence &o : x.occurrences) {
                if (o.execution == Execution::upcoming && !r_.options.due_in) continue;
                out_ << (any ? "" : "<ul class=\"erm-occurrences\">") << "<li>";
                any = true;
                window(o.window);
                out_ << ' ';
                execution(o.execution);
                if (o.mark) out_ << " — ";
                mark(o.mark);
                out_ << "</li>";
            }
            if (any) out_ << "</ul>";
            out_ << "</td></tr>\n";
        }
        out_ << report::table_close << "</section>\n";
    }

    std::ostream &out_;
    const StatusReport &r_;
    Language lang_;
    std::string_view anchor_;
    int level_;
};

std::string status_fragment(const StatusReport &report, Language language, std::string_view anchor, int level) {
    std::ostringstream out;
    StatusWriter(out, report, language, anchor, level).write();
    return out.str();
}

} // namespace

std::string_view execution_label(Execution execution, Language language) noexcept {
    switch (execution) {
    case Execution::done: return tr(language, "выполнено", "done");
    case Execution::in_progress: return tr(language, "в работе", "in progress");
    case Execution::overdue: return tr(language, "просрочено", "overdue");
    case Execution::upcoming: return tr(language, "предстоит", "upcoming");
    case Execution::no_date: return tr(language, "без срока", "no date");
    case Execution::cancelled: return tr(language, "отменено", "cancelled");
    }
    return "";
}

std::string status_html(const StatusReport &report, Language language, std::string_view anchor) {
    return status_fragment(report, language, anchor, 4);
}

std::string status_page(const StatusReport &report, std::string_view name, Language language) {
    const std::string title = tr(language, "Исполнение дорожной карты: ", "Execution of the roadmap: ") +
                              report::plan_title(*report.roadmap->roadmap);
    const std::string subtitle = report::made_by(language, report.options.as_of) + " · " + std::string(name);
    return report::page_html(language, title, subtitle,
                             "<main id=\"status\">\n" + status_fragment(report, language, "status", 2) + "</main>\n");
}

} // namespace eduroadmap
