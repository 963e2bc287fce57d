// The report's timeline: an SVG Gantt by month over the plan period, one row
// per measure grouped by direction, every window inside the period a bar, a
// vertical line at the report's date. The drawing stays bounded whatever a
// deadline expands to: bars that would touch at the drawing's scale are
// drawn as one, and rows beyond the cap per direction are counted in a
// visible note.
#include "report/parts.hpp"

#include <eduroadmap/query.hpp>
#include <eduroadmap/score_html.hpp>

#include <algorithm>
#include <map>
#include <sstream>

namespace eduroadmap {
namespace report {
namespace {

constexpr double label_width = 330; // user units left of the plot
constexpr double plot_width = 900;
constexpr double row_height = 16;
constexpr double header_height = 34;

struct Row {
    const ResolvedMeasure *measure = nullptr; // null: a direction's heading or a note
    std::string text;                         // heading or note text
    bool note = false;                        // the count of rows not drawn
};

int month_number(Date d) { return d.year() * 12 + (d.month() - 1); }

std::string number(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", x);
    return buf;
}

} // namespace

std::string timeline_html(const ReportPlan &plan, const ReportOptions &options, std::string_view anchor) {
    const Language lang = options.language;
    const ResolvedRoadmap &rm = *plan.roadmap;
    const PlanPeriod &period = rm.roadmap->period;
    std::ostringstream out;
    if (!period.known) {
        out << "<p>" << tr(lang, "Период плана не указан: временную шкалу построить нельзя.",
                           "The plan gives no period: there is no timeline to draw.")
            << "</p>\n";
        return out.str();
    }
    const Window span = period.window;
    const double days = static_cast<double>(span.days());
    auto x_of = [&](Date d) { return label_width + plot_width * static_cast<double>((d - span.start()).days()) / days; };

    // Rows grouped by direction, in the order directions first appear.
    std::vector<std::string> order;
    std::map<std::string, std::vector<const ResolvedMeasure *>> by_direction;
    for (const ResolvedMeasure &m : rm.measures) {
        const MeasureDirection d = direction_of(rm, m);
        const std::string key = d.code.empty() ? d.title : d.code + " " + d.title;
        if (!by_direction.count(key)) order.push_back(key);
        by_direction[key].push_back(&m);
    }
    std::vector<Row> rows;
    std::size_t hidden_total = 0;
    for (const std::string &key : order) {
        const auto &list = by_direction[key];
        rows.push_back({nullptr, shorten(key, 60) + " (" + std::to_string(list.size()) + ")"});
        const std::size_t shown = std::min(list.size(), options.max_timeline_rows);
        for (std::size_t i = 0; i < shown; ++i) rows.push_back({list[i], {}});
        if (shown < list.size()) {
            hidden_total += list.size() - shown;
            rows.push_back({nullptr, std::string(tr(lang, "… и ещё ", "… and ")) + std::to_string(list.size() - shown) +
                                         tr(lang, " мероприятий этого направления (не показаны)",
                                            " more measures of this direction (not drawn)"),
                            true});
        }
    }
    const double height = header_height + row_height * static_cast<double>(rows.size()) + 6;
    const double width = label_width + plot_width + 10;

    out << "<p>"
        << tr(lang,
              "Каждая строка — мероприятие, каждая полоса — окно его срока внутри периода плана (тёмная — срок, "
              "светлая — «постоянно», «в течение года»); красная линия — дата отчёта ",
              "Each row is a measure, each bar a window of its deadline inside the plan period (dark: a deadline, "
              "light: continuous); the red line is the report's date ")
        << date_text(options.as_of) << ".";
    if (!span.contains(options.as_of))
        out << ' ' << tr(lang, "Дата отчёта лежит вне периода плана: линии нет.",
                         "The report's date lies outside the plan period: no line is drawn.");
    if (hidden_total)
        out << ' ' << tr(lang, "Не показано строк: ", "Rows not drawn: ") << hidden_total
            << tr(lang, " (см. примечания на шкале).", " (see the notes in the chart).");
    out << "</p>\n<div class=\"erm-scroll erm-timeline\"><svg class=\"erm-chart\" id=\"" << anchor
        << "-svg\" viewBox=\"0 0 " << number(width) << ' ' << number(height)
        << "\" width=\"100%\" role=\"img\" aria-labelledby=\"" << anchor << "-svg-title\"><title id=\"" << anchor
        << "-svg-title\">" << tr(lang, "Временная шкала мероприятий", "Timeline of the measures") << "</title>\n";

    // Month grid and labels: the year at January (and at the start), the month number when there is room.
    const int first_month = month_number(span.start()), last_month = month_number(span.end());
    const bool month_labels = last_month - first_month < 30;
    for (int m = first_month; m <= last_month; ++m) {
        const Date start(static_cast<unsigned short>(m / 12), static_cast<unsigned short>(m % 12 + 1), 1);
        const double x = x_of(std::max(start, span.start()));
        out << "<line class=\"erm-grid\" x1=\"" << number(x) << "\" y1=\"" << header_height - 6 << "\" x2=\""
            << number(x) << "\" y2=\"" << number(height) << "\"/>";
        if (m == first_month || start.month() == 1)
            out << "<text x=\"" << number(x + 2) << "\" y=\"12\" font-size=\"11\" font-weight=\"600\">" << start.year()
                << "</text>";
        if (month_labels)
            out << "<text x=\"" << number(x + 2) << "\" y=\"25\" font-size=\"9\">" << int(start.month()) << "</text>";
    }
    out << '\n';
    double y = header_height;
    for (const Row &row : rows) {
        if (!row.measure) {
            const bool heading = !row.note;
            out << "<text x=\"2\" y=\"" << number(y + 12) << "\" font-size=\"11\""
                << (heading ? " font-weight=\"600\"" : " font-style=\"italic\"") << ">" << html_escape(row.text)
                << "</text>\n";
            y += row_height;
            continue;
        }
        const ResolvedMeasure &m = *row.measure;
        const std::string label = (m.id.empty() ? std::string() : m.id + " ") + m.ref.measure->title;
        out << "<g><title>" << html_escape(label) << " — "
            << html_escape(m.ref.measure->deadline ? m.ref.measure->deadline->text : std::string()) << "</title>"
            << "<text x=\"8\" y=\"" << number(y + 12) << "\" font-size=\"10\">" << html_escape(shorten(label, 46))
            << "</text>";
        const bool continuous = m.deadline.kind == DeadlineKind::continuous;
        // Bars at the drawing's scale: at least 2 units wide, merged when they would touch.
        std::vector<std::pair<double, double>> bars;
        for (const Window &w : m.deadline.windows) {
            std::optional<Window> inside = w.intersect(span);
            if (!inside) continue;
            double x0 = x_of(inside->start()), x1 = x_of(inside->end() + boost::gregorian::days(1));
            if (x1 - x0 < 2) x1 = x0 + 2;
            if (!bars.empty() && x0 <= bars.back().second + 1) bars.back().second = std::max(bars.back().second, x1);
            else bars.emplace_back(x0, x1);
        }
        for (const auto &bar : bars)
            out << "<rect class=\"" << (continuous ? "erm-bar-continuous" : "erm-bar") << "\" x=\""
                << number(bar.first) << "\" y=\"" << number(y + 3) << "\" width=\"" << number(bar.second - bar.first)
                << "\" height=\"" << row_height - 6 << "\"/>";
        if (bars.empty())
            out << "<text x=\"" << number(label_width + 4) << "\" y=\"" << number(y + 12)
                << "\" font-size=\"9\" font-style=\"italic\">"
                << html_escape(std::string(tr(lang, "нет срока внутри периода: ", "no window inside the period: ")) +
                               shorten(m.deadline.text.empty() ? std::string("—") : m.deadline.text, 60))
                << "</text>";
        out << "</g>\n";
        y += row_height;
    }
    if (span.contains(options.as_of)) {
        const double x = x_of(options.as_of);
        out << "<line class=\"erm-today\" x1=\"" << number(x) << "\" y1=\"" << header_height - 8 << "\" x2=\""
            << number(x) << "\" y2=\"" << number(height) << "\"/>";
    }
    out << "</svg></div>\n";
    return out.str();
}

} // namespace report
} // namespace eduroadmap
