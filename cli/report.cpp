#include "report.hpp"

#include "files.hpp"

#include <eduroadmap/config.hpp>
#include <eduroadmap/file.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
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

bool any_fails(const std::vector<FileReport> &reports) {
    return std::any_of(reports.begin(), reports.end(), [](const FileReport &f) { return fails(f); });
}

Tally total(const std::vector<FileReport> &reports) {
    Tally t;
    for (const FileReport &f : reports)
        for (const Diagnostic &d : f.report.diagnostics) t.add(d.severity);
    return t;
}

Provenance provenance(const std::vector<FileReport> &reports) {
    Provenance p;
    for (const FileReport &f : reports) {
        if (!f.report.catalog.empty()) p.catalogs.insert(f.report.catalog);
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

bool stdout_wants_colour() {
    const char *no_colour = std::getenv("NO_COLOR"); // https://no-color.org
    return isatty(STDOUT_FILENO) == 1 && !(no_colour && *no_colour);
}

SourceLines::SourceLines(const FileReport &f) {
    if (!f.text.empty() || f.path == "-") {
        text_ = f.text;
    } else {
        text_ = read_file_limited(f.path, f.max_bytes).bytes;
    }
    starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i)
        if (text_[i] == '\n') starts_.push_back(i + 1);
}

std::string_view SourceLines::line(int n) const {
    if (n <= 0 || static_cast<std::size_t>(n) > starts_.size()) return {};
    const std::size_t begin = starts_[static_cast<std::size_t>(n) - 1];
    std::size_t end = text_.find('\n', begin);
    if (end == std::string::npos) end = text_.size();
    if (end > begin && text_[end - 1] == '\r') --end;
    return std::string_view(text_).substr(begin, end - begin);
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
