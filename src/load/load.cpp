// load_string / load_file: size limit, byte-order mark, UTF-8 check, one
// YAML document, then the model.
#include "load/build.hpp"
#include "load/reader.hpp"
#include "text.hpp"
#include "yaml/document.hpp"

#include <eduroadmap/io.hpp>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace eduroadmap {

void SourceMap::add(std::string path, Location location) { locations_.emplace(std::move(path), std::move(location)); }

std::optional<Location> SourceMap::find(std::string_view path) const {
    auto it = locations_.find(path);
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

bool LoadResult::ok() const noexcept {
    if (!document) return false;
    for (const Diagnostic &d : diagnostics)
        if (d.severity == Severity::error) return false;
    return true;
}

namespace {
Diagnostic file_error(const std::string &file, int line, int column, std::string rule,
                      std::vector<MessageArg> args) {
    Diagnostic d;
    d.rule = std::move(rule);
    d.severity = Severity::error;
    d.location = {file, line, column};
    d.args = std::move(args);
    return d;
}

std::pair<int, int> line_column(std::string_view text, std::size_t offset) {
    int line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n')
            ++line, column = 1;
        else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
            ++column;
    }
    return {line, column};
}
} // namespace

LoadResult load_string(std::string_view text, const std::string &file, const LoadOptions &options) {
    LoadResult result;
    if (text.size() > options.limits.max_file_bytes) {
        result.diagnostics.push_back(file_error(
            file, 1, 1, "input-limit",
            {{"limit", "file size"},
             {"value", std::to_string(options.limits.max_file_bytes) + " bytes"},
             {"detail", "the input has " + std::to_string(text.size()) + " bytes"}}));
        return result;
    }
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::size_t bad = 0;
    if (!detail::is_valid_utf8(text, &bad)) {
        auto [line, column] = line_column(text, bad);
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[bad]));
        result.diagnostics.push_back(file_error(
            file, line, column, "yaml-syntax",
            {{"detail", std::string("invalid UTF-8 (byte ") + hex + " at offset " + std::to_string(bad) + ")"}}));
        return result;
    }
    auto doc = detail::parse_yaml(text, file, options.limits, result.diagnostics);
    if (!doc) return result;
    LoadedRoadmap loaded;
    loaded.sources.set_file(file);
    detail::Reader reader(*doc, file, result.diagnostics, loaded.sources);
    loaded.roadmap = detail::build_roadmap(*doc, reader);
    result.document = std::move(loaded);
    return result;
}

LoadResult load_file(const std::string &path, const LoadOptions &options) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        LoadResult r;
        r.diagnostics.push_back(
            file_error(path, 0, 0, "yaml-syntax", {{"detail", std::string("cannot open: ") + std::strerror(errno)}}));
        return r;
    }
    // Read at most one byte past the limit: a huge file is refused without loading it.
    std::string data;
    data.resize(options.limits.max_file_bytes + 1);
    in.read(data.data(), static_cast<std::streamsize>(data.size()));
    data.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) {
        LoadResult r;
        r.diagnostics.push_back(file_error(path, 0, 0, "yaml-syntax", {{"detail", "read error"}}));
        return r;
    }
    return load_string(data, path, options);
}

} // namespace eduroadmap
