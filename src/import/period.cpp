#include "import/period.hpp"

#include "text.hpp"
#include "words.hpp"

#include <vector>

namespace eduroadmap::detail::importer {
namespace {

// A piece of folded text: a run of letters, a run of digits (a date's dotted
// groups kept in one piece), or a separator '-' or '/'.
struct Piece {
    enum Kind { word, number, date, separator } kind = word;
    std::string text;
};

std::vector<Piece> period_pieces(std::string_view text) {
    const std::string f = fold(text);
    std::vector<Piece> out;
    for (std::size_t pos = 0; pos < f.size();) {
        if (is_ascii_digit(f[pos])) {
            std::size_t end = pos;
            bool dotted = false;
            while (end < f.size() && (is_ascii_digit(f[end]) || (f[end] == '.' && end + 1 < f.size() && is_ascii_digit(f[end + 1])))) {
                dotted = dotted || f[end] == '.';
                ++end;
            }
            out.push_back({dotted ? Piece::date : Piece::number, f.substr(pos, end - pos)});
            pos = end;
            continue;
        }
        if (f[pos] == '-' || f[pos] == '/') {
            out.push_back({Piece::separator, std::string(1, f[pos])});
            ++pos;
            continue;
        }
        std::size_t start = pos;
        char32_t cp = decode_utf8(f, pos);
        if (!is_letter(cp)) continue;
        std::size_t end = pos;
        while (end < f.size()) {
            std::size_t next = end;
            if (!is_letter(decode_utf8(f, next))) break;
            end = next;
        }
        out.push_back({Piece::word, f.substr(start, end - start)});
        pos = end;
    }
    return out;
}

int year_of(const Piece &t) {
    if (t.kind != Piece::number || t.text.size() != 4) return 0;
    int y = std::stoi(t.text);
    return y >= 1990 && y <= 2100 ? y : 0;
}

enum class Unit { none, years, school };

Unit unit_of(const std::vector<Piece> &t, std::size_t at) {
    if (at >= t.size() || t[at].kind != Piece::word) return Unit::none;
    const std::string &w = t[at].text;
    if (starts_with(w, "учебн") || w == "уч") return Unit::school;
    for (std::string_view y : {"год", "года", "году", "годы", "годов", "гг", "г"})
        if (w == y) return Unit::years;
    return Unit::none;
}

bool word_at(const std::vector<Piece> &t, std::size_t at, std::initializer_list<std::string_view> words) {
    if (at >= t.size() || t[at].kind != Piece::word) return false;
    for (std::string_view w : words)
        if (t[at].text == w) return true;
    return false;
}

// The period stated at token @p i (a year), or empty. With @p lone, a year
// standing alone (a year row's «2021») counts.
std::string period_at(const std::vector<Piece> &t, std::size_t i, bool lone) {
    const int y1 = year_of(t[i]);
    if (y1 == 0) return {};
    std::size_t j = i + 1;
    int y2 = 0;
    char separator = 0;
    if (j + 1 < t.size() && (t[j].kind == Piece::separator || word_at(t, j, {"по"})) && t[j + 1].kind == Piece::number) {
        int y = year_of(t[j + 1]);
        if (y == 0 && t[j + 1].text.size() == 2) y = y1 / 100 * 100 + std::stoi(t[j + 1].text); // «2023-24»
        if (y >= y1) {
            y2 = y;
            separator = t[j].kind == Piece::separator ? t[j].text[0] : '-';
            j += 2;
        }
    }
    const Unit unit = unit_of(t, j);
    const bool before = i > 0 && word_at(t, i - 1, {"на", "в", "период", "с"});
    const std::string a = std::to_string(y1), b = std::to_string(y2);
    if (y2 != 0) {
        if (unit == Unit::school || (separator == '/' && unit == Unit::none && y2 == y1 + 1))
            return y2 == y1 + 1 ? a + "/" + b : a + "-09-01.." + b + "-08-31";
        if (unit == Unit::years || before) return y1 == y2 ? a : a + "-" + b;
        return {};
    }
    if (unit == Unit::years && (before || lone)) return a;
    if (lone && unit == Unit::none) return a;
    return {};
}

} // namespace

std::string period_in(std::string_view text) {
    std::vector<Piece> t = period_pieces(text);
    for (std::size_t i = 0; i < t.size(); ++i)
        if (std::string p = period_at(t, i, false); !p.empty()) return p;
    return {};
}

std::string year_row_period(std::string_view text) {
    std::vector<Piece> t = period_pieces(text);
    std::size_t years = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i].kind == Piece::separator) continue;
        if (t[i].kind == Piece::number && (year_of(t[i]) != 0 || (i > 0 && t[i].text.size() == 2))) {
            years += year_of(t[i]) != 0;
            continue;
        }
        if (t[i].kind == Piece::word && (unit_of(t, i) != Unit::none || word_at(t, i, {"на", "в", "течение"})))
            continue;
        return {};
    }
    if (years == 0 || years > 2) return {};
    for (std::size_t i = 0; i < t.size(); ++i)
        if (year_of(t[i]) != 0) return period_at(t, i, true);
    return {};
}

} // namespace eduroadmap::detail::importer
