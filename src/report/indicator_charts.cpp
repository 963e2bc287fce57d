// The report's indicators: each indicator's baseline, targets and actuals
// in a table, with a small SVG bar chart beside them when it has values.
#include "report/parts.hpp"

#include <eduroadmap/indicators.hpp>
#include <eduroadmap/score_html.hpp>

#include <algorithm>
#include <cmath>
#include <sstream>

namespace eduroadmap {
namespace report {
namespace {

struct Bar {
    std::string label; // «база», «2021», «06.2021»
    double value = 0;
    std::string cls;   // erm-baseline, erm-target, erm-actual
};

std::string value_text(const IndicatorValue &v, Unit unit, Language lang) {
    if (v.is_boolean) return v.boolean ? tr(lang, "да", "yes") : tr(lang, "нет", "no");
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v.number);
    return std::string(buf) + (unit == Unit::percent ? " %" : "");
}

double numeric(const IndicatorValue &v) { return v.is_boolean ? (v.boolean ? 1 : 0) : v.number; }

std::string status_name(ProgressStatus status, Language lang) {
    switch (status) {
    case ProgressStatus::achieved: return tr(lang, "✓ достигнут", "✓ achieved");
    case ProgressStatus::on_track: return tr(lang, "◐ идёт по плану", "◐ on track");
    case ProgressStatus::behind: return tr(lang, "✗ отстаёт", "✗ behind");
    case ProgressStatus::no_data: return tr(lang, "? нет данных", "? no data");
    case ProgressStatus::no_target: return tr(lang, "— нет цели", "— no target");
    }
    return "";
}

// Bars from zero to the largest value; each bar's number printed above it.
std::string chart(const std::vector<Bar> &bars, const std::string &title) {
    double top = 0;
    for (const Bar &b : bars) top = std::max(top, b.value);
    if (bars.empty() || top <= 0 || !std::isfinite(top)) return {};
    const double w = 10 + 34 * static_cast<double>(bars.size()), h = 74, plot = 44;
    std::ostringstream out;
    out << "<svg class=\"erm-chart\" viewBox=\"0 0 " << w << ' ' << h << "\" width=\"" << w << "\" height=\"" << h
        << "\" role=\"img\"><title>" << html_escape(title) << "</title>";
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const Bar &b = bars[i];
        const double x = 8 + 34 * static_cast<double>(i);
        const double bh = b.value > 0 ? std::max(1.0, plot * b.value / top) : 0;
        const double y = 12 + plot - bh;
        char num[32];
        std::snprintf(num, sizeof num, "%g", b.value);
        out << "<rect class=\"" << b.cls << "\" x=\"" << x << "\" y=\"" << y << "\" width=\"24\" height=\"" << bh
            << "\"/><text x=\"" << x + 12 << "\" y=\"" << y - 2 << "\" font-size=\"8\" text-anchor=\"middle\">" << num
            << "</text><text x=\"" << x + 12 << "\" y=\"" << h - 6 << "\" font-size=\"7\" text-anchor=\"middle\">"
            << html_escape(shorten(b.label, 9)) << "</text>";
    }
    out << "</svg>";
    return out.str();
}

} // namespace

std::string indicators_html(const ReportPlan &plan, const ReportOptions &options, std::string_view anchor) {
    const Language lang = options.language;
    const Roadmap &roadmap = *plan.roadmap->roadmap;
    std::ostringstream out;
    if (roadmap.indicators.empty()) {
        out << "<p>" << tr(lang, "В плане нет показателей.", "The plan defines no indicators.") << "</p>\n";
        return out.str();
    }
    out << "<p>"
        << tr(lang,
              "Базовое значение (серый столбец), цели по периодам (пунктир) и фактические значения (синий); статус — на "
              "дату отчёта ",
              "Baseline (grey bar), targets per period (dashed) and actual values (blue); the status is as of ")
        << date_text(options.as_of) << ".</p>\n"
        << "<div class=\"erm-scroll\"><table class=\"erm-table\" id=\"" << anchor << "-table\"><thead><tr><th scope=\"col\">"
        << tr(lang, "Показатель", "Indicator") << "</th><th scope=\"col\">" << tr(lang, "База", "Baseline")
        << "</th><th scope=\"col\">" << tr(lang, "Цели", "Targets") << "</th><th scope=\"col\">"
        << tr(lang, "Факт", "Actuals") << "</th><th scope=\"col\">" << tr(lang, "Статус", "Status")
        << "</th><th scope=\"col\">" << tr(lang, "График", "Chart") << "</th></tr></thead>\n<tbody>\n";
    for (const Indicator &ind : roadmap.indicators) {
        std::vector<Bar> bars;
        std::string baseline = "—", targets, actuals;
        if (ind.baseline) {
            baseline = value_text(ind.baseline->value, ind.unit, lang);
            bars.push_back({tr(lang, "база", "base"), numeric(ind.baseline->value), "erm-baseline"});
        }
        for (const Target &t : ind.targets) {
            targets += (targets.empty() ? "" : "; ") + t.period + ": " + std::string(to_string(ind.comparator)) + " " +
                       value_text(t.value, ind.unit, lang);
            bars.push_back({t.period, numeric(t.value), "erm-target"});
        }
        for (const Actual &a : ind.actuals) {
            actuals += (actuals.empty() ? "" : "; ") + date_text(a.date) + ": " + value_text(a.value, ind.unit, lang);
            bars.push_back({to_iso(a.date).substr(0, 7), numeric(a.value), "erm-actual"});
        }
        const IndicatorProgress p = progress(ind, options.as_of);
        out << "<tr><th scope=\"row\"><code>" << html_escape(ind.id) << "</code> " << html_escape(shorten(ind.title, 160))
            << "</th><td>" << html_escape(baseline) << "</td><td>" << html_escape(targets.empty() ? "—" : targets)
            << "</td><td>" << html_escape(actuals.empty() ? "—" : actuals) << "</td><td>"
            << status_name(p.status, lang) << "</td><td>" << chart(bars, ind.title) << "</td></tr>\n";
    }
    out << "</tbody></table></div>\n";
    return out.str();
}

} // namespace report
} // namespace eduroadmap
