#include <eduroadmap/source_map.hpp>

#include <algorithm>

namespace eduroadmap {

void SourceMap::add(std::string path, Location location) {
    // The file of the last record first: a document's nodes all share one.
    auto file = std::find(files_.rbegin(), files_.rend(), location.file);
    std::uint32_t index = static_cast<std::uint32_t>(files_.rend() - file) - 1;
    if (file == files_.rend()) {
        index = static_cast<std::uint32_t>(files_.size());
        files_.push_back(std::move(location.file));
    }
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
