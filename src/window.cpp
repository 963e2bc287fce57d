#include <eduroadmap/window.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cctype>
#include <stdexcept>

namespace eduroadmap {

Window::Window(Date start, Date end) : start_(start), end_(end) {
    if (start.is_special() || end.is_special())
        throw std::invalid_argument("window bounds must be real dates");
    if (end < start)
        throw std::invalid_argument("window ends before it starts: " +
                                    boost::gregorian::to_iso_extended_string(start) + ".." +
                                    boost::gregorian::to_iso_extended_string(end));
}

std::optional<Window> Window::intersect(const Window &other) const {
    if (!overlaps(other)) return std::nullopt;
    return Window(std::max(start_, other.start_), std::min(end_, other.end_));
}

Window clamp_to_plan_calendar(const Window &w) noexcept {
    const Date first(min_plan_year, 1, 1), last(max_plan_year, 12, 31);
    const auto inside = [&](Date d) { return d < first ? first : last < d ? last : d; };
    return Window(inside(w.start()), inside(w.end()));
}

namespace {
// YYYY-MM-DD of a real date into @p out (ten characters), from Boost's
// year, month and day: Boost's own formatter goes through a stream, which
// costs more than the rest of a finding (every window of a JSON answer is
// written this way).
void write_iso(Date d, char *out) {
    const auto ymd = d.year_month_day();
    unsigned y = ymd.year;
    for (int i = 3; i >= 0; --i) out[i] = static_cast<char>('0' + y % 10), y /= 10;
    out[4] = '-';
    out[5] = static_cast<char>('0' + ymd.month / 10), out[6] = static_cast<char>('0' + ymd.month % 10);
    out[7] = '-';
    out[8] = static_cast<char>('0' + ymd.day / 10), out[9] = static_cast<char>('0' + ymd.day % 10);
}
} // namespace

std::string to_iso(Date d) {
    if (d.is_special()) return boost::gregorian::to_iso_extended_string(d); // "not-a-date-time" and the like
    std::string out(10, '0');
    write_iso(d, out.data());
    return out;
}

std::string to_iso(const Window &w) { // a window's bounds are real dates
    std::string out(22, '.');
    write_iso(w.start(), out.data());
    write_iso(w.end(), out.data() + 12);
    return out;
}

std::optional<Date> parse_iso_date(std::string_view t) noexcept {
    // Strict shape first: Boost's from_string also accepts "2021-3-1" and month names.
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!std::isdigit(static_cast<unsigned char>(t[i]))) return std::nullopt;
    auto num = [&](std::size_t pos, std::size_t len) {
        int v = 0;
        for (std::size_t i = pos; i < pos + len; ++i) v = v * 10 + (t[i] - '0');
        return v;
    };
    try {
        return Date(static_cast<unsigned short>(num(0, 4)), static_cast<unsigned short>(num(5, 2)),
                    static_cast<unsigned short>(num(8, 2)));
    } catch (const std::exception &) { // bad day of month, year out of Boost's range
        return std::nullopt;
    }
}

} // namespace eduroadmap
