#include "walk.hpp"

#include "commands.hpp"

#include <algorithm>
#include <filesystem>
#include <fnmatch.h>
#include <fstream>
#include <iostream>

namespace eduroadmap::cli {

namespace fs = std::filesystem;

bool declares_roadmap_schema(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    std::string head(schema_sniff_bytes, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    if (head.compare(0, 3, "\xEF\xBB\xBF") == 0) head.erase(0, 3);
    for (std::size_t start = 0; start < head.size();) {
        std::size_t end = head.find('\n', start);
        std::string_view line = std::string_view(head).substr(start, end == std::string::npos ? end : end - start);
        start = end == std::string::npos ? head.size() : end + 1;
        // A top-level key, plain or quoted: schema, "schema", 'schema'.
        for (std::string_view key : {"schema", "\"schema\"", "'schema'"}) {
            if (line.substr(0, key.size()) != key) continue;
            std::string_view rest = line.substr(key.size());
            rest.remove_prefix(std::min(rest.find_first_not_of(" \t"), rest.size()));
            if (rest.empty() || rest.front() != ':') continue;
            rest.remove_prefix(1);
            rest.remove_prefix(std::min(rest.find_first_not_of(" \t\"'"), rest.size()));
            if (rest.substr(0, 11) == "eduroadmap/") return true;
        }
    }
    return false;
}

bool glob_matches(const std::string &pattern, const std::string &file, const std::string &base) {
    std::error_code ec;
    const fs::path rel = fs::absolute(file, ec).lexically_normal().lexically_relative(
        fs::absolute(base, ec).lexically_normal());
    if (rel.empty() || *rel.begin() == "..") return false;
    std::string p = pattern;
    while (p.size() > 1 && p.back() == '/') p.pop_back();
    const bool by_name = p.find('/') == std::string::npos;
    auto match = [&](const std::string &glob, const std::string &text) {
        return fnmatch(glob.c_str(), text.c_str(), 0) == 0 ||
               (glob.compare(0, 3, "**/") == 0 && fnmatch(glob.c_str() + 3, text.c_str(), 0) == 0);
    };
    // The file itself and each directory on the way to it.
    fs::path prefix;
    for (const fs::path &part : rel) {
        prefix /= part;
        if (match(p, by_name ? part.string() : prefix.generic_string())) return true;
    }
    return false;
}

void add_walk_options(CLI::App &command, WalkFilter &filter) {
    command.add_option("--include", filter.include,
                       "In directories, check only roadmaps matching one of these globs (relative to the directory; "
                       "no / matches the file name)");
    command.add_option("--exclude", filter.exclude,
                       "In directories, leave out files matching these globs (a matched directory: all it holds)");
}

namespace {

// True when the globs let @p file in: it matches some include (when there
// are any) and no exclude.
bool admitted(const std::string &file, const std::string &base, const std::vector<std::string> &include,
              const std::vector<std::string> &exclude) {
    auto any = [&](const std::vector<std::string> &globs) {
        return std::any_of(globs.begin(), globs.end(), [&](const std::string &g) { return glob_matches(g, file, base); });
    };
    return (include.empty() || any(include)) && !any(exclude);
}

} // namespace

bool collect_roadmap_files(const std::vector<std::string> &paths, const WalkFilter &filter, ConfigChoice *configs,
                           Walk &walk, std::string &problem) {
    std::vector<std::string> directories;
    for (const std::string &p : paths) {
        if (p == "-") {
            walk.files.push_back(p);
            continue;
        }
        std::error_code ec;
        fs::file_status st = fs::status(p, ec);
        if (ec || !fs::exists(st)) {
            problem = "no such file or directory: " + p;
            return false;
        }
        if (!fs::is_directory(st)) {
            walk.files.push_back(p);
            continue;
        }
        directories.push_back(p);
        for (fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
             !ec && it != end; it.increment(ec)) {
            // Hidden entries are skipped: .git, .github workflows, the .eduroadmap.yaml configuration.
            if (it->path().filename().string().front() == '.') {
                if (it->is_directory(ec)) it.disable_recursion_pending();
                continue;
            }
            const std::string ext = it->path().extension().string();
            if (!it->is_regular_file(ec) || (ext != ".yaml" && ext != ".yml")) continue;
            const std::string file = it->path().string();
            if (!declares_roadmap_schema(file)) {
                ++walk.skipped_schema;
                continue;
            }
            const Config *config = configs ? configs->for_path(file) : nullptr;
            const std::string config_dir = config ? fs::path(config->file).parent_path().string() : std::string();
            if (!admitted(file, p, filter.include, filter.exclude) ||
                (config && !admitted(file, config_dir.empty() ? "." : config_dir, config->include, config->exclude))) {
                ++walk.skipped_glob;
                continue;
            }
            walk.files.push_back(file);
        }
        if (ec) {
            problem = "cannot read directory " + p + ": " + ec.message();
            return false;
        }
    }
    // Output order is the sorted order of the paths, whatever the order of the arguments.
    std::sort(walk.files.begin(), walk.files.end());
    walk.files.erase(std::unique(walk.files.begin(), walk.files.end()), walk.files.end());
    if (walk.files.empty()) {
        problem = "no roadmap found in " + (directories.empty() ? std::string("the paths given") : directories.front()) + (directories.size() > 1 ? " and the others" : "") +
                  ": no *.yaml or *.yml file that declares `schema: eduroadmap/…`";
        if (walk.skipped_schema) problem += "; " + std::to_string(walk.skipped_schema) + " YAML file(s) declare none";
        if (walk.skipped_glob)
            problem += "; " + std::to_string(walk.skipped_glob) + " roadmap(s) left out by include/exclude";
        return false;
    }
    return true;
}

bool find_roadmaps(std::string_view command, const std::vector<std::string> &paths, const WalkFilter &filter,
                   ConfigChoice *configs, std::vector<std::string> &files) {
    Walk walk;
    std::string problem;
    if (!collect_roadmap_files(paths, filter, configs, walk, problem)) {
        std::cerr << "eduroadmap " << command << ": " << problem << "\n";
        exit_status() = usage;
        return false;
    }
    files = std::move(walk.files);
    return true;
}

} // namespace eduroadmap::cli
