// Finding the configuration that governs a roadmap: the nearest
// `.eduroadmap.yaml` upwards from its directory.
#include <eduroadmap/config.hpp>

#include <filesystem>
#include <system_error>

namespace eduroadmap {

std::optional<std::string> find_config(const std::string &path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path start = fs::absolute(path.empty() || path == "-" ? fs::path(".") : fs::path(path), ec);
    if (ec) return std::nullopt;
    start = start.lexically_normal();
    if (!start.has_filename()) start = start.parent_path(); // `dir/` → `dir`
    if (!fs::is_directory(start, ec)) start = start.parent_path();
    for (fs::path dir = start;; dir = dir.parent_path()) {
        fs::path candidate = dir / std::string(config_file_name);
        if (fs::is_regular_file(candidate, ec)) return candidate.string();
        if (dir == dir.parent_path() || dir.empty()) return std::nullopt;
    }
}

} // namespace eduroadmap
