#include "import/document.hpp"

#include "text.hpp"
#include "words.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <cctype>

namespace eduroadmap::detail::importer {
namespace {

// A non-blank line of the preamble, cleaned, with whether blank lines precede it.
struct Line {
    const SourceLine *source = nullptr;
    std::string text;
    bool gap = false;
    bool used = false;
};

std::vector<Line> flatten(const std::vector<Paragraph> &paragraphs) {
    std::vector<Line> out;
    for (const Paragraph &p : paragraphs)
        for (std::size_t i = 0; i < p.lines.size(); ++i)
            out.push_back({p.lines[i], paragraph_text(Paragraph{{p.lines[i]}}), i == 0, false});
    return out;
}

std::string folded_letters(std::string_view text) {
    std::string out;
    for (const std::string &w : folded_words(text)) out += w;
    return out;
}

std::optional<Date> date_in(std::string_view text) {
    for (std::size_t i = 0; i + 10 <= text.size(); ++i) {
        auto digit = [&](std::size_t k) { return std::isdigit(static_cast<unsigned char>(text[k])) != 0; };
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
        if (n != 4 || month < 1 || month > 12 || year < 1900 || year > 2100) continue;
        int last = boost::gregorian::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year),
                                                                          static_cast<unsigned short>(month));
        if (day < 1 || day > last) continue;
        return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                    static_cast<unsigned short>(day));
    }
    return std::nullopt;
}

// «№ 120/21/1» → «120/21/1».
std::string number_in(std::string_view text) {
    std::size_t at = text.find("№");
    if (at == std::string_view::npos) return {};
    std::string rest = trim(text.substr(at + std::string_view("№").size()));
    std::size_t end = rest.find_first_of(" \t");
    std::string n = rest.substr(0, end);
    while (!n.empty() && (n.back() == ',' || n.back() == ';' || n.back() == '.')) n.pop_back();
    return n;
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
std::optional<std::pair<std::string, std::string>> signature_in(std::string_view text) {
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

// ПРИКАЗ / ПОСТАНОВЛЕНИЕ / РАСПОРЯЖЕНИЕ / РЕШЕНИЕ (also spaced: «П Р И К А З»).
std::string document_kind(std::string_view text) {
    std::string f = folded_letters(text);
    for (std::string_view k : {"приказ", "постановление", "распоряжение", "решение"})
        if (f == k) return std::string(k);
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
        auto sig = signature_in(lines[s].text);
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

// «УТВЕРЖДЕНА постановлением Управления образованием … от 19.06.2020 № 179».
void read_stamp(std::vector<Line> &lines, Preamble &out) {
    std::size_t k = 0;
    while (k < lines.size() && lines[k].used) ++k;
    if (k >= lines.size() || k >= max_stamp_lines) return;
    std::vector<std::string> w = folded_words(lines[k].text);
    if (w.empty() || !starts_with(w[0], "утвержден")) return;
    std::string text;
    std::size_t end = k;
    for (; end < lines.size() && end < k + max_stamp_lines; ++end) {
        text += (text.empty() ? "" : " ") + lines[end].text;
        if (date_in(lines[end].text)) break;
    }
    if (end == lines.size() || end == k + max_stamp_lines) return;
    std::vector<std::string> t = tokens_of(text);
    if (t.size() < 3) return;
    ApprovingDocument doc;
    std::string instrumental = fold(t[1]);
    for (auto [form, kind] : {std::pair{"приказом", "приказ"}, {"постановлением", "постановление"},
                              {"распоряжением", "распоряжение"}, {"решением", "решение"}})
        if (instrumental == form) doc.kind = kind;
    std::size_t from = text.find(t[1]) + t[1].size();
    std::size_t on = text.find(" от ", from);
    if (!doc.kind.empty() && on != std::string::npos) doc.authority = trim(std::string_view(text).substr(from, on - from));
    doc.date = date_in(text);
    doc.number = number_in(text);
    for (std::size_t i = k; i <= end; ++i) lines[i].used = true;
    out.approved_by = doc;
}

} // namespace

bool is_plan_caption(std::string_view text) {
    std::vector<std::string> w = folded_words(clean(text));
    return !w.empty() && (w[0] == "план" || (w.size() > 1 && w[0] == "дорожная" && w[1] == "карта"));
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
        std::vector<std::string> title{lines[caption].text};
        lines[caption].used = true;
        for (after = caption + 1; after < lines.size() && !lines[after].gap && !lines[after].used; ++after) {
            title.push_back(lines[after].text);
            lines[after].used = true;
        }
        out.title = join(title, " ");
    }
    out.before_title = unused_paragraphs(lines, 0, caption);
    out.after_title = unused_paragraphs(lines, after, lines.size());
    return out;
}

std::string period_in(std::string_view text) {
    std::string f = fold(text);
    auto digits4 = [&](std::size_t at, int &year) {
        if (at + 4 > f.size()) return false;
        year = 0;
        for (std::size_t i = at; i < at + 4; ++i) {
            if (!std::isdigit(static_cast<unsigned char>(f[i]))) return false;
            year = year * 10 + (f[i] - '0');
        }
        return at + 4 == f.size() || !std::isdigit(static_cast<unsigned char>(f[at + 4]));
    };
    static constexpr std::string_view on = "на ";
    for (std::size_t at = f.find(on); at != std::string::npos; at = f.find(on, at + 1)) {
        if (at > 0 && f[at - 1] != ' ' && f[at - 1] != '(') continue;
        std::size_t p = at + on.size();
        int y1 = 0, y2 = 0;
        if (!digits4(p, y1) || y1 < 1990 || y1 > 2100) continue;
        p += 4;
        while (p < f.size() && f[p] == ' ') ++p;
        char separator = p < f.size() ? f[p] : '\0';
        bool span = false;
        if (separator == '-' || separator == '/') {
            std::size_t q = p + 1;
            while (q < f.size() && f[q] == ' ') ++q;
            if (digits4(q, y2) && y2 >= y1) {
                span = true;
                p = q + 4;
            }
        }
        std::vector<std::string> next = folded_words(std::string_view(f).substr(p, 40));
        const bool school = !next.empty() && starts_with(next[0], "учебн");
        if (span && (school || separator == '/') && y2 == y1 + 1)
            return std::to_string(y1) + "/" + std::to_string(y2);
        if (span && !school) return y1 == y2 ? std::to_string(y1) : std::to_string(y1) + "-" + std::to_string(y2);
        if (!span && !next.empty() && (next[0] == "год" || next[0] == "г")) return std::to_string(y1);
    }
    return {};
}

Section section_from_text(const std::vector<std::string> &paragraphs) {
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
        s.title = join(title, " ");
        std::replace(s.title.begin(), s.title.end(), '\n', ' ');
        s.justification = join(rest, "\n\n");
    }
    // «1. Система оценки …» → number «1»; «IV. Мероприятия …» → «IV».
    std::size_t i = 0;
    const std::string &t = s.title;
    while (i < t.size() && (std::isdigit(static_cast<unsigned char>(t[i])) || t[i] == '.')) ++i;
    if (i == 0)
        while (i < t.size() && std::string_view("IVX").find(t[i]) != std::string_view::npos) ++i;
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
