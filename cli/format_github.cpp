// --format github: GitHub Actions workflow commands. GitHub turns
// `::error file=…,line=…,col=…,title=…::message` into an annotation on the
// file (one per cause, its other places in the text), but shows at most ten annotations of each kind per step; so the
// errors come first, then the warnings, then the notices, ten of each (nine
// notices), every finding beyond that is printed as a plain log line, and a
// final notice summarises the run with its provenance.
#include "formats.hpp"
#include "spool.hpp"

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

// The errors of every file go out as they come; the warnings and the notices
// wait in spools, since they follow the last file's errors.
class GithubRun final : public FormatRun {
public:
    GithubRun(std::ostream &out, const Output &how) : out_(out), how_(how) {}

    void add(const FileReport &f) override {
        const Entries entries(f);
        for (const Entry &e : entries.list()) {
            const Severity level = e.group->severity;
            std::ostream &sink = level == Severity::error ? out_
                                 : level == Severity::warning ? warnings_.stream()
                                                              : notices_.stream();
            // One notice is kept for the summary.
            const std::size_t limit = level == Severity::info ? shown_per_kind - 1 : shown_per_kind;
            if (shown_[static_cast<std::size_t>(level)]++ < limit) {
                annotate(sink, f, e, how_.language);
            } else {
                sink << compiler_line(f, e, how_.language) << "\n";
                ++hidden_;
            }
        }
    }

    void end(const std::vector<FileSummary> &files) override {
        warnings_.copy_to(out_);
        notices_.copy_to(out_);
        const Provenance used = provenance(files);
        auto list = [](const std::set<std::string> &items) {
            std::string s;
            for (const std::string &i : items) s += (s.empty() ? "" : ", ") + i;
            return s.empty() ? std::string("-") : s;
        };
        const bool ru = how_.language == Language::ru;
        std::string summary = summary_line(files, how_.language);
        if (hidden_ > 0)
            summary += ru ? "; не показаны как аннотации: " + std::to_string(hidden_) + " (см. журнал шага)"
                          : "; " + std::to_string(hidden_) + " not shown as annotations (see the step's log)";
        summary += std::string(". eduroadmap ") + version() + (ru ? ", каталог: " : ", catalog: ") +
                   list(used.catalogs) + (ru ? ", настройки: " : ", config: ") + list(used.configs);
        out_ << "::notice title=" << escape("eduroadmap validate", true) << "::" << escape(summary, false) << "\n";
    }

private:
    std::ostream &out_;
    Output how_;
    Spool warnings_, notices_;
    std::size_t shown_[3] = {}; // annotations made, by severity
    std::size_t hidden_ = 0;    // findings printed as plain lines instead
};

} // namespace

std::unique_ptr<FormatRun> start_github(std::ostream &out, const Output &how) {
    return std::make_unique<GithubRun>(out, how);
}

} // namespace eduroadmap::cli
