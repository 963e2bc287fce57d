// Reads the labelled deadline corpus (tests/fixtures/deadlines.tsv; its header
// comment explains the columns). Shared by the corpus test and the benchmark.
#ifndef EDUROADMAP_TESTS_DEADLINE_CORPUS_HPP
#define EDUROADMAP_TESTS_DEADLINE_CORPUS_HPP

#include <eduroadmap/window.hpp>

#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap::testing {

struct CorpusCase {
    int line = 0;
    Window period{Date(2000, 1, 1), Date(2000, 1, 1)};
    std::string text;
    std::string kind;
    std::vector<Window> windows;
    int count = 1;
    bool ambiguous = false;
};

/// The text column with its escapes \n, \t and \\ decoded.
inline std::string decode_corpus_text(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) {
            const char c = s[++i];
            out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
        } else {
            out += s[i];
        }
    }
    return out;
}

inline Window parse_corpus_window(std::string_view s, int line) {
    const std::size_t dots = s.find("..");
    const auto a = parse_iso_date(s.substr(0, dots));
    const auto b = dots == std::string_view::npos ? std::nullopt : parse_iso_date(s.substr(dots + 2));
    if (!a || !b) throw std::runtime_error("deadlines.tsv:" + std::to_string(line) + ": bad range " + std::string(s));
    return Window(*a, *b);
}

inline std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> parts;
    for (std::size_t at = 0;;) {
        const std::size_t next = s.find(sep, at);
        parts.push_back(s.substr(at, next - at));
        if (next == std::string_view::npos) return parts;
        at = next + 1;
    }
}

/// Windows written as in the corpus: `START..END` joined with ';' (empty: none).
inline std::vector<Window> parse_corpus_windows(std::string_view s, int line = 0) {
    std::vector<Window> windows;
    if (!s.empty())
        for (std::string_view w : split(s, ';')) windows.push_back(parse_corpus_window(w, line));
    return windows;
}

/// Every case of the corpus file, in file order.
/// @throws std::runtime_error when the file is missing or a line is malformed.
inline std::vector<CorpusCase> read_deadline_corpus(const std::string &path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot open " + path);
    std::vector<CorpusCase> cases;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (line.empty() || line[0] == '#') continue;
        const auto cols = split(line, '\t');
        if (cols.size() != 6) throw std::runtime_error("deadlines.tsv:" + std::to_string(number) + ": expected 6 columns");
        CorpusCase c;
        c.line = number;
        c.period = parse_corpus_window(cols[0], number);
        c.text = decode_corpus_text(cols[1]);
        c.kind = std::string(cols[2]);
        c.windows = parse_corpus_windows(cols[3], number);
        c.count = std::stoi(std::string(cols[4]));
        c.ambiguous = cols[5] == "1";
        cases.push_back(std::move(c));
    }
    return cases;
}

} // namespace eduroadmap::testing

#endif
