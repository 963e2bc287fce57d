// --format text: findings like a compiler's, for people.
#include "formats.hpp"

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
    return where(f, d) + ": " + std::string(to_string(d.severity)) + ": " + message(d, language) + " [" + d.rule + "]";
}

std::string summary_line(const std::vector<FileReport> &reports, Language language) {
    Tally t = total(reports);
    if (language == Language::ru)
        return "проверено файлов: " + std::to_string(reports.size()) + "; ошибок: " + std::to_string(t.errors) +
               ", предупреждений: " + std::to_string(t.warnings) + ", замечаний: " + std::to_string(t.infos);
    return std::to_string(reports.size()) + (reports.size() == 1 ? " file" : " files") +
           " checked: " + std::to_string(t.errors) + " errors, " + std::to_string(t.warnings) + " warnings, " +
           std::to_string(t.infos) + " infos";
}

void write_findings(std::ostream &out, const FileReport &f, const Output &how) {
    const bool c = how.colour;
    if (f.report.diagnostics.empty()) return;
    const SourceLines lines(f);
    for (const Diagnostic &d : f.report.diagnostics) {
        out << (c ? bold : "") << where(f, d) << ": " << (c ? reset : "") << (c ? colour_of(d.severity) : "")
            << to_string(d.severity) << (c ? reset : "") << ": " << (c ? bold : "") << message(d, how.language)
            << (c ? reset : "") << " [" << d.rule << "]\n";
        const std::string_view line = lines.line(d.location.line);
        if (!line.empty())
            out << "    " << line << "\n    " << caret_padding(line, d.location.column) << (c ? green : "") << '^'
                << (c ? reset : "") << "\n";
        std::string h = hint(d, how.language);
        if (!h.empty()) out << "    " << hint_label(how.language) << h << "\n";
    }
}

void write_text(std::ostream &out, const std::vector<FileReport> &reports, const Output &how) {
    for (const FileReport &f : reports) write_findings(out, f, how);
    out << summary_line(reports, how.language) << "\n";
}

void write_text_report(std::ostream &out, const std::vector<FileReport> &reports, Language language, bool colour) {
    write_text(out, reports, Output{language, colour});
}

} // namespace eduroadmap::cli
