#include "files.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <iterator>

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
        std::vector<std::string> found;
        for (fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
             !ec && it != end; it.increment(ec)) {
            std::string ext = it->path().extension().string();
            if (it->is_regular_file(ec) && (ext == ".yaml" || ext == ".yml")) found.push_back(it->path().string());
        }
        if (ec) {
            problem = "cannot read directory " + p + ": " + ec.message();
            return false;
        }
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return true;
}

std::string read_stdin() {
    return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
}

} // namespace eduroadmap::cli
