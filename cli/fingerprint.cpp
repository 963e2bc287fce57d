#include "fingerprint.hpp"

#include <cstdint>
#include <cstdio>
#include <map>

namespace eduroadmap::cli {

namespace {

std::uint64_t fnv1a(const std::string &bytes) {
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 0x100000001b3ull;
    }
    return h;
}

// `sections[2].measures[4].deadline` → `sections[].measures[].deadline`.
std::string without_indices(const std::string &path) {
    std::string out;
    bool in_index = false;
    for (char c : path) {
        if (c == '[') in_index = true, out += c;
        else if (c == ']') in_index = false, out += c;
        else if (!in_index) out += c;
    }
    return out;
}

bool ends_with(const std::string &s, std::string_view tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

} // namespace

std::vector<std::string> fingerprints(const FileReport &file) {
    const std::string path = display_path(file.path);
    std::map<std::string, int> seen;
    std::vector<std::string> out;
    out.reserve(file.report.diagnostics.size());
    for (const Diagnostic &d : file.report.diagnostics) {
        // Fields are separated by a byte that cannot occur in UTF-8 text.
        std::string key = path + '\xff' + d.rule + '\xff' + without_indices(d.path);
        for (const MessageArg &a : d.args)
            if (!ends_with(a.first, "line")) // `first_line` moves; a `context` path has indices
                key += '\xff' + a.first + '=' + without_indices(a.second);
        const int rank = seen[key]++;
        key += '\xff' + std::to_string(rank);
        char hex[17];
        std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fnv1a(key)));
        out.emplace_back(hex);
    }
    return out;
}

} // namespace eduroadmap::cli
