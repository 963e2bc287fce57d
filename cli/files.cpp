#include "files.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace eduroadmap::cli {

bool collect_roadmap_files(const std::vector<std::string> &paths, std::vector<std::string> &files,
                           std::string &problem) {
    namespace fs = std::filesystem;
    for (const std::string &p : paths) {
        if (p == "-") {
            files.push_back(p);
            continue;
        }
        std::error_code ec;
        fs::file_status st = fs::status(p, ec);
        if (ec || !fs::exists(st)) {
            problem = "no such file or directory: " + p;
            return false;
        }
        if (!fs::is_directory(st)) {
            files.push_back(p);
            continue;
        }
        for (fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
             !ec && it != end; it.increment(ec)) {
            // Hidden entries are skipped: .git, .github workflows, the .eduroadmap.yaml configuration.
            if (it->path().filename().string().front() == '.') {
                if (it->is_directory(ec)) it.disable_recursion_pending();
                continue;
            }
            std::string ext = it->path().extension().string();
            if (it->is_regular_file(ec) && (ext == ".yaml" || ext == ".yml")) files.push_back(it->path().string());
        }
        if (ec) {
            problem = "cannot read directory " + p + ": " + ec.message();
            return false;
        }
    }
    // Output order is the sorted order of the paths, whatever the order of the arguments.
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    return true;
}

ReadResult read_input(const std::string &path, std::size_t max_bytes) {
    return path == "-" ? read_stdin_limited(max_bytes) : read_file_limited(path, max_bytes);
}

LoadResult load_input(const std::string &path, const Limits &limits) {
    LoadOptions options;
    options.limits = limits;
    ReadResult in = read_input(path, options.limits.max_file_bytes);
    if (in.ok()) return load_string(in.bytes, path, options);
    LoadResult failed;
    failed.diagnostics.push_back(read_error_finding(*in.error, path));
    return failed;
}

bool write_output(const std::string &output, const std::string &text, std::string_view command) {
    if (output.empty() || output == "-") {
        std::cout << text;
        return true;
    }
    std::ofstream out(output, std::ios::binary);
    if (out << text) return true;
    std::cerr << "eduroadmap " << command << ": cannot write " << output << "\n";
    return false;
}

} // namespace eduroadmap::cli
