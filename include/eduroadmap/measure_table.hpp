/// @file measure_table.hpp
/// @brief Every resolved measure of a roadmap in one compact binary table:
/// the bulk form bindings read instead of JSON (`erm_roadmap_measure_table`).
#ifndef EDUROADMAP_MEASURE_TABLE_HPP
#define EDUROADMAP_MEASURE_TABLE_HPP

#include <eduroadmap/resolve.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace eduroadmap {

/// @brief The layout of a measure table, version 1. The table is a run of
/// 32-bit unsigned words in the host's byte order — a header, then fixed-width
/// tables — followed by the text: every string once, UTF-8, each followed by
/// a NUL byte. Tables refer to strings by their number in the string table
/// and to one another by row number; #none stands for "absent". A reader
/// takes each record's width from the header (later versions only append
/// fields to records and words to the header) and finds each table after the
/// ones before it. docs/c-api.md shows the layout as a table.
namespace measure_table_layout {

inline constexpr std::uint32_t magic = 0x544D5245u; ///< the first word: the bytes «ERMT» on a little-endian host
inline constexpr std::uint32_t version = 1;         ///< the second word: this layout's version
inline constexpr std::uint32_t none = 0xFFFFFFFFu;  ///< an absent string or index

/// Words of the header, by position.
enum Header : std::uint32_t {
    h_magic,             ///< #magic
    h_version,           ///< #version
    h_header_words,      ///< words in the header (16)
    h_measures,          ///< number of measures
    h_measure_words,     ///< words per measure record (20)
    h_deadlines,         ///< number of distinct deadlines
    h_deadline_words,    ///< words per deadline record (7)
    h_windows,           ///< number of windows (6 words each: start year, month, day, end year, month, day)
    h_responsible_sets,  ///< number of distinct responsibles cells (2 words each: first mention, mention count)
    h_mentions,          ///< number of mentions (2 words each: text string, registry id string or #none)
    h_text_lists,        ///< number of distinct lists of strings (2 words each: first list word, count); 0 is []
    h_stage_lists,       ///< number of distinct lists of stages (2 words each, as text lists); list 0 is empty
    h_list_words,        ///< words of the list words: string numbers of text lists, stage values of stage lists
    h_strings,           ///< number of strings
    h_text_bytes,        ///< bytes of text after the words (every string with its NUL)
    h_reserved,          ///< 0
    header_words         ///< the number of header words of this version
};

/// Words of a measure record, by position. Strings are string numbers.
enum MeasureField : std::uint32_t {
    m_id,             ///< string: its id (explicit, else the printed number; `s3/5` when repeated)
    m_number,         ///< string: the number as printed
    m_title,          ///< string: the title as printed
    m_form,           ///< string: form of work
    m_path,           ///< string: node path (`sections[2].measures[4]`)
    m_section,        ///< index of its section
    m_group,          ///< index of its group in the section; #none outside a group
    m_deadline,       ///< row of the deadline table
    m_responsibles,   ///< row of the responsibles-set table
    m_direction,      ///< string: its section's catalog direction code; #none outside the catalog
    m_result,         ///< string: the expected result; #none when absent
    m_stage,          ///< its stage (the value of Stage / erm_stage), declared or inferred
    m_stage_inferred, ///< 1 when the stage was inferred, 0 when declared
    m_status,         ///< its effective status (the value of Status / erm_measure_status)
    m_status_text,    ///< string: «Отметка о выполнении» as printed
    m_note,           ///< string: anything else printed in the row
    m_items,          ///< text list: its sub-items
    m_indicators,     ///< text list: ids of the indicators it feeds
    m_depends_on,     ///< text list: ids of its prerequisite measures
    m_stage_also,     ///< stage list: further stages its title names
    measure_words     ///< the number of words of a measure record of this version
};

/// Words of a deadline record, by position.
enum DeadlineField : std::uint32_t {
    d_text,          ///< string: the deadline cell as printed
    d_kind,          ///< what it states (the value of DeadlineKind / erm_deadline_kind)
    d_first_window,  ///< its windows: rows of the window table, from here…
    d_window_count,  ///< …this many, sorted by start
    d_count,         ///< times per window
    d_ambiguous,     ///< 1 when a date without a year occurs more than once in the period
    d_note,          ///< string: text kept beside the date expression
    deadline_words   ///< the number of words of a deadline record of this version
};

} // namespace measure_table_layout

/// @brief Every measure of @p roadmap, in printed order, with what was
/// resolved about it — the values of measures_json() — as one table in the
/// layout measure_table_layout describes (version 1). Deadlines,
/// responsibles cells and lists that measures share stand once, and so do
/// repeated strings other than titles, ids, paths and results.
/// @throws std::length_error when the text would exceed 4 GiB (far beyond
/// the largest roadmap the loader's limits admit)
std::vector<unsigned char> measure_table(const ResolvedRoadmap &roadmap);

/// @brief The table of measure_table(), written into memory the caller
/// provides: @p allocate is called once, with the table's size in bytes, and
/// returns where to write it (aligned for 32-bit words); it may throw.
/// The C API writes straight into the buffer it hands out.
void write_measure_table(const ResolvedRoadmap &roadmap, const std::function<void *(std::size_t)> &allocate);

} // namespace eduroadmap

#endif
