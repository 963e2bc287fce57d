#include "report.hpp"

#include "files.hpp"

#include <eduroadmap/version.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <unistd.h>

namespace eduroadmap::cli {

FileReport validate_path(const std::string &path, const ValidateOptions &options) {
    FileReport r;
    r.path = path;
    if (path == "-") {
        r.text = read_stdin();
        r.report = validate_string(r.text, "-", options);
    } else {
        r.report = validate_file(path, options);
    }
    return r;
}

Language choose_language(const std::string &flag) {
    if (auto l = parse_language(flag)) return *l;
    for (const char *var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char *v = std::getenv(var);
        if (v && *v) return std::string_view(v).substr(0, 2) == "ru" ? Language::ru : Language::en;
    }
    return Language::en;
}

bool stdout_is_terminal() { return isatty(STDOUT_FILENO) == 1; }

bool any_at_least(const std::vector<FileReport> &reports, Severity level) {
    return std::any_of(reports.begin(), reports.end(),
                       [&](const FileReport &f) { return f.report.has_at_least(level); });
}

namespace {

// Line @p n (1-based) of the file's text, without its line break.
std::string source_line(const FileReport &f, int n) {
    if (n <= 0) return {};
    std::string text = f.text;
    if (text.empty() && f.path != "-") {
        std::ifstream in(f.path, std::ios::binary);
        std::string line;
        for (int i = 1; std::getline(in, line); ++i)
            if (i == n) {
                if (!line.empty() && line.back() == '\r') line.pop_back();
                return line;
            }
        return {};
    }
    std::size_t start = 0;
    for (int i = 1; i < n; ++i) {
        start = text.find('\n', start);
        if (start == std::string::npos) return {};
        ++start;
    }
    std::size_t end = text.find('\n', start);
    std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

// Spaces up to a 1-based code-point column; tabs are kept so the caret lines up.
std::string caret_padding(const std::string &line, int column) {
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

const char *colour_of(Severity s) {
    switch (s) {
    case Severity::error: return "\033[1;31m";
    case Severity::warning: return "\033[1;33m";
    case Severity::info: return "\033[1;36m";
    }
    return "";
}

} // namespace

void write_text_report(std::ostream &out, const std::vector<FileReport> &reports, Language language, bool colour) {
    Tally total;
    for (const FileReport &f : reports) {
        for (const Diagnostic &d : f.report.diagnostics) {
            total.add(d.severity);
            const std::string &file = d.location.file.empty() ? f.path : d.location.file;
            out << file;
            if (d.location.line > 0) out << ':' << d.location.line << ':' << d.location.column;
            out << ": " << (colour ? colour_of(d.severity) : "") << to_string(d.severity) << (colour ? "\033[0m" : "")
                << ": " << message(d, language) << " [" << d.rule << "]\n";
            std::string line = source_line(f, d.location.line);
            if (!line.empty()) {
                out << "    " << line << "\n    " << caret_padding(line, d.location.column) << "^\n";
            }
            std::string h = hint(d, language);
            if (!h.empty()) out << "    " << (language == Language::ru ? "подсказка: " : "hint: ") << h << "\n";
        }
    }
    if (language == Language::ru)
        out << "проверено файлов: " << reports.size() << "; ошибок: " << total.errors
            << ", предупреждений: " << total.warnings << ", замечаний: " << total.infos << "\n";
    else
        out << reports.size() << (reports.size() == 1 ? " file" : " files") << " checked: " << total.errors
            << " errors, " << total.warnings << " warnings, " << total.infos << " infos\n";
}

void write_json_report(std::ostream &out, const std::vector<FileReport> &reports, Language language) {
    using json = nlohmann::ordered_json;
    json files = json::array();
    Tally total;
    for (const FileReport &f : reports) {
        Tally t = f.report.counts();
        total.errors += t.errors, total.warnings += t.warnings, total.infos += t.infos;
        json diags = json::array();
        for (const Diagnostic &d : f.report.diagnostics) {
            json j{{"rule", d.rule},
                   {"severity", to_string(d.severity)},
                   {"message", message(d, language)},
                   {"line", d.location.line},
                   {"column", d.location.column},
                   {"path", d.path}};
            std::string h = hint(d, language);
            j["hint"] = h.empty() ? json(nullptr) : json(h);
            diags.push_back(std::move(j));
        }
        files.push_back(json{{"path", f.path},
                             {"errors", t.errors},
                             {"warnings", t.warnings},
                             {"infos", t.infos},
                             {"diagnostics", std::move(diags)}});
    }
    json report{{"files", std::move(files)},
                {"summary",
                 {{"files", reports.size()}, {"errors", total.errors}, {"warnings", total.warnings}, {"infos", total.infos}}},
                {"tool", {{"name", "eduroadmap"}, {"version", version()}}}};
    // Invalid UTF-8 can only come from a message quoting the input; replace it rather than fail.
    out << report.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
}

} // namespace eduroadmap::cli
