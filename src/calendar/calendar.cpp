// A query's matches as RFC 5545 iCalendar: one all-day VEVENT per window.
#include "calendar/ical.hpp"
#include "query/facets.hpp"
#include "text.hpp"

#include <eduroadmap/calendar.hpp>
#include <eduroadmap/version.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <cstdio>

namespace eduroadmap {
namespace {

std::string basic_date(Date d) { // YYYYMMDD
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d", int(d.year()), int(d.month()), int(d.day()));
    return buf;
}

// Everything but unreserved URI characters percent-encoded: ids may hold
// «/», «#» or Cyrillic, and distinct ids stay distinct.
std::string uid_part(std::string_view text) {
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                     c == '_' || c == '.';
        if (plain) out += static_cast<char>(c);
        else out += {'%', hex[c >> 4], hex[c & 15]};
    }
    return out.empty() ? "-" : out;
}

struct Labels {
    const char *direction, *responsibles, *result, *deadline;
};
constexpr Labels russian{"Направление", "Ответственные", "Ожидаемый результат", "Срок"};
constexpr Labels english{"Direction", "Responsible", "Expected result", "Deadline"};

std::string description(const detail::Facets &facets, const ResolvedMeasure &rm, const Labels &labels) {
    const Measure &m = *rm.ref.measure;
    std::string text;
    auto line = [&](const char *label, const std::string &value) {
        if (value.empty()) return;
        if (!text.empty()) text += '\n';
        text += std::string(label) + ": " + value;
    };
    const MeasureDirection &d = facets.direction(rm);
    line(labels.direction, d.code.empty() ? d.title : d.code + " " + d.title);
    line(labels.responsibles, detail::Facets::cell_text(m));
    line(labels.result, m.result.value_or(""));
    line(labels.deadline, rm.deadline.text);
    return text;
}

} // namespace

std::string to_icalendar(const QueryResult &result, const CalendarOptions &options) {
    std::string out;
    auto property = [&](std::string_view name, std::string_view value) {
        detail::append_ical_line(out, std::string(name) + ":" + std::string(value));
    };
    const Roadmap *model = result.roadmap ? result.roadmap->roadmap : nullptr;
    Language language = options.language.value_or(model && model->language == "en" ? Language::en : Language::ru);
    const Labels &labels = language == Language::en ? english : russian;

    property("BEGIN", "VCALENDAR");
    property("VERSION", "2.0");
    property("PRODID", std::string("-//eduroadmap//eduroadmap ") + version() + "//" +
                           (language == Language::en ? "EN" : "RU"));
    property("CALSCALE", "GREGORIAN");
    if (model) {
        property("X-WR-CALNAME", detail::ical_text(model->title));
        Date stamp = model->approved_by && model->approved_by->date ? *model->approved_by->date
                                                                    : model->period.window.start();
        const std::string dtstamp = basic_date(stamp) + "T000000Z";
        const std::string domain = uid_part(model->id.empty() ? "roadmap" : model->id) + ".eduroadmap";
        detail::Facets facets(*result.roadmap);
        for (const QueryMatch &match : result.matches) {
            const ResolvedMeasure &rm = *match.measure;
            const std::string summary = detail::ical_text(detail::squeeze_spaces(rm.ref.measure->title));
            const std::string about = detail::ical_text(description(facets, rm, labels));
            const std::string category = detail::ical_text(facets.direction(rm).title);
            std::vector<Window> windows = match.windows;
            std::sort(windows.begin(), windows.end());
            windows.erase(std::unique(windows.begin(), windows.end()), windows.end());
            for (const Window &w : windows) {
                property("BEGIN", "VEVENT");
                property("UID", uid_part(rm.id) + "." + basic_date(w.start()) + "-" + basic_date(w.end()) + "@" +
                                    domain);
                property("DTSTAMP", dtstamp);
                property("DTSTART;VALUE=DATE", basic_date(w.start()));
                property("DTEND;VALUE=DATE", basic_date(w.end() + boost::gregorian::days(1)));
                property("SUMMARY", summary);
                if (!about.empty()) property("DESCRIPTION", about);
                if (!category.empty()) property("CATEGORIES", category);
                property("TRANSP", "TRANSPARENT");
                property("END", "VEVENT");
            }
        }
    }
    property("END", "VCALENDAR");
    return out;
}

} // namespace eduroadmap
