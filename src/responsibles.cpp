// Responsible matching: split a printed cell into the bodies it names and
// match each against the registry. The cell is read as a sequence of folded
// code points that remember where they were printed, so every mention keeps
// its text exactly as printed while the comparison ignores case, ё/е, the
// kind of quotation mark and runs of spaces.
#include <eduroadmap/responsibles.hpp>
#include <eduroadmap/suggest.hpp>

#include "text.hpp"

#include <algorithm>

namespace eduroadmap {

std::string_view to_string(MentionMatch match) noexcept {
    switch (match) {
    case MentionMatch::none: return "none";
    case MentionMatch::id: return "id";
    case MentionMatch::short_name: return "short";
    case MentionMatch::full_name: return "full";
    case MentionMatch::alias: return "alias";
    }
    return "none";
}

// One folded code point of a cell; a run of whitespace is one space unit.
struct detail::CellUnit {
    char32_t raw;            // folded, quotes kept apart («, », ")
    char32_t c;              // compared form: every quotation mark is '"'
    std::size_t begin, end;  // bytes of the printed text it stands for
    bool line_break;         // a space unit that holds a line break
};

namespace {
using detail::CellUnit;

bool is_quote(char32_t c) {
    return c == U'"' || c == U'«' || c == U'»' || c == U'“' || c == U'”' || c == U'„' || c == U'‟' || c == U'″';
}

bool is_line_break(char32_t c) { return c == U'\n' || c == U'\r' || c == 0x0B || c == 0x0C || c == 0x2028 || c == 0x2029; }

std::vector<CellUnit> read_units(std::string_view text) {
    std::vector<CellUnit> out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t begin = pos;
        char32_t cp = detail::decode_utf8(text, pos);
        if (detail::is_ignorable(cp)) continue;
        if (detail::is_space(cp)) {
            if (!out.empty() && out.back().c == U' ') {
                out.back().end = pos;
                out.back().line_break = out.back().line_break || is_line_break(cp);
            } else {
                out.push_back({U' ', U' ', begin, pos, is_line_break(cp)});
            }
            continue;
        }
        char32_t f = detail::fold_code_point(cp);
        out.push_back({f, is_quote(f) ? U'"' : f, begin, pos, false});
    }
    return out;
}

// Narrows [begin, end) to the name itself: no surrounding spaces, no leading
// dashes or bullets, no trailing dots, colons or stray separators.
void trim(const std::vector<CellUnit> &u, std::size_t &begin, std::size_t &end) {
    auto leading = [](char32_t c) { return c == U' ' || c == U'-' || c == U'•' || c == U'*' || c == U',' || c == U';'; };
    auto trailing = [](char32_t c) {
        return c == U' ' || c == U'.' || c == U':' || c == U',' || c == U';' || c == U'-';
    };
    while (begin < end && leading(u[begin].c)) ++begin;
    while (end > begin && trailing(u[end - 1].c)) --end;
}

bool has_content(const std::vector<CellUnit> &u, std::size_t begin, std::size_t end) {
    return std::any_of(u.begin() + static_cast<std::ptrdiff_t>(begin), u.begin() + static_cast<std::ptrdiff_t>(end),
                       [](const CellUnit &x) { return detail::is_letter_or_digit(x.c); });
}

std::u32string folded(const std::vector<CellUnit> &u, std::size_t begin, std::size_t end) {
    std::u32string out;
    for (std::size_t i = begin; i < end; ++i) out += u[i].c;
    return out;
}

std::u32string folded_name(std::string_view name) {
    std::vector<CellUnit> u = read_units(name);
    std::size_t begin = 0, end = u.size();
    trim(u, begin, end);
    return folded(u, begin, end);
}

std::string printed(std::string_view text, const std::vector<CellUnit> &u, std::size_t begin, std::size_t end) {
    if (begin >= end) return {};
    return std::string(text.substr(u[begin].begin, u[end - 1].end - u[begin].begin));
}

// True when the units from @p at spell the folded word @p word followed by a
// non-letter (spaces before it skipped).
bool starts_with_word(const std::vector<CellUnit> &u, std::size_t at, std::u32string_view word) {
    while (at < u.size() && u[at].c == U' ') ++at;
    if (u.size() - at < word.size()) return false;
    for (std::size_t k = 0; k < word.size(); ++k)
        if (u[at + k].c != word[k]) return false;
    return at + word.size() == u.size() || !detail::is_letter_or_digit(u[at + word.size()].c);
}

struct Range {
    std::size_t begin, end;
};

// Splits at commas, semicolons and line breaks; with @p nesting, not inside
// parentheses or quotes. A parenthesised «(далее – …)» is cut out. Sets
// @p balanced to false when the brackets or quotes do not pair up.
std::vector<Range> split(const std::vector<CellUnit> &u, bool nesting, bool &balanced) {
    std::vector<Range> parts;
    std::size_t start = 0;
    int paren = 0, guillemet = 0;
    bool ascii_quote = false;
    balanced = true;
    for (std::size_t i = 0; i < u.size(); ++i) {
        char32_t raw = u[i].raw;
        if (raw == U'(' && starts_with_word(u, i + 1, U"далее")) {
            std::size_t close = i + 1;
            for (int depth = 1; close < u.size(); ++close) {
                if (u[close].raw == U'(') ++depth;
                if (u[close].raw == U')' && --depth == 0) break;
            }
            parts.push_back({start, i});
            i = std::min(close, u.size());
            start = i + 1;
            continue;
        }
        if (raw == U'(') ++paren;
        if (raw == U')') {
            if (paren > 0) --paren;
            else balanced = false;
        }
        if (raw == U'«') ++guillemet;
        if (raw == U'»') {
            if (guillemet > 0) --guillemet;
            else balanced = false;
        }
        if (raw == U'"') ascii_quote = !ascii_quote;
        bool separator = raw == U',' || raw == U';' || (raw == U' ' && u[i].line_break);
        bool outside = !nesting || (paren == 0 && guillemet == 0 && !ascii_quote);
        if (separator && outside) {
            parts.push_back({start, i});
            start = i + 1;
        }
    }
    parts.push_back({std::min(start, u.size()), u.size()});
    if (paren != 0 || guillemet != 0 || ascii_quote) balanced = false;
    return parts;
}

// The text inside the first pair of quotation marks, or empty.
std::string quoted_core(std::string_view text) {
    std::vector<CellUnit> u = read_units(text);
    auto open = std::find_if(u.begin(), u.end(), [](const CellUnit &x) { return x.c == U'"'; });
    if (open == u.end()) return {};
    auto close = std::find_if(open + 1, u.end(), [](const CellUnit &x) { return x.c == U'"'; });
    std::size_t begin = static_cast<std::size_t>(open - u.begin()) + 1;
    std::size_t end = static_cast<std::size_t>(close - u.begin());
    trim(u, begin, end);
    if (!has_content(u, begin, end)) return {};
    return printed(text, u, begin, end);
}

std::size_t code_points(std::string_view text) {
    std::size_t n = 0;
    for (std::size_t pos = 0; pos < text.size(); ++n) detail::decode_utf8(text, pos);
    return n;
}

} // namespace

ResponsibleMention ResponsibleMatcher::named(std::string text, const Name &name) {
    ResponsibleMention m;
    m.text = std::move(text);
    m.id = name.id;
    m.match = name.kind;
    return m;
}

ResponsibleMention ResponsibleMatcher::unnamed(std::string text) {
    ResponsibleMention m;
    m.text = std::move(text);
    return m;
}

ResponsibleMatcher::ResponsibleMatcher(const std::vector<Responsible> &registry) {
    auto add = [&](const std::string &name, const std::string &id, MentionMatch kind) {
        std::u32string f = folded_name(name);
        if (f.empty() || id.empty()) return;
        names_.push_back({std::move(f), name, id, kind});
    };
    for (const Responsible &r : registry) {
        add(r.short_name, r.id, MentionMatch::short_name);
        add(r.full_name, r.id, MentionMatch::full_name);
        for (const std::string &alias : r.aliases) add(alias, r.id, MentionMatch::alias);
        if (!r.id.empty()) ids_.push_back({folded_name(r.id), r.id, r.id, MentionMatch::id});
    }
    longest_.resize(names_.size());
    for (std::size_t i = 0; i < names_.size(); ++i) longest_[i] = i;
    std::stable_sort(longest_.begin(), longest_.end(),
                     [&](std::size_t a, std::size_t b) { return names_[a].folded.size() > names_[b].folded.size(); });
    for (std::size_t i = 0; i < names_.size(); ++i) candidates_.push_back({names_[i].printed, i});
    // «ТР ДЮОЦ» printed alone must still find «МБОУ ДО «ТР ДЮЦ»».
    for (std::size_t i = 0; i < names_.size(); ++i)
        if (std::string core = quoted_core(names_[i].printed); !core.empty()) candidates_.push_back({core, i});
}

const ResponsibleMatcher::Name *ResponsibleMatcher::whole(const Units &u, std::size_t begin, std::size_t end) const {
    std::u32string key = folded(u, begin, end);
    for (const Name &n : ids_)
        if (n.folded == key) return &n;
    for (const Name &n : names_)
        if (n.folded == key) return &n;
    return nullptr;
}

ResponsibleMention ResponsibleMatcher::unmatched(std::string text) const {
    ResponsibleMention m = unnamed(std::move(text));
    std::vector<std::string_view> views;
    views.reserve(candidates_.size());
    for (const Candidate &c : candidates_) views.push_back(c.text);
    // The mention as printed; failing that, its quoted core («ТР ДЮОЦ» alone).
    std::string found = closest(m.text, views);
    if (found.empty())
        if (std::string core = quoted_core(m.text); !core.empty()) found = closest(core, views);
    for (const Candidate &c : candidates_)
        if (!found.empty() && c.text == found) {
            m.suggestion = names_[c.name].printed;
            m.suggestion_id = names_[c.name].id;
            break;
        }
    return m;
}

void ResponsibleMatcher::match_part(std::string_view text, const Units &u, std::size_t begin, std::size_t end,
                                    std::vector<ResponsibleMention> &out) const {
    trim(u, begin, end);
    if (!has_content(u, begin, end)) return;
    if (const Name *n = whole(u, begin, end)) {
        out.push_back(named(printed(text, u, begin, end), *n));
        return;
    }
    // Greedy: at each word boundary, the longest registry name that fits.
    std::vector<ResponsibleMention> found;
    bool any_match = false, any_unmatched = false;
    std::size_t pending = begin; // start of text not yet matched
    auto flush = [&](std::size_t upto) {
        std::size_t b = pending, e = upto;
        trim(u, b, e);
        if (has_content(u, b, e)) {
            found.push_back(unnamed(printed(text, u, b, e)));
            any_unmatched = true;
        }
    };
    for (std::size_t pos = begin; pos < end;) {
        const Name *hit = nullptr;
        for (std::size_t index : longest_) {
            const std::u32string &name = names_[index].folded;
            if (name.size() > end - pos) continue;
            if (pos > begin && detail::is_letter_or_digit(u[pos - 1].c) && detail::is_letter_or_digit(name.front())) continue;
            std::size_t after = pos + name.size();
            if (after < end && detail::is_letter_or_digit(u[after].c) && detail::is_letter_or_digit(name.back())) continue;
            bool same = true;
            for (std::size_t k = 0; k < name.size() && same; ++k) same = u[pos + k].c == name[k];
            if (same) {
                hit = &names_[index];
                break;
            }
        }
        if (!hit) {
            ++pos;
            continue;
        }
        flush(pos);
        found.push_back(named(printed(text, u, pos, pos + hit->folded.size()), *hit));
        any_match = true;
        pos += hit->folded.size();
        pending = pos;
    }
    flush(end);
    std::string part = printed(text, u, begin, end);
    if (any_match && any_unmatched) {
        // A misspelt long name can contain a correct short one
        // («методиты МКУ "Центр развития образования"»): when the whole part
        // is within a tenth of a registry name, it is that name misspelt.
        ResponsibleMention near = unmatched(part);
        if (!near.suggestion.empty() &&
            edit_distance(part, near.suggestion) <= std::max<std::size_t>(1, code_points(near.suggestion) / 10)) {
            out.push_back(std::move(near));
            return;
        }
    }
    if (!any_match) {
        out.push_back(unmatched(std::move(part)));
        return;
    }
    for (ResponsibleMention &m : found) out.push_back(m.matched() ? std::move(m) : unmatched(std::move(m.text)));
}

ResponsibleMention ResponsibleMatcher::match_name(std::string_view name) const {
    std::vector<CellUnit> u = read_units(name);
    std::size_t begin = 0, end = u.size();
    trim(u, begin, end);
    if (const Name *n = whole(u, begin, end)) return named(printed(name, u, begin, end), *n);
    return unmatched(printed(name, u, begin, end));
}

std::vector<ResponsibleMention> ResponsibleMatcher::match(const ResponsibleCell &cell) const {
    std::vector<ResponsibleMention> out;
    for (std::size_t item = 0; item < cell.names.size(); ++item) {
        const std::string &text = cell.names[item];
        std::size_t first = out.size();
        std::vector<CellUnit> u = read_units(text);
        if (cell.listed) {
            if (has_content(u, 0, u.size())) out.push_back(match_name(text));
        } else {
            bool balanced = true;
            std::vector<Range> parts = split(u, true, balanced);
            if (!balanced) parts = split(u, false, balanced); // a stray quote must not swallow the separators
            for (const Range &p : parts) match_part(text, u, p.begin, p.end, out);
        }
        for (std::size_t i = first; i < out.size(); ++i) out[i].item = item;
    }
    return out;
}

std::vector<ResponsibleMention> match_responsibles(const ResponsibleCell &cell,
                                                   const std::vector<Responsible> &registry) {
    return ResponsibleMatcher(registry).match(cell);
}

} // namespace eduroadmap
