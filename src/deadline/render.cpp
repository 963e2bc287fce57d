// render_deadline: the canonical Russian wording of a resolved deadline.
#include "deadline/recurrence.hpp"

#include <eduroadmap/deadline.hpp>

#include <optional>
#include <string>
#include <vector>

namespace eduroadmap {

namespace {

constexpr const char *month_nominative[] = {"январь", "февраль", "март",     "апрель",  "май",    "июнь",
                                            "июль",   "август",  "сентябрь", "октябрь", "ноябрь", "декабрь"};
constexpr const char *month_genitive[] = {"января", "февраля", "марта",    "апреля",  "мая",    "июня",
                                          "июля",   "августа", "сентября", "октября", "ноября", "декабря"};
constexpr const char *roman[] = {"I", "II", "III", "IV"};
constexpr const char *dash = " – ";

std::string nominative(int month) { return month_nominative[month - 1]; }
std::string genitive(int month) { return month_genitive[month - 1]; }

// Russian plural: 1 год, 2 года, 5 лет, 21 год.
const char *plural(int n, const char *one, const char *few, const char *many) {
    const int tens = n % 100, units = n % 10;
    if (tens >= 11 && tens <= 14) return many;
    if (units == 1) return one;
    if (units >= 2 && units <= 4) return few;
    return many;
}

std::string day_phrase(Date d) {
    return std::to_string(d.day()) + " " + genitive(d.month()) + " " + std::to_string(d.year());
}

std::string window_phrase(const Window &w) {
    const Date s = w.start(), e = w.end();
    const int sm = s.month(), em = e.month(), sy = s.year(), ey = e.year();
    if (s == e) return day_phrase(s);
    if (s.day() != 1 || e != e.end_of_month()) { // «1–15 сентября 2023», «1 сентября – 15 октября 2023»
        if (sy != ey) return day_phrase(s) + dash + day_phrase(e);
        if (sm != em) return std::to_string(s.day()) + " " + genitive(sm) + dash + day_phrase(e);
        return std::to_string(s.day()) + "–" + day_phrase(e);
    }
    if (sm == 1 && em == 12)
        return sy == ey ? std::to_string(sy) : std::to_string(sy) + "–" + std::to_string(ey);
    if (sm == 9 && em == 8 && ey > sy) {
        if (ey == sy + 1) return std::to_string(sy) + "/" + std::to_string(ey) + " учебный год";
        return std::to_string(sy) + "/" + std::to_string(sy + 1) + "–" + std::to_string(ey - 1) + "/" +
               std::to_string(ey) + " учебные годы";
    }
    if (sy == ey) {
        const std::string year = " " + std::to_string(sy);
        if (sm % 3 == 1 && em == sm + 2) return std::string(roman[sm / 3]) + " квартал" + year;
        if (sm % 6 == 1 && em == sm + 5) return std::string(roman[sm / 6]) + " полугодие" + year;
        if (sm == em) return nominative(sm) + year;
        return nominative(sm) + dash + nominative(em) + year;
    }
    return nominative(sm) + " " + std::to_string(sy) + dash + nominative(em) + " " + std::to_string(ey);
}

std::string span_phrase(const MonthSpan &m) {
    return m.first == m.last ? nominative(m.first) : nominative(m.first) + dash + nominative(m.last);
}

// The unit of «раз в …»: «год», «3 года», «полугодие», «2 недели».
std::string unit_phrase(Frequency f, int n) {
    struct Forms { const char *single, *one, *few, *many; };
    Forms forms{};
    switch (f) {
    case Frequency::yearly: forms = {"год", "год", "года", "лет"}; break;
    case Frequency::half_yearly: forms = {"полугодие", "полугодие", "полугодия", "полугодий"}; break;
    case Frequency::quarterly: forms = {"квартал", "квартал", "квартала", "кварталов"}; break;
    case Frequency::monthly: forms = {"месяц", "месяц", "месяца", "месяцев"}; break;
    case Frequency::weekly: forms = {"неделю", "неделю", "недели", "недель"}; break;
    case Frequency::school_quarterly: forms = {"четверть", "четверть", "четверти", "четвертей"}; break;
    }
    if (n == 1) return forms.single;
    return std::to_string(n) + " " + plural(n, forms.one, forms.few, forms.many);
}

std::string frequency_phrase(Frequency f, int n, int count) {
    if (count > 1) return std::to_string(count) + " " + plural(count, "раз", "раза", "раз") + " в " + unit_phrase(f, n);
    if (n == 1) {
        switch (f) {
        case Frequency::yearly: return "ежегодно";
        case Frequency::quarterly: return "ежеквартально";
        case Frequency::monthly: return "ежемесячно";
        case Frequency::weekly: return "еженедельно";
        default: break;
        }
    }
    return "раз в " + unit_phrase(f, n);
}

std::string rule_phrase(const Recurrence &r, int count, bool with_months) {
    std::string s = frequency_phrase(r.frequency, std::max(1, r.interval), count);
    if (with_months && !r.months.empty()) {
        if (r.frequency != Frequency::yearly && r.months.size() == 1) {
            s += " с " + genitive(r.months[0].first) + " по " + nominative(r.months[0].last);
        } else {
            for (const MonthSpan &m : r.months) s += ", " + span_phrase(m);
        }
    }
    return s;
}

std::string start_phrase(Date d) {
    if (d.day() == 1 && d.month() == 1) return std::to_string(d.year()) + " года";
    if (d.day() == 1) return genitive(d.month()) + " " + std::to_string(d.year()) + " года";
    return day_phrase(d) + " года";
}

// A dated window before a rule, as written: the period may have cut it
// («2021 ежегодно» in a plan from September 2021 dates September –
// December 2021; «2022/2023 учебный год» in a plan ending in December 2022
// dates September – December 2022). Read back, «далее ежегодно» repeats the
// months named, so the window is named whole — the rule's span the period
// cut it from — and the period cuts it again. Without a period (a schedule
// written out as a list) only a cut start is recognised.
Window dated_as_written(const Window &w, const Recurrence &r, const std::optional<Window> &period) {
    const Window clip = period ? *period : Window(w.start(), Date(max_plan_year, 12, 31));
    if (r.frequency == Frequency::yearly) {
        // A window that is one of the rule's spans whole («декабрь» beside
        // «январь – декабрь») was written as it is.
        for (const MonthSpan &m : r.months)
            for (int year : {int(w.end().year()), int(w.end().year()) - 1})
                if (detail::span_window(m, year) == w) return w;
        // Otherwise a span that holds it and that the period cuts to it; a
        // span holding w starts in w's year or the year before.
        for (const MonthSpan &m : r.months)
            for (int year : {int(w.start().year()), int(w.start().year()) - 1}) {
                const Window whole = detail::span_window(m, year);
                if (whole.intersect(clip) == w) return whole;
            }
    }
    // Before «далее» the resolver reads whole months only, so a window that
    // starts or ends inside a month was cut by the period («IV квартал 2019
    // ежемесячно» in a plan from 7 October 2019): it is written as its whole
    // months, which the period cuts again.
    return Window(Date(w.start().year(), w.start().month(), 1), w.end().end_of_month());
}

std::string recurring_phrase(const Deadline &d) {
    const Recurrence &r = *d.rule;
    const std::optional<Window> period = d.windows.period();
    std::vector<Window> dated;
    std::string s;
    for (const Window &w : d.windows) {
        if (!r.start || w.start() >= *r.start) break;
        dated.push_back(dated_as_written(w, r, period));
        s += (s.empty() ? "" : ", ") + window_phrase(dated.back());
    }
    if (!dated.empty()) {
        // «август 2020, далее ежегодно»: the rule repeats the months just
        // named. Dated windows outside the period are not in d.windows; when
        // the ones left say another rule, its months and start are written.
        const auto said = detail::repeat_windows(dated, r);
        const bool months = said && said->months != r.months && r.frequency == Frequency::yearly;
        s += ", далее " + rule_phrase(r, d.count, months);
        if (!said || said->start != r.start) s += (months ? ", с " : " с ") + start_phrase(*r.start);
    } else {
        s = rule_phrase(r, d.count, true);
        if (r.start) s += (r.months.empty() ? " с " : ", с ") + start_phrase(*r.start);
    }
    if (r.until) s += " до " + day_phrase(*r.until);
    return s;
}

// «в течение 2020–2021», «в течение 2023/2024 учебного года», «постоянно с 7 октября 2019 по 31 августа 2024»
std::string continuous_phrase(const Window &w) {
    const Date s = w.start(), e = w.end();
    const bool whole_years = s.day() == 1 && s.month() == 1 && e.month() == 12 && e.day() == 31;
    if (whole_years) return "в течение " + window_phrase(w);
    if (s.day() == 1 && s.month() == 9 && e.month() == 8 && e.day() == 31 && e.year() == s.year() + 1)
        return "в течение " + std::to_string(s.year()) + "/" + std::to_string(e.year()) + " учебного года";
    return "постоянно с " + day_phrase(s) + " по " + day_phrase(e);
}

template <class Windows> std::string windows_phrase(const Windows &windows) {
    std::string s;
    for (const Window &w : windows) s += (s.empty() ? "" : ", ") + window_phrase(w);
    return s;
}

// A note that itself reads as a deadline («Ежегодно» left over from
// «//// Ежегодно, май-июнь») would join the expression when the rendering is
// read back; a word the grammar does not know keeps it a note.
std::string note_phrase(const std::string &note) {
    const Window any(Date(2000, 1, 1), Date(2000, 12, 31));
    switch (resolve_deadline(note, any).kind) {
    case DeadlineKind::unrecognized:
    case DeadlineKind::unspecified:
    case DeadlineKind::external: return note;
    default: return "примечание: " + note;
    }
}

} // namespace

std::string render_deadline(const Deadline &d) {
    std::string s;
    switch (d.kind) {
    case DeadlineKind::fixed: s = windows_phrase(d.windows); break;
    case DeadlineKind::continuous:
        for (const Window &w : d.windows) s += (s.empty() ? "" : ", ") + continuous_phrase(w);
        break;
    case DeadlineKind::recurring:
        s = d.rule ? recurring_phrase(d) : windows_phrase(d.windows);
        break;
    case DeadlineKind::on_demand: s = "по запросу"; break;
    case DeadlineKind::external: return d.note.empty() ? "по отдельному графику" : d.note;
    case DeadlineKind::unspecified: s = "не указан"; break;
    case DeadlineKind::unrecognized: s = "не распознан"; break;
    }
    if (!d.note.empty()) s += " (" + note_phrase(d.note) + ")";
    return s;
}

} // namespace eduroadmap
