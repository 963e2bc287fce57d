#include "entries.hpp"

#include <eduroadmap/stages.hpp>

#include <algorithm>

namespace eduroadmap::cli {

namespace {

bool ru(Language l) { return l == Language::ru; }

// How many places a line lists before «и ещё N».
constexpr std::size_t shown_places = 12;

// Sorted lines folded into ranges: «5–10, 14».
std::vector<std::string> fold_lines(std::vector<int> lines) {
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    std::vector<std::string> out;
    for (std::size_t i = 0; i < lines.size();) {
        std::size_t j = i;
        while (j + 1 < lines.size() && lines[j + 1] == lines[j] + 1) ++j;
        out.push_back(j == i ? std::to_string(lines[i]) : std::to_string(lines[i]) + "–" + std::to_string(lines[j]));
        i = j + 1;
    }
    return out;
}

} // namespace

Entries::Entries(const FileReport &file) {
    const Report &r = file.report;
    if (r.groups.empty() && !r.diagnostics.empty()) {
        own_.reserve(r.diagnostics.size());
        for (std::size_t i = 0; i < r.diagnostics.size(); ++i) {
            DiagnosticGroup g;
            g.id = r.diagnostics[i].group;
            g.rule = r.diagnostics[i].rule;
            g.severity = r.diagnostics[i].severity;
            g.members = {i};
            own_.push_back(std::move(g));
        }
        for (const DiagnosticGroup &g : own_) list_.push_back({&g, &r.diagnostics[g.members.front()]});
        return;
    }
    for (const DiagnosticGroup &g : r.groups)
        if (!g.members.empty() && g.members.front() < r.diagnostics.size())
            list_.push_back({&g, &r.diagnostics[g.members.front()]});
}

std::string entry_message(const FileReport &file, const Entry &e, Language language) {
    return message(*e.group, file.report.diagnostics, language);
}

std::string entry_hint(const FileReport &file, const Entry &e, Language language) {
    return hint(*e.group, file.report.diagnostics, language);
}

std::vector<const Diagnostic *> members(const FileReport &file, const Entry &e) {
    std::vector<const Diagnostic *> out;
    for (std::size_t i : e.group->members)
        if (i < file.report.diagnostics.size()) out.push_back(&file.report.diagnostics[i]);
    return out;
}

std::string places_line(const FileReport &file, const Entry &e, Language l) {
    if (e.group->count() < 2) return {};
    std::vector<int> lines;
    for (const Diagnostic *d : members(file, e))
        if (d->location.line > 0) lines.push_back(d->location.line);
    std::vector<std::string> items = fold_lines(lines);
    std::string out = ru(l) ? count_ru(e.group->count(), "место", "места", "мест")
                            : count_en(e.group->count(), "place", "places");
    if (items.empty()) return out;
    out += ru(l) ? (lines.size() == 1 ? ": строка " : ": строки ") : (lines.size() == 1 ? ": line " : ": lines ");
    for (std::size_t i = 0; i < items.size() && i < shown_places; ++i) out += (i ? ", " : "") + items[i];
    if (items.size() > shown_places)
        out += (ru(l) ? " и ещё " : " and ") + std::to_string(items.size() - shown_places) + (ru(l) ? "" : " more");
    return out;
}

std::string document_line(const FileReport &file, const Entry &e, Language l) {
    std::vector<DocumentRef> refs;
    for (const Diagnostic *d : members(file, e)) refs.push_back(d->document);
    return describe(refs, l);
}

std::vector<std::string> related_lines(const FileReport &file, const Entry &e, Language l) {
    std::vector<std::string> out;
    for (const Diagnostic *d : members(file, e))
        for (const RelatedLocation &r : d->related) {
            std::string text = ru(l) ? r.label_ru : r.label_en;
            if (r.location.line > 0) text += (ru(l) ? ": строка " : ": line ") + std::to_string(r.location.line);
            if (std::string doc = describe(r.document, l); !doc.empty()) text += " (" + doc + ")";
            if (std::find(out.begin(), out.end(), text) == out.end()) out.push_back(std::move(text));
        }
    return out;
}

std::string entry_details(const FileReport &file, const Entry &e, Language l) {
    std::vector<std::string> parts;
    if (std::string doc = document_line(file, e, l); !doc.empty())
        parts.push_back((ru(l) ? "в документе: " : "in the document: ") + doc);
    if (std::string places = places_line(file, e, l); !places.empty()) parts.push_back(places);
    for (std::string &r : related_lines(file, e, l)) parts.push_back((ru(l) ? "примечание: " : "note: ") + r);
    if (std::string h = entry_hint(file, e, l); !h.empty()) parts.push_back((ru(l) ? "подсказка: " : "hint: ") + h);
    std::string out;
    for (const std::string &p : parts) out += (out.empty() ? "" : "\n") + p;
    return out;
}

std::string entry_text(const FileReport &file, const Entry &e, Language l) {
    std::string details = entry_details(file, e, l);
    return entry_message(file, e, l) + (details.empty() ? "" : "\n" + details);
}

bool is_failing(const FileReport &file, const Entry &e) {
    for (const Diagnostic *d : members(file, e))
        if (is_failing(file, *d)) return true;
    return false;
}

std::string digest_line(const FileReport &file, Language l) {
    std::string out;
    for (const DirectionDigest &d : file.report.directions) {
        std::string item = d.code + ": " +
                           (ru(l) ? count_ru(d.measures, "мероприятие", "мероприятия", "мероприятий")
                                  : count_en(d.measures, "measure", "measures"));
        if (!d.missing.empty()) {
            item += ru(l) ? ", нет этапов: " : ", missing stages: ";
            for (std::size_t i = 0; i < d.missing.size(); ++i)
                item += (i ? ", " : "") + std::string(ru(l) ? russian_name(d.missing[i]) : to_string(d.missing[i]));
        }
        item += "; " + (ru(l) ? count_ru(d.groups, "проблема", "проблемы", "проблем")
                              : count_en(d.groups, "finding", "findings"));
        out += (out.empty() ? "" : " | ") + item;
    }
    return out;
}

// «1 мероприятие», «3 мероприятия», «12 мероприятий».
std::string count_ru(std::size_t n, std::string_view one, std::string_view few, std::string_view many) {
    const std::size_t tens = n % 100, units = n % 10;
    std::string_view word = (tens >= 11 && tens <= 14) ? many : units == 1 ? one : (units >= 2 && units <= 4) ? few : many;
    return std::to_string(n) + " " + std::string(word);
}

std::string count_en(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

} // namespace eduroadmap::cli
