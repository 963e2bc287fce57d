// Recurrence rules: their RRULE text and the windows they generate.
#include "deadline/recurrence.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <cctype>

namespace eduroadmap {

namespace bg = boost::gregorian;

namespace detail {

void normalize(Recurrence &r) {
    if (r.interval < 1) r.interval = 1;
    if (r.frequency == Frequency::monthly && r.interval % 3 == 0) {
        r.frequency = Frequency::quarterly;
        r.interval /= 3;
    }
    if (r.frequency == Frequency::quarterly && r.interval % 2 == 0) {
        r.frequency = Frequency::half_yearly;
        r.interval /= 2;
    }
    sort_month_spans(r.months);
}

void sort_month_spans(std::vector<MonthSpan> &spans) {
    std::sort(spans.begin(), spans.end(), [](const MonthSpan &a, const MonthSpan &b) {
        return a.first < b.first || (a.first == b.first && a.last < b.last);
    });
    spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
}

Window span_window(const MonthSpan &span, int year) {
    const int last_year = span.last < span.first ? year + 1 : year;
    return Window(Date(static_cast<unsigned short>(year), static_cast<unsigned short>(span.first), 1),
                  Date(static_cast<unsigned short>(last_year), static_cast<unsigned short>(span.last), 1)
                      .end_of_month());
}

std::vector<MonthSpan> month_runs(const bool (&in)[13]) {
    std::vector<MonthSpan> runs;
    int gap = 0;
    for (int m = 1; m <= 12; ++m)
        if (!in[m]) gap = m;
    if (gap == 0) return {{1, 12}};
    bool any = false;
    for (int m = 1; m <= 12; ++m) any = any || in[m];
    if (!any) return runs;
    for (int step = 1; step <= 12; ++step) {
        const int m = (gap + step - 1) % 12 + 1;
        const int prev = (m + 10) % 12 + 1;
        if (!in[m]) continue;
        if (in[prev] && !runs.empty() && prev != gap) runs.back().last = m;
        else runs.push_back({m, m});
    }
    detail::sort_month_spans(runs);
    return runs;
}

namespace {

bool whole_months(const Window &w) { return w.start().day() == 1 && w.end() == w.end().end_of_month(); }

int months_between(Date a, Date b) { return (b.year() - a.year()) * 12 + b.month() - a.month() + 1; }

} // namespace

std::optional<Recurrence> repeat_windows(const std::vector<Window> &dated, Recurrence rule) {
    if (dated.empty()) return std::nullopt;
    std::vector<MonthSpan> spans;
    Date first = dated.front().start(), last_end = dated.front().end();
    for (const Window &w : dated) {
        if (!whole_months(w)) return std::nullopt;
        const int m = w.start().month();
        spans.push_back({m, months_between(w.start(), w.end()) >= 12 ? (m + 10) % 12 + 1 : int(w.end().month())});
        first = std::min(first, w.start());
        last_end = std::max(last_end, w.end());
    }
    if (rule.frequency == Frequency::yearly) {
        sort_month_spans(spans);
        rule.months = std::move(spans);
        Date next = first;
        for (int k = 1; next <= last_end; ++k) next = first + bg::years(k * rule.interval);
        rule.start = next;
    } else {
        rule.start = last_end + bg::days(1);
    }
    return rule;
}

} // namespace detail

namespace {

// Months in one occurrence of a monthly-family rule.
int months_per_unit(Frequency f) {
    switch (f) {
    case Frequency::half_yearly: return 6;
    case Frequency::quarterly: return 3;
    default: return 1;
    }
}


bool equals_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
           });
}

std::optional<int> parse_int(std::string_view s, int lo, int hi) {
    if (s.empty() || s.size() > 4) return std::nullopt;
    int v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    if (v < lo || v > hi) return std::nullopt;
    return v;
}

std::optional<Date> parse_rrule_date(std::string_view s) {
    // YYYYMMDD, optionally followed by THHMMSS and Z
    if (s.size() != 8 && s.size() != 15 && s.size() != 16) return std::nullopt;
    if (s.size() > 8) {
        if (s[8] != 'T' && s[8] != 't') return std::nullopt;
        if (!parse_int(s.substr(9, 2), 0, 23) || !parse_int(s.substr(11, 2), 0, 59) || !parse_int(s.substr(13, 2), 0, 60))
            return std::nullopt;
        if (s.size() == 16 && s[15] != 'Z' && s[15] != 'z') return std::nullopt;
    }
    const auto y = parse_int(s.substr(0, 4), 1400, 9999);
    const auto m = parse_int(s.substr(4, 2), 1, 12);
    const auto d = parse_int(s.substr(6, 2), 1, 31);
    if (!y || !m || !d) return std::nullopt;
    const auto yy = static_cast<unsigned short>(*y), mm = static_cast<unsigned short>(*m);
    if (*d > bg::gregorian_calendar::end_of_month_day(yy, mm)) return std::nullopt;
    return Date(yy, mm, static_cast<unsigned short>(*d));
}

std::string two_digits(int v) { return std::string(1, static_cast<char>('0' + v / 10)) + static_cast<char>('0' + v % 10); }

} // namespace

std::string Recurrence::to_rrule() const {
    const int n = std::max(1, interval);
    std::string s = "FREQ=";
    switch (frequency) {
    case Frequency::yearly:
    case Frequency::school_quarterly: s += "YEARLY;INTERVAL=" + std::to_string(n); break;
    case Frequency::weekly: s += "WEEKLY;INTERVAL=" + std::to_string(n); break;
    default: s += "MONTHLY;INTERVAL=" + std::to_string(n * months_per_unit(frequency)); break;
    }
    if (!months.empty()) {
        s += ";BYMONTH=";
        bool first = true;
        for (const MonthSpan &span : months) {
            for (int k = 0; k < span.length(); ++k) {
                if (!first) s += ',';
                first = false;
                s += std::to_string((span.first - 1 + k) % 12 + 1);
            }
        }
    }
    if (until)
        s += ";UNTIL=" + std::to_string(until->year()) + two_digits(until->month()) + two_digits(until->day());
    if (frequency == Frequency::school_quarterly) s += ";X-ERM-SPAN=SCHOOL-QUARTER";
    return s;
}

std::optional<Recurrence> Recurrence::from_rrule(std::string_view text) noexcept {
    try {
        if (text.size() >= 6 && equals_ignoring_case(text.substr(0, 6), "RRULE:")) text.remove_prefix(6);
        std::optional<std::string_view> freq, interval_text, bymonth, until_text, span;
        bool wkst = false;
        for (bool more = true; more;) {
            const std::size_t semi = text.find(';');
            const std::string_view part = text.substr(0, semi);
            more = semi != std::string_view::npos;
            if (more) text.remove_prefix(semi + 1);
            const std::size_t eq = part.find('=');
            if (eq == std::string_view::npos) return std::nullopt;
            const std::string_view name = part.substr(0, eq), value = part.substr(eq + 1);
            std::optional<std::string_view> *slot = nullptr;
            if (equals_ignoring_case(name, "FREQ")) slot = &freq;
            else if (equals_ignoring_case(name, "INTERVAL")) slot = &interval_text;
            else if (equals_ignoring_case(name, "BYMONTH")) slot = &bymonth;
            else if (equals_ignoring_case(name, "UNTIL")) slot = &until_text;
            else if (equals_ignoring_case(name, "X-ERM-SPAN")) slot = &span;
            else if (equals_ignoring_case(name, "WKST") && equals_ignoring_case(value, "MO") && !wkst) {
                wkst = true;
                continue;
            } else {
                return std::nullopt;
            }
            if (*slot) return std::nullopt; // a part given twice
            *slot = value;
        }
        if (!freq) return std::nullopt;
        Recurrence r;
        int n = 1;
        if (interval_text) {
            const auto v = parse_int(*interval_text, 1, detail::max_recurrence_interval);
            if (!v) return std::nullopt;
            n = *v;
        }
        if (equals_ignoring_case(*freq, "YEARLY")) {
            r.frequency = Frequency::yearly;
        } else if (equals_ignoring_case(*freq, "MONTHLY")) {
            r.frequency = Frequency::monthly;
        } else if (equals_ignoring_case(*freq, "WEEKLY")) {
            r.frequency = Frequency::weekly;
        } else {
            return std::nullopt;
        }
        if (span) {
            if (!equals_ignoring_case(*span, "SCHOOL-QUARTER") || r.frequency != Frequency::yearly) return std::nullopt;
            r.frequency = Frequency::school_quarterly;
        }
        r.interval = n;
        if (bymonth) {
            bool in[13] = {};
            std::string_view list = *bymonth;
            if (list.empty()) return std::nullopt;
            while (true) {
                const std::size_t comma = list.find(',');
                const auto m = parse_int(list.substr(0, comma), 1, 12);
                if (!m) return std::nullopt;
                in[*m] = true;
                if (comma == std::string_view::npos) break;
                list.remove_prefix(comma + 1);
            }
            r.months = detail::month_runs(in);
        }
        if (until_text) {
            r.until = parse_rrule_date(*until_text);
            if (!r.until) return std::nullopt;
        }
        detail::normalize(r);
        return r;
    } catch (...) { // allocation failure
        return std::nullopt;
    }
}

std::vector<Window> expand_recurrence(const Recurrence &rule, const Window &period) {
    return Schedule(rule, period).to_vector();
}

} // namespace eduroadmap
