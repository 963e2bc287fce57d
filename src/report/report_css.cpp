// The report's stylesheet and the colours it sets, with their WCAG contrast
// (include/eduroadmap/report_html.hpp).
#include "report/parts.hpp"

#include <eduroadmap/score_html.hpp>

#include <cmath>
#include <cstdlib>

namespace eduroadmap {

namespace {

// The page's own rules after the scorecard's. Every fill with text on it
// sets both colours in one rule, so that report_colour_pairs() sees them.
constexpr const char *own_css = R"(body{max-width:80rem;margin:0 auto;padding:0 1rem;overflow-wrap:break-word}
.erm-muted{color:#4a4a4a;background:#ffffff}
.erm-scroll{overflow-x:auto;max-width:100%}
.erm-scroll>table{min-width:36rem}
table.erm-table{border-collapse:collapse;font-size:.85rem;margin:.5rem 0}
table.erm-table th,table.erm-table td{border:1px solid #888;padding:.2rem .35rem;vertical-align:top}
table.erm-table thead th{background:#e8e8e8;color:#1b1b1b}
table.erm-table tbody th{text-align:left;font-weight:normal}
table.erm-table td.erm-n{text-align:center;white-space:nowrap}
.erm-h0{background:#ffffff;color:#1b1b1b}
.erm-h1{background:#e3f0fb;color:#0d2a4a}
.erm-h2{background:#b9d8f2;color:#0b2540}
.erm-h3{background:#6fa8dc;color:#000000}
.erm-h4{background:#1f5f99;color:#ffffff}
.erm-h4 a{color:#ffffff}
.erm-sev-error{background:#f8d7da;color:#58151c}
.erm-sev-warning{background:#fff3cd;color:#4d3a00}
.erm-sev-info{background:#e3f0fb;color:#0d2a4a}
.erm-sev-error,.erm-sev-warning,.erm-sev-info{padding:0 .3rem;border-radius:.2rem;font-weight:600;white-space:nowrap}
.erm-diff del{background:#f8d7da;color:#58151c;text-decoration:line-through}
.erm-diff ins{background:#d1e7dd;color:#0a3622;text-decoration:none}
.erm-diff-added{background:#d1e7dd;color:#0a3622}
.erm-diff-removed{background:#f8d7da;color:#58151c}
.erm-diff-added,.erm-diff-removed,.erm-exec{padding:0 .3rem;border-radius:.2rem;white-space:nowrap}
ul.erm-changes,ul.erm-occurrences{margin:0;padding-left:1.1rem}
details.erm-diff-part summary{font-weight:600;margin:.8rem 0 .3rem}
.erm-exec-done{background:#d1e7dd;color:#0a3622}
.erm-exec-overdue{background:#f8d7da;color:#58151c}
.erm-exec-in_progress{background:#e3f0fb;color:#0d2a4a}
.erm-exec-cancelled{background:#e8e8e8;color:#1b1b1b}
dl.erm-card{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
dl.erm-card dt{font-weight:600}
dl.erm-card dd{margin:0}
nav.erm-toc ul{padding-left:1.2rem;columns:2 16rem}
.erm-finding-group{border-left:.25rem solid #888;padding-left:.6rem;margin:.8rem 0}
.erm-finding-group h4{margin:.2rem 0}
.erm-finding-group ol{padding-left:1.4rem}
.erm-finding-group pre{background:#f4f4f4;color:#1b1b1b;padding:.2rem .4rem;margin:.15rem 0;white-space:pre-wrap;overflow-wrap:anywhere;font-size:.8rem}
.erm-hint{font-style:italic}
svg.erm-chart{display:block;height:auto}
svg.erm-chart text{fill:#1b1b1b;font-family:system-ui,sans-serif}
svg.erm-chart .erm-grid{stroke:#d0d0d0;stroke-width:1}
svg.erm-chart .erm-bar{fill:#1f5f99}
svg.erm-chart .erm-bar-continuous{fill:#6fa8dc}
svg.erm-chart .erm-today{stroke:#b00020;stroke-width:2}
svg.erm-chart .erm-target{fill:none;stroke:#1b1b1b;stroke-width:1.5;stroke-dasharray:4 2}
svg.erm-chart .erm-baseline{fill:#9e9e9e}
svg.erm-chart .erm-actual{fill:#1f5f99}
.erm-timeline svg{min-width:56rem}
@media (max-width:40rem){h1{font-size:1.4rem}h2{font-size:1.2rem}dl.erm-card{grid-template-columns:1fr}
dl.erm-card dd{margin-bottom:.3rem}}
.erm-indicator{display:inline-block;vertical-align:top;margin:.4rem 1rem .4rem 0;max-width:100%}
@page{size:A4;margin:12mm}
@media print{body{max-width:none;padding:0;font-size:10pt}.erm-scroll{overflow:visible}.erm-timeline svg{min-width:0}
section.erm-plan,section.erm-compare+section.erm-plan{break-before:page}section.erm-plan:first-of-type{break-before:auto}
section.erm-part{break-before:page}section.erm-part.erm-card-part{break-before:auto}
.erm-finding-group,tr,.erm-indicator{break-inside:avoid}
nav.erm-toc{display:none}
.erm-h1,.erm-h2,.erm-h3,.erm-h4,.erm-sev-error,.erm-sev-warning,.erm-sev-info,svg.erm-chart,.erm-diff del,.erm-diff ins,
.erm-diff-added,.erm-diff-removed,.erm-exec{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
)";

// A colour `#rrggbb` → its relative luminance (WCAG 2.x); negative when not one.
double luminance(std::string_view colour) noexcept {
    if (colour.size() != 7 || colour[0] != '#') return -1;
    double channels[3];
    for (int i = 0; i < 3; ++i) {
        int value = 0;
        for (int k = 1; k <= 2; ++k) {
            const char ch = colour[static_cast<std::size_t>(1 + 2 * i + k - 1)];
            int digit = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
                      : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : -1;
            if (digit < 0) return -1;
            value = value * 16 + digit;
        }
        const double c = value / 255.0;
        channels[i] = c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}

// The value of @p property (`color`, `background`) in a declaration block; empty when absent.
std::string_view property(std::string_view block, std::string_view name) {
    for (std::size_t at = block.find(name); at != std::string_view::npos; at = block.find(name, at + 1)) {
        const bool starts = at == 0 || block[at - 1] == ';' || block[at - 1] == '{';
        if (!starts || block.substr(at + name.size(), 1) != ":") continue;
        const std::size_t begin = at + name.size() + 1;
        const std::size_t end = block.find_first_of(";}", begin);
        return block.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
    }
    return {};
}

} // namespace

std::string report_css() { return scorecard_css() + own_css; }

double contrast_ratio(std::string_view a, std::string_view b) noexcept {
    const double la = luminance(a), lb = luminance(b);
    if (la < 0 || lb < 0) return 0;
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::vector<ColourPair> report_colour_pairs() {
    std::vector<ColourPair> pairs{{"#1b1b1b", "#ffffff"}}; // the page's text (scorecard_css's body) on white
    const std::string css = report_css();
    // Innermost blocks only: the rules, also inside @media.
    std::size_t open = std::string::npos;
    for (std::size_t i = 0; i < css.size(); ++i) {
        if (css[i] == '{') open = i;
        else if (css[i] == '}' && open != std::string::npos) {
            const std::string_view block(css.data() + open + 1, i - open - 1);
            std::string_view text = property(block, "color");
            std::string_view fill = property(block, "background");
            if (fill.empty()) fill = property(block, "background-color");
            // A fill without its own text colour holds the page's text.
            if (!fill.empty()) pairs.push_back({text.empty() ? std::string("#1b1b1b") : std::string(text), std::string(fill)});
            open = std::string::npos;
        }
    }
    return pairs;
}

} // namespace eduroadmap
