#include <eduroadmap/model.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <array>
#include <cctype>

namespace eduroadmap {
namespace {

template <class E, std::size_t N>
std::optional<E> lookup(const std::array<std::pair<E, std::string_view>, N> &table, std::string_view name) {
    for (auto &[e, n] : table)
        if (n == name) return e;
    return std::nullopt;
}
template <class E, std::size_t N>
std::string_view name_of(const std::array<std::pair<E, std::string_view>, N> &table, E e) {
    for (auto &[x, n] : table)
        if (x == e) return n;
    return {};
}

constexpr std::array<std::pair<Stage, std::string_view>, 9> stage_names{{
    {Stage::goals, "goals"},
    {Stage::indicators, "indicators"},
    {Stage::data_collection, "data-collection"},
    {Stage::monitoring, "monitoring"},
    {Stage::analysis, "analysis"},
    {Stage::recommendations, "recommendations"},
    {Stage::measures, "measures"},
    {Stage::decisions, "decisions"},
    {Stage::review, "review"},
}};
constexpr std::array<std::pair<Status, std::string_view>, 5> status_names{{
    {Status::planned, "planned"},
    {Status::in_progress, "in_progress"},
    {Status::done, "done"},
    {Status::cancelled, "cancelled"},
    {Status::overdue, "overdue"},
}};
constexpr std::array<std::pair<PeriodSource, std::string_view>, 3> period_source_names{{
    {PeriodSource::stated, "stated"},
    {PeriodSource::guessed, "guessed"},
    {PeriodSource::given, "given"},
}};
constexpr std::array<std::pair<Unit, std::string_view>, 4> unit_names{{
    {Unit::number, "number"},
    {Unit::percent, "percent"},
    {Unit::count, "count"},
    {Unit::boolean, "boolean"},
}};
constexpr std::array<std::pair<Comparator, std::string_view>, 3> comparator_names{{
    {Comparator::at_least, ">="},
    {Comparator::at_most, "<="},
    {Comparator::equal, "="},
}};

std::optional<int> year_of(std::string_view t) {
    if (t.size() != 4) return std::nullopt;
    int y = 0;
    for (char c : t) {
        if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
        y = y * 10 + (c - '0');
    }
    // Boost.Date_Time covers 1400..9999; plans are dated in living memory.
    if (y < min_plan_year || y > max_plan_year) return std::nullopt;
    return y;
}

Date jan1(int y) { return Date(static_cast<unsigned short>(y), 1, 1); }
Date dec31(int y) { return Date(static_cast<unsigned short>(y), 12, 31); }

} // namespace

std::string_view to_string(Stage s) noexcept { return name_of(stage_names, s); }
std::optional<Stage> parse_stage(std::string_view n) noexcept { return lookup(stage_names, n); }
std::string_view to_string(Status s) noexcept { return name_of(status_names, s); }
std::optional<Status> parse_status(std::string_view n) noexcept { return lookup(status_names, n); }
std::string_view to_string(PeriodSource s) noexcept { return name_of(period_source_names, s); }
std::optional<PeriodSource> parse_period_source(std::string_view n) noexcept { return lookup(period_source_names, n); }
std::string_view to_string(Unit u) noexcept { return name_of(unit_names, u); }
std::optional<Unit> parse_unit(std::string_view n) noexcept { return lookup(unit_names, n); }
std::string_view to_string(Comparator c) noexcept { return name_of(comparator_names, c); }
std::optional<Comparator> parse_comparator(std::string_view n) noexcept { return lookup(comparator_names, n); }

bool sane_plan_period(const Window &period, std::string &reason) {
    if (period.start().year() < min_plan_year || period.end().year() > max_plan_year) {
        reason = "the years of a plan lie within " + std::to_string(min_plan_year) + "–" + std::to_string(max_plan_year);
        return false;
    }
    if (period.start() + boost::gregorian::years(max_plan_years) <= period.end()) {
        reason = "a plan period spans at most " + std::to_string(max_plan_years) + " years";
        return false;
    }
    return true;
}

std::optional<PlanPeriod> parse_plan_period(std::string_view text, std::string &reason) {
    auto done = [&](Date s, Date e) -> std::optional<PlanPeriod> {
        if (!sane_plan_period(Window(s, e), reason)) return std::nullopt;
        return PlanPeriod{Window(s, e), std::string(text), true};
    };
    if (auto y = year_of(text)) return done(jan1(*y), dec31(*y));
    if (std::size_t dots = text.find(".."); dots != std::string_view::npos) {
        auto s = parse_iso_date(text.substr(0, dots));
        auto e = parse_iso_date(text.substr(dots + 2));
        if (!s || !e) {
            reason = "expected START..END with ISO dates YYYY-MM-DD";
            return std::nullopt;
        }
        if (*e < *s) {
            reason = "the end is before the start";
            return std::nullopt;
        }
        return done(*s, *e);
    }
    if (text.size() == 9 && (text[4] == '-' || text[4] == '/')) {
        auto a = year_of(text.substr(0, 4)), b = year_of(text.substr(5));
        if (a && b) {
            if (text[4] == '/') {
                if (*b != *a + 1) {
                    reason = "a school year spans two consecutive years (2023/2024)";
                    return std::nullopt;
                }
                return done(Date(static_cast<unsigned short>(*a), 9, 1), Date(static_cast<unsigned short>(*b), 8, 31));
            }
            if (*b < *a) {
                reason = "the end year is before the start year";
                return std::nullopt;
            }
            return done(jan1(*a), dec31(*b));
        }
    }
    reason = "expected YYYY, YYYY-YYYY, YYYY/YYYY or START..END";
    return std::nullopt;
}

std::string MeasureRef::path() const {
    std::string p = "sections[" + std::to_string(section) + "].";
    if (group) p += "groups[" + std::to_string(*group) + "].";
    return p + "measures[" + std::to_string(index) + "]";
}

std::vector<MeasureRef> all_measures(const Roadmap &roadmap) {
    std::vector<MeasureRef> out;
    out.reserve(measure_count(roadmap));
    for (std::size_t s = 0; s < roadmap.sections.size(); ++s) {
        const Section &sec = roadmap.sections[s];
        for (std::size_t i = 0; i < sec.measures.size(); ++i) out.push_back({s, std::nullopt, i, &sec.measures[i]});
        for (std::size_t g = 0; g < sec.groups.size(); ++g)
            for (std::size_t i = 0; i < sec.groups[g].measures.size(); ++i)
                out.push_back({s, g, i, &sec.groups[g].measures[i]});
    }
    return out;
}

std::size_t measure_count(const Roadmap &roadmap) noexcept {
    std::size_t n = 0;
    for (const Section &s : roadmap.sections) {
        n += s.measures.size();
        for (const Group &g : s.groups) n += g.measures.size();
    }
    return n;
}

} // namespace eduroadmap
