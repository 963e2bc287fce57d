// The scorecard as HTML: one self-contained page, and the table and
// stylesheet a larger report reuses (include/eduroadmap/score_html.hpp).
#include <eduroadmap/score_html.hpp>

#include <sstream>

namespace eduroadmap {

namespace {

// The short column headings: the components' names are long.
std::string_view heading(Stage component, Language language) {
    const bool ru = language == Language::ru;
    switch (component) {
    case Stage::goals: return ru ? "Цели" : "Goals";
    case Stage::indicators: return ru ? "Показатели" : "Indicators";
    case Stage::data_collection: return ru ? "Сбор информации" : "Data collection";
    case Stage::monitoring: return ru ? "Мониторинг" : "Monitoring";
    case Stage::analysis: return ru ? "Анализ" : "Analysis";
    case Stage::recommendations: return ru ? "Адресные рекомендации" : "Recommendations";
    case Stage::measures: return ru ? "Меры" : "Measures";
    case Stage::decisions: return ru ? "Решения" : "Decisions";
    case Stage::review: return ru ? "Анализ эффективности" : "Effectiveness review";
    }
    return "";
}

// A symbol beside each colour: the colours never carry the points alone.
const char *mark(int points) { return points == 2 ? "✓" : points == 1 ? "◐" : "✗"; }

std::string anchor_of(std::string_view anchor, std::size_t direction, const ComponentScore *c = nullptr) {
    std::string id = std::string(anchor) + "-d" + std::to_string(direction);
    if (c) id += "-" + std::string(to_string(c->component));
    return id;
}

void table(std::ostream &out, const Scorecard &card, Language language, std::string_view anchor) {
    const bool ru = language == Language::ru;
    out << "<table class=\"erm-score\">\n<caption>"
        << html_escape(ru ? "Баллы по управленческому циклу: 0 — нет, 1 — есть, но слабо, 2 — есть и обоснованно"
                          : "Points along the management cycle: 0 absent, 1 present but weak, 2 present and sound")
        << "</caption>\n<thead><tr><th scope=\"col\">" << (ru ? "Направление" : "Direction") << "</th>";
    for (const ComponentRule &rule : card.components)
        out << "<th scope=\"col\" title=\"" << html_escape(component_name(rule.component, language)) << "\">"
            << html_escape(heading(rule.component, language)) << "</th>";
    out << "<th scope=\"col\">" << (ru ? "Итого" : "Total") << "</th></tr></thead>\n<tbody>\n";
    for (std::size_t d = 0; d < card.directions.size(); ++d) {
        const ScoredDirection &dir = card.directions[d];
        out << "<tr><th scope=\"row\"><a href=\"#" << anchor_of(anchor, d) << "\">" << html_escape(dir.code) << "</a> "
            << html_escape(dir.title) << "</th>";
        for (const ComponentScore &c : dir.components)
            out << "<td class=\"erm-score-p" << c.points << "\" title=\"" << html_escape(c.reason.text(language))
                << "\"><a href=\"#" << anchor_of(anchor, d, &c) << "\">" << c.points << " <span aria-hidden=\"true\">"
                << mark(c.points) << "</span></a></td>";
        out << "<td class=\"erm-score-total\">" << points_text(dir.total) << " / " << points_text(dir.maximum)
            << " <small>(" << percent_text(dir.share()) << ")</small></td></tr>\n";
    }
    out << "</tbody>\n<tfoot><tr><th scope=\"row\" colspan=\"" << card.components.size() + 1 << "\">"
        << (ru ? "План в целом" : "The plan") << "</th><td class=\"erm-score-total\">" << points_text(card.total)
        << " / " << points_text(card.maximum) << " <small>(" << percent_text(card.share())
        << ")</small></td></tr></tfoot>\n</table>\n";
}

void details(std::ostream &out, const Scorecard &card, Language language, std::string_view anchor) {
    const bool ru = language == Language::ru;
    for (std::size_t d = 0; d < card.directions.size(); ++d) {
        const ScoredDirection &dir = card.directions[d];
        out << "<section class=\"erm-score-direction\" id=\"" << anchor_of(anchor, d) << "\">\n<h3>"
            << html_escape(dir.code) << " " << html_escape(dir.title) << " — " << points_text(dir.total) << " / "
            << points_text(dir.maximum) << "</h3>\n<dl>\n";
        for (const ComponentScore &c : dir.components) {
            out << "<dt id=\"" << anchor_of(anchor, d, &c) << "\"><span class=\"erm-score-p" << c.points << "\">"
                << c.points << " " << mark(c.points) << "</span> " << html_escape(component_name(c.component, language))
                << "</dt>\n<dd><p>" << html_escape(c.reason.text(language)) << "</p>";
            if (!c.evidence.empty()) {
                out << "<ul>";
                for (const Evidence &e : c.evidence) {
                    out << "<li" << (e.sound ? " class=\"erm-score-sound\"" : "") << ">";
                    if (e.kind == EvidenceKind::measure)
                        out << (ru ? "мероприятие " : "measure ") << html_escape(e.number.empty() ? e.id : e.number);
                    else if (e.kind == EvidenceKind::block)
                        out << (ru ? "паспорт, " : "passport, ") << html_escape(e.id);
                    else
                        out << (ru ? "показатель " : "indicator ") << html_escape(e.id);
                    out << ": " << html_escape(e.text);
                    if (e.sound) out << " <strong>" << (ru ? "(засчитано на 2 балла)" : "(counts for 2 points)") << "</strong>";
                    out << "</li>";
                }
                out << "</ul>";
            }
            out << "</dd>\n";
        }
        out << "</dl>\n</section>\n";
    }
}

} // namespace

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char ch : text) switch (ch) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += ch;
        }
    return out;
}

std::string scorecard_css() {
    // Text on each fill has a contrast ratio above 7:1 (WCAG AA asks 4.5:1).
    return R"(body{font-family:system-ui,sans-serif;margin:1rem;line-height:1.4;color:#1b1b1b}
table.erm-score{border-collapse:collapse;width:100%;font-size:.9rem}
table.erm-score caption{text-align:left;font-weight:600;padding:.3rem 0}
table.erm-score th,table.erm-score td{border:1px solid #888;padding:.25rem .4rem;vertical-align:top}
table.erm-score thead th{background:#e8e8e8}
table.erm-score tbody th{text-align:left;font-weight:normal}
table.erm-score td{text-align:center;white-space:nowrap}
table.erm-score a{color:inherit}
.erm-score-p0{background:#f8d7da;color:#58151c}
.erm-score-p1{background:#fff3cd;color:#4d3a00}
.erm-score-p2{background:#d1e7dd;color:#0a3622}
td.erm-score-total{font-weight:600}
.erm-score-direction dt{margin-top:.5rem;font-weight:600}
.erm-score-direction dt span{padding:0 .3rem;border-radius:.2rem}
.erm-score-direction dd{margin-left:1.5rem}
.erm-score-direction li{margin:.15rem 0}
@media (max-width:40rem){table.erm-score{font-size:.75rem}table.erm-score th,table.erm-score td{padding:.15rem}}
@media print{body{margin:0}a{text-decoration:none}.erm-score-direction{break-inside:avoid-page}
section.erm-score-plan{break-before:page}section.erm-score-plan:first-of-type{break-before:auto}
.erm-score-p0,.erm-score-p1,.erm-score-p2{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
)";
}

std::string scorecard_html(const Scorecard &card, Language language, std::string_view anchor) {
    std::ostringstream out;
    table(out, card, language, anchor);
    details(out, card, language, anchor);
    return out.str();
}

std::string scorecard_page(const std::vector<ScorecardEntry> &plans, Language language) {
    const bool ru = language == Language::ru;
    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html lang=\"" << to_string(language) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        << (ru ? "Самооценка по управленческому циклу" : "Management-cycle self-assessment") << "</title>\n<style>\n"
        << scorecard_css() << "</style>\n</head>\n<body>\n<h1>"
        << (ru ? "Самооценка по управленческому циклу" : "Management-cycle self-assessment") << "</h1>\n";
    for (std::size_t i = 0; i < plans.size(); ++i) {
        const Scorecard &card = *plans[i].card;
        out << "<section class=\"erm-score-plan\">\n<h2>" << html_escape(card.title.empty() ? card.roadmap : card.title)
            << "</h2>\n<p>" << html_escape(plans[i].name) << " · " << (ru ? "модель " : "model ")
            << html_escape(card.model) << " · " << (ru ? "каталог " : "catalog ") << html_escape(card.catalog) << " · "
            << html_escape(ru ? "самооценка по критериям управленческого цикла, не официальная оценка"
                              : "a self-assessment along the management-cycle criteria, not an official score")
            << "</p>\n"
            << scorecard_html(card, language, "p" + std::to_string(i)) << "</section>\n";
    }
    out << "</body>\n</html>\n";
    return out.str();
}

} // namespace eduroadmap
