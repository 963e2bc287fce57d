#include "load/input.hpp"

#include "text.hpp"

#include <cstdio>

namespace eduroadmap::detail {

Diagnostic file_error(const std::string &file, int line, int column, std::string rule,
                      std::vector<MessageArg> args) {
    Diagnostic d;
    d.rule = std::move(rule);
    d.severity = Severity::error;
    d.location = {file, line, column};
    d.args = std::move(args);
    return d;
}

namespace {
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

std::optional<std::string> read_input_file(const std::string &path, const Limits &limits,
                                           std::vector<Diagnostic> &out) {
    ReadResult r = read_file_limited(path, limits.max_file_bytes);
    if (r.ok()) return std::move(r.bytes);
    out.push_back(read_error_finding(*r.error, path));
    return std::nullopt;
}

std::optional<YamlDocument> parse_input(std::string_view text, const std::string &file, const Limits &limits,
                                        std::vector<Diagnostic> &out) {
    if (text.size() > limits.max_file_bytes) {
        out.push_back(read_error_finding(too_large(text.size(), limits.max_file_bytes, "text"), file));
        return std::nullopt;
    }
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::size_t bad = 0;
    if (!is_valid_utf8(text, &bad)) {
        auto [line, column] = line_column(text, bad);
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[bad]));
        out.push_back(file_error(
            file, line, column, "yaml-syntax",
            {{"detail", std::string("invalid UTF-8 (byte ") + hex + " at offset " + std::to_string(bad) + ")"}}));
        return std::nullopt;
    }
    return parse_yaml(text, file, limits, out);
}

} // namespace eduroadmap::detail
