// `eduroadmap diff OLD NEW [--format text|json|html]`: what changed between two
// versions of a roadmap (docs/diff.md). Exit status 0 when they are equal,
// 1 when they differ, 2 when either cannot be read — as diff(1).
#include "columns.hpp"
#include "commands.hpp"
#include "report.hpp"
#include "roadmap_input.hpp"

#include <eduroadmap/diff.hpp>
#include <eduroadmap/diff_html.hpp>

#include <iostream>
#include <memory>

namespace eduroadmap::cli {
namespace {

struct DiffArgs {
    std::string before, after;
    std::string format = "text";
    std::string catalog;
    std::string lang;
};

// A measure named as the document prints it: its number, else its id.
std::string label(const ResolvedMeasure &m) {
    const std::string &number = m.ref.measure->number;
    return number.empty() ? m.id : number;
}

// A text on one line in «», cut at 90 characters.
std::string clipped_quote(const std::string &text) { return "«" + clip(text, 90) + "»"; }

std::string windows_text(const Deadline &d) {
    if (d.windows.empty()) return std::string(to_string(d.kind));
    std::string out = to_iso(d.windows.front());
    if (d.windows.size() > 1) out += " +" + std::to_string(d.windows.size() - 1);
    return out;
}

class TextDiff {
public:
    TextDiff(std::ostream &out, const RoadmapDiff &d, bool ru) : out_(out), d_(d), ru_(ru) {}

    void write(const std::string &before_path, const std::string &after_path) {
        out_ << "--- " << before_path << " (" << d_.before->roadmap->id << ")\n";
        out_ << "+++ " << after_path << " (" << d_.after->roadmap->id << ")\n";
        values(tr("Реквизиты плана", "Plan"), d_.metadata);
        sections();
        entries(tr("Реестр ответственных", "Registry of responsibles"), d_.registry);
        entries(tr("Показатели", "Indicators"), d_.indicators);
        directions();
        measures(tr("Исключены", "Removed"), '-', d_.removed, false);
        measures(tr("Добавлены", "Added"), '+', d_.added, true);
        pairs(tr("Перенесены", "Moved"), '>', d_.moved, true);
        pairs(tr("Изменены", "Changed"), '~', d_.changed, false);
        renumbered();
        out_ << (ru_ ? "Итого: добавлено " : "Summary: added ") << d_.added.size()
             << (ru_ ? ", исключено " : ", removed ") << d_.removed.size() << (ru_ ? ", перенесено " : ", moved ")
             << d_.moved.size() << (ru_ ? ", изменено " : ", changed ") << d_.changed.size()
             << (ru_ ? ", перенумеровано " : ", renumbered ") << d_.renumbered.size()
             << (ru_ ? ", без изменений " : ", unchanged ") << d_.unchanged << "\n";
        if (d_.empty()) out_ << tr("Планы совпадают.", "The plans are equal.") << "\n";
    }

private:
    const char *tr(const char *ru, const char *en) const { return ru_ ? ru : en; }

    void values(const char *heading, const std::vector<ValueChange> &changes, const char *indent = "  ") {
        if (changes.empty()) return;
        if (heading) out_ << heading << ":\n";
        for (const ValueChange &c : changes)
            out_ << indent << c.field << ": " << clipped_quote(c.before) << " → " << clipped_quote(c.after) << "\n";
    }

    void sections() {
        if (d_.sections.empty()) return;
        out_ << tr("Разделы", "Sections") << ":\n";
        for (const SectionDiff &s : d_.sections) {
            if (!s.after) out_ << "  - " << clipped_quote(s.before_title) << "\n";
            else if (!s.before) out_ << "  + " << clipped_quote(s.after_title) << "\n";
            else out_ << "  ~ " << clipped_quote(s.before_title) << " → " << clipped_quote(s.after_title) << "\n";
        }
    }

    void entries(const char *heading, const std::vector<EntryDiff> &list) {
        if (list.empty()) return;
        out_ << heading << ":\n";
        for (const EntryDiff &e : list) {
            const char mark = e.kind == EntryDiff::Kind::added ? '+' : e.kind == EntryDiff::Kind::removed ? '-' : '~';
            out_ << "  " << mark << ' ' << e.id << ' ' << clipped_quote(e.title) << "\n";
            values(nullptr, e.changes, "      ");
        }
    }

    void directions() {
        if (d_.directions.empty()) return;
        out_ << tr("Направления", "Directions") << ":\n";
        for (const DirectionDiff &d : d_.directions)
            out_ << "  " << d.code << ' ' << clipped_quote(d.title) << ": " << tr("мероприятий ", "measures ")
                 << d.measures_before << " → " << d.measures_after << tr(", этапов цикла ", ", stages covered ")
                 << d.stages_before << " → " << d.stages_after << tr(", баллы ", ", score ") << d.score_before
                 << " → " << d.score_after << tr(" из ", " of ") << d.score_max << "\n";
    }

    void measures(const char *heading, char mark, const std::vector<MeasureDiff> &list, bool after) {
        if (list.empty()) return;
        out_ << heading << ":\n";
        for (const MeasureDiff &m : list) {
            const ResolvedMeasure &x = after ? *m.after : *m.before;
            out_ << "  " << mark << ' ' << label(x) << ' ' << clipped_quote(x.ref.measure->title) << "  [" << x.ref.path()
                 << "]\n";
        }
    }

    void pairs(const char *heading, char mark, const std::vector<MeasureDiff> &list, bool moved) {
        if (list.empty()) return;
        out_ << heading << ":\n";
        for (const MeasureDiff &m : list) {
            out_ << "  " << mark << ' ' << label(*m.before);
            if (m.renumbered) out_ << " → " << label(*m.after);
            out_ << ' ' << clipped_quote(m.after->ref.measure->title) << "\n";
            if (moved)
                out_ << "      " << tr("раздел", "section") << ": "
                     << clipped_quote(d_.before->roadmap->sections[m.before->ref.section].title) << " → "
                     << clipped_quote(d_.after->roadmap->sections[m.after->ref.section].title) << "\n";
            for (const FieldChange &c : m.changes) {
                out_ << "      " << to_string(c.field) << ": " << clipped_quote(c.before);
                if (c.field == MeasureField::deadline) out_ << " (" << windows_text(m.before->deadline) << ")";
                out_ << " → " << clipped_quote(c.after);
                if (c.field == MeasureField::deadline) out_ << " (" << windows_text(m.after->deadline) << ")";
                out_ << "\n";
            }
        }
    }

    // Renumbering is reported quietly: one line.
    void renumbered() {
        if (d_.renumbered.empty()) return;
        out_ << tr("Перенумерованы", "Renumbered") << ": ";
        const std::size_t shown = std::min<std::size_t>(d_.renumbered.size(), 8);
        for (std::size_t i = 0; i < shown; ++i)
            out_ << (i ? ", " : "") << label(*d_.renumbered[i].before) << " → " << label(*d_.renumbered[i].after);
        if (shown < d_.renumbered.size()) out_ << tr(" и ещё ", " and ") << d_.renumbered.size() - shown;
        out_ << "\n";
    }

    std::ostream &out_;
    const RoadmapDiff &d_;
    bool ru_;
};

void run(const DiffArgs &args) {
    std::unique_ptr<RoadmapInput> before = open_roadmap("diff", args.before, args.catalog, args.lang);
    std::unique_ptr<RoadmapInput> after = before ? open_roadmap("diff", args.after, args.catalog, args.lang) : nullptr;
    if (!before || !after) {
        exit_status() = usage; // as diff(1): trouble is 2, whatever the reason
        return;
    }
    const RoadmapDiff d = diff(before->resolved, after->resolved);
    const Language lang = choose_language(args.lang, after->configured_language);
    if (args.format == "json")
        std::cout << to_json(d, 2) << "\n";
    else if (args.format == "html")
        std::cout << diff_page(d, {args.before, args.after}, lang);
    else
        TextDiff(std::cout, d, lang == Language::ru).write(args.before, args.after);
    std::cout.flush();
    exit_status() = d.empty() ? ok : findings;
}

} // namespace

void add_diff_command(CLI::App &app) {
    auto args = std::make_shared<DiffArgs>();
    CLI::App *cmd = app.add_subcommand(
        "diff", "What changed between two versions of a roadmap; exit 0 equal, 1 different, 2 bad input (docs/diff.md)");
    cmd->add_option("old", args->before, "The earlier version (- for stdin)")->required();
    cmd->add_option("new", args->after, "The later version (- for stdin)")->required();
    cmd->add_option("--format", args->format, "Output format")->check(CLI::IsMember({"text", "json", "html"}));
    cmd->add_option("--catalog", args->catalog,
                    "Direction catalog for both versions: a built-in id or a catalog file (default: each one's)");
    cmd->add_option("--lang", args->lang, "Language of the text and HTML formats")->check(CLI::IsMember({"ru", "en"}));
    cmd->callback([args] { run(*args); });
}

} // namespace eduroadmap::cli
