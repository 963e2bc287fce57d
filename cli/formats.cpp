#include "formats.hpp"

namespace eduroadmap::cli {

const std::vector<Format> &output_formats() {
    static const std::vector<Format> table{
        {"text", "like a compiler: file:line:col: severity: message [rule], the source line, the hint", write_findings,
         write_text_end},
        {"json", "the JSON report of the contract (files, diagnostics, summary)", write_json_file,
         write_json_end, json_begin, ",\n"},
        {"junit", "JUnit XML: one testsuite and testcase per file, a failure per failing finding", nullptr,
         nullptr, nullptr, {}, start_junit},
        {"sarif", "SARIF 2.1.0 with the rule catalog (GitHub code scanning)", write_sarif_file,
         write_sarif_end, sarif_begin, ",\n"},
        {"github", "GitHub Actions workflow-command annotations and a summary", nullptr, nullptr, nullptr, {},
         start_github},
        {"gitlab", "GitLab Code Quality JSON with stable fingerprints", write_gitlab_file,
         write_gitlab_end, gitlab_begin, ",\n"},
    };
    return table;
}

std::string indented(std::string_view text, std::size_t spaces) {
    std::string out(spaces, ' ');
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        out += c;
        if (c == '\n') out.append(spaces, ' ');
    }
    return out;
}

const Format *find_format(std::string_view name) {
    for (const Format &f : output_formats())
        if (f.name == name) return &f;
    return nullptr;
}

} // namespace eduroadmap::cli
