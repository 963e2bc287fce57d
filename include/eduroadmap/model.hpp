/// @file model.hpp
/// @brief The roadmap model: plain value types for everything a roadmap holds.
///
/// The model is what the YAML format (docs/format.md) says, as printed: cells
/// are kept as text and resolved later (deadlines, responsibles, directions).
/// All types are regular values: copyable, comparable with `==`, no I/O.
#ifndef EDUROADMAP_MODEL_HPP
#define EDUROADMAP_MODEL_HPP

#include <eduroadmap/deadline.hpp>
#include <eduroadmap/detail/value_equality.hpp>
#include <eduroadmap/window.hpp>

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap {

/// @brief A stage of the management cycle (docs/catalogs.md, "Stages of the
/// management cycle"), in cycle order.
enum class Stage {
    goals,
    indicators,
    data_collection,
    monitoring,
    analysis,
    recommendations,
    measures,
    decisions,
    review,
};

/// All stages in cycle order.
inline constexpr Stage all_stages[] = {Stage::goals,           Stage::indicators, Stage::data_collection,
                                       Stage::monitoring,      Stage::analysis,   Stage::recommendations,
                                       Stage::measures,        Stage::decisions,  Stage::review};

/// @brief The format's name of a stage (`data-collection`, `review`, …).
std::string_view to_string(Stage stage) noexcept;
/// @brief Reads a stage name of the format; nothing when it is not one.
std::optional<Stage> parse_stage(std::string_view name) noexcept;

/// @brief Execution status of a measure.
enum class Status { planned, in_progress, done, cancelled, overdue };
/// @brief The format's name of a status (`in_progress`, …).
std::string_view to_string(Status status) noexcept;
/// @brief Reads a status name of the format; nothing when it is not one.
std::optional<Status> parse_status(std::string_view name) noexcept;

/// @brief Unit of an indicator's values.
enum class Unit { number, percent, count, boolean };
/// @brief The format's name of a unit.
std::string_view to_string(Unit unit) noexcept;
/// @brief Reads a unit name of the format; nothing when it is not one.
std::optional<Unit> parse_unit(std::string_view name) noexcept;

/// @brief How an indicator's value is compared with its target.
enum class Comparator { at_least, at_most, equal };
/// @brief The format's spelling of a comparator: `>=`, `<=`, `=`.
std::string_view to_string(Comparator comparator) noexcept;
/// @brief Reads `>=`, `<=` or `=`; nothing otherwise.
std::optional<Comparator> parse_comparator(std::string_view text) noexcept;

/// @brief Rule ids suppressed for a node and everything inside it.
struct Lint {
    std::vector<std::string> ignore; ///< rule ids, as written
    /// Members compared by operator==.
    auto tie() const { return std::tie(ignore); }
    EDUROADMAP_VALUE_EQUALITY(Lint)
};

/// @brief The plan period: an inclusive date range and how it was written.
struct PlanPeriod {
    Window window{Date(2000, 1, 1), Date(2000, 12, 31)}; ///< the resolved dates
    std::string text; ///< `2020-2022`, `2023/2024`, or empty when given as start/end
    /// False when the roadmap gives no readable period; @ref window is then a
    /// placeholder and nothing that depends on the period is checked.
    bool known = false;
    /// Members compared by operator==.
    auto tie() const { return std::tie(window, text, known); }
    EDUROADMAP_VALUE_EQUALITY(PlanPeriod)
};

/// @brief The longest plan period, in years (`period-invalid` beyond it).
inline constexpr int max_plan_years = 10;

/// @brief True when @p period is a plan period the library works with: its
/// years lie within min_plan_year..max_plan_year (1900–2199) and it spans at
/// most max_plan_years (ten) years. Bounds the work any deadline of the plan
/// can cause.
/// @param reason set to why not, when not
bool sane_plan_period(const Window &period, std::string &reason);

/// @brief Reads a plan period: `2021`, `2020-2022`, `2023/2024` (a school
/// year, 1 September – 31 August) or `START..END` (ISO dates), which must
/// be sane (sane_plan_period).
/// @param text the period as written
/// @param reason set to why the text is not a period, when it is not
/// @return the period (keeping @p text), or nothing
std::optional<PlanPeriod> parse_plan_period(std::string_view text, std::string &reason);

/// @brief Where the roadmap applies.
struct Territory {
    std::string municipality; ///< «Тосненский район»
    std::string region;       ///< «Ленинградская область»
    /// Members compared by operator==.
    auto tie() const { return std::tie(municipality, region); }
    EDUROADMAP_VALUE_EQUALITY(Territory)
};

/// @brief The document that approved the roadmap (приказ, постановление, …).
struct ApprovingDocument {
    std::string kind;         ///< «приказ»
    std::string number;       ///< as printed: «120/21/1»
    std::optional<Date> date; ///< date of signature
    std::string authority;    ///< who approved it
    std::string signed_by;    ///< the signatory, as printed
    std::string title;        ///< the document's own title («Об утверждении …»)
    std::string text;         ///< the document's body (what it orders), verbatim
    /// The reference to this document that the plan itself prints in its
    /// appendix heading («к приказу … от 30.08.24 г. № 698»), as printed;
    /// empty when not recorded. `approval-mismatch` compares its date and
    /// number with @ref date and @ref number.
    std::string appendix;
    /// Members compared by operator==.
    auto tie() const { return std::tie(kind, number, date, authority, signed_by, title, text, appendix); }
    EDUROADMAP_VALUE_EQUALITY(ApprovingDocument)
};

/// @brief A direction the roadmap itself declares in its note or order.
struct DeclaredDirection {
    std::string number; ///< as printed
    std::string title;  ///< as printed
    /// Members compared by operator==.
    auto tie() const { return std::tie(number, title); }
    EDUROADMAP_VALUE_EQUALITY(DeclaredDirection)
};

/// @brief An entry of the responsibles registry (the glossary «Принятые сокращения»).
struct Responsible {
    std::string id;                   ///< registry id, `[a-z0-9-]+`
    std::string short_name;           ///< abbreviation as printed: «КО»
    std::string full_name;            ///< full name as printed
    std::vector<std::string> aliases; ///< other names for the same body
    /// Members compared by operator==.
    auto tie() const { return std::tie(id, short_name, full_name, aliases); }
    EDUROADMAP_VALUE_EQUALITY(Responsible)
};

/// @brief A measure's deadline as written: the printed text and, optionally,
/// the author's pinned resolution (the YAML mapping form).
struct DeadlineSpec {
    std::string text;                 ///< the cell as printed
    bool pinned = false;              ///< written as a mapping `{text, kind, windows, rrule}`
    std::optional<DeadlineKind> kind; ///< pinned kind
    std::vector<Window> windows;      ///< pinned windows
    std::string rrule;                ///< pinned recurrence (RFC 5545 subset)
    /// Members compared by operator==.
    auto tie() const { return std::tie(text, pinned, kind, windows, rrule); }
    EDUROADMAP_VALUE_EQUALITY(DeadlineSpec)
};

/// @brief A measure's responsibles as written: either the whole printed cell
/// (one text that may name several bodies) or a list of names.
struct ResponsibleCell {
    std::vector<std::string> names; ///< one element (the cell) unless `listed`
    bool listed = false;            ///< written as a YAML list
    /// Members compared by operator==.
    auto tie() const { return std::tie(names, listed); }
    EDUROADMAP_VALUE_EQUALITY(ResponsibleCell)
};

/// @brief A dated progress entry of a measure: how an authority records
/// execution (docs/format.md, "Progress"; docs/status.md).
struct ProgressEntry {
    Date date{2000, 1, 1}; ///< when it was recorded
    std::string status;    ///< status at that date, as written (`done`, `in_progress`, `cancelled`, …)
    std::string note;      ///< free text: the «Отметка о выполнении» of that report
    /// The occurrence of a recurring measure the entry is about, as written:
    /// a period as parse_date_range() of query.hpp reads it (`2021`,
    /// `2021-Q3`, `2021-09`, `2021-09-01..2022-08-31`); the entry is about
    /// every window that ends in it. Empty: the occurrence its date falls in.
    std::string occurrence;
    std::string evidence; ///< where the evidence is: a link or a document reference
    /// Members compared by operator==.
    auto tie() const { return std::tie(date, status, note, occurrence, evidence); }
    EDUROADMAP_VALUE_EQUALITY(ProgressEntry)
};

/// @brief A measure (мероприятие): one row of the plan's table.
struct Measure {
    std::string number;                          ///< as printed: «1.», «3.1», «II.4», «»
    std::string id;                              ///< explicit id, empty when not given
    std::string title;                           ///< as printed
    std::vector<std::string> items;              ///< sub-items printed under the title
    std::string form;                            ///< «Форма проведения»
    std::optional<DeadlineSpec> deadline;        ///< «Сроки»; nothing when absent
    std::optional<ResponsibleCell> responsibles; ///< «Ответственные»; nothing when absent
    std::optional<std::string> result;           ///< «Ожидаемый результат»; nothing when absent
    std::optional<Stage> stage;                  ///< declared stage of the management cycle
    std::vector<std::string> indicators;         ///< ids of indicators the measure feeds
    std::vector<std::string> depends_on;         ///< ids of prerequisite measures
    std::optional<Status> status;                ///< execution status
    std::string status_text;                     ///< «Отметка о выполнении» as printed
    std::vector<ProgressEntry> progress;         ///< dated progress entries
    std::string note;                            ///< anything else printed in the row
    Lint lint;                                   ///< suppressed rules
    /// Members compared by operator==.
    auto tie() const { return std::tie(number, id, title, items, form, deadline, responsibles, result, stage, indicators, depends_on, status, status_text, progress, note, lint); }
    EDUROADMAP_VALUE_EQUALITY(Measure)
};

/// @brief A free row of a passport that fits none of its named fields.
struct PassportRow {
    std::string title; ///< the row's heading as printed
    std::string text;  ///< the row's content
    /// Members compared by operator==.
    auto tie() const { return std::tie(title, text); }
    EDUROADMAP_VALUE_EQUALITY(PassportRow)
};

/// @brief The passport of a direction's plan (Tonkino).
struct Passport {
    std::string goal;                    ///< Цель
    std::string tasks;                   ///< Задачи
    std::string expected_result;         ///< Ожидаемый результат
    std::string target_indicators;       ///< Целевые показатели, as printed
    std::vector<std::string> indicators; ///< ids of indicator definitions
    std::map<Stage, std::string> cycle;  ///< the management-cycle blocks, by stage
    std::vector<PassportRow> other;      ///< any further row
    /// Members compared by operator==.
    auto tie() const { return std::tie(goal, tasks, expected_result, target_indicators, indicators, cycle, other); }
    EDUROADMAP_VALUE_EQUALITY(Passport)
};

/// @brief A sub-heading inside a section («I. Мероприятия по …»), with its measures.
struct Group {
    std::string number;            ///< as printed: «I»
    std::string title;             ///< as printed
    std::vector<Measure> measures; ///< in printed order
    /// Members compared by operator==.
    auto tie() const { return std::tie(number, title, measures); }
    EDUROADMAP_VALUE_EQUALITY(Group)
};

/// @brief A section: a heading row of the plan's table.
struct Section {
    std::string number;              ///< printed number of the heading, may be empty
    std::string title;               ///< heading as printed, without its number
    std::string direction;           ///< pinned catalog code or slug, empty when not given
    bool extra = false;              ///< declared outside the catalog on purpose
    std::string justification;       ///< text printed before the section's table
    std::optional<Passport> passport; ///< the direction's passport
    std::vector<Measure> measures;   ///< measures before the first group
    std::vector<Group> groups;       ///< sub-headings with their measures
    Lint lint;                       ///< suppressed rules
    /// Members compared by operator==.
    auto tie() const { return std::tie(number, title, direction, extra, justification, passport, measures, groups, lint); }
    EDUROADMAP_VALUE_EQUALITY(Section)
};

/// @brief A value of an indicator: a number, or yes/no for boolean indicators.
struct IndicatorValue {
    double number = 0;     ///< the value when not boolean
    bool is_boolean = false; ///< the value is yes/no
    bool boolean = false;  ///< the value when boolean
    /// Members compared by operator==.
    auto tie() const { return std::tie(number, is_boolean, boolean); }
    EDUROADMAP_VALUE_EQUALITY(IndicatorValue)
};

/// @brief The indicator's value at the start.
struct Baseline {
    IndicatorValue value;     ///< the value
    std::optional<Date> date; ///< when it was measured
    /// Members compared by operator==.
    auto tie() const { return std::tie(value, date); }
    EDUROADMAP_VALUE_EQUALITY(Baseline)
};

/// @brief A target value for a period (`2021`, `2020-2022`, `2023/2024` or a date).
struct Target {
    std::string period;   ///< as written
    IndicatorValue value; ///< the target
    /// Members compared by operator==.
    auto tie() const { return std::tie(period, value); }
    EDUROADMAP_VALUE_EQUALITY(Target)
};

/// @brief A measured value.
struct Actual {
    Date date{2000, 1, 1}; ///< when it was measured
    IndicatorValue value;  ///< the value
    /// Members compared by operator==.
    auto tie() const { return std::tie(date, value); }
    EDUROADMAP_VALUE_EQUALITY(Actual)
};

/// @brief An indicator definition (показатель).
struct Indicator {
    std::string id;                        ///< unique in the roadmap
    std::string title;                     ///< what is measured
    std::string direction;                 ///< catalog code or slug
    Unit unit = Unit::number;              ///< unit of the values
    Comparator comparator = Comparator::at_least; ///< how values meet the target
    std::optional<Baseline> baseline;      ///< the starting value
    std::vector<Target> targets;           ///< targets per period
    std::vector<Actual> actuals;           ///< measured values
    std::string method;                    ///< data-collection method
    std::string source;                    ///< data source
    std::string frequency;                 ///< how often it is collected
    std::string responsible;               ///< responsible id or name
    /// Members compared by operator==.
    auto tie() const { return std::tie(id, title, direction, unit, comparator, baseline, targets, actuals, method, source, frequency, responsible); }
    EDUROADMAP_VALUE_EQUALITY(Indicator)
};

/// @brief A line, paragraph, row or cell of the source document that
/// `eduroadmap import` could not place in any field, kept verbatim so that
/// nothing is lost (docs/import.md). A text export is located by its line; a
/// Word or OpenDocument file by table, row and column, or by the paragraph.
struct ImportNote {
    int line = 0;     ///< 1-based line of the imported text; 0 for a Word file
    std::string text; ///< the line, paragraph or cell as printed
    int table = 0;    ///< Word: 1-based table of the document body; 0 outside tables
    int row = 0;      ///< Word: 1-based row of that table; 0 for a whole table or outside tables
    int column = 0;   ///< Word: 1-based grid column of the cell; 0 for a whole row
    /// Word: 1-based paragraph among the body's paragraphs (outside tables) or
    /// among the cell's paragraphs; 0 for a whole cell or row.
    int paragraph = 0;
    /// Members compared by operator==.
    auto tie() const { return std::tie(line, text, table, row, column, paragraph); }
    EDUROADMAP_VALUE_EQUALITY(ImportNote)
};

/// @brief Where the plan period of an imported roadmap came from.
enum class PeriodSource {
    stated,  ///< the document states it (its title, its order, its year rows)
    guessed, ///< the document states none: guessed from its deadlines or its order's year
    given,   ///< given by the user who imported it (`--period`)
};
/// @brief `stated`, `guessed` or `given`.
std::string_view to_string(PeriodSource source) noexcept;
/// @brief Reads `stated`, `guessed` or `given`; nothing otherwise.
std::optional<PeriodSource> parse_period_source(std::string_view name) noexcept;

/// @brief A roadmap (дорожная карта): one approved plan with its period.
struct Roadmap {
    std::string schema = "eduroadmap/1";           ///< format version
    std::string id;                                ///< stable identifier
    std::string title;                             ///< as printed
    std::string language = "ru";                   ///< language of the document's text
    std::string catalog = "fioko-2020";            ///< direction catalog it follows
    Territory territory;                           ///< where it applies
    std::optional<ApprovingDocument> approved_by;  ///< the approving document
    PlanPeriod period;                             ///< the plan period
    /// Where an import found @ref period; nothing in a roadmap written by hand.
    std::optional<PeriodSource> period_source;
    std::vector<DeclaredDirection> declared_directions; ///< directions its note lists
    std::string description;                       ///< explanatory note, free text
    std::vector<Responsible> responsibles;         ///< the registry of responsibles
    std::vector<Section> sections;                 ///< the plan's table, by section
    std::vector<Indicator> indicators;             ///< indicator definitions
    Lint lint;                                     ///< suppressed rules
    std::vector<ImportNote> import_notes;          ///< what an import could not place
    /// Members compared by operator==.
    auto tie() const { return std::tie(schema, id, title, language, catalog, territory, approved_by, period, period_source, declared_directions, description, responsibles, sections, indicators, lint, import_notes); }
    EDUROADMAP_VALUE_EQUALITY(Roadmap)
};

/// @brief A measure seen in its place in the roadmap.
struct MeasureRef {
    std::size_t section = 0;             ///< index of its section
    std::optional<std::size_t> group;    ///< index of its group, when in one
    std::size_t index = 0;               ///< index in its section's or group's list
    const Measure *measure = nullptr;    ///< borrowed from the roadmap
    /// The node path of the measure: `sections[2].measures[4]` or
    /// `sections[0].groups[1].measures[3]`.
    std::string path() const;
};

/// @brief Every measure of the roadmap in printed order. The references
/// borrow from @p roadmap and live as long as it is not modified.
std::vector<MeasureRef> all_measures(const Roadmap &roadmap);

/// @brief Number of measures in the roadmap, groups included.
std::size_t measure_count(const Roadmap &roadmap) noexcept;

} // namespace eduroadmap

#endif
