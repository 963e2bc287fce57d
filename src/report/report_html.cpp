// The HTML report (include/eduroadmap/report_html.hpp): the page, the
// comparison of several plans, and each plan's card; the other parts are in
// their own files (report/parts.hpp).
#include "report/parts.hpp"

#include <eduroadmap/diff_html.hpp>
#include <eduroadmap/score_html.hpp>
#include <eduroadmap/version.hpp>

#include <map>
#include <sstream>

namespace eduroadmap {
namespace report {

std::string shorten(std::string_view text, std::size_t max) {
    std::size_t points = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue; // a continuation byte
        if (points++ == max) return std::string(text.substr(0, i)) + "…";
    }
    return std::string(text);
}

std::string date_text(Date date) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02d.%02d.%04d", int(date.day()), int(date.month()), int(date.year()));
    return buf;
}

std::string plan_title(const Roadmap &roadmap) { return roadmap.title.empty() ? roadmap.id : roadmap.title; }

std::string plan_title(const ReportPlan &plan) { return plan_title(*plan.roadmap->roadmap); }

std::string page_html(Language language, std::string_view title, std::string_view subtitle, std::string_view body) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(to_string(language)) + "\">\n<head>\n";
    out += "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<title>" + html_escape(title) + "</title>\n<style>\n" + report_css() + "</style>\n</head>\n<body>\n";
    out += "<header><h1>" + html_escape(title) + "</h1>\n<p class=\"erm-muted\">" + html_escape(subtitle) +
           "</p></header>\n";
    out.append(body);
    out += "</body>\n</html>\n";
    return out;
}

std::string table_open(Language language, std::string_view classes, std::initializer_list<Column> columns) {
    std::string out = "<div class=\"erm-scroll\"><table class=\"erm-table " + std::string(classes) + "\"><thead><tr>";
    for (const Column &c : columns) out += "<th scope=\"col\">" + std::string(tr(language, c.ru, c.en)) + "</th>";
    return out + "</tr></thead><tbody>\n";
}

std::string made_by(Language language, const std::optional<Date> &as_of) {
    std::string out = tr(language, "Отчёт eduroadmap ", "eduroadmap ") + std::string(version());
    if (as_of) out += tr(language, " на ", " report as of ") + date_text(*as_of);
    return out;
}

namespace {

std::string plan_anchor(std::size_t i) { return "plan" + std::to_string(i + 1); }

std::size_t section_count(const Roadmap &r) { return r.sections.size(); }

void card(std::ostream &out, const ReportPlan &plan, Language lang) {
    const Roadmap &r = *plan.roadmap->roadmap;
    auto row = [&](const char *ru, const char *en, const std::string &value) {
        if (!value.empty()) out << "<dt>" << tr(lang, ru, en) << "</dt><dd>" << html_escape(value) << "</dd>\n";
    };
    out << "<dl class=\"erm-card\">\n";
    row("Файл", "File", plan.name);
    std::string territory = r.territory.municipality;
    if (!r.territory.region.empty()) territory += (territory.empty() ? "" : ", ") + r.territory.region;
    row("Территория", "Territory", territory);
    if (r.approved_by) {
        const ApprovingDocument &a = *r.approved_by;
        row("Орган", "Authority", a.authority);
        std::string order = a.kind;
        if (!a.number.empty()) order += (order.empty() ? "№ " : " № ") + a.number;
        if (a.date) order += std::string(tr(lang, " от ", " of ")) + date_text(*a.date);
        row("Утверждена", "Approved by", order);
        row("Название документа", "Document title", a.title);
    }
    std::string period = r.period.known ? date_text(r.period.window.start()) + " – " + date_text(r.period.window.end())
                                        : std::string(tr(lang, "не указан", "not given"));
    if (!r.period.text.empty()) period += " (" + r.period.text + ")";
    row("Период", "Period", period);
    row("Каталог направлений", "Direction catalog", plan.card ? plan.card->catalog : r.catalog);
    out << "</dl>\n<table class=\"erm-table erm-counts\"><tbody>\n";
    auto count = [&](const char *ru, const char *en, std::size_t n, const char *cls) {
        out << "<tr><th scope=\"row\">" << tr(lang, ru, en) << "</th><td class=\"erm-n\" data-count=\"" << cls << "\">"
            << n << "</td></tr>\n";
    };
    count("Разделов", "Sections", section_count(r), "sections");
    count("Мероприятий", "Measures", plan.roadmap->measures.size(), "measures");
    count("Ответственных в перечне", "Responsibles in the registry", r.responsibles.size(), "responsibles");
    count("Показателей", "Indicators", r.indicators.size(), "indicators");
    const Tally t = plan.findings->counts();
    count("Ошибок", "Errors", t.errors, "errors");
    count("Предупреждений", "Warnings", t.warnings, "warnings");
    count("Замечаний", "Notes", t.infos, "infos");
    out << "</tbody></table>\n";
    if (plan.card)
        out << "<p>" << tr(lang, "Самооценка по управленческому циклу: ", "Management-cycle self-assessment: ")
            << points_text(plan.card->total) << " / " << points_text(plan.card->maximum) << " ("
            << percent_text(plan.card->share()) << ").</p>\n";
}

// The class and mark of a direction's share of its maximum, as the scorecard colours points.
std::pair<const char *, const char *> share_band(double total, double share) {
    if (total <= 0) return {"erm-score-p0", "✗"};
    if (share < 0.5) return {"erm-score-p1", "◐"};
    return {"erm-score-p2", "✓"};
}

void comparison(std::ostream &out, const std::vector<ReportPlan> &plans, Language lang) {
    // Columns: the directions of every plan's catalog, in order of first appearance.
    std::vector<std::pair<std::string, std::string>> columns; // code, title
    for (const ReportPlan &p : plans)
        if (p.card)
            for (const ScoredDirection &d : p.card->directions)
                if (std::find_if(columns.begin(), columns.end(), [&](const auto &c) { return c.first == d.code; }) ==
                    columns.end())
                    columns.emplace_back(d.code, d.title);
    out << "<section class=\"erm-compare\" id=\"compare\">\n<h2>" << tr(lang, "Сравнение планов", "The plans compared")
        << "</h2>\n<p>"
        << tr(lang,
              "Баллы самооценки по направлениям (из максимума) и число замечаний. ✗ — 0 баллов, ◐ — меньше половины "
              "максимума, ✓ — половина и больше.",
              "Self-assessment points per direction (of the maximum) and the number of findings. ✗ 0 points, ◐ under "
              "half the maximum, ✓ half or more.")
        << "</p>\n<div class=\"erm-scroll\"><table class=\"erm-table erm-score\" id=\"compare-table\"><thead><tr>"
        << "<th scope=\"col\">" << tr(lang, "План", "Plan") << "</th>";
    for (const auto &c : columns)
        out << "<th scope=\"col\" title=\"" << html_escape(c.second) << "\">" << html_escape(c.first) << "</th>";
    out << "<th scope=\"col\">" << tr(lang, "Итого", "Total") << "</th><th scope=\"col\">"
        << tr(lang, "Ошибки", "Errors") << "</th><th scope=\"col\">" << tr(lang, "Предупр.", "Warnings")
        << "</th><th scope=\"col\">" << tr(lang, "Замеч.", "Notes") << "</th><th scope=\"col\">"
        << tr(lang, "Группы", "Groups") << "</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < plans.size(); ++i) {
        const ReportPlan &p = plans[i];
        const Roadmap &r = *p.roadmap->roadmap;
        const std::string name = r.territory.municipality.empty() ? plan_title(p) : r.territory.municipality;
        out << "<tr class=\"erm-compare-plan\"><th scope=\"row\"><a href=\"#" << plan_anchor(i) << "\">"
            << html_escape(name) << "</a><br><small>" << html_escape(p.name) << "</small></th>";
        for (const auto &c : columns) {
            const ScoredDirection *d = nullptr;
            if (p.card)
                for (const ScoredDirection &x : p.card->directions)
                    if (x.code == c.first) d = &x;
            if (!d) {
                out << "<td class=\"erm-n\">—</td>";
                continue;
            }
            const auto band = share_band(d->total, d->share());
            out << "<td class=\"erm-n " << band.first << "\"><a href=\"#" << plan_anchor(i) << "-score-d"
                << (d - p.card->directions.data()) << "\">" << points_text(d->total) << " <span aria-hidden=\"true\">"
                << band.second << "</span></a></td>";
        }
        const Tally t = p.findings->counts();
        out << "<td class=\"erm-n\">";
        if (p.card) out << points_text(p.card->total) << " / " << points_text(p.card->maximum);
        out << "</td><td class=\"erm-n\">" << t.errors << "</td><td class=\"erm-n\">" << t.warnings
            << "</td><td class=\"erm-n\">" << t.infos << "</td><td class=\"erm-n\"><a href=\"#" << plan_anchor(i)
            << "-findings\">" << finding_group_count(*p.findings) << "</a></td></tr>\n";
    }
    out << "</tbody></table></div>\n</section>\n";
}

struct Part {
    const char *id;
    const char *ru;
    const char *en;
};
constexpr Part parts[] = {{"card", "Карточка плана", "The plan"},
                          {"changes", "Изменения с предыдущей версии", "Changes since the previous version"},
                          {"score", "Самооценка по управленческому циклу", "Management-cycle self-assessment"},
                          {"findings", "Замечания", "Findings"},
                          {"coverage", "Покрытие этапов цикла", "Coverage of the cycle"},
                          {"timeline", "Временная шкала", "Timeline"},
                          {"workload", "Нагрузка на ответственных", "Workload of the responsibles"},
                          {"indicators", "Показатели", "Indicators"}};

void plan_section(std::ostream &out, const ReportPlan &plan, std::size_t i, const ReportOptions &options) {
    const Language lang = options.language;
    const std::string anchor = plan_anchor(i);
    out << "<section class=\"erm-plan\" id=\"" << anchor << "\">\n<h2>" << html_escape(plan_title(plan))
        << "</h2>\n<nav class=\"erm-toc\"><ul>";
    // The changes since an earlier version only where one was given.
    auto shown = [&](const Part &p) { return plan.since || std::string(p.id) != "changes"; };
    for (const Part &p : parts)
        if (shown(p))
            out << "<li><a href=\"#" << anchor << '-' << p.id << "\">" << tr(lang, p.ru, p.en) << "</a></li>";
    out << "</ul></nav>\n";
    for (const Part &p : parts) {
        if (!shown(p)) continue;
        const std::string id = anchor + '-' + p.id;
        out << "<section class=\"erm-part" << (std::string(p.id) == "card" ? " erm-card-part" : "") << "\" id=\"" << id
            << "\">\n<h3>" << tr(lang, p.ru, p.en) << "</h3>\n";
        const std::string part = p.id;
        if (part == "card") card(out, plan, lang);
        else if (part == "changes") out << diff_html(*plan.since, {plan.since_name, plan.name}, lang, id);
        else if (part == "score") {
            if (plan.card)
                out << "<p class=\"erm-muted\">"
                    << tr(lang, "Самооценка по критериям управленческого цикла, не официальная оценка; модель ",
                          "A self-assessment along the management-cycle criteria, not an official score; model ")
                    << html_escape(plan.card->model) << ".</p>\n<div class=\"erm-scroll\">"
                    << scorecard_html(*plan.card, lang, id) << "</div>\n";
        } else if (part == "findings") out << findings_html(plan, options, id);
        else if (part == "coverage") out << coverage_html(plan, options, id);
        else if (part == "timeline") out << timeline_html(plan, options, id);
        else if (part == "workload") out << workload_html(plan, options, id);
        else out << indicators_html(plan, options, id);
        out << "</section>\n";
    }
    out << "</section>\n";
}

} // namespace
} // namespace report

std::string report_html(const std::vector<ReportPlan> &plans, const ReportOptions &options) {
    using report::tr;
    const Language lang = options.language;
    std::ostringstream out;
    const std::string title = plans.size() == 1 ? std::string(tr(lang, "Дорожная карта: разбор", "Roadmap review"))
                                                : std::string(tr(lang, "Дорожные карты: сравнение и разбор",
                                                                 "Roadmaps: compared and reviewed"));
    if (plans.size() > 1) report::comparison(out, plans, lang);
    for (std::size_t i = 0; i < plans.size(); ++i) report::plan_section(out, plans[i], i, options);
    return report::page_html(lang, title, report::made_by(lang, options.as_of), out.str());
}

} // namespace eduroadmap
