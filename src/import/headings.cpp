#include "import/headings.hpp"

#include "import/source.hpp"
#include "text.hpp"
#include "words.hpp"

#include <eduroadmap/suggest.hpp>

#include <algorithm>
#include <cctype>

namespace eduroadmap::detail::importer {
namespace {

// Stems that name a column wherever they stand in the heading; the earliest
// match in a heading wins («Ожидаемый результат (форма отчёта)» is a result).
struct ColumnStems {
    Column column;
    std::string_view stems;
};
constexpr ColumnStems column_stems[] = {
    {Column::title, "наименован мероприят"},  {Column::title, "мероприят"},
    {Column::title, "содержан деятельност"},   {Column::deadline, "срок"},
    {Column::deadline, "дат проведен"},        {Column::responsibles, "ответствен"},
    {Column::responsibles, "исполнител"},      {Column::result, "ожидаем результат"},
    {Column::result, "результат"},             {Column::result, "индикатив показател"},
    {Column::form, "форм проведен"},           {Column::form, "форм"},
    {Column::status, "отметк"},                {Column::status, "статус"},
};

// The headings plans print, for "did you mean" when a heading is misspelt.
struct KnownHeading {
    Column column;
    std::string_view text;
};
constexpr KnownHeading known_headings[] = {
    {Column::number, "№ п/п"},
    {Column::title, "Мероприятие"},
    {Column::title, "Наименование мероприятия"},
    {Column::title, "Мероприятие (содержание деятельности)"},
    {Column::deadline, "Сроки"},
    {Column::deadline, "Сроки исполнения"},
    {Column::deadline, "Срок проведения"},
    {Column::responsibles, "Ответственные"},
    {Column::responsibles, "Ответственный"},
    {Column::responsibles, "Ответственный исполнитель"},
    {Column::responsibles, "Исполнители"},
    {Column::result, "Ожидаемый результат"},
    {Column::result, "Ожидаемые результаты"},
    {Column::result, "Индикативные показатели"},
    {Column::form, "Форма проведения"},
    {Column::status, "Отметка о выполнении"},
};

// «№», «№ п/п», «N п/п», «п/п», «Номер».
bool is_number_heading(std::string_view cleaned) {
    std::string f = fold(cleaned);
    f.erase(std::remove_if(f.begin(), f.end(), [](char c) { return c == ' ' || c == '.'; }), f.end());
    for (std::string_view h : {"№", "№п/п", "№пп", "n", "nп/п", "п/п", "#", "номер", "номерп/п"})
        if (f == h) return true;
    return false;
}

constexpr std::size_t max_heading_words = 8;
constexpr std::size_t max_unknown_heading_words = 4;

} // namespace

std::optional<Heading> read_heading(std::string_view cell) {
    std::string cleaned = clean(cell);
    std::replace(cleaned.begin(), cleaned.end(), '\n', ' ');
    if (cleaned.empty()) return std::nullopt;
    if (is_number_heading(cleaned)) return Heading{Column::number, cleaned, {}};
    std::vector<std::string> words = folded_words(cleaned);
    if (words.empty() || words.size() > max_heading_words) return std::nullopt;
    const ColumnStems *best = nullptr;
    std::size_t best_at = words.size();
    for (const ColumnStems &c : column_stems) {
        auto at = find_stems(words, stems_of(c.stems));
        if (at && *at < best_at) {
            best = &c;
            best_at = *at;
        }
    }
    if (best) return Heading{best->column, cleaned, {}};
    std::vector<std::string_view> candidates;
    for (const KnownHeading &h : known_headings) candidates.push_back(h.text);
    std::string near = closest(cleaned, candidates);
    for (const KnownHeading &h : known_headings)
        if (!near.empty() && h.text == near) return Heading{h.column, cleaned, near};
    return std::nullopt;
}

std::optional<std::vector<Heading>> read_header(const std::vector<std::string> &cells, std::size_t minimum) {
    std::vector<Heading> header;
    std::size_t headings = 0, unknown = 0;
    bool title = false;
    for (const std::string &cell : cells) {
        std::string cleaned = clean(cell);
        std::replace(cleaned.begin(), cleaned.end(), '\n', ' ');
        if (cleaned.empty()) {
            header.push_back({Column::other, {}, {}});
            continue;
        }
        auto h = read_heading(cell);
        if (!h) {
            // A column the format has no field for («Примечание»): a short heading, kept in the note.
            if (folded_words(cleaned).size() > max_unknown_heading_words || is_measure_number(cleaned)) return std::nullopt;
            ++unknown;
            header.push_back({Column::other, cleaned, {}});
            continue;
        }
        title = title || h->column == Column::title;
        ++headings;
        header.push_back(std::move(*h));
    }
    if (!title || headings < minimum || 2 * unknown > headings) return std::nullopt;
    return header;
}

bool is_measure_number(std::string_view text) {
    // digits{1,3} ( . digits{1,3} )* then at most two dots or one closing bracket
    std::size_t i = 0, n = text.size();
    for (;;) {
        std::size_t digits = 0;
        while (i < n && std::isdigit(static_cast<unsigned char>(text[i]))) ++i, ++digits;
        if (digits == 0 || digits > 3) return false;
        if (i + 1 < n && text[i] == '.' && std::isdigit(static_cast<unsigned char>(text[i + 1]))) {
            ++i;
            continue;
        }
        break;
    }
    if (i < n && text[i] == ')') ++i;
    else
        for (int dots = 0; dots < 2 && i < n && text[i] == '.'; ++dots) ++i;
    return i == n;
}

bool is_roman_number(std::string_view text) {
    if (!text.empty() && text.back() == '.') text.remove_suffix(1);
    if (text.empty() || text.size() > 6) return false;
    return std::all_of(text.begin(), text.end(), [](char c) { return std::string_view("IVXLC").find(c) != std::string_view::npos; });
}

} // namespace eduroadmap::detail::importer
