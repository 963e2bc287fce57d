// --format junit: JUnit XML as GitLab, Jenkins and most CI systems show it.
// One testsuite per file with one testcase; the testcase fails with one
// <failure> per finding at the file's fail level or above (the errors, by
// default); findings below it are listed in <system-out>.
#include "formats.hpp"

#include <eduroadmap/version.hpp>

namespace eduroadmap::cli {

namespace {

// Escapes text for XML 1.0. Characters XML 1.0 cannot hold (control
// characters other than tab and line breaks) become U+FFFD. In an attribute,
// line breaks and tabs are escaped too, or a parser would turn them into spaces.
std::string xml(std::string_view s, bool attribute = true) {
    std::string out;
    out.reserve(s.size());
    for (char ch : s) {
        unsigned char c = static_cast<unsigned char>(ch);
        switch (ch) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += attribute ? "&quot;" : "\"";  break;
        case '\'': out += attribute ? "&apos;" : "'"; break;
        case '\n': out += attribute ? "&#10;" : "\n"; break;
        case '\r': out += attribute ? "&#13;" : "\r"; break;
        case '\t': out += attribute ? "&#9;" : "\t"; break;
        default: out += c < 0x20 ? std::string("\xEF\xBF\xBD") : std::string(1, ch);
        }
    }
    return out;
}

std::string details(const FileReport &f, const Diagnostic &d, Language language) {
    std::string text = compiler_line(f, d, language);
    if (std::string h = hint(d, language); !h.empty()) text += "\n" + std::string(hint_label(language)) + h;
    if (!d.path.empty()) text += "\n" + std::string(language == Language::ru ? "узел: " : "node: ") + d.path;
    return text;
}

void property(std::ostream &out, std::string_view name, std::string_view value) {
    out << "      <property name=\"" << xml(name) << "\" value=\"" << xml(value) << "\"/>\n";
}

} // namespace

void write_junit(std::ostream &out, const std::vector<FileReport> &reports, const Output &how) {
    std::size_t failed = 0;
    for (const FileReport &f : reports) failed += fails(f) ? 1 : 0;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<testsuites name=\"eduroadmap validate\" tests=\"" << reports.size() << "\" failures=\"" << failed
        << "\" errors=\"0\">\n";
    for (const FileReport &f : reports) {
        const bool failing = fails(f);
        out << "  <testsuite name=\"" << xml(f.path) << "\" tests=\"1\" failures=\"" << (failing ? 1 : 0)
            << "\" errors=\"0\" skipped=\"0\">\n";
        out << "    <properties>\n";
        property(out, "eduroadmap.version", version());
        property(out, "catalog", f.report.catalog);
        property(out, "config", f.config);
        property(out, "fail_level", to_string(f.fail_level));
        out << "    </properties>\n";
        out << "    <testcase name=\"" << xml(f.path) << "\" classname=\"eduroadmap.validate\" file=\"" << xml(f.path)
            << "\">\n";
        std::string below;
        for (const Diagnostic &d : f.report.diagnostics) {
            if (is_failing(f, d))
                out << "      <failure type=\"" << xml(d.rule) << "\" message=\""
                    << xml(compiler_line(f, d, how.language)) << "\">" << xml(details(f, d, how.language), false)
                    << "</failure>\n";
            else
                below += compiler_line(f, d, how.language) + "\n";
        }
        if (!below.empty()) out << "      <system-out>" << xml(below, false) << "</system-out>\n";
        out << "    </testcase>\n  </testsuite>\n";
    }
    out << "</testsuites>\n";
}

} // namespace eduroadmap::cli
