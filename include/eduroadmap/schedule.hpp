/// @file schedule.hpp
/// @brief When a deadline falls due: the rule of a recurring deadline
/// (Recurrence) and the windows of any deadline (Schedule), which a rule
/// keeps as a rule and computes on demand.
///
/// A weekly rule over a plan period has hundreds of windows and a roadmap may
/// have thousands of such measures; a Schedule holds the rule and its
/// bounds, counts its windows by arithmetic and computes the i-th one, or
/// those inside a range, without writing out the others. Plain values: safe
/// to read from many threads at once.
#ifndef EDUROADMAP_SCHEDULE_HPP
#define EDUROADMAP_SCHEDULE_HPP

#include <eduroadmap/window.hpp>

#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap {

/// @brief The unit a recurrence repeats in.
enum class Frequency {
    yearly,           ///< years (slices of the period, or the named months of every year)
    half_yearly,      ///< calendar half-years: January–June, July–December
    quarterly,        ///< calendar quarters: January–March, …
    monthly,          ///< calendar months
    weekly,           ///< Monday–Sunday weeks
    school_quarterly, ///< school quarters: 09-01..10-31, 11-01..12-31, 01-01..03-31, 04-01..05-31
};

/// @brief The snake_case name of a frequency (`yearly`, `half_yearly`,
/// `quarterly`, `monthly`, `weekly`, `school_quarterly`).
std::string_view to_string(Frequency frequency) noexcept;

/// @brief A run of calendar months inside a year, first to last inclusive.
///
/// Months are numbered 1..12. A span with `last < first` crosses the new
/// year («сентябрь – февраль» is {9, 2}); {1, 12} is the whole year.
struct MonthSpan {
    int first = 1; ///< first month, 1..12
    int last = 1;  ///< last month, 1..12 (may be before `first`: the span crosses the new year)

    /// Number of months in the span (1..12).
    int length() const noexcept { return (last - first + 12) % 12 + 1; }
    /// Equal when both ends are equal.
    friend bool operator==(const MonthSpan &a, const MonthSpan &b) noexcept {
        return a.first == b.first && a.last == b.last;
    }
    /// Not equal.
    friend bool operator!=(const MonthSpan &a, const MonthSpan &b) noexcept { return !(a == b); }
};

/// @brief The rule of a recurring deadline.
///
/// A rule generates windows inside a plan period P (see Schedule):
/// - `yearly` without @ref months: slices of @ref interval years starting at
///   P.start («ежегодно», «1 раз в 3 года»);
/// - `yearly` with @ref months: those month spans in every @ref interval -th
///   year («Сентябрь ежегодно», «Ежегодно Сентябрь - февраль»);
/// - the other frequencies: their calendar units, @ref interval at a time;
///   @ref months, when present, is a season every window is cut to
///   («еженедельно с сентября по май»).
///
/// Every window is intersected with P and with [@ref start, @ref until];
/// empty ones are dropped.
struct Recurrence {
    Frequency frequency = Frequency::yearly; ///< the unit
    int interval = 1;                        ///< how many units one occurrence spans (≥ 1)
    /// Yearly: the month spans of every year. Other frequencies: the season.
    /// Kept sorted by first month. Empty: the whole year.
    std::vector<MonthSpan> months;
    /// First day the rule applies («ежегодно с 2021 года»; for «май 2021,
    /// далее ежегодно» the first occurrence after the dated one). For
    /// intervals over one year or month, occurrences are counted from here.
    /// Not part of the RRULE text (in iCalendar it is DTSTART).
    std::optional<Date> start;
    /// Last day the rule applies (RRULE `UNTIL`).
    std::optional<Date> until;

    /// @brief The rule as an RFC 5545 RRULE subset, e.g.
    /// `FREQ=YEARLY;INTERVAL=1;BYMONTH=9,10`.
    ///
    /// Quarterly is `FREQ=MONTHLY;INTERVAL=3`, half-yearly
    /// `FREQ=MONTHLY;INTERVAL=6`; school quarters add the extension part
    /// `X-ERM-SPAN=SCHOOL-QUARTER`. BYMONTH lists every month of every span;
    /// reading it back joins consecutive months into one span (see
    /// from_rrule). @ref until becomes `UNTIL=YYYYMMDD`; @ref start is not
    /// written.
    std::string to_rrule() const;

    /// @brief Parses the RRULE subset written by to_rrule.
    ///
    /// Accepted parts (case-insensitive names, each at most once, optional
    /// leading `RRULE:`): `FREQ=YEARLY|MONTHLY|WEEKLY` (required),
    /// `INTERVAL=n` (1..1000), `BYMONTH=m,…`, `UNTIL=YYYYMMDD[THHMMSS[Z]]`,
    /// `WKST=MO`, `X-ERM-SPAN=SCHOOL-QUARTER`. A monthly interval divisible
    /// by 6 reads as half-yearly, one divisible by 3 as quarterly. BYMONTH
    /// months are grouped into maximal runs of consecutive months (December
    /// runs into January), so «BYMONTH=9,10» is one span September–October.
    /// @return the rule, or nothing when the text uses anything else.
    static std::optional<Recurrence> from_rrule(std::string_view rrule) noexcept;

    /// Equal when every field is equal.
    friend bool operator==(const Recurrence &a, const Recurrence &b) noexcept {
        return a.frequency == b.frequency && a.interval == b.interval && a.months == b.months &&
               a.start == b.start && a.until == b.until;
    }
    /// Not equal.
    friend bool operator!=(const Recurrence &a, const Recurrence &b) noexcept { return !(a == b); }
};

/// @brief The windows a rule generates inside @p period, sorted by start,
/// as a list: Schedule(rule, period) written out.
///
/// Each occurrence is intersected with @p period and with the rule's
/// [start, until]; empty ones are dropped. The cost is linear in the number
/// of windows; Schedule gives the same windows without writing them out.
std::vector<Window> expand_recurrence(const Recurrence &rule, const Window &period);

namespace detail {
class Occurrences; // the arithmetic of a rule's windows (src/deadline/occurrences.hpp)
} // namespace detail

/// @brief The windows of a deadline, sorted by start (then end): either a
/// list, or the windows a Recurrence generates inside a period (after a list
/// of dated windows that precede them: «май 2021, далее ежегодно»).
///
/// A rule is kept as a rule: size() is known from the start, operator[]
/// computes one window by calendar arithmetic, in() walks only the windows
/// that overlap a range, and iteration computes each window as it goes. Only
/// to_vector() and due_dates() write every window out.
///
/// The reading operations of std::vector<Window> work as they did when
/// Deadline::windows was one (size, empty, indexing, front, back, range-for,
/// ==); windows are returned by value. Costs: size() O(1); operator[] O(1),
/// or O(years × seasons) for a rule cut to a season («еженедельно с сентября
/// по май»); in() O(log n) to find the first window.
class Schedule {
public:
    /// @brief A random-access iterator over the windows; dereferencing
    /// computes the window (a value, not a reference).
    class const_iterator {
    public:
        using iterator_category = std::random_access_iterator_tag; ///< computed on access
        using value_type = Window;                                 ///< a window
        using difference_type = std::ptrdiff_t;                    ///< index distance
        using pointer = void;                                      ///< none: windows are values
        using reference = Window;                                  ///< a window, by value

        const_iterator() = default;
        /// The window at this position.
        Window operator*() const { return (*schedule_)[index_]; }
        /// The window @p n places on.
        Window operator[](difference_type n) const { return *(*this + n); }
        /// Next window.
        const_iterator &operator++() { return ++index_, *this; }
        /// Next window (postfix).
        const_iterator operator++(int) { const_iterator before = *this; ++index_; return before; }
        /// Previous window.
        const_iterator &operator--() { return --index_, *this; }
        /// Previous window (postfix).
        const_iterator operator--(int) { const_iterator before = *this; --index_; return before; }
        /// Moves by @p n windows.
        const_iterator &operator+=(difference_type n) { index_ = static_cast<std::size_t>(difference_type(index_) + n); return *this; }
        /// Moves back by @p n windows.
        const_iterator &operator-=(difference_type n) { return *this += -n; }
        /// @p n windows on.
        friend const_iterator operator+(const_iterator it, difference_type n) { return it += n; }
        /// @p n windows on.
        friend const_iterator operator+(difference_type n, const_iterator it) { return it += n; }
        /// @p n windows back.
        friend const_iterator operator-(const_iterator it, difference_type n) { return it -= n; }
        /// Distance in windows.
        friend difference_type operator-(const const_iterator &a, const const_iterator &b) {
            return difference_type(a.index_) - difference_type(b.index_);
        }
        /// Same position.
        friend bool operator==(const const_iterator &a, const const_iterator &b) { return a.index_ == b.index_; }
        /// Different positions.
        friend bool operator!=(const const_iterator &a, const const_iterator &b) { return a.index_ != b.index_; }
        /// Earlier position.
        friend bool operator<(const const_iterator &a, const const_iterator &b) { return a.index_ < b.index_; }
        /// Later position.
        friend bool operator>(const const_iterator &a, const const_iterator &b) { return b < a; }
        /// Not later.
        friend bool operator<=(const const_iterator &a, const const_iterator &b) { return !(b < a); }
        /// Not earlier.
        friend bool operator>=(const const_iterator &a, const const_iterator &b) { return !(a < b); }

    private:
        friend class Schedule;
        const_iterator(const Schedule *schedule, std::size_t index) : schedule_(schedule), index_(index) {}
        const Schedule *schedule_ = nullptr;
        std::size_t index_ = 0;
    };

    /// @brief The windows of a schedule that overlap a range, in order: what
    /// Schedule::in() returns. Walks only the windows near the range; valid
    /// while the schedule lives.
    class Range {
    public:
        /// @brief An input iterator over the overlapping windows.
        class iterator {
        public:
            using iterator_category = std::input_iterator_tag; ///< single pass
            using value_type = Window;                         ///< a window
            using difference_type = std::ptrdiff_t;            ///< index distance
            using pointer = void;                              ///< none: windows are values
            using reference = Window;                          ///< a window, by value
            /// The window here.
            Window operator*() const { return (*range_->schedule_)[index_]; }
            /// The next overlapping window.
            iterator &operator++() { return ++index_, skip(), *this; }
            /// Same position.
            friend bool operator==(const iterator &a, const iterator &b) { return a.index_ == b.index_; }
            /// Different positions.
            friend bool operator!=(const iterator &a, const iterator &b) { return a.index_ != b.index_; }

        private:
            friend class Range;
            iterator(const Range *range, std::size_t index) : range_(range), index_(index) { skip(); }
            void skip();
            const Range *range_;
            std::size_t index_;
        };
        /// The first overlapping window.
        iterator begin() const { return iterator(this, first_); }
        /// Past the last one.
        iterator end() const { return iterator(this, last_); }
        /// True when no window overlaps the range.
        bool empty() const { return begin() == end(); }

    private:
        friend class Schedule;
        Range(const Schedule *schedule, const Window &range, std::size_t first, std::size_t last)
            : schedule_(schedule), range_(range), first_(first), last_(last) {}
        const Schedule *schedule_;
        Window range_;
        std::size_t first_, last_; // the candidates: windows [first_, last_) may overlap
    };

    /// @brief No windows.
    Schedule() noexcept;
    /// @brief A list of windows (pinned windows, a fixed or continuous
    /// deadline's), sorted here by start, then end; repeats are kept.
    Schedule(std::vector<Window> windows); // implicit: Deadline::windows was a list
    /// @brief A list of windows (see above).
    Schedule(std::initializer_list<Window> windows);
    /// @brief The windows @p rule generates inside @p period (see
    /// Recurrence), kept as the rule. A period outside 1900-01-01..2199-12-31
    /// is clamped into it.
    Schedule(const Recurrence &rule, const Window &period);
    /// @brief @p dated windows, then the windows @p rule generates inside
    /// @p period: «август 2020, далее ежегодно». The dated windows are
    /// sorted here, repeats dropped; when they do not all precede the rule's
    /// windows, the whole is written out as one sorted list.
    Schedule(std::vector<Window> dated, const Recurrence &rule, const Window &period);

    /// @brief The number of windows.
    std::size_t size() const noexcept { return size_; }
    /// @brief True when there is no window.
    bool empty() const noexcept { return size_ == 0; }
    /// @brief The window at @p index, which must be below size().
    Window operator[](std::size_t index) const;
    /// @brief The window at @p index.
    /// @throws std::out_of_range when @p index is not below size()
    Window at(std::size_t index) const;
    /// @brief The first window (by start); the schedule must not be empty.
    Window front() const { return (*this)[0]; }
    /// @brief The last window (by start); the schedule must not be empty.
    Window back() const { return (*this)[size_ - 1]; }
    /// @brief The first window.
    const_iterator begin() const noexcept { return const_iterator(this, 0); }
    /// @brief Past the last window.
    const_iterator end() const noexcept { return const_iterator(this, size_); }

    /// @brief The windows that share at least one day with @p range, in
    /// order, computed as they are walked: a query over a month of a weekly
    /// rule looks at a few windows, not at every week of the period.
    Range in(const Window &range) const;

    /// @brief The due dates: the end of each window, in window order.
    std::vector<Date> due_dates() const;
    /// @brief Every window, written out.
    std::vector<Window> to_vector() const;
    /// @brief True when the windows are a rule's, computed on demand (the
    /// dated windows before it aside); false for a list.
    bool is_rule() const noexcept { return rule_ != nullptr; }
    /// @brief The period a rule's windows were generated in, clamped to the
    /// plan calendar: the dated windows before the rule may have been cut by
    /// it. Nothing for a list.
    std::optional<Window> period() const;

    /// @brief Equal when both have the same windows in the same order.
    friend bool operator==(const Schedule &a, const Schedule &b);
    /// @brief Not equal.
    friend bool operator!=(const Schedule &a, const Schedule &b) { return !(a == b); }
    /// @brief Equal to a list with the same windows in the same order.
    friend bool operator==(const Schedule &a, const std::vector<Window> &b);
    /// @brief Equal to a list with the same windows in the same order.
    friend bool operator==(const std::vector<Window> &a, const Schedule &b) { return b == a; }
    /// @brief Not equal to the list.
    friend bool operator!=(const Schedule &a, const std::vector<Window> &b) { return !(a == b); }
    /// @brief Not equal to the list.
    friend bool operator!=(const std::vector<Window> &a, const Schedule &b) { return !(b == a); }

private:
    void count();
    std::vector<Window> listed_;                          // a list; for a rule, the dated windows before it
    std::shared_ptr<const detail::Occurrences> rule_;     // the rule's windows, after listed_; immutable, shared by copies
    std::size_t size_ = 0;
    long longest_ = 0;                                    // days of the longest window, for in()
};

} // namespace eduroadmap

#endif
