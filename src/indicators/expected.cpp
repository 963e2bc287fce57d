// Reading quantitative expected results from free text (docs/indicators.md,
// "Suggested indicators"): a comparator phrase, a number and what it counts.
#include "text.hpp"

#include <eduroadmap/indicators.hpp>

#include <cstdlib>

namespace eduroadmap {

namespace {

struct Token {
    enum class Kind { word, number, percent, punct } kind;
    std::string text;   // as written
    std::string folded; // words: folded
    double value = 0;   // numbers
    std::size_t begin = 0, end = 0; // bytes of the text
};

// Words (letters), numbers (digits, a decimal comma or point inside), «%»,
// and any other character as punctuation; spaces separate.
std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> out;
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t start = pos;
        char32_t cp = detail::decode_utf8(text, pos);
        if (detail::is_space(cp) || detail::is_ignorable(cp)) continue;
        if (detail::is_letter(cp)) {
            std::size_t end = pos;
            while (end < text.size()) {
                std::size_t next = end;
                if (!detail::is_letter(detail::decode_utf8(text, next))) break;
                end = next;
            }
            std::string word(text.substr(start, end - start));
            out.push_back({Token::Kind::word, word, detail::fold(word), 0, start, end});
            pos = end;
        } else if (cp >= U'0' && cp <= U'9') {
            std::size_t end = pos;
            while (end < text.size() && ((text[end] >= '0' && text[end] <= '9') ||
                                         ((text[end] == ',' || text[end] == '.') && end + 1 < text.size() &&
                                          text[end + 1] >= '0' && text[end + 1] <= '9')))
                ++end;
            std::string number(text.substr(start, end - start));
            std::string c = number;
            for (char &ch : c)
                if (ch == ',') ch = '.';
            out.push_back({Token::Kind::number, number, number, std::strtod(c.c_str(), nullptr), start, end});
            pos = end;
        } else {
            std::string s(text.substr(start, pos - start));
            out.push_back({cp == U'%' ? Token::Kind::percent : Token::Kind::punct, s, detail::fold(s), 0, start, pos});
        }
    }
    return out;
}

bool is_word(const std::vector<Token> &t, std::size_t i, std::string_view folded) {
    return i < t.size() && t[i].kind == Token::Kind::word && t[i].folded == folded;
}

// Numbers written as words after «не менее» (genitive forms).
std::optional<double> number_word(std::string_view folded) {
    static const std::pair<std::string_view, double> words[] = {
        {"одного", 1}, {"одной", 1}, {"двух", 2},    {"трех", 3},  {"четырех", 4}, {"пяти", 5},
        {"шести", 6},  {"семи", 7},  {"восьми", 8}, {"девяти", 9}, {"десяти", 10}};
    for (const auto &[w, v] : words)
        if (w == folded) return v;
    return std::nullopt;
}

// The comparator phrase ending just before token @p i, and where it starts.
std::optional<std::pair<Comparator, std::size_t>> comparator_before(const std::vector<Token> &t, std::size_t i) {
    if (i >= 2 && is_word(t, i - 2, "не")) {
        const std::string &w = t[i - 1].folded;
        if (w == "менее" || w == "меньше" || w == "ниже") return std::pair{Comparator::at_least, i - 2};
        if (w == "более" || w == "больше" || w == "выше") return std::pair{Comparator::at_most, i - 2};
    }
    if (i >= 1 && t[i - 1].kind == Token::Kind::word) {
        const std::string &w = t[i - 1].folded;
        if (w == "более" || w == "свыше" || w == "больше") return std::pair{Comparator::at_least, i - 1};
        if (w == "менее" || w == "меньше") return std::pair{Comparator::at_most, i - 1};
    }
    return std::nullopt;
}

bool names_measure(const std::string &folded) {
    for (std::string_view stem : {"охват", "дол", "количеств", "числ", "удельн"})
        if (folded.rfind(stem, 0) == 0) return true;
    return false;
}

// Up to @p most words from @p i, stopping at punctuation; a hyphen between
// two words without spaces («Плана-графика») keeps them one word.
std::size_t words_after(const std::vector<Token> &t, std::size_t i, std::size_t most) {
    std::size_t end = i, words = 0;
    while (end < t.size() && words < most) {
        if (t[end].kind == Token::Kind::word) {
            ++end, ++words;
            continue;
        }
        const bool joins = t[end].folded == "-" && end > i && end + 1 < t.size() &&
                           t[end + 1].kind == Token::Kind::word && t[end - 1].end == t[end].begin &&
                           t[end].end == t[end + 1].begin;
        if (!joins) break;
        end += 2;
    }
    return end;
}

// The text of tokens [from, to) as written.
std::string piece(std::string_view text, const std::vector<Token> &t, std::size_t from, std::size_t to) {
    return from < to ? std::string(text.substr(t[from].begin, t[to - 1].end - t[from].begin)) : std::string();
}

} // namespace

std::optional<QuantitativeResult> parse_expected_result(std::string_view text) {
    const std::vector<Token> t = tokenize(text);
    for (std::size_t i = 0; i < t.size(); ++i) {
        std::optional<double> value;
        if (t[i].kind == Token::Kind::number) value = t[i].value;
        else if (t[i].kind == Token::Kind::word) value = number_word(t[i].folded);
        if (!value) continue;
        auto cmp = comparator_before(t, i);
        if (t[i].kind == Token::Kind::word && !cmp) continue;
        std::size_t after = i + 1;
        // «2-х», «5-ти»: a case ending after a dash.
        if (after + 1 < t.size() && t[after].kind == Token::Kind::punct && t[after].folded == "-" &&
            t[after + 1].kind == Token::Kind::word && t[after + 1].folded.size() <= 4 &&
            (t[after + 1].folded == "х" || t[after + 1].folded == "ти" || t[after + 1].folded == "и" ||
             t[after + 1].folded == "ми" || t[after + 1].folded == "ого" || t[after + 1].folded == "ех"))
            after += 2;
        bool percent = false;
        if (after < t.size() && (t[after].kind == Token::Kind::percent || t[after].folded.rfind("процент", 0) == 0)) {
            percent = true;
            ++after;
        }
        if (!cmp && !percent) continue; // a bare count is too often a class or a date
        if (after < t.size() && (is_word(t, after, "год") || is_word(t, after, "г") || is_word(t, after, "гг")))
            continue; // a year
        QuantitativeResult r;
        r.comparator = cmp ? cmp->first : Comparator::at_least;
        r.value.number = *value;
        std::size_t begin = cmp ? cmp->second : i;
        // A word just before the comparator may name what is measured: «Охват», «Доля».
        std::size_t lead = begin;
        if (lead > 0 && t[lead - 1].kind == Token::Kind::word && names_measure(t[lead - 1].folded)) --lead;
        std::size_t end = words_after(t, after, 4);
        std::string before = piece(text, t, lead, begin), counted = piece(text, t, after, end);
        r.subject = before.empty() ? counted : counted.empty() ? before : before + " " + counted;
        r.unit = percent ? Unit::percent : counted.empty() ? Unit::number : Unit::count;
        r.matched = std::string(text.substr(t[lead].begin, t[end - 1].end - t[lead].begin));
        return r;
    }
    // «Наличие протокола»: a yes/no result.
    if (!t.empty() && (is_word(t, 0, "наличие") || is_word(t, 0, "отсутствие"))) {
        QuantitativeResult r;
        r.comparator = Comparator::equal;
        r.value.is_boolean = true;
        r.value.boolean = true;
        r.unit = Unit::boolean;
        std::size_t end = words_after(t, 0, 6);
        r.subject = piece(text, t, is_word(t, 0, "наличие") ? 1 : 0, end);
        r.matched = std::string(text.substr(t[0].begin, t[end - 1].end - t[0].begin));
        return r;
    }
    return std::nullopt;
}

} // namespace eduroadmap
