#include "report.hpp"

#include "entries.hpp"
#include "files.hpp"

#include <eduroadmap/config.hpp>
#include <eduroadmap/file.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#ifndef ERM_DOCS_URL
#define ERM_DOCS_URL "https://eduroadmap.github.io/docs"
#endif

namespace eduroadmap::cli {

bool is_failing(const FileReport &file, const Diagnostic &d) {
    return d.severity >= file.fail_level || is_structural_rule(d.rule);
}

bool fails(const FileReport &file) {
    return std::any_of(file.report.diagnostics.begin(), file.report.diagnostics.end(),
                       [&](const Diagnostic &d) { return is_failing(file, d); });
}

FileSummary summarize(const FileReport &file) {
    FileSummary s;
    s.fail_level = file.fail_level;
    s.path = file.path;
    s.catalog = file.report.catalog;
    s.config = file.config;
    for (const Diagnostic &d : file.report.diagnostics) {
        s.found.add(d.severity);
        if (is_failing(file, d)) s.failing.add(d.severity);
    }
    if (!file.report.diagnostics.empty()) s.causes = Entries(file).list().size();
    return s;
}

std::vector<FileSummary> summarize(const std::vector<FileReport> &reports) {
    std::vector<FileSummary> out;
    out.reserve(reports.size());
    for (const FileReport &f : reports) out.push_back(summarize(f));
    return out;
}

bool any_fails(const std::vector<FileSummary> &files) {
    return std::any_of(files.begin(), files.end(), [](const FileSummary &f) { return f.fails(); });
}

FileSummary total(const std::vector<FileSummary> &files) {
    FileSummary t;
    for (const FileSummary &f : files) {
        add(t.found, f.found);
        add(t.failing, f.failing);
        t.causes += f.causes;
    }
    return t;
}

void add(Tally &to, const Tally &more) noexcept {
    to.errors += more.errors;
    to.warnings += more.warnings;
    to.infos += more.infos;
}

Provenance provenance(const std::vector<FileSummary> &files) {
    Provenance p;
    for (const FileSummary &f : files) {
        if (!f.catalog.empty()) p.catalogs.insert(f.catalog);
        if (!f.config.empty()) p.configs.insert(f.config);
    }
    return p;
}

Language choose_language(const std::string &flag, std::optional<Language> configured) {
    if (auto l = parse_language(flag)) return *l;
    if (configured) return *configured;
    for (const char *var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char *v = std::getenv(var);
        if (v && *v) return std::string_view(v).substr(0, 2) == "ru" ? Language::ru : Language::en;
    }
    return Language::en;
}

bool wants_colour(std::string_view mode, bool terminal) {
    if (mode == "always") return true;
    if (mode == "never") return false;
    const char *no_colour = std::getenv("NO_COLOR"); // https://no-color.org
    if (no_colour && *no_colour) return false;
    const char *force = std::getenv("FORCE_COLOR"); // https://force-color.org
    if (force && *force && std::string_view(force) != "0") return true;
    return terminal;
}

bool stdout_is_terminal() { return isatty(STDOUT_FILENO) == 1; }

SourceLines::SourceLines(const FileReport &f) {
    for (const Diagnostic &d : f.report.diagnostics)
        if (d.location.line > 0) lines_.emplace(d.location.line, std::string());
    if (lines_.empty()) return;
    const int last = lines_.rbegin()->first;
    int number = 1;
    auto wanted = lines_.begin(); // the first needed line at or after `number`
    // Takes the next piece of the input: a line at a time, the needed ones
    // kept up to the display cut.
    auto feed = [&](std::string_view piece) {
        while (!piece.empty() && number <= last) {
            const std::size_t end = piece.find('\n');
            if (wanted->first == number) {
                std::string &text = wanted->second;
                const std::string_view part = piece.substr(0, end);
                text.append(part.substr(0, max_line_bytes - text.size()));
            }
            if (end == std::string_view::npos) return;
            piece.remove_prefix(end + 1);
            if (wanted->first == number) ++wanted;
            ++number;
        }
    };
    if (!f.text.empty() || f.path == "-") {
        feed(f.text);
    } else {
        std::ifstream in(f.path, std::ios::binary);
        char buffer[64 * 1024];
        std::size_t read = 0;
        while (in && number <= last && read < f.max_bytes) {
            in.read(buffer, static_cast<std::streamsize>(std::min(sizeof buffer, f.max_bytes - read)));
            const std::size_t got = static_cast<std::size_t>(in.gcount());
            read += got;
            feed(std::string_view(buffer, got));
        }
    }
    for (auto &[n, text] : lines_) {
        if (text.size() == max_line_bytes) { // cut for display: not inside a UTF-8 sequence
            while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0u) == 0x80u) text.pop_back();
            if (!text.empty() && static_cast<unsigned char>(text.back()) >= 0xC0u) text.pop_back();
        }
        if (!text.empty() && text.back() == '\r') text.pop_back();
    }
}

std::string_view SourceLines::line(int n) const {
    auto it = lines_.find(n);
    return it == lines_.end() ? std::string_view() : std::string_view(it->second);
}

std::string display_path(const std::string &path) {
    namespace fs = std::filesystem;
    fs::path p(path);
    if (!p.is_absolute()) return path;
    std::error_code ec;
    fs::path cwd = fs::current_path(ec);
    if (ec) return path;
    fs::path rel = p.lexically_normal().lexically_relative(cwd);
    if (rel.empty() || *rel.begin() == "..") return path;
    return rel.generic_string();
}

std::string docs_url(std::string_view page) { return ERM_DOCS_URL "/" + std::string(page); }

} // namespace eduroadmap::cli
