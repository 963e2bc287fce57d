// --format junit: JUnit XML as GitLab, Jenkins and most CI systems show it.
// One testsuite per file with one testcase; the testcase fails with one
// <failure> per cause (a group of findings) with a finding at the file's fail
// level or above (the errors, by default); causes below it are listed in <system-out>.
#include "formats.hpp"
#include "spool.hpp"

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

std::string details(const FileReport &f, const Entry &e, Language language) {
    std::string text = compiler_line(f, e, language);
    if (std::string more = entry_details(f, e, language); !more.empty()) text += "\n" + more;
    if (!e.primary->path.empty())
        text += "\n" + std::string(language == Language::ru ? "узел: " : "node: ") + e.primary->path;
    return text;
}

void property(std::ostream &out, std::string_view name, std::string_view value) {
    out << "      <property name=\"" << xml(name) << "\" value=\"" << xml(value) << "\"/>\n";
}

void write_testsuite(std::ostream &out, const FileReport &f, Language language) {
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
    const Entries entries(f);
    for (const Entry &e : entries.list()) {
        if (is_failing(f, e))
            out << "      <failure type=\"" << xml(e.group->rule) << "\" message=\""
                << xml(compiler_line(f, e, language)) << "\">" << xml(details(f, e, language), false)
                << "</failure>\n";
        else
            below += compiler_line(f, e, language) + "\n";
    }
    if (!below.empty()) out << "      <system-out>" << xml(below, false) << "</system-out>\n";
    out << "    </testcase>\n  </testsuite>\n";
}

// The totals open the document: the testsuites wait in a spool until every file is in.
class JunitRun final : public FormatRun {
public:
    JunitRun(std::ostream &out, const Output &how) : out_(out), how_(how) {}
    void add(const FileReport &file) override { write_testsuite(suites_.stream(), file, how_.language); }
    void end(const std::vector<FileSummary> &files) override {
        std::size_t failed = 0;
        for (const FileSummary &f : files) failed += f.fails() ? 1 : 0;
        out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
             << "<testsuites name=\"eduroadmap validate\" tests=\"" << files.size() << "\" failures=\"" << failed
             << "\" errors=\"0\">\n";
        suites_.copy_to(out_);
        out_ << "</testsuites>\n";
    }

private:
    std::ostream &out_;
    Output how_;
    Spool suites_;
};

} // namespace

std::unique_ptr<FormatRun> start_junit(std::ostream &out, const Output &how) {
    return std::make_unique<JunitRun>(out, how);
}

} // namespace eduroadmap::cli
