#include <eduroadmap/source_map.hpp>

namespace eduroadmap {

void SourceMap::add(std::string path, Location location) { locations_.emplace(std::move(path), std::move(location)); }

std::optional<Location> SourceMap::find(std::string_view path) const {
    auto it = locations_.find(std::string(path));
    if (it == locations_.end()) return std::nullopt;
    return it->second;
}

Location SourceMap::locate(std::string_view path) const {
    for (std::string_view p = path;;) {
        if (auto l = find(p)) return *l;
        std::size_t cut = p.find_last_of(".[");
        if (cut == std::string_view::npos || p.empty()) break;
        p = p.substr(0, cut);
    }
    if (auto l = find("")) return *l;
    return {file_, 0, 0};
}

} // namespace eduroadmap
