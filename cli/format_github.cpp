// --format github: GitHub Actions workflow commands. GitHub turns
// `::error file=…,line=…,col=…,title=…::message` into an annotation on the
// file (one per cause, its other places in the text), but shows at most ten annotations of each kind per step; so the
// errors come first, then the warnings, then the notices, ten of each (nine
// notices), every finding beyond that is printed as a plain log line, and a
// final notice summarises the run with its provenance.
#include "formats.hpp"

#include <eduroadmap/version.hpp>

namespace eduroadmap::cli {

namespace {

// How many annotations of one kind GitHub shows per step.
constexpr std::size_t shown_per_kind = 10;

// Escaping of workflow commands: the message, and property values (which
// may not hold `:` or `,` either).
std::string escape(std::string_view s, bool property) {
    std::string out;
    for (char c : s) {
        switch (c) {
        case '%': out += "%25"; break;
        case '\r': out += "%0D"; break;
        case '\n': out += "%0A"; break;
        case ':': out += property ? "%3A" : ":"; break;
        case ',': out += property ? "%2C" : ","; break;
        default: out += c;
        }
    }
    return out;
}

constexpr SeverityNames command_of{"error", "warning", "notice"};

void annotate(std::ostream &out, const FileReport &f, const Entry &e, Language language) {
    const Diagnostic &d = *e.primary;
    out << "::" << command_of(e.group->severity) << " file=" << escape(display_path(file_of(f, d)), true);
    if (d.location.line > 0) out << ",line=" << d.location.line << ",col=" << d.location.column;
    out << ",title=" << escape("eduroadmap: " + e.group->rule, true) << "::" << escape(entry_text(f, e, language), false)
        << "\n";
}

} // namespace

void write_github(std::ostream &out, const std::vector<FileReport> &reports, const Output &how) {
    std::size_t hidden = 0;
    for (Severity level : {Severity::error, Severity::warning, Severity::info}) {
        // One notice is kept for the summary.
        const std::size_t limit = level == Severity::info ? shown_per_kind - 1 : shown_per_kind;
        std::size_t shown = 0;
        for (const FileReport &f : reports) {
            const Entries entries(f);
            for (const Entry &e : entries.list()) {
                if (e.group->severity != level) continue;
                if (shown++ < limit) {
                    annotate(out, f, e, how.language);
                } else {
                    out << compiler_line(f, e, how.language) << "\n";
                    ++hidden;
                }
            }
        }
    }
    const std::vector<FileSummary> files = summarize(reports);
    const Provenance used = provenance(files);
    auto list = [](const std::set<std::string> &items) {
        std::string s;
        for (const std::string &i : items) s += (s.empty() ? "" : ", ") + i;
        return s.empty() ? std::string("-") : s;
    };
    const bool ru = how.language == Language::ru;
    std::string summary = summary_line(files, how.language);
    if (hidden > 0)
        summary += ru ? "; не показаны как аннотации: " + std::to_string(hidden) + " (см. журнал шага)"
                      : "; " + std::to_string(hidden) + " not shown as annotations (see the step's log)";
    summary += std::string(ru ? ". eduroadmap " : ". eduroadmap ") + version() + (ru ? ", каталог: " : ", catalog: ") +
               list(used.catalogs) + (ru ? ", настройки: " : ", config: ") + list(used.configs);
    out << "::notice title=" << escape("eduroadmap validate", true) << "::" << escape(summary, false) << "\n";
}

} // namespace eduroadmap::cli
