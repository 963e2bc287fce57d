/// @file calendar.hpp
/// @brief Calendar export: the windows of a query's matches as RFC 5545
/// iCalendar, for the calendars people already use (Outlook, Google,
/// Thunderbird, phones).
///
/// One all-day VEVENT per matching window of each measure: DTSTART is the
/// window's first day and DTEND the day after its last (DTEND is exclusive
/// for all-day events); SUMMARY is the measure's title; DESCRIPTION gives
/// the direction, the responsibles, the expected result and the deadline as
/// printed; CATEGORIES is the direction. Each event's UID is made from the
/// roadmap id, the measure id and the window, so the same input always gives
/// the same UIDs and a re-imported calendar updates its events instead of
/// duplicating them. DTSTAMP is the roadmap's approval date (else the start
/// of its period), so the output depends on the input only. Lines end in
/// CRLF and are folded at 75 octets, never inside a UTF-8 sequence.
///
/// Pure: no I/O; safe to call from many threads at once.
#ifndef EDUROADMAP_CALENDAR_HPP
#define EDUROADMAP_CALENDAR_HPP

#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/query.hpp>

#include <optional>
#include <string>

namespace eduroadmap {

/// @brief How the calendar is written.
struct CalendarOptions {
    /// Language of the labels in DESCRIPTION («Направление:», «Direction:»).
    /// Nothing: the roadmap's `language` (Russian unless it says `en`).
    std::optional<Language> language;
};

/// @brief The matches of @p result as an iCalendar object (VCALENDAR with
/// one VEVENT per matching window; an empty VCALENDAR when nothing matched).
/// @return the text, UTF-8, CRLF line endings
std::string to_icalendar(const QueryResult &result, const CalendarOptions &options = {});

} // namespace eduroadmap

#endif
