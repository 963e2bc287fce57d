#include <eduroadmap/source_map.hpp>

#include <algorithm>

namespace eduroadmap {

void SourceMap::add(std::string path, Location location) {
    // A document's nodes all name one file: the list holds it once.
    auto file = std::find(files_.begin(), files_.end(), location.file);
    if (file == files_.end()) file = files_.insert(file, std::move(location.file));
    const auto index = static_cast<std::uint32_t>(file - files_.begin());
    locations_.emplace(std::move(path), Spot{index, location.line, location.column});
}

std::optional<Location> SourceMap::find(std::string_view path) const {
    auto it = locations_.find(std::string(path));
    if (it == locations_.end()) return std::nullopt;
    return Location{files_[it->second.file], it->second.line, it->second.column};
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
