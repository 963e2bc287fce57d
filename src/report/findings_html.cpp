// The findings part of the report: groups ranked by severity, then size,
// each finding located as the document numbers it and quoted from the source.
//
// A group is the findings of one rule. This file is the one place to switch
// to findings grouped by cause (Report::groups) where the library has them.
#include "report/parts.hpp"

#include <eduroadmap/score_html.hpp>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <sstream>

namespace eduroadmap {
namespace {

using report::tr;

struct FindingGroup {
    std::string rule;
    Severity severity = Severity::info;
    std::vector<const Diagnostic *> members; // in report order
};

// Ranked: errors first, then the larger group, then by rule id (stable across runs).
std::vector<FindingGroup> groups_of(const Report &report) {
    std::map<std::string, FindingGroup> by_rule;
    for (const Diagnostic &d : report.diagnostics) {
        FindingGroup &g = by_rule[d.rule];
        if (g.members.empty()) g.rule = d.rule, g.severity = d.severity;
        g.severity = std::max(g.severity, d.severity);
        g.members.push_back(&d);
    }
    std::vector<FindingGroup> groups;
    for (auto &entry : by_rule) groups.push_back(std::move(entry.second));
    std::stable_sort(groups.begin(), groups.end(), [](const FindingGroup &a, const FindingGroup &b) {
        if (a.severity != b.severity) return a.severity > b.severity;
        return a.members.size() > b.members.size();
    });
    return groups;
}

// The index in `name[i]` at @p at of @p path, or nothing; @p at moves past it.
std::optional<std::size_t> index_of(std::string_view path, std::string_view name, std::size_t &at) {
    const std::string key = std::string(name) + "[";
    if (path.substr(at, key.size()) != key) return std::nullopt;
    const std::size_t close = path.find(']', at + key.size());
    if (close == std::string_view::npos) return std::nullopt;
    const std::string digits(path.substr(at + key.size(), close - at - key.size()));
    if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    at = close + 1;
    if (at < path.size() && path[at] == '.') ++at;
    return static_cast<std::size_t>(std::strtoull(digits.c_str(), nullptr, 10));
}

std::string trimmed_number(std::string number) {
    while (!number.empty() && (number.back() == '.' || number.back() == ' ')) number.pop_back();
    return number;
}

// Where a node path stands in the printed document: «мероприятие 12 раздела 3»,
// «раздел 3», «показатель q1»; the path itself when it names nothing of the table.
std::string document_ref(const Roadmap &roadmap, std::string_view path, Language language) {
    std::size_t at = 0;
    if (auto s = index_of(path, "sections", at); s && *s < roadmap.sections.size()) {
        const Section &section = roadmap.sections[*s];
        const std::string number = trimmed_number(section.number);
        const std::string section_name = number.empty() ? std::to_string(*s + 1) : number;
        const std::vector<Measure> *list = &section.measures;
        std::string group;
        std::size_t mark = at;
        if (auto g = index_of(path, "groups", at); g && *g < section.groups.size()) {
            list = &section.groups[*g].measures;
            group = trimmed_number(section.groups[*g].number);
            if (group.empty()) group = std::to_string(*g + 1);
            mark = at;
        }
        at = mark;
        if (auto m = index_of(path, "measures", at); m && *m < list->size()) {
            const std::string measure = trimmed_number((*list)[*m].number);
            std::string text = measure.empty()
                                   ? std::string(tr(language, "мероприятие без номера (строка ", "unnumbered measure (row ")) +
                                         std::to_string(*m + 1) + ")"
                                   : std::string(tr(language, "мероприятие ", "measure ")) + measure;
            if (!group.empty()) text += std::string(tr(language, " подраздела ", " of group ")) + group;
            return text + tr(language, " раздела ", " of section ") + section_name;
        }
        return tr(language, "раздел ", "section ") + section_name;
    }
    at = 0;
    if (auto i = index_of(path, "indicators", at); i && *i < roadmap.indicators.size())
        return tr(language, "показатель ", "indicator ") + roadmap.indicators[*i].id;
    at = 0;
    if (auto d = index_of(path, "declared_directions", at); d)
        return tr(language, "перечень направлений, пункт ", "declared directions, item ") + std::to_string(*d + 1);
    if (path.empty()) return tr(language, "файл в целом", "the whole file");
    return std::string(path);
}

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

std::string_view severity_name(Severity severity, Language language) {
    switch (severity) {
    case Severity::error: return tr(language, "ошибка", "error");
    case Severity::warning: return tr(language, "предупреждение", "warning");
    case Severity::info: return tr(language, "замечание", "note");
    }
    return "";
}

} // namespace

std::size_t finding_group_count(const Report &report) { return groups_of(report).size(); }

std::string findings_html(const ReportPlan &plan, const ReportOptions &options, std::string_view anchor) {
    const Language lang = options.language;
    const std::vector<FindingGroup> groups = groups_of(*plan.findings);
    const Roadmap &roadmap = *plan.roadmap->roadmap;
    std::ostringstream out;
    const Tally t = plan.findings->counts();
    // How the groups were made, for readers of the page and for tests: `rule` now, `cause` with Report::groups.
    out << "<p class=\"erm-findings-summary\" data-grouping=\"rule\">" << tr(lang, "Ошибок: ", "Errors: ") << t.errors << tr(lang, ", предупреждений: ", ", warnings: ")
        << t.warnings << tr(lang, ", замечаний: ", ", notes: ") << t.infos << tr(lang, "; групп: ", "; groups: ")
        << groups.size()
        << tr(lang, ". Группа — замечания одного правила; группы упорядочены: сначала ошибки, затем более частые.",
              ". A group is the findings of one rule; groups are ranked: errors first, then the more frequent.")
        << "</p>\n";
    if (groups.empty()) out << "<p>" << tr(lang, "Замечаний нет.", "No findings.") << "</p>\n";
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const FindingGroup &group = groups[g];
        const Diagnostic &first = *group.members.front();
        out << "<section class=\"erm-finding-group\" id=\"" << anchor << "-g" << g + 1 << "\" data-rule=\""
            << html_escape(group.rule) << "\" data-count=\"" << group.members.size() << "\">\n<h4><span class=\"erm-sev-"
            << to_string(group.severity) << "\"><span aria-hidden=\"true\">" << severity_mark(group.severity)
            << "</span> " << severity_name(group.severity, lang) << "</span> " << g + 1 << ". <code>"
            << html_escape(group.rule) << "</code> — " << group.members.size() << ' '
            << tr(lang, "шт.", group.members.size() == 1 ? "finding" : "findings") << "</h4>\n";
        if (const RuleInfo *info = find_rule(group.rule); info && lang == Language::en)
            out << "<p class=\"erm-muted\">" << html_escape(info->summary_en) << "</p>\n";
        const std::string hint_text = hint(first, lang);
        if (!hint_text.empty())
            out << "<p class=\"erm-hint\">" << tr(lang, "Как исправить: ", "How to fix: ") << html_escape(hint_text)
                << "</p>\n";
        out << "<ol>\n";
        for (std::size_t i = 0; i < group.members.size(); ++i) {
            const Diagnostic &d = *group.members[i];
            out << "<li><strong>" << html_escape(document_ref(roadmap, d.path, lang)) << "</strong>";
            if (d.location.line > 0)
                out << " <span class=\"erm-muted\">(" << tr(lang, "строка ", "line ") << d.location.line << ':'
                    << d.location.column << ")</span>";
            out << ": " << html_escape(message(d, lang));
            const std::string_view excerpt = line_of(plan.source, d.location.line);
            if (i < options.max_excerpts && !excerpt.empty())
                out << "<pre>" << html_escape(report::shorten(excerpt, 300)) << "</pre>";
            out << "</li>\n";
        }
        out << "</ol>\n";
        if (group.members.size() > options.max_excerpts && !plan.source.empty())
            out << "<p class=\"erm-muted\">"
                << tr(lang, "Строки файла приведены для первых ", "Source lines are quoted for the first ")
                << options.max_excerpts << tr(lang, " мест.", " places.") << "</p>\n";
        out << "</section>\n";
    }
    return out.str();
}

} // namespace eduroadmap
