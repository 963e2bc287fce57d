// The findings part of the report: the report's groups — one per cause,
// ranked as a plan's owner fixes them (Report::groups) — each with its
// places as the document numbers them, quoted from the source.
#include "report/parts.hpp"

#include <eduroadmap/score_html.hpp>

#include <sstream>

namespace eduroadmap {
namespace {

using report::tr;

// Line @p n (1-based) of @p text without its line break; empty when there is none.
std::string_view line_of(std::string_view text, int n) {
    if (n <= 0) return {};
    std::size_t begin = 0;
    for (int line = 1; line < n; ++line) {
        begin = text.find('\n', begin);
        if (begin == std::string_view::npos) return {};
        ++begin;
    }
    std::size_t end = text.find('\n', begin);
    std::string_view line = text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
}

const char *severity_mark(Severity severity) {
    return severity == Severity::error ? "✖" : severity == Severity::warning ? "▲" : "ℹ";
}

// Where a finding stands for the plan's reader: the document's own reference,
// else the node path (the registry, an indicator), else the file as a whole.
std::string place_of(const Diagnostic &d, Language language) {
    std::string place = describe(d.document, language);
    if (place.empty()) place = d.path;
    if (place.empty()) place = tr(language, "файл в целом", "the whole file");
    return place;
}

} // namespace

std::size_t finding_group_count(const Report &report) { return report.groups.size(); }

std::string findings_html(const ReportPlan &plan, const ReportOptions &options, std::string_view anchor) {
    const Language lang = options.language;
    const Report &report = *plan.findings;
    std::ostringstream out;
    const Tally t = report.counts();
    // How the groups were made, for readers of the page and for tests.
    out << "<p class=\"erm-findings-summary\" data-grouping=\"cause\">" << tr(lang, "Ошибок: ", "Errors: ") << t.errors
        << tr(lang, ", предупреждений: ", ", warnings: ") << t.warnings << tr(lang, ", замечаний: ", ", notes: ")
        << t.infos << tr(lang, "; причин: ", "; causes: ") << report.groups.size()
        << tr(lang,
              ". Одна причина — одна запись со всеми её местами; порядок: структура, цикл управления, сроки, "
              "ячейки, сведения.",
              ". One cause is one entry with all its places; ranked: structure, management cycle, dates, cells, "
              "information.")
        << "</p>\n";
    if (report.groups.empty()) out << "<p>" << tr(lang, "Замечаний нет.", "No findings.") << "</p>\n";
    for (std::size_t g = 0; g < report.groups.size(); ++g) {
        const DiagnosticGroup &group = report.groups[g];
        out << "<section class=\"erm-finding-group\" id=\"" << anchor << "-g" << g + 1 << "\" data-rule=\""
            << html_escape(group.rule) << "\" data-count=\"" << group.count() << "\">\n<h4><span class=\"erm-sev-"
            << to_string(group.severity) << "\"><span aria-hidden=\"true\">" << severity_mark(group.severity)
            << "</span> " << to_string(group.severity, lang) << "</span> " << g + 1 << ". "
            << html_escape(message(group, report.diagnostics, lang)) << " <code>" << html_escape(group.rule)
            << "</code>";
        if (group.count() > 1) out << " — " << group.count() << ' ' << tr(lang, "мест", "places");
        out << "</h4>\n";
        const std::string hint_text = hint(group, report.diagnostics, lang);
        if (!hint_text.empty())
            out << "<p class=\"erm-hint\">" << tr(lang, "Как исправить: ", "How to fix: ") << html_escape(hint_text)
                << "</p>\n";
        out << "<ol>\n";
        for (std::size_t i = 0; i < group.members.size(); ++i) {
            const Diagnostic &d = report.diagnostics[group.members[i]];
            out << "<li><strong>" << html_escape(place_of(d, lang)) << "</strong>";
            if (d.location.line > 0)
                out << " <span class=\"erm-muted\">(" << tr(lang, "строка ", "line ") << d.location.line << ':'
                    << d.location.column << ")</span>";
            if (group.count() > 1) out << ": " << html_escape(message(d, lang));
            const std::string_view excerpt = line_of(plan.source, d.location.line);
            if (i < options.max_excerpts && !excerpt.empty())
                out << "<pre>" << html_escape(report::shorten(excerpt, 300)) << "</pre>";
            out << "</li>\n";
        }
        out << "</ol>\n";
        if (group.count() > options.max_excerpts && !plan.source.empty())
            out << "<p class=\"erm-muted\">"
                << tr(lang, "Строки файла приведены для первых ", "Source lines are quoted for the first ")
                << options.max_excerpts << tr(lang, " мест.", " places.") << "</p>\n";
        out << "</section>\n";
    }
    return out.str();
}

} // namespace eduroadmap
