#include "formats.hpp"

namespace eduroadmap::cli {

const std::vector<Format> &output_formats() {
    static const std::vector<Format> table{
        {"text", "like a compiler: file:line:col: severity: message [rule], the source line, the hint", write_text, write_findings,
         write_text_end},
        {"json", "the JSON report of the contract (files, diagnostics, summary)", write_json, write_json_file,
         write_json_end, "{\n  \"files\": [\n", ",\n"},
        {"junit", "JUnit XML: one testsuite and testcase per file, a failure per failing finding", write_junit},
        {"sarif", "SARIF 2.1.0 with the rule catalog (GitHub code scanning)", write_sarif},
        {"github", "GitHub Actions workflow-command annotations and a summary", write_github},
        {"gitlab", "GitLab Code Quality JSON with stable fingerprints", write_gitlab},
    };
    return table;
}

void write_streamed(const Format &format, std::ostream &out, const std::vector<FileReport> &reports, const Output &how) {
    for (std::size_t i = 0; i < reports.size(); ++i) {
        out << (i == 0 ? format.begin : format.separator);
        format.write_file(out, reports[i], how);
    }
    format.write_end(out, summarize(reports), how);
}

const Format *find_format(std::string_view name) {
    for (const Format &f : output_formats())
        if (f.name == name) return &f;
    return nullptr;
}

} // namespace eduroadmap::cli
