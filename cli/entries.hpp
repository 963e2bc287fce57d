// A report as people read it: one entry per cause (Report::groups), ranked,
// each with its primary finding and its other places folded. Every output
// format writes these entries.
#ifndef EDUROADMAP_CLI_ENTRIES_HPP
#define EDUROADMAP_CLI_ENTRIES_HPP

#include "report.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap::cli {

// One cause: its group and its primary finding.
struct Entry {
    const DiagnosticGroup *group; // points into the file's report, or into Entries::own
    const Diagnostic *primary;    // the group's first finding
};

// The entries of one file, in the report's ranked order. A report built
// without groups (the loader's findings of a file that is no roadmap) gets
// one entry per finding.
class Entries {
public:
    explicit Entries(const FileReport &file);
    Entries(const Entries &) = delete; // the entries point into own_
    Entries &operator=(const Entries &) = delete;
    const std::vector<Entry> &list() const { return list_; }

private:
    std::vector<DiagnosticGroup> own_;
    std::vector<Entry> list_;
};

// The group's message and hint in @p language.
std::string entry_message(const FileReport &file, const Entry &entry, Language language);
std::string entry_hint(const FileReport &file, const Entry &entry, Language language);

// Where the group's findings are beyond one: «80 мест: строки 12–15, 20 …» /
// "80 places: lines 12–15, 20 …" (at most a dozen items); empty for a group
// of one finding.
std::string places_line(const FileReport &file, const Entry &entry, Language language);
// Its findings in the document: «мероприятия 3–7, 12 раздела 2» (describe()); empty outside the table.
std::string document_line(const FileReport &file, const Entry &entry, Language language);

// The places its findings name (RelatedLocation), one text each:
// «впервые здесь: строка 40 (мероприятие 10 раздела 1)» / "first here: line 40 (measure 10 of section 1)".
std::vector<std::string> related_lines(const FileReport &file, const Entry &entry, Language language);

// The findings of the group in the file's report, in report order.
std::vector<const Diagnostic *> members(const FileReport &file, const Entry &entry);

// What follows the message, one line each: the document line, the places
// line, the related places and the hint («подсказка: …»); empty when none.
std::string entry_details(const FileReport &file, const Entry &entry, Language language);
// The message, then entry_details() on lines of their own.
std::string entry_text(const FileReport &file, const Entry &entry, Language language);

// True when some finding of the group fails its file (is_failing).
bool is_failing(const FileReport &file, const Entry &entry);

// The per-direction digest of the file: «1.1: 12 мероприятий, нет этапов: анализ, решения; 3 замечания …».
// Empty when the report has none.
std::string digest_line(const FileReport &file, Language language);

// «1 мероприятие», «3 мероприятия», «12 мероприятий»: @p n with the Russian noun form it takes.
std::string count_ru(std::size_t n, std::string_view one, std::string_view few, std::string_view many);
// "1 measure", "3 measures".
std::string count_en(std::size_t n, std::string_view one, std::string_view many);

} // namespace eduroadmap::cli

#endif
