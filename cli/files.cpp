#include "files.hpp"

#include <fstream>
#include <iostream>

namespace eduroadmap::cli {

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
