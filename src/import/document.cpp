#include "import/document.hpp"

#include "import/glossary.hpp"
#include "import/period.hpp"
#include "text.hpp"
#include "words.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <cctype>

namespace eduroadmap::detail::importer {
namespace {

// A non-blank line of the preamble, cleaned: whether it begins a paragraph,
// whether a blank line precedes it.
struct Line {
    const Para *source = nullptr;
    std::string text;
    bool gap = false;
    bool blank = false;
    bool used = false;
};

std::vector<Line> flatten(const std::vector<Paragraph> &paragraphs) {
    std::vector<Line> out;
    for (const Paragraph &p : paragraphs)
        for (std::size_t i = 0; i < p.lines.size(); ++i)
            out.push_back({p.lines[i], line_text(*p.lines[i]), i == 0, p.lines[i]->blank, false});
    return out;
}

std::string folded_letters(std::string_view text) {
    std::string out;
    for (const std::string &w : folded_words(text)) out += w;
    return out;
}

constexpr std::string_view month_stems[] = {"январ", "феврал", "март", "апрел", "ма", "июн",
                                           "июл",   "август", "сентябр", "октябр", "ноябр", "декабр"};

std::optional<Date> make_date(int year, int month, int day) {
    if (month < 1 || month > 12 || year < 1900 || year > 2100) return std::nullopt;
    int last = boost::gregorian::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year),
                                                                      static_cast<unsigned short>(month));
    if (day < 1 || day > last) return std::nullopt;
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month), static_cast<unsigned short>(day));
}

// «14.03.2022»
std::optional<Date> numeric_date_in(std::string_view text) {
    for (std::size_t i = 0; i + 10 <= text.size(); ++i) {
        auto digit = [&](std::size_t k) { return is_ascii_digit(text[k]); };
        if (i > 0 && digit(i - 1)) continue;
        std::size_t d = i;
        int day = 0, month = 0, year = 0, n = 0;
        for (; d < text.size() && digit(d) && n < 2; ++d, ++n) day = day * 10 + (text[d] - '0');
        if (n == 0 || d >= text.size() || text[d] != '.') continue;
        n = 0;
        for (++d; d < text.size() && digit(d) && n < 2; ++d, ++n) month = month * 10 + (text[d] - '0');
        if (n == 0 || d >= text.size() || text[d] != '.') continue;
        n = 0;
        for (++d; d < text.size() && digit(d) && n < 5; ++d, ++n) year = year * 10 + (text[d] - '0');
        if (n != 4) continue;
        if (auto date = make_date(year, month, day)) return date;
    }
    return std::nullopt;
}

// «5 сентября 2023», ««14» марта 2022 г.»: a day, a month's name, a year.
std::optional<Date> worded_date_in(std::string_view text) {
    std::vector<std::string> w = folded_words(text);
    for (std::size_t i = 0; i + 2 < w.size(); ++i) {
        if (w[i].size() > 2 || !std::all_of(w[i].begin(), w[i].end(), is_ascii_digit)) continue;
        int month = 0;
        for (int m = 0; m < 12; ++m)
            if (starts_with(w[i + 1], month_stems[m]) && (m != 4 || w[i + 1] == "мая" || w[i + 1] == "май")) month = m + 1;
        if (month == 0 || w[i + 2].size() != 4 || !std::all_of(w[i + 2].begin(), w[i + 2].end(), is_ascii_digit)) continue;
        if (auto date = make_date(std::stoi(w[i + 2]), month, std::stoi(w[i]))) return date;
    }
    return std::nullopt;
}

std::vector<std::string> tokens_of(std::string_view text) {
    std::vector<std::string> out;
    std::string s = squeeze_spaces(text);
    for (std::size_t pos = 0; pos < s.size();) {
        std::size_t end = s.find(' ', pos);
        if (end == std::string::npos) end = s.size();
        out.push_back(s.substr(pos, end - pos));
        pos = end + 1;
    }
    return out;
}

bool is_upper_letter(std::string_view s, std::size_t &pos) {
    if (pos >= s.size()) return false;
    char32_t cp = decode_utf8(s, pos);
    return is_letter(cp) && fold_code_point(cp) != cp;
}

// «В.М.» (or «В.» alone): capital letters each followed by a dot.
bool is_initials(std::string_view token) {
    std::size_t pos = 0, letters = 0;
    while (pos < token.size()) {
        if (!is_upper_letter(token, pos) || pos >= token.size() || token[pos] != '.') return false;
        ++pos;
        ++letters;
    }
    return letters >= 1 && letters <= 2;
}

// «Запорожская»: a capital letter, then lower-case letters or hyphens.
bool is_surname(std::string_view token) {
    std::size_t pos = 0, letters = 1;
    if (!is_upper_letter(token, pos)) return false;
    while (pos < token.size()) {
        char32_t cp = decode_utf8(token, pos);
        if (cp == U'-') continue;
        if (!is_letter(cp) || fold_code_point(cp) != cp) return false;
        ++letters;
    }
    return letters >= 2;
}

// A signature line ends with «И.О. Фамилия»: returns the name and what precedes it (the post).
std::optional<std::pair<std::string, std::string>> signature_of(std::string_view text) {
    std::vector<std::string> t = tokens_of(text);
    if (t.size() < 2 || !is_surname(t.back())) return std::nullopt;
    std::size_t first = t.size() - 2;
    if (!is_initials(t[first])) return std::nullopt;
    if (first > 0 && is_initials(t[first - 1]) && t[first].size() <= 4 && t[first - 1].size() <= 4) --first;
    std::string name, post;
    for (std::size_t i = 0; i < t.size(); ++i) (i < first ? post : name) += (i == first || i == 0 ? "" : " ") + t[i];
    return std::make_pair(name, post);
}

// Paragraph texts of the unused lines in [begin, end): lines joined with line breaks.
std::vector<Paragraph> unused_paragraphs(const std::vector<Line> &lines, std::size_t begin, std::size_t end) {
    std::vector<Paragraph> out;
    bool open = false;
    for (std::size_t i = begin; i < end; ++i) {
        if (lines[i].used) {
            open = false;
            continue;
        }
        if (!open || lines[i].gap) out.emplace_back();
        out.back().lines.push_back(lines[i].source);
        open = true;
    }
    return out;
}

std::string paragraphs_text(const std::vector<Paragraph> &paragraphs) {
    std::vector<std::string> parts;
    for (const Paragraph &p : paragraphs) parts.push_back(paragraph_text(p, "\n"));
    return join(parts, "\n\n");
}

constexpr std::size_t max_header_lines = 12; // the order's kind is printed near the top
constexpr std::size_t max_stamp_lines = 5;

constexpr std::string_view kinds[] = {"приказ", "постановление", "распоряжение", "решение"};

// ПРИКАЗ / ПОСТАНОВЛЕНИЕ / РАСПОРЯЖЕНИЕ / РЕШЕНИЕ (also spaced: «П Р И К А З»),
// alone or followed by its date and number («ПРИКАЗ от 14.03.2022 № 89-од»).
std::string document_kind(std::string_view text) {
    std::string f = folded_letters(text);
    for (std::string_view k : kinds)
        if (f == k) return std::string(k);
    std::vector<std::string> w = folded_words(text);
    if (w.empty() || (!date_in(text) && number_in(text).empty())) return {};
    for (std::string_view k : kinds)
        if (w[0] == k) return std::string(k);
    return {};
}

void read_order(std::vector<Line> &lines, Preamble &out) {
    std::size_t k = 0;
    std::string kind;
    for (; k < lines.size() && k < max_header_lines; ++k)
        if (!(kind = document_kind(lines[k].text)).empty()) break;
    if (kind.empty()) return;
    ApprovingDocument doc;
    doc.kind = kind;
    std::vector<std::string> authority;
    for (std::size_t i = 0; i <= k; ++i) {
        if (i < k) authority.push_back(lines[i].text);
        lines[i].used = true;
    }
    doc.authority = join(authority, " ");
    doc.date = date_in(lines[k].text);
    doc.number = number_in(lines[k].text);
    auto is_title = [](const std::string &t) {
        std::vector<std::string> w = folded_words(t);
        return !w.empty() && (w[0] == "об" || w[0] == "о");
    };
    std::size_t i = k + 1;
    for (; i < lines.size() && i <= k + 4 && !is_title(lines[i].text); ++i) {
        std::optional<Date> d = date_in(lines[i].text);
        std::string n = number_in(lines[i].text);
        if (d && !doc.date) doc.date = d;
        if (!n.empty() && doc.number.empty()) doc.number = n;
        if (!d && n.empty() && folded_words(lines[i].text).size() > 4) break;
        if (!d && n.empty()) out.unplaced.push_back(lines[i].source); // the place of signing
        lines[i].used = true;
    }
    if (i < lines.size() && is_title(lines[i].text)) {
        const bool bold = trim(lines[i].source->text).compare(0, 2, "**") == 0;
        std::vector<std::string> title{lines[i].text};
        lines[i].used = true;
        for (++i; i < lines.size(); ++i) {
            const std::string raw = trim(lines[i - 1].source->text);
            if (bold ? raw.size() >= 2 && raw.compare(raw.size() - 2, 2, "**") == 0
                     : !starts_lower(lines[i].text, true))
                break;
            title.push_back(lines[i].text);
            lines[i].used = true;
        }
        doc.title = join(title, " ");
    }
    // The body runs to the signature; without one its end cannot be told.
    for (std::size_t s = i; s < lines.size() && !is_plan_caption(lines[s].text); ++s) {
        auto sig = signature_of(lines[s].text);
        if (!sig) continue;
        doc.signed_by = sig->first;
        std::vector<Paragraph> body = unused_paragraphs(lines, i, s);
        std::string text = paragraphs_text(body);
        if (!sig->second.empty()) text += (text.empty() ? "" : lines[s].gap ? "\n\n" : "\n") + sig->second;
        doc.text = text;
        for (std::size_t u = i; u <= s; ++u) lines[u].used = true;
        break;
    }
    out.approved_by = doc;
}

// The kind of an order named in a stamp: «приказом» (УТВЕРЖДЕН приказом …)
// or «к приказу» (Приложение 1 к приказу …).
struct KindForm {
    std::string_view form, kind;
};
constexpr KindForm kind_forms[] = {{"приказом", "приказ"},           {"постановлением", "постановление"},
                                   {"распоряжением", "распоряжение"}, {"решением", "решение"},
                                   {"приказу", "приказ"},             {"постановлению", "постановление"},
                                   {"распоряжению", "распоряжение"},  {"решению", "решение"}};

// A stamp names the authority in the genitive («приказом Управления
// образования»); its head noun is put back in the nominative («Управление
// образования»), the rest kept as printed.
std::string nominative(const std::string &authority) {
    static constexpr std::pair<std::string_view, std::string_view> heads[] = {
        {"управления", "управление"}, {"комитета", "комитет"},       {"администрации", "администрация"},
        {"отдела", "отдел"},          {"департамента", "департамент"}, {"министерства", "министерство"}};
    std::size_t end = authority.find(' ');
    const std::string first = authority.substr(0, end);
    for (auto [genitive, nominative] : heads) {
        if (fold(first) != genitive) continue;
        std::string head(nominative);
        if (has_capital(first)) { // «Управления» → «Управление», keeping the capital
            std::size_t pos = 0;
            char32_t cp = decode_utf8(first, pos);
            std::size_t head_pos = 0;
            decode_utf8(head, head_pos);
            std::string capital;
            append_utf8(capital, cp);
            head = capital + head.substr(head_pos);
        }
        return head + (end == std::string::npos ? std::string() : authority.substr(end));
    }
    return authority;
}

// «УТВЕРЖДЕНА постановлением Управления образованием … от 19.06.2020 № 179»;
// «Приложение 1 к приказу управления образования от 05.10.2022 г. N 976».
void read_stamp(std::vector<Line> &lines, Preamble &out) {
    std::size_t k = 0;
    while (k < lines.size() && lines[k].used) ++k;
    if (k >= lines.size() || k >= max_stamp_lines) return;
    std::vector<std::string> w = folded_words(lines[k].text);
    if (w.empty() || !(starts_with(w[0], "утвержден") || w[0] == "приложение")) return;
    std::string text;
    std::size_t end = k;
    for (; end < lines.size() && end < k + max_stamp_lines; ++end) {
        text += (text.empty() ? "" : " ") + lines[end].text;
        if (date_in(lines[end].text)) break;
    }
    if (end == lines.size() || end == k + max_stamp_lines) return;
    std::vector<std::string> t = tokens_of(text);
    ApprovingDocument doc;
    std::size_t from = std::string::npos;
    for (std::size_t i = 1; i < t.size() && i < 5 && doc.kind.empty(); ++i)
        for (const KindForm &f : kind_forms)
            if (fold(t[i]) == f.form) {
                doc.kind = f.kind;
                from = text.find(t[i]) + t[i].size();
            }
    if (doc.kind.empty()) return;
    std::size_t on = text.find(" от ", from);
    if (on != std::string::npos) doc.authority = nominative(trim(std::string_view(text).substr(from, on - from)));
    doc.date = date_in(text);
    doc.number = number_in(text);
    for (std::size_t i = k; i <= end; ++i) lines[i].used = true;
    out.approved_by = doc;
}

} // namespace

std::optional<Date> date_in(std::string_view text) {
    if (auto numeric = numeric_date_in(text)) return numeric;
    return worded_date_in(text);
}

std::string number_in(std::string_view text) {
    std::string t(text);
    std::size_t at = t.find("№");
    std::size_t width = std::string_view("№").size();
    if (at == std::string::npos) { // «N 976»: a Latin N standing alone before the number
        for (std::size_t i = 0; i + 2 < t.size(); ++i)
            if (t[i] == 'N' && (i == 0 || t[i - 1] == ' ') && t[i + 1] == ' ' && is_ascii_digit(t[i + 2])) {
                at = i;
                width = 1;
                break;
            }
        if (at == std::string::npos) return {};
    }
    std::string rest = trim(std::string_view(t).substr(at + width));
    std::size_t end = rest.find_first_of(" \t");
    std::string n = rest.substr(0, end);
    while (!n.empty() && (n.back() == ',' || n.back() == ';' || n.back() == '.')) n.pop_back();
    return n;
}

std::optional<std::pair<std::string, std::string>> signature_in(std::string_view text) { return signature_of(text); }

std::vector<Paragraph> paragraphs_of(const std::vector<const Para *> &lines) {
    std::vector<Paragraph> out;
    for (const Para *l : lines) {
        if (out.empty() || l->gap) out.emplace_back();
        out.back().lines.push_back(l);
    }
    return out;
}

std::string line_text(const Para &line) {
    std::string t = line.label.empty() ? line.text : line.label + " " + line.text;
    for (char &c : t)
        if (c == '\t') c = ' ';
    return line.raw == line.text ? trim(t) : clean(t);
}

std::string paragraph_text(const Paragraph &p, std::string_view separator) {
    std::vector<std::string> parts;
    for (const Para *l : p.lines) parts.push_back(line_text(*l));
    return join(parts, separator);
}

bool is_plan_caption(std::string_view text) {
    std::vector<std::string> w = folded_words(clean(text));
    return !w.empty() && (w[0] == "план" || w[0] == "планы" ||
                          (w.size() > 1 && ((w[0] == "дорожная" && w[1] == "карта") || (w[0] == "дорожные" && w[1] == "карты"))));
}

Preamble read_preamble(const std::vector<Paragraph> &paragraphs) {
    Preamble out;
    std::vector<Line> lines = flatten(paragraphs);
    read_order(lines, out);
    if (!out.approved_by) read_stamp(lines, out);
    std::size_t caption = 0;
    while (caption < lines.size() && (lines[caption].used || !is_plan_caption(lines[caption].text))) ++caption;
    std::size_t after = caption;
    if (caption < lines.size()) {
        std::string title = lines[caption].text;
        lines[caption].used = true;
        // A caption goes on in lower case («по развитию …»), with its period
        // («на 2023 год»), or after a word or two («ПЛАН» / «мероприятий …»).
        for (after = caption + 1; after < lines.size() && !lines[after].blank && !lines[after].used; ++after) {
            const std::string &t = lines[after].text;
            if (!starts_lower(t, true) && period_in(t).empty() && folded_words(lines[after - 1].text).size() > 2) break;
            if (!lines[after].source->label.empty() || is_glossary_heading(t)) break;
            // A Word file prints each paragraph and line break on a line of its own;
            // a text export's lines are one caption wrapped.
            title += (lines[after].source->place.line == 0 ? "\n" : " ") + t;
            lines[after].used = true;
        }
        out.title = title;
    }
    out.before_title = unused_paragraphs(lines, 0, caption);
    out.after_title = unused_paragraphs(lines, after, lines.size());
    return out;
}

Section section_from_text(const std::vector<std::string> &paragraphs, bool breaks_printed) {
    Section s;
    std::vector<std::string> rest;
    std::size_t title_at = 0;
    static constexpr std::string_view track = " по тре"; // «по треку», misprinted «по трексу», «по тресу»
    const std::string first = paragraphs.empty() ? std::string() : paragraphs.front();
    std::vector<std::string> w = folded_words(first);
    std::size_t at = first.find(track);
    if (w.size() > 2 && w[0] == "обоснование" && w[1] == "принимаемых" && at != std::string::npos) {
        std::size_t name = first.find(' ', at + track.size());
        s.title = name == std::string::npos ? std::string() : trim(std::string_view(first).substr(name + 1));
        s.justification = join(paragraphs, "\n\n");
    } else {
        for (std::size_t i = 0; i < paragraphs.size(); ++i)
            if (is_plan_caption(paragraphs[i])) {
                title_at = i;
                break;
            }
        // A heading broken over paragraphs goes on in lower case («План
        // мероприятий (… 1.3)» / «формирования системы …»).
        std::size_t title_end = title_at + 1;
        while (title_end < paragraphs.size() && starts_lower(paragraphs[title_end], true)) ++title_end;
        for (std::size_t i = 0; i < paragraphs.size(); ++i)
            if (i < title_at || i >= title_end) rest.push_back(paragraphs[i]);
        std::vector<std::string> title(paragraphs.begin() + static_cast<std::ptrdiff_t>(std::min(title_at, paragraphs.size())),
                                       paragraphs.begin() + static_cast<std::ptrdiff_t>(std::min(title_end, paragraphs.size())));
        s.title = join(title, breaks_printed ? "\n" : " ");
        if (!breaks_printed) std::replace(s.title.begin(), s.title.end(), '\n', ' ');
        s.justification = join(rest, "\n\n");
    }
    // «План мероприятий («дорожная карта» 1.2.) по реализации …»: a plan
    // numbered in its caption; the number is the section's, the rest its title.
    for (std::string_view mark : {"(«дорожная карта» ", "(\"дорожная карта\" "}) {
        std::size_t at = s.title.find(mark);
        std::size_t close = at == std::string::npos ? at : s.title.find(')', at);
        if (at == std::string::npos || close == std::string::npos || !is_plan_caption(s.title)) continue;
        std::string number = trim(std::string_view(s.title).substr(at + mark.size(), close - at - mark.size()));
        std::string rest = trim(std::string_view(s.title).substr(close + 1));
        if (number.empty() || rest.empty() || !std::isdigit(static_cast<unsigned char>(number[0]))) continue;
        s.number = number;
        s.title = rest;
        return s;
    }
    // «1. Система оценки …» → number «1»; «IV. Мероприятия …» → «IV».
    std::size_t i = 0;
    const std::string &t = s.title;
    while (i < t.size() && (std::isdigit(static_cast<unsigned char>(t[i])) || t[i] == '.')) ++i;
    if (i == 0) {
        while (i < t.size() && std::string_view("IVXL").find(t[i]) != std::string_view::npos) ++i;
        if (i > 0 && i < t.size() && t[i] == '.') ++i; // «IV.»
    }
    std::string number = t.substr(0, i);
    bool roman = !number.empty() && !std::isdigit(static_cast<unsigned char>(number[0]));
    if (!number.empty() && i < t.size() && t[i] == ' ' && (roman || number.back() == '.')) {
        while (!number.empty() && number.back() == '.') number.pop_back();
        s.number = number;
        s.title = trim(std::string_view(t).substr(i));
    }
    return s;
}

} // namespace eduroadmap::detail::importer
