// --format text: findings like a compiler's, for people.
#include "formats.hpp"

#include <set>

namespace eduroadmap::cli {

const std::string &file_of(const FileReport &f, const Diagnostic &d) {
    return d.location.file.empty() ? f.path : d.location.file;
}

std::string_view hint_label(Language language) { return language == Language::ru ? "подсказка: " : "hint: "; }

namespace {

// `file:line:col` or just `file` when the line is unknown.
std::string where(const FileReport &f, const Diagnostic &d) {
    std::string s = file_of(f, d);
    if (d.location.line > 0) s += ':' + std::to_string(d.location.line) + ':' + std::to_string(d.location.column);
    return s;
}

// Spaces up to a 1-based code-point column; tabs are kept so the caret lines up.
std::string caret_padding(std::string_view line, int column) {
    std::string pad;
    int col = 1;
    for (std::size_t i = 0; i < line.size() && col < column; ++i) {
        unsigned char c = static_cast<unsigned char>(line[i]);
        if ((c & 0xC0) == 0x80) continue;
        pad += (c == '\t') ? '\t' : ' ';
        ++col;
    }
    return pad;
}

// Red, magenta and cyan, bold.
constexpr SeverityNames colour_of{"\033[1;31m", "\033[1;35m", "\033[1;36m"};

constexpr const char *bold = "\033[1m", *green = "\033[1;32m", *reset = "\033[0m";

} // namespace

std::string compiler_line(const FileReport &f, const Diagnostic &d, Language language) {
    return where(f, d) + ": " + std::string(to_string(d.severity, language)) + ": " + message(d, language) + " [" +
           d.rule + "]";
}

std::string compiler_line(const FileReport &f, const Entry &e, Language language) {
    return where(f, *e.primary) + ": " + std::string(to_string(e.group->severity, language)) + ": " +
           entry_message(f, e, language) + " [" + e.group->rule + "]";
}

std::string failure_reason(const std::vector<FileSummary> &files, Language language) {
    std::set<Severity> levels; // the fail levels of the files that fail
    for (const FileSummary &f : files)
        if (f.fails()) levels.insert(f.fail_level);
    if (levels.empty()) return {};
    const Tally failing = total(files).failing;
    const bool ru = language == Language::ru;
    std::vector<std::string> parts;
    if (failing.errors) parts.push_back(ru ? count_ru(failing.errors, "ошибка", "ошибки", "ошибок")
                                           : count_en(failing.errors, "error", "errors"));
    if (failing.warnings)
        parts.push_back(ru ? count_ru(failing.warnings, "предупреждение", "предупреждения", "предупреждений")
                           : count_en(failing.warnings, "warning", "warnings"));
    if (failing.infos) parts.push_back(ru ? count_ru(failing.infos, "замечание", "замечания", "замечаний")
                                          : count_en(failing.infos, "info", "infos"));
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i)
        out += (i == 0 ? "" : i + 1 == parts.size() ? (ru ? " и " : " and ") : ", ") + parts[i];
    if (levels.size() > 1) return out + (ru ? " при уровнях отказа своих файлов" : " at their files' fail levels");
    return out + (ru ? " при уровне отказа " : " at fail level ") + std::string(to_string(*levels.begin()));
}

std::string summary_line(const std::vector<FileSummary> &files, Language language) {
    const FileSummary all = total(files);
    const Tally &t = all.found;
    const std::string causes = std::to_string(all.causes);
    const std::string why = failure_reason(files, language);
    if (language == Language::ru)
        return "проверено файлов: " + std::to_string(files.size()) + "; ошибок: " + std::to_string(t.errors) +
               ", предупреждений: " + std::to_string(t.warnings) + ", замечаний: " + std::to_string(t.infos) +
               "; причин: " + causes + (why.empty() ? "" : "; проверка не пройдена: " + why);
    return std::to_string(files.size()) + (files.size() == 1 ? " file" : " files") +
           " checked: " + std::to_string(t.errors) + " errors, " + std::to_string(t.warnings) + " warnings, " +
           std::to_string(t.infos) + " infos; " + causes + " causes" + (why.empty() ? "" : "; failed: " + why);
}

void write_findings(std::ostream &out, const FileReport &f, const Output &how) {
    const bool c = how.colour;
    const Language l = how.language;
    const bool ru = l == Language::ru;
    if (f.report.diagnostics.empty()) return;
    const SourceLines lines(f);
    const Entries entries(f);
    for (const Entry &e : entries.list()) {
        if (how.quiet && !is_failing(f, e)) continue;
        const Diagnostic &d = *e.primary;
        out << (c ? bold : "") << where(f, d) << ": " << (c ? reset : "") << (c ? colour_of(e.group->severity) : "")
            << to_string(e.group->severity, l) << (c ? reset : "") << ": " << (c ? bold : "")
            << entry_message(f, e, l) << (c ? reset : "") << " [" << e.group->rule << "]\n";
        const std::string_view line = lines.line(d.location.line);
        if (!line.empty())
            out << "    " << line << "\n    " << caret_padding(line, d.location.column) << (c ? green : "") << '^'
                << (c ? reset : "") << "\n";
        if (std::string doc = document_line(f, e, l); !doc.empty())
            out << "    " << (ru ? "в документе: " : "in the document: ") << doc << "\n";
        if (std::string places = places_line(f, e, l); !places.empty()) out << "    " << places << "\n";
        for (const std::string &r : related_lines(f, e, l))
            out << "    " << (ru ? "примечание: " : "note: ") << r << "\n";
        std::string h = entry_hint(f, e, l);
        if (!h.empty()) out << "    " << hint_label(l) << h << "\n";
    }
    if (std::string digest = digest_line(f, l); !digest.empty() && !how.quiet)
        out << f.path << ": " << (ru ? "по направлениям: " : "by direction: ") << digest << "\n";
}

void write_text_end(std::ostream &out, const std::vector<FileSummary> &files, const Output &how) {
    if (!how.quiet || any_fails(files)) out << summary_line(files, how.language) << "\n";
}

void write_text(std::ostream &out, const std::vector<FileReport> &reports, const Output &how) {
    for (const FileReport &f : reports) write_findings(out, f, how);
    write_text_end(out, summarize(reports), how);
}

void write_text_report(std::ostream &out, const std::vector<FileReport> &reports, Language language, bool colour) {
    write_text(out, reports, Output{language, colour});
}

} // namespace eduroadmap::cli
