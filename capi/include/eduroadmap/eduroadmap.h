/**
 * @file eduroadmap.h
 * @brief The stable C API of eduroadmap: load, validate and query the
 * education-quality roadmaps («дорожные карты») of Russian municipalities
 * from any language with a C FFI.
 *
 * Conventions (docs/c-api.md tells the same at length):
 * - Every function is named `erm_<module>_<verb>` and returns an
 *   ::erm_status (0 is ::ERM_OK, failures are negative), except the few
 *   documented ones that return a count, a string or nothing. Results are
 *   written through out-parameters; the last one is called `out`.
 * - Every pointer argument is checked: NULL, a live handle of another type,
 *   a struct whose `version` this library does not know or an index out of
 *   range give an error status, never a crash. On failure `*out` is set to
 *   NULL (handles, strings) or left untouched (structs). A freed handle is
 *   not detected: passing one is undefined behaviour.
 * - The message of the last failure on the calling thread is
 *   erm_last_error(); erm_last_error_detail() adds the status, and for a
 *   roadmap that could not be loaded, the rule, file, line and column.
 * - Ownership: a handle or string written to `**out` belongs to the caller,
 *   who frees it with the one `_free` function of its type (each accepts
 *   NULL; using or freeing a handle after its `_free` is undefined). A `const char *` inside a struct filled by the library, or written
 *   to a `const char **out`, is borrowed from the handle it came from and
 *   stays valid until that handle is freed. All strings are UTF-8 and
 *   NUL-terminated.
 * - Threading: handles are immutable once created. Any number of threads may
 *   call functions on the same handle at once; only its `_free` must not run
 *   concurrently with another use of it. erm_last_error() is per thread.
 * - No C++ exception ever crosses this interface.
 * - Structs the caller passes in or out carry a `version` as their first
 *   field: initialise them with their `_INIT` macro so that newer libraries
 *   can grow them without breaking old callers.
 *
 * The header compiles as C99 and as C++.
 */
#ifndef EDUROADMAP_EDUROADMAP_H
#define EDUROADMAP_EDUROADMAP_H

#include <stddef.h>

/* ---- export and version --------------------------------------------------- */

/** @cond INTERNAL */
/* A tool that reads the declarations alone (PHP's FFI header, made by
 * capi/CMakeLists.txt) defines ERM_API as nothing beforehand. */
#if defined(ERM_API)
#elif defined(_WIN32) || defined(__CYGWIN__)
#  if defined(ERM_BUILDING_LIBRARY)
#    define ERM_API __declspec(dllexport)
#  else
#    define ERM_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__) && __GNUC__ >= 4
#  define ERM_API __attribute__((visibility("default")))
#else
#  define ERM_API
#endif
/** @endcond */

/** Declares a public function returning @p type. */
#define ERM_EXTERN(type) extern ERM_API type

/** Version of the C ABI: the number in the shared library's SONAME
 *  (`libeduroadmap_c.so.0`) and its symbol version node (`EDUROADMAP_C_0`).
 *  It is the C library's own, defined here once (the build reads it), and
 *  changes only when the C ABI breaks — not with ::ERM_VERSION_MAJOR. */
#define ERM_ABI_VERSION 0

/** Major version of this header: the project's (eduroadmap's) major version;
 *  the C ABI has its own, ::ERM_ABI_VERSION. */
#define ERM_VERSION_MAJOR 0
/** Minor version of this header: new functions, compatible. */
#define ERM_VERSION_MINOR 1
/** Patch version of this header: fixes only. */
#define ERM_VERSION_PATCH 0
/** The version of this header as a string literal. */
#define ERM_VERSION_STRING "0.1.0"
/** The version of this header as one comparable number: MAJOR*10000 + MINOR*100 + PATCH. */
#define ERM_VERSION_NUMBER (ERM_VERSION_MAJOR * 10000 + ERM_VERSION_MINOR * 100 + ERM_VERSION_PATCH)
/** True when this header is at least version @p major.@p minor.@p patch. */
#define ERM_VERSION_CHECK(major, minor, patch) (ERM_VERSION_NUMBER >= ((major) * 10000 + (minor) * 100 + (patch)))

#ifdef __cplusplus
extern "C" {
#endif

/* ---- status and errors --------------------------------------------------- */

/** @brief What a call came to. 0 is success; every failure is negative. */
typedef enum erm_status {
    ERM_OK = 0,                  /**< success */
    ERM_E_INVALID_ARGUMENT = -1, /**< a NULL pointer, a handle of the wrong type, an unknown enum or option value */
    ERM_E_VERSION = -2,          /**< a struct's `version` is 0 or newer than this library knows (use its `_INIT`) */
    ERM_E_OUT_OF_RANGE = -3,     /**< an index at or past the end */
    ERM_E_LOAD = -4,             /**< the file or text could not be read as a roadmap (unreadable, not YAML, over a limit) */
    ERM_E_QUERY = -5,            /**< the query is not valid JSON or names an unknown filter or value */
    ERM_E_UNSUPPORTED = -6,      /**< the capability is not available in this build of the library */
    ERM_E_NO_MEMORY = -7,        /**< an allocation failed */
    ERM_E_INTERNAL = -8          /**< an unexpected internal failure (a bug: please report it) */
} erm_status;

/**
 * @brief The message of the last failure on the calling thread.
 * @return a UTF-8 message, borrowed: valid until the next failing call on
 *         this thread. Never NULL: "" when nothing has failed yet (or after
 *         erm_error_clear()).
 * Thread-safety: per thread; any thread may call it.
 */
ERM_EXTERN(const char *) erm_last_error(void);

/** @brief Details of the last failure on the calling thread (see erm_last_error_detail()). */
typedef struct erm_error_detail {
    unsigned int version; /**< set by ::ERM_ERROR_DETAIL_INIT */
    erm_status status;    /**< the status the failing call returned; ::ERM_OK when nothing failed */
    const char *message;  /**< the message, as erm_last_error() */
    const char *rule;     /**< for ::ERM_E_LOAD: the rule of the first error (`yaml-syntax`, `input-limit`, …); "" otherwise */
    const char *file;     /**< for ::ERM_E_LOAD: the file; "" otherwise */
    int line;             /**< for ::ERM_E_LOAD: 1-based line of the first error; 0 when unknown */
    int column;           /**< for ::ERM_E_LOAD: 1-based column (in characters); 0 when unknown */
} erm_error_detail;
/** Version of ::erm_error_detail this header describes. */
#define ERM_ERROR_DETAIL_VERSION 1
/** Initialiser of an ::erm_error_detail. */
#define ERM_ERROR_DETAIL_INIT { ERM_ERROR_DETAIL_VERSION, ERM_OK, NULL, NULL, NULL, 0, 0 }

/**
 * @brief Details of the last failure on the calling thread.
 * @param out filled; its strings are borrowed, valid until the next failing
 *            call on this thread. Initialise it with ::ERM_ERROR_DETAIL_INIT.
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT (NULL), ::ERM_E_VERSION.
 *         This call does not itself replace the recorded failure.
 * Thread-safety: per thread.
 */
ERM_EXTERN(erm_status) erm_last_error_detail(erm_error_detail *out);

/**
 * @brief Forgets the last failure of the calling thread: erm_last_error()
 * returns "" until the next failure. Useful before a call that returns a
 * count (erm_report_size(), erm_roadmap_measure_count(), …), whose 0 may mean
 * an invalid argument.
 * Thread-safety: per thread.
 */
ERM_EXTERN(void) erm_error_clear(void);

/**
 * @brief A short English name of a status: "ERM_OK", "ERM_E_LOAD", …
 * @return a static string; "unknown status" for other values.
 * Thread-safety: safe from any thread.
 */
ERM_EXTERN(const char *) erm_status_name(erm_status status);

/**
 * @brief The version of the library at run time ("0.1.0"); it may be newer
 * than ::ERM_VERSION_STRING of the header the caller was compiled with.
 * @return a static string.
 * Thread-safety: safe from any thread.
 */
ERM_EXTERN(const char *) erm_version(void);

/**
 * @brief The version of the library at run time as numbers.
 * @param major, minor, patch written; none may be NULL.
 * @return ::ERM_OK or ::ERM_E_INVALID_ARGUMENT.
 * Thread-safety: safe from any thread.
 */
ERM_EXTERN(erm_status) erm_version_numbers(int *major, int *minor, int *patch);

/**
 * @brief Frees a string the library wrote to a `char **out` (JSON, YAML).
 * @param str the string, or NULL (nothing happens).
 * Thread-safety: safe from any thread, once per string.
 */
ERM_EXTERN(void) erm_string_free(char *str);

/* ---- calendar values ------------------------------------------------------ */

/** @brief A calendar day. All three fields are 0 for "no date". Dates the
 * library is given lie in the years 1900..2199 (the plan calendar,
 * docs/limits.md); others are ::ERM_E_INVALID_ARGUMENT. */
typedef struct erm_date {
    int year;  /**< e.g. 2021; 0 when absent */
    int month; /**< 1..12; 0 when absent */
    int day;   /**< 1..31; 0 when absent */
} erm_date;

/** @brief An inclusive range of days [start, end]; start <= end. */
typedef struct erm_window {
    erm_date start; /**< first day */
    erm_date end;   /**< last day (inclusive) */
} erm_window;

/**
 * @brief Reads a plan period as the format writes it: `2021` (a calendar
 * year), `2020-2022` (calendar years), `2023/2024` (a school year,
 * 1 September – 31 August) or `START..END` (ISO dates).
 * @param text the period, UTF-8; not NULL
 * @param out  written on success
 * @return ::ERM_OK; ::ERM_E_INVALID_ARGUMENT for NULL or a text that is not
 *         a period (erm_last_error() says why).
 * Thread-safety: safe from any thread.
 */
ERM_EXTERN(erm_status) erm_period_parse(const char *text, erm_window *out);

/* ---- enumerations --------------------------------------------------------- */

/** @brief How serious a finding is. Ordered: error > warning > info. */
typedef enum erm_severity {
    ERM_SEVERITY_INFO = 0,    /**< information */
    ERM_SEVERITY_WARNING = 1, /**< a defect that does not make the plan unusable */
    ERM_SEVERITY_ERROR = 2    /**< a defect that does */
} erm_severity;

/** @brief Language of messages and hints. */
typedef enum erm_language {
    ERM_LANGUAGE_RU = 0, /**< Russian (the default) */
    ERM_LANGUAGE_EN = 1  /**< English */
} erm_language;

/** @brief What kind of deadline a text states (docs/deadlines.md). */
typedef enum erm_deadline_kind {
    ERM_DEADLINE_FIXED = 0,        /**< explicit points or spans */
    ERM_DEADLINE_RECURRING = 1,    /**< generated by a rule («ежегодно») */
    ERM_DEADLINE_CONTINUOUS = 2,   /**< throughout a span («постоянно») */
    ERM_DEADLINE_ON_DEMAND = 3,    /**< «по запросу»: no windows */
    ERM_DEADLINE_EXTERNAL = 4,     /**< someone else's schedule: no windows */
    ERM_DEADLINE_UNSPECIFIED = 5,  /**< empty, «?», «-»: no windows */
    ERM_DEADLINE_UNRECOGNIZED = 6  /**< no date expression found: no windows */
} erm_deadline_kind;

/** @brief A stage of the management cycle, in cycle order. */
typedef enum erm_stage {
    ERM_STAGE_NONE = -1,           /**< no stage (not declared and not inferred) */
    ERM_STAGE_GOALS = 0,           /**< goals */
    ERM_STAGE_INDICATORS = 1,      /**< indicators */
    ERM_STAGE_DATA_COLLECTION = 2, /**< data-collection */
    ERM_STAGE_MONITORING = 3,      /**< monitoring */
    ERM_STAGE_ANALYSIS = 4,        /**< analysis */
    ERM_STAGE_RECOMMENDATIONS = 5, /**< recommendations */
    ERM_STAGE_MEASURES = 6,        /**< measures */
    ERM_STAGE_DECISIONS = 7,       /**< decisions */
    ERM_STAGE_REVIEW = 8           /**< review */
} erm_stage;

/** @brief Execution status of a measure. */
typedef enum erm_measure_status {
    ERM_MEASURE_STATUS_PLANNED = 0,     /**< planned */
    ERM_MEASURE_STATUS_IN_PROGRESS = 1, /**< in_progress */
    ERM_MEASURE_STATUS_DONE = 2,        /**< done */
    ERM_MEASURE_STATUS_CANCELLED = 3,   /**< cancelled */
    ERM_MEASURE_STATUS_OVERDUE = 4      /**< overdue */
} erm_measure_status;

/** @brief Unit of an indicator's values. */
typedef enum erm_unit {
    ERM_UNIT_NUMBER = 0,  /**< a number */
    ERM_UNIT_PERCENT = 1, /**< a percentage */
    ERM_UNIT_COUNT = 2,   /**< a count */
    ERM_UNIT_BOOLEAN = 3  /**< yes/no */
} erm_unit;

/** @brief How an indicator's value is compared with its target. */
typedef enum erm_comparator {
    ERM_COMPARATOR_AT_LEAST = 0, /**< `>=` */
    ERM_COMPARATOR_AT_MOST = 1,  /**< `<=` */
    ERM_COMPARATOR_EQUAL = 2     /**< `=` */
} erm_comparator;

/** @brief How an indicator stands against its target (docs/indicators.md). */
typedef enum erm_progress_status {
    ERM_PROGRESS_ACHIEVED = 0,  /**< the latest actual meets the current target */
    ERM_PROGRESS_ON_TRACK = 1,  /**< not yet, but the target's period runs and the actual keeps pace */
    ERM_PROGRESS_BEHIND = 2,    /**< the period is over without meeting it, or the actual lags the pace */
    ERM_PROGRESS_NO_DATA = 3,   /**< a target exists but nothing was measured by the date */
    ERM_PROGRESS_NO_TARGET = 4  /**< no target with a readable period */
} erm_progress_status;

/** The bit of @p stage in a stage set (::erm_coverage_row). */
#define ERM_STAGE_BIT(stage) (1u << (unsigned)(stage))

/** @brief What a rule toggle sets a rule to. */
typedef enum erm_rule_level {
    ERM_RULE_OFF = 0,     /**< the rule does not run */
    ERM_RULE_INFO = 1,    /**< its findings are infos */
    ERM_RULE_WARNING = 2, /**< its findings are warnings */
    ERM_RULE_ERROR = 3    /**< its findings are errors */
} erm_rule_level;

/* ---- options -------------------------------------------------------------- */

/** @brief One rule toggle of ::erm_options. */
typedef struct erm_rule_setting {
    const char *rule;     /**< rule id (`deadline-missing`); see erm_rule_at() */
    erm_rule_level level; /**< off, or the severity its findings get */
} erm_rule_setting;

/**
 * @brief What to check and how: filled by the caller, read by the library
 * during the call only (nothing is kept). Pass NULL instead for the defaults.
 */
typedef struct erm_options {
    unsigned int version;                /**< set by ::ERM_OPTIONS_INIT */
    erm_language language;               /**< language of diagnostic messages and hints */
    const char *catalog;                 /**< direction catalog: built-in id or file path; NULL or "": the roadmap's own */
    const erm_rule_setting *rules;       /**< rule toggles, or NULL */
    size_t rule_count;                   /**< number of entries in @ref rules */
    const erm_stage *required_stages;    /**< stages each direction must cover, or NULL for the default set */
    size_t required_stage_count;         /**< number of entries in @ref required_stages */
    size_t max_file_bytes;               /**< input limit: bytes of the file; 0: the default (16 MiB); at most 64 MiB */
    size_t max_depth;                    /**< input limit: nesting of collections; 0: the default (64); at most 256 */
    size_t max_nodes;                    /**< input limit: nodes after alias expansion; 0: the default (1,000,000); at most 4,000,000 */
    size_t max_windows;                  /**< input limit (version 2): windows of all deadlines of a roadmap together; 0: the default (100,000); at most 1,000,000 */
} erm_options;
/** Version of ::erm_options this header describes (2 added max_windows). */
#define ERM_OPTIONS_VERSION 2
/** Initialiser of ::erm_options with every default. */
#define ERM_OPTIONS_INIT { ERM_OPTIONS_VERSION, ERM_LANGUAGE_RU, NULL, NULL, 0, NULL, 0, 0, 0, 0, 0 }

/**
 * @brief Fills @p out with the defaults of options version @p version (for
 * callers that cannot use ::ERM_OPTIONS_INIT, such as other languages' FFIs).
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT (NULL), ::ERM_E_VERSION.
 * Thread-safety: safe from any thread.
 */
ERM_EXTERN(erm_status) erm_options_init(erm_options *out, unsigned int version);

/* ---- the rule catalog ----------------------------------------------------- */

/** @brief A validation rule the library knows. */
typedef struct erm_rule_info {
    unsigned int version;          /**< set by ::ERM_RULE_INFO_INIT */
    const char *id;                /**< stable id, kebab-case */
    erm_severity default_severity; /**< severity unless configured otherwise */
    const char *summary;           /**< one line, English: what it catches */
} erm_rule_info;
/** Version of ::erm_rule_info this header describes. */
#define ERM_RULE_INFO_VERSION 1
/** Initialiser of ::erm_rule_info. */
#define ERM_RULE_INFO_INIT { ERM_RULE_INFO_VERSION, NULL, ERM_SEVERITY_INFO, NULL }

/**
 * @brief Number of rules in the catalog (docs/rules.md).
 * Thread-safety: safe from any thread.
 */
ERM_EXTERN(size_t) erm_rule_count(void);

/**
 * @brief The rule at @p index of the catalog, in catalog order.
 * @param out filled; its strings are static (valid for the life of the process)
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_VERSION, ::ERM_E_OUT_OF_RANGE.
 * Thread-safety: safe from any thread.
 */
ERM_EXTERN(erm_status) erm_rule_at(size_t index, erm_rule_info *out);

/* ---- roadmaps ------------------------------------------------------------- */

/** @brief A loaded roadmap: opaque, immutable; free with erm_roadmap_free(). */
typedef struct erm_roadmap erm_roadmap;

/**
 * @brief Loads a roadmap from a YAML file (docs/format.md).
 *
 * Loading succeeds whenever the file can be read as a roadmap, even one with
 * defects: erm_validate() reports those. It fails with ::ERM_E_LOAD when the
 * file cannot be opened, is not UTF-8 YAML or exceeds a limit (the deadline
 * windows of all measures together included: 100,000 by default, `input-limit`,
 * docs/limits.md); erm_last_error_detail() then gives the rule, line and column.
 * @param path the file's path (bytes, as the operating system takes them); not NULL
 * @param out  the new roadmap, owned by the caller (erm_roadmap_free()); NULL on failure
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_LOAD, ::ERM_E_NO_MEMORY.
 * Thread-safety: safe from any thread.
 */
ERM_EXTERN(erm_status) erm_roadmap_load_file(const char *path, erm_roadmap **out);

/**
 * @brief Loads a roadmap from YAML text in memory (see erm_roadmap_load_file()).
 * @param data the UTF-8 YAML text (need not be NUL-terminated); not NULL,
 *             even when @p len is 0; copied, not kept
 * @param len  its length in bytes
 * @param out  the new roadmap, owned by the caller; NULL on failure
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_LOAD, ::ERM_E_NO_MEMORY.
 * Locations name the file `<string>`. Thread-safety: safe from any thread.
 */
ERM_EXTERN(erm_status) erm_roadmap_load_string(const char *data, size_t len, erm_roadmap **out);

/**
 * @brief Loads a roadmap from a file with options: the input limits apply,
 * and the sections are matched against the options' catalog (else the one
 * the roadmap names) with the options' required stages (coverage).
 * @param path    the file's path; not NULL
 * @param options limits, catalog, required stages; NULL for the defaults
 * @param out     the new roadmap, owned by the caller; NULL on failure
 * @return as erm_roadmap_load_file(), and ::ERM_E_VERSION for @p options.
 * Thread-safety: safe from any thread.
 */
ERM_EXTERN(erm_status) erm_roadmap_load_file_ext(const char *path, const erm_options *options, erm_roadmap **out);

/**
 * @brief Loads a roadmap from text with a file name for locations, and options.
 * @param data    the UTF-8 YAML text; not NULL
 * @param len     its length in bytes
 * @param name    the name locations use (`<string>` when NULL)
 * @param options limits, catalog, required stages; NULL for the defaults
 * @param out     the new roadmap, owned by the caller; NULL on failure
 * @return as erm_roadmap_load_string(), and ::ERM_E_VERSION for @p options.
 * Thread-safety: safe from any thread.
 */
ERM_EXTERN(erm_status) erm_roadmap_load_string_ext(const char *data, size_t len, const char *name,
                                                   const erm_options *options, erm_roadmap **out);

/**
 * @brief Frees a roadmap and every string borrowed from it.
 * @param roadmap the roadmap, or NULL (nothing happens). Reports made from it
 *                stay valid (they own their data).
 * Thread-safety: must not run while another thread uses @p roadmap.
 */
ERM_EXTERN(void) erm_roadmap_free(erm_roadmap *roadmap);

/** @brief A roadmap's metadata. Strings borrowed from the roadmap; "" when absent. */
typedef struct erm_roadmap_info {
    unsigned int version;       /**< set by ::ERM_ROADMAP_INFO_INIT */
    const char *file;           /**< the file it was loaded from, or the name given (`<string>`) */
    const char *schema;         /**< format version, `eduroadmap/1` */
    const char *id;             /**< stable identifier */
    const char *title;          /**< title as printed */
    const char *language;       /**< language of the document's text (`ru`) */
    const char *catalog;        /**< the direction catalog it follows (`fioko-2020`) */
    const char *municipality;   /**< territory: municipality */
    const char *region;         /**< territory: region */
    const char *period_text;    /**< the period as written (`2020-2022`), "" when given as dates */
    int period_known;           /**< 1 when the plan period could be read; 0: @ref period is a placeholder */
    erm_window period;          /**< the plan period */
    int approved;               /**< 1 when the approving document is given; the approved_* fields below */
    const char *approved_kind;      /**< «приказ» */
    const char *approved_number;    /**< as printed */
    erm_date approved_date;         /**< date of signature; zeros when absent */
    const char *approved_authority; /**< who approved it */
    const char *approved_signed_by; /**< the signatory */
    const char *approved_title;     /**< the document's own title */
    const char *description;    /**< explanatory note, free text */
} erm_roadmap_info;
/** Version of ::erm_roadmap_info this header describes. */
#define ERM_ROADMAP_INFO_VERSION 1
/** Initialiser of ::erm_roadmap_info. */
#define ERM_ROADMAP_INFO_INIT { ERM_ROADMAP_INFO_VERSION, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, \
    { { 0, 0, 0 }, { 0, 0, 0 } }, 0, NULL, NULL, { 0, 0, 0 }, NULL, NULL, NULL, NULL }

/**
 * @brief The roadmap's metadata.
 * @param roadmap the roadmap; @param out filled, strings borrowed from @p roadmap
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_VERSION.
 * Thread-safety: safe concurrently on the same roadmap.
 */
ERM_EXTERN(erm_status) erm_roadmap_describe(const erm_roadmap *roadmap, erm_roadmap_info *out);

/**
 * @brief Number of measures of the roadmap, in every section and group.
 * @return the count; 0 (and erm_last_error() set) when @p roadmap is not a roadmap.
 * Thread-safety: safe concurrently on the same roadmap.
 */
ERM_EXTERN(size_t) erm_roadmap_measure_count(const erm_roadmap *roadmap);

/**
 * @brief Number of sections of the roadmap.
 * @return the count; 0 (and erm_last_error() set) when @p roadmap is not a roadmap.
 * Thread-safety: safe concurrently on the same roadmap.
 */
ERM_EXTERN(size_t) erm_roadmap_section_count(const erm_roadmap *roadmap);

/**
 * @brief Number of entries of the responsibles registry.
 * @return the count; 0 (and erm_last_error() set) when @p roadmap is not a roadmap.
 * Thread-safety: safe concurrently on the same roadmap.
 */
ERM_EXTERN(size_t) erm_roadmap_responsible_count(const erm_roadmap *roadmap);

/**
 * @brief Number of indicator definitions.
 * @return the count; 0 (and erm_last_error() set) when @p roadmap is not a roadmap.
 * Thread-safety: safe concurrently on the same roadmap.
 */
ERM_EXTERN(size_t) erm_roadmap_indicator_count(const erm_roadmap *roadmap);

/** Value of a `size_t` index field that has no value (a measure outside any group). */
#define ERM_NO_INDEX ((size_t)-1)

/** @brief A section (a heading row of the plan's table). Strings borrowed from the roadmap. */
typedef struct erm_section_info {
    unsigned int version;   /**< set by ::ERM_SECTION_INFO_INIT */
    const char *number;     /**< printed number of the heading, "" when none */
    const char *title;      /**< heading as printed */
    const char *direction;  /**< direction code or slug pinned by the author, "" when not given */
    int extra;              /**< 1 when declared outside the catalog on purpose */
    const char *match;      /**< how it was matched to the catalog: `pinned`, `exact-title`, `alias`,
                                 `keywords`, `declared-extra`, `extra` (outside the catalog) or `unknown` */
    const char *direction_code;  /**< the matched catalog direction's code (`1.3`); "" when none matched */
    const char *direction_slug;  /**< its slug (`talents`); "" when none matched */
    const char *direction_title; /**< its official title; "" when none matched */
    const char *path;       /**< node path: `sections[2]` */
    size_t first_measure;   /**< index (for erm_roadmap_measure_at()) of its first measure */
    size_t measure_count;   /**< its measures, groups included: indices first_measure .. first_measure+measure_count-1 */
    size_t group_count;     /**< number of sub-headings (groups) */
} erm_section_info;
/** Version of ::erm_section_info this header describes. */
#define ERM_SECTION_INFO_VERSION 1
/** Initialiser of ::erm_section_info. */
#define ERM_SECTION_INFO_INIT { ERM_SECTION_INFO_VERSION, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, 0, 0, 0 }

/**
 * @brief The section at @p index (0-based, printed order).
 * @param out filled; strings borrowed from @p roadmap
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_VERSION, ::ERM_E_OUT_OF_RANGE.
 * Thread-safety: safe concurrently on the same roadmap.
 */
ERM_EXTERN(erm_status) erm_roadmap_section_at(const erm_roadmap *roadmap, size_t index, erm_section_info *out);

/**
 * @brief A measure (мероприятие) with what the library resolved about it.
 * Strings borrowed from the roadmap; "" when absent unless said otherwise.
 */
typedef struct erm_measure_info {
    unsigned int version;          /**< set by ::ERM_MEASURE_INFO_INIT */
    const char *id;                /**< its id: explicit, else the printed number (qualified `s3/5` when repeated across sections) */
    const char *number;            /**< number as printed («1.», «3.1») */
    const char *title;             /**< title as printed */
    const char *form;              /**< form of work («Форма проведения») */
    const char *path;              /**< node path: `sections[2].measures[4]` */
    size_t section;                /**< index of its section */
    size_t group;                  /**< index of its group in the section, ::ERM_NO_INDEX when in none */
    const char *deadline_text;     /**< the deadline cell as printed */
    erm_deadline_kind deadline_kind; /**< what the deadline states, resolved against the plan period */
    size_t window_count;           /**< number of deadline windows (erm_roadmap_measure_window()) */
    int deadline_count;            /**< times per window («2 раза в год» → 2) */
    int deadline_ambiguous;        /**< 1 when a date without a year occurs more than once in the period */
    const char *deadline_note;     /**< text kept beside the date expression */
    size_t responsible_count;      /**< bodies its responsibles cell names (erm_roadmap_measure_responsible()) */
    const char *result;            /**< expected result; NULL when absent (distinct from an empty cell, "") */
    erm_stage stage;               /**< stage of the management cycle: declared, or inferred from the title, form and result */
    int stage_inferred;            /**< 1 when @ref stage was inferred (title, form, result), 0 when declared */
    erm_measure_status status;     /**< execution status: its `status`, else its latest progress entry's, else planned */
    const char *status_text;       /**< «Отметка о выполнении» as printed */
    const char *note;              /**< anything else printed in the row */
} erm_measure_info;
/** Version of ::erm_measure_info this header describes. */
#define ERM_MEASURE_INFO_VERSION 1
/** Initialiser of ::erm_measure_info. */
#define ERM_MEASURE_INFO_INIT { ERM_MEASURE_INFO_VERSION, NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, \
    ERM_DEADLINE_UNSPECIFIED, 0, 1, 0, NULL, 0, NULL, ERM_STAGE_NONE, 0, ERM_MEASURE_STATUS_PLANNED, NULL, NULL }

/**
 * @brief The measure at @p index (0-based, printed order: each section's own
 * measures, then its groups').
 * @param out filled; strings borrowed from @p roadmap
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_VERSION, ::ERM_E_OUT_OF_RANGE.
 * Thread-safety: safe concurrently on the same roadmap.
 */
ERM_EXTERN(erm_status) erm_roadmap_measure_at(const erm_roadmap *roadmap, size_t index, erm_measure_info *out);

/**
 * @brief Window @p window of the deadline of measure @p index (sorted by start).
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_OUT_OF_RANGE.
 * Thread-safety: safe concurrently on the same roadmap.
 */
ERM_EXTERN(erm_status) erm_roadmap_measure_window(const erm_roadmap *roadmap, size_t index, size_t window,
                                                  erm_window *out);

/** @brief A body a measure's responsibles cell names, matched against the
 *  registry. Strings borrowed from the roadmap. */
typedef struct erm_responsible_mention {
    unsigned int version;   /**< set by ::ERM_RESPONSIBLE_MENTION_INIT */
    const char *text;       /**< the name as printed («МБОУ ДО «ТР ДЮЦ»») */
    const char *id;         /**< the registry id it matched; "" when it is not in the registry */
    const char *suggestion; /**< for an unmatched name: the closest registry name («ТР ДЮЦ»), or "" */
} erm_responsible_mention;
/** Version of ::erm_responsible_mention this header describes. */
#define ERM_RESPONSIBLE_MENTION_VERSION 1
/** Initialiser of ::erm_responsible_mention. */
#define ERM_RESPONSIBLE_MENTION_INIT { ERM_RESPONSIBLE_MENTION_VERSION, NULL, NULL, NULL }

/**
 * @brief Body @p which named by the responsibles cell of measure @p index
 * (a cell «КО, ОО» names two), in the order printed.
 * @param out filled; strings borrowed from @p roadmap
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_VERSION, ::ERM_E_OUT_OF_RANGE.
 * Thread-safety: safe concurrently on the same roadmap.
 */
ERM_EXTERN(erm_status) erm_roadmap_measure_responsible(const erm_roadmap *roadmap, size_t index, size_t which,
                                                       erm_responsible_mention *out);

/** @brief An entry of the responsibles registry. Strings borrowed from the roadmap. */
typedef struct erm_responsible_info {
    unsigned int version;   /**< set by ::ERM_RESPONSIBLE_INFO_INIT */
    const char *id;         /**< registry id */
    const char *short_name; /**< abbreviation as printed («КО») */
    const char *full_name;  /**< full name as printed */
    size_t alias_count;     /**< number of other names (erm_roadmap_responsible_alias()) */
} erm_responsible_info;
/** Version of ::erm_responsible_info this header describes. */
#define ERM_RESPONSIBLE_INFO_VERSION 1
/** Initialiser of ::erm_responsible_info. */
#define ERM_RESPONSIBLE_INFO_INIT { ERM_RESPONSIBLE_INFO_VERSION, NULL, NULL, NULL, 0 }

/**
 * @brief Registry entry @p index.
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_VERSION, ::ERM_E_OUT_OF_RANGE.
 * Thread-safety: safe concurrently on the same roadmap.
 */
ERM_EXTERN(erm_status) erm_roadmap_responsible_at(const erm_roadmap *roadmap, size_t index,
                                                  erm_responsible_info *out);

/**
 * @brief Alias @p alias of registry entry @p index.
 * @param out the alias, borrowed from @p roadmap; NULL on failure
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_OUT_OF_RANGE.
 * Thread-safety: safe concurrently on the same roadmap.
 */
ERM_EXTERN(erm_status) erm_roadmap_responsible_alias(const erm_roadmap *roadmap, size_t index, size_t alias,
                                                     const char **out);

/** @brief A value of an indicator: a number, or yes/no for boolean indicators. */
typedef struct erm_value {
    int is_boolean; /**< 1 when the value is yes/no */
    int boolean;    /**< the value when @ref is_boolean */
    double number;  /**< the value otherwise */
} erm_value;

/** @brief An indicator definition (показатель). Strings borrowed from the roadmap. */
typedef struct erm_indicator_info {
    unsigned int version;      /**< set by ::ERM_INDICATOR_INFO_INIT */
    const char *id;            /**< unique in the roadmap */
    const char *title;         /**< what is measured */
    const char *direction;     /**< catalog code or slug */
    erm_unit unit;             /**< unit of the values */
    erm_comparator comparator; /**< how values meet the target */
    int has_baseline;          /**< 1 when @ref baseline is given */
    erm_value baseline;        /**< the starting value */
    erm_date baseline_date;    /**< when it was measured; zeros when absent */
    size_t target_count;       /**< targets (erm_roadmap_indicator_target()) */
    size_t actual_count;       /**< measured values (erm_roadmap_indicator_actual()) */
    const char *method;        /**< data-collection method */
    const char *source;        /**< data source */
    const char *frequency;     /**< how often it is collected */
    const char *responsible;   /**< responsible id or name */
} erm_indicator_info;
/** Version of ::erm_indicator_info this header describes. */
#define ERM_INDICATOR_INFO_VERSION 1
/** Initialiser of ::erm_indicator_info. */
#define ERM_INDICATOR_INFO_INIT { ERM_INDICATOR_INFO_VERSION, NULL, NULL, NULL, ERM_UNIT_NUMBER, \
    ERM_COMPARATOR_AT_LEAST, 0, { 0, 0, 0.0 }, { 0, 0, 0 }, 0, 0, NULL, NULL, NULL, NULL }

/**
 * @brief Indicator definition @p index.
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_VERSION, ::ERM_E_OUT_OF_RANGE.
 * Thread-safety: safe concurrently on the same roadmap.
 */
ERM_EXTERN(erm_status) erm_roadmap_indicator_at(const erm_roadmap *roadmap, size_t index, erm_indicator_info *out);

/**
 * @brief Target @p target of indicator @p index: the period as written
 * (`2021`, `2020-2022`, `2023/2024` or a date) and the value.
 * @param period written: borrowed from @p roadmap
 * @param out    the target value
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_OUT_OF_RANGE.
 * Thread-safety: safe concurrently on the same roadmap.
 */
ERM_EXTERN(erm_status) erm_roadmap_indicator_target(const erm_roadmap *roadmap, size_t index, size_t target,
                                                    const char **period, erm_value *out);

/**
 * @brief Measured value @p actual of indicator @p index.
 * @param date written: when it was measured
 * @param out  the value
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_OUT_OF_RANGE.
 * Thread-safety: safe concurrently on the same roadmap.
 */
ERM_EXTERN(erm_status) erm_roadmap_indicator_actual(const erm_roadmap *roadmap, size_t index, size_t actual,
                                                    erm_date *date, erm_value *out);

/** @brief How an indicator stands as of a date (erm_roadmap_indicator_progress()). */
typedef struct erm_indicator_progress {
    unsigned int version;       /**< set by ::ERM_INDICATOR_PROGRESS_INIT */
    erm_progress_status status; /**< the verdict */
    size_t target;              /**< the target judged against (index for erm_roadmap_indicator_target()): the
                                     one whose period contains the date, else the next, else the last;
                                     ::ERM_NO_INDEX when none */
    erm_window target_window;   /**< the days of that target's period; zeros when none */
    size_t latest;              /**< the latest actual dated on or before the date (index for
                                     erm_roadmap_indicator_actual()); ::ERM_NO_INDEX when none */
    int has_expected;           /**< 1 when @ref expected is set */
    double expected;            /**< where the pace line from the baseline to the target stands at the latest actual's date */
    int has_share;              /**< 1 when @ref share is set */
    double share;               /**< share of the way from the baseline to the target the latest actual has come (1 = reached) */
} erm_indicator_progress;
/** Version of ::erm_indicator_progress this header describes. */
#define ERM_INDICATOR_PROGRESS_VERSION 1
/** Initialiser of ::erm_indicator_progress. */
#define ERM_INDICATOR_PROGRESS_INIT { ERM_INDICATOR_PROGRESS_VERSION, ERM_PROGRESS_NO_TARGET, 0, \
    { { 0, 0, 0 }, { 0, 0, 0 } }, 0, 0, 0.0, 0, 0.0 }

/**
 * @brief Progress of indicator @p index as of @p as_of.
 * @param as_of the date progress is judged at; not NULL, a valid date
 * @param out   filled
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT (also for an invalid date),
 *         ::ERM_E_VERSION, ::ERM_E_OUT_OF_RANGE.
 * Thread-safety: safe concurrently on the same roadmap.
 */
ERM_EXTERN(erm_status) erm_roadmap_indicator_progress(const erm_roadmap *roadmap, size_t index, const erm_date *as_of,
                                                      erm_indicator_progress *out);

/**
 * @brief A row of the coverage matrix (directions × stages of the management
 * cycle): a catalog direction, or a section outside the catalog. Stage sets
 * are bit sets of ::ERM_STAGE_BIT. Strings borrowed from the roadmap.
 */
typedef struct erm_coverage_row {
    unsigned int version;  /**< set by ::ERM_COVERAGE_ROW_INIT */
    const char *code;      /**< the direction's catalog code; "" for a section outside the catalog */
    const char *slug;      /**< the direction's slug; "" outside the catalog */
    const char *title;     /**< the direction's title, or the section's title outside the catalog */
    size_t section_count;  /**< sections of the row (0: the plan has no section for this direction) */
    size_t measure_count;  /**< measures of the row */
    unsigned int covered;  /**< stages some measure or passport block of the row covers */
    unsigned int missing;  /**< required stages not covered (0 for rows outside the catalog and empty directions) */
} erm_coverage_row;
/** Version of ::erm_coverage_row this header describes. */
#define ERM_COVERAGE_ROW_VERSION 1
/** Initialiser of ::erm_coverage_row. */
#define ERM_COVERAGE_ROW_INIT { ERM_COVERAGE_ROW_VERSION, NULL, NULL, NULL, 0, 0, 0u, 0u }

/**
 * @brief Number of rows of the coverage matrix: the catalog's directions in
 * catalog order, then one per section outside the catalog.
 * @return the count; 0 (and erm_last_error() set) when @p roadmap is not a roadmap.
 * Thread-safety: safe concurrently on the same roadmap.
 */
ERM_EXTERN(size_t) erm_roadmap_coverage_row_count(const erm_roadmap *roadmap);

/**
 * @brief Row @p index of the coverage matrix.
 * @param out filled; strings borrowed from @p roadmap
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_VERSION, ::ERM_E_OUT_OF_RANGE.
 * Thread-safety: safe concurrently on the same roadmap.
 */
ERM_EXTERN(erm_status) erm_roadmap_coverage_row(const erm_roadmap *roadmap, size_t index, erm_coverage_row *out);

/**
 * @brief The stages each direction must cover, as a bit set of ::ERM_STAGE_BIT
 * (the options' required stages at load, or the default set).
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT.
 * Thread-safety: safe concurrently on the same roadmap.
 */
ERM_EXTERN(erm_status) erm_roadmap_required_stages(const erm_roadmap *roadmap, unsigned int *out);

/**
 * @brief The whole coverage matrix as JSON, for bindings:
 * `{"catalog":"fioko-2020","required":["monitoring",…],"rows":[{"code":"1.1","slug":…,"title":…,
 *   "sections":[0],"measure_count":N,"missing":["review"],
 *   "cells":{"goals":{"measures":["1","2"],"passports":[0]},…}},…]}` — cells
 * list the ids of their measures and the indices of sections whose passport covers the stage.
 * @param out the JSON, owned by the caller (erm_string_free()); NULL on failure
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_NO_MEMORY.
 * Thread-safety: safe concurrently on the same roadmap.
 */
ERM_EXTERN(erm_status) erm_roadmap_coverage_json(const erm_roadmap *roadmap, char **out);

/** @brief The widest indent erm_roadmap_to_json() accepts, in spaces per level. */
#define ERM_JSON_MAX_INDENT 16

/**
 * @brief The roadmap as JSON, in the same structure as its YAML form (docs/format.md).
 * @param indent spaces per level, 0 to ::ERM_JSON_MAX_INDENT; negative for one line
 * @param out    the JSON, owned by the caller (erm_string_free()); NULL on failure
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT (also for an indent above ::ERM_JSON_MAX_INDENT),
 * ::ERM_E_NO_MEMORY.
 * Thread-safety: safe concurrently on the same roadmap.
 */
ERM_EXTERN(erm_status) erm_roadmap_to_json(const erm_roadmap *roadmap, int indent, char **out);

/**
 * @brief The roadmap as normalised YAML (loading it gives back an equal roadmap).
 * @param out the YAML, owned by the caller (erm_string_free()); NULL on failure
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_NO_MEMORY.
 * Thread-safety: safe concurrently on the same roadmap.
 */
ERM_EXTERN(erm_status) erm_roadmap_to_yaml(const erm_roadmap *roadmap, char **out);

/**
 * @brief Every measure with what the library resolved about it, as one JSON
 * text — the bulk form of erm_roadmap_measure_at() for bindings, compact so
 * that 100,000 measures travel fast. Rows are arrays in the order `fields`
 * names; values many measures share (deadlines, responsibles) stand once in
 * a table and rows give their index:
 * `{"fields":["index","id","number","title","form","path","section","group","deadline",
 *   "responsibles","direction","result","stage","stage_inferred","status","status_text",
 *   "items","indicators","depends_on","note","stage_also"],
 *  "deadlines":[{"text":…,"kind":"fixed","windows":[{"start":"2021-01-01","end":"2021-12-31"}],
 *                "count":1,"ambiguous":false,"note":…},…],
 *  "responsibles":[[["КО","ko"],["ОО",null]],…],
 *  "measures":[[0,"1","1.","…title…","",
 *               "sections[0].measures[0]",0,null,0,0,"1.1"|null,"…result…"|null,"monitoring",false,
 *               "done","",[],[],[],"",["analysis"]],…]}`
 * — `deadline` and `responsibles` index the tables; `direction` is the catalog
 * code of the measure's section; `stage` is declared or inferred (`stage_inferred`),
 * `stage_also` the further stages an inferred title names (coverage counts them too);
 * `status` is effective (its own, else its latest progress entry's, else `planned`).
 * @param out the JSON, owned by the caller (erm_string_free()); NULL on failure
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_NO_MEMORY.
 * Thread-safety: safe concurrently on the same roadmap.
 */
ERM_EXTERN(erm_status) erm_roadmap_measures_json(const erm_roadmap *roadmap, char **out);

/* ---- the measure table: every measure in one compact buffer ------------------ */

/** The first word of a measure table (erm_roadmap_measure_table()): the bytes
 *  «ERMT» on a little-endian host; a reader that sees another value was
 *  given something else, or a table from a host of the other byte order. */
#define ERM_MEASURE_TABLE_MAGIC 0x544D5245u
/** The layout version of the measure tables this header describes (the second word). */
#define ERM_MEASURE_TABLE_VERSION 1u
/** A word of a measure table that stands for "absent": no string, no group. */
#define ERM_MEASURE_TABLE_NONE 0xFFFFFFFFu

/** @brief The words of a measure table's header, by position (layout version 1). */
typedef enum erm_measure_table_header {
    ERM_MTH_MAGIC = 0,          /**< ::ERM_MEASURE_TABLE_MAGIC */
    ERM_MTH_VERSION = 1,        /**< the layout version, ::ERM_MEASURE_TABLE_VERSION */
    ERM_MTH_HEADER_WORDS = 2,   /**< words in the header (16 in version 1) */
    ERM_MTH_MEASURES = 3,       /**< number of measure records */
    ERM_MTH_MEASURE_WORDS = 4,  /**< words per measure record (20 in version 1) */
    ERM_MTH_DEADLINES = 5,      /**< number of deadline records (distinct deadlines) */
    ERM_MTH_DEADLINE_WORDS = 6, /**< words per deadline record (7 in version 1) */
    ERM_MTH_WINDOWS = 7,        /**< number of windows, 6 words each: start year, month, day, end year, month, day */
    ERM_MTH_RESPONSIBLE_SETS = 8, /**< number of distinct responsibles cells, 2 words each: first mention, mention count */
    ERM_MTH_MENTIONS = 9,       /**< number of mentions, 2 words each: the name as printed (a string), the registry
                                     id it matched (a string, ::ERM_MEASURE_TABLE_NONE when none) */
    ERM_MTH_TEXT_LISTS = 10,    /**< number of distinct lists of strings, 2 words each: first list word, count;
                                     list 0 is the empty list */
    ERM_MTH_STAGE_LISTS = 11,   /**< number of distinct lists of stages, 2 words each as text lists; list 0 is empty */
    ERM_MTH_LIST_WORDS = 12,    /**< number of list words: string numbers of text lists, ::erm_stage values of stage lists */
    ERM_MTH_STRINGS = 13,       /**< number of strings */
    ERM_MTH_TEXT_BYTES = 14     /**< bytes of text at the end (every string followed by a NUL) */
    /* word 15 is 0 in version 1 */
} erm_measure_table_header;

/** @brief The words of a measure record, by position (layout version 1).
 *  A "string" word is a string number, a "text list" or "stage list" word
 *  a row of that table. The values are those of ::erm_measure_info and of
 *  the JSON of erm_roadmap_measures_json(). */
typedef enum erm_measure_table_measure {
    ERM_MTM_ID = 0,             /**< string: its id (explicit, else the printed number; `s3/5` when repeated) */
    ERM_MTM_NUMBER = 1,         /**< string: the number as printed */
    ERM_MTM_TITLE = 2,          /**< string: the title as printed */
    ERM_MTM_FORM = 3,           /**< string: form of work */
    ERM_MTM_PATH = 4,           /**< string: node path (`sections[2].measures[4]`) */
    ERM_MTM_SECTION = 5,        /**< index of its section */
    ERM_MTM_GROUP = 6,          /**< index of its group in the section; ::ERM_MEASURE_TABLE_NONE in none */
    ERM_MTM_DEADLINE = 7,       /**< its deadline: a row of the deadline table */
    ERM_MTM_RESPONSIBLES = 8,   /**< its responsibles cell: a row of the responsibles-set table */
    ERM_MTM_DIRECTION = 9,      /**< string: its section's catalog direction code; ::ERM_MEASURE_TABLE_NONE outside the catalog */
    ERM_MTM_RESULT = 10,        /**< string: expected result; ::ERM_MEASURE_TABLE_NONE when absent */
    ERM_MTM_STAGE = 11,         /**< an ::erm_stage, declared or inferred */
    ERM_MTM_STAGE_INFERRED = 12, /**< 1 when the stage was inferred, 0 when declared */
    ERM_MTM_STATUS = 13,        /**< an ::erm_measure_status: its own, else its latest progress entry's, else planned */
    ERM_MTM_STATUS_TEXT = 14,   /**< string: «Отметка о выполнении» as printed */
    ERM_MTM_NOTE = 15,          /**< string: anything else printed in the row */
    ERM_MTM_ITEMS = 16,         /**< text list: its sub-items */
    ERM_MTM_INDICATORS = 17,    /**< text list: ids of the indicators it feeds */
    ERM_MTM_DEPENDS_ON = 18,    /**< text list: ids of its prerequisite measures */
    ERM_MTM_STAGE_ALSO = 19     /**< stage list: further stages an inferred title names */
} erm_measure_table_measure;

/** @brief The words of a deadline record, by position (layout version 1). */
typedef enum erm_measure_table_deadline {
    ERM_MTD_TEXT = 0,         /**< string: the deadline cell as printed */
    ERM_MTD_KIND = 1,         /**< an ::erm_deadline_kind */
    ERM_MTD_FIRST_WINDOW = 2, /**< its windows, sorted by start: rows of the window table, from here… */
    ERM_MTD_WINDOW_COUNT = 3, /**< …this many */
    ERM_MTD_COUNT = 4,        /**< times per window («2 раза в год» → 2) */
    ERM_MTD_AMBIGUOUS = 5,    /**< 1 when a date without a year occurs more than once in the period */
    ERM_MTD_NOTE = 6          /**< string: text kept beside the date expression */
} erm_measure_table_deadline;

/**
 * @brief Every measure with what the library resolved about it, as one
 * compact binary table — the values of erm_roadmap_measures_json() without
 * JSON to write or parse, for bindings that read 100,000 measures at once.
 *
 * The table is 32-bit unsigned words in the host's byte order, then text:
 * 1. the header (::erm_measure_table_header);
 * 2. the measure records, in printed order (::erm_measure_table_measure);
 * 3. the deadline records (::erm_measure_table_deadline), each distinct
 *    deadline once;
 * 4. the windows, 6 words each;
 * 5. the responsibles sets, 2 words each (first mention, count), each
 *    distinct cell once;
 * 6. the mentions, 2 words each (name, registry id);
 * 7. the text lists and 8. the stage lists, 2 words each (first list word,
 *    count), each distinct list once, list 0 the empty one;
 * 9. the list words (::ERM_MTH_LIST_WORDS);
 * 10. the string offsets: ::ERM_MTH_STRINGS + 1 words, string `i` being the
 *    bytes [offset[i], offset[i + 1] − 1) of the text, which the NUL at
 *    offset[i + 1] − 1 ends; string 0 is "";
 * 11. the text (::ERM_MTH_TEXT_BYTES bytes, UTF-8).
 * Each table starts where the one before it ends; read the record widths
 * from the header, as later versions only append words to records and to
 * the header. Repeated strings other than titles, ids, paths and results
 * stand once. docs/c-api.md gives an example reader.
 * @param roadmap the roadmap; not NULL
 * @param out     the table, owned by the caller (erm_buffer_free()), aligned
 *                for 32-bit words; NULL on failure
 * @param size    written: its size in bytes; 0 on failure
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_NO_MEMORY.
 * Thread-safety: safe concurrently on the same roadmap.
 */
ERM_EXTERN(erm_status) erm_roadmap_measure_table(const erm_roadmap *roadmap, void **out, size_t *size);

/**
 * @brief Frees a buffer the library wrote to a `void **out` (erm_roadmap_measure_table()).
 * @param buffer the buffer, or NULL (nothing happens).
 * Thread-safety: safe from any thread, once per buffer.
 */
ERM_EXTERN(void) erm_buffer_free(void *buffer);

/* ---- validation ------------------------------------------------------------ */

/** @brief A validation report: opaque, immutable; free with erm_report_free(). */
typedef struct erm_report erm_report;

/** @brief One finding. Strings borrowed from the report. */
typedef struct erm_diagnostic {
    unsigned int version;  /**< set by ::ERM_DIAGNOSTIC_INIT */
    const char *rule;      /**< stable rule id, kebab-case (`deadline-unrecognized`) */
    erm_severity severity; /**< effective severity */
    const char *message;   /**< the message in the report's language */
    const char *hint;      /**< how to fix it, in the same language; "" when the rule has none */
    const char *path;      /**< node path (`sections[2].measures[4].deadline`), "" for the whole file */
    const char *file;      /**< the file it refers to */
    int line;              /**< 1-based line; 0 when unknown */
    int column;            /**< 1-based column in characters; 0 when unknown */
} erm_diagnostic;
/** Version of ::erm_diagnostic this header describes. */
#define ERM_DIAGNOSTIC_VERSION 1
/** Initialiser of ::erm_diagnostic. */
#define ERM_DIAGNOSTIC_INIT { ERM_DIAGNOSTIC_VERSION, NULL, ERM_SEVERITY_INFO, NULL, NULL, NULL, NULL, 0, 0 }

/**
 * @brief Runs every enabled rule over a loaded roadmap. The report also holds
 * the loader's findings for it (unknown fields, wrong types, …), so it equals
 * what erm_validate_file() gives for the same file.
 * @param roadmap the roadmap; not NULL
 * @param options language, catalog, rule toggles; NULL for the defaults
 * @param out     the new report, owned by the caller (erm_report_free()); NULL on failure
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT (also for an unknown rule id or
 *         enum value in @p options), ::ERM_E_VERSION, ::ERM_E_NO_MEMORY.
 * Thread-safety: safe concurrently on the same roadmap.
 */
ERM_EXTERN(erm_status) erm_validate(const erm_roadmap *roadmap, const erm_options *options, erm_report **out);

/**
 * @brief Loads and validates a file. Content problems — including a file that
 * cannot be opened or is not YAML — are findings of the report, not failures.
 * @param path    the file's path; not NULL
 * @param options as erm_validate() (the limits apply to loading)
 * @param out     the new report, owned by the caller; NULL on failure
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_VERSION, ::ERM_E_NO_MEMORY.
 * Thread-safety: safe from any thread.
 */
ERM_EXTERN(erm_status) erm_validate_file(const char *path, const erm_options *options, erm_report **out);

/**
 * @brief Loads and validates YAML text (see erm_validate_file()).
 * @param data    the UTF-8 text; not NULL
 * @param len     its length in bytes
 * @param name    the file name locations use (`<string>` when NULL)
 * @param options as erm_validate()
 * @param out     the new report, owned by the caller; NULL on failure
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_VERSION, ::ERM_E_NO_MEMORY.
 * Thread-safety: safe from any thread.
 */
ERM_EXTERN(erm_status) erm_validate_string(const char *data, size_t len, const char *name,
                                           const erm_options *options, erm_report **out);

/**
 * @brief Number of findings in the report.
 * @return the count; 0 (and erm_last_error() set) when @p report is not a report.
 * Thread-safety: safe concurrently on the same report.
 */
ERM_EXTERN(size_t) erm_report_size(const erm_report *report);

/**
 * @brief Finding @p index, in report order (line, then column, then rule).
 * @param out filled; strings borrowed from @p report
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_VERSION, ::ERM_E_OUT_OF_RANGE.
 * Thread-safety: safe concurrently on the same report.
 */
ERM_EXTERN(erm_status) erm_report_at(const erm_report *report, size_t index, erm_diagnostic *out);

/**
 * @brief Counts of findings by severity.
 * @param errors, warnings, infos written; none may be NULL
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT.
 * Thread-safety: safe concurrently on the same report.
 */
ERM_EXTERN(erm_status) erm_report_counts(const erm_report *report, size_t *errors, size_t *warnings, size_t *infos);

/**
 * @brief The report as JSON, one entry of `eduroadmap validate --format json`
 * (without the entry's `catalog`, `config`, `fail_level` and `failed`):
 * `{"path":…,"errors":N,"warnings":N,"infos":N,"diagnostics":[{"rule":…,
 * "severity":…,"message":…,"line":N,"column":N,"path":…,"hint":…|null,
 * "group":…,"document":…|null,"related":[…]},…],"groups":[…],"directions":[…]}` —
 * `hint` is null when the rule has none (erm_diagnostic::hint is then "");
 * `group` is the stable id of the finding's cause, `groups` one entry per
 * cause, ranked (`{"id","rule","severity","category","count","message",
 * "hint","line","column","path","document","locations":[…]}`), `directions`
 * the per-direction digest (`{"direction","title","measures","missing","groups"}`).
 * @param out the JSON, owned by the caller (erm_string_free()); NULL on failure
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_NO_MEMORY.
 * Thread-safety: safe concurrently on the same report.
 */
ERM_EXTERN(erm_status) erm_report_to_json(const erm_report *report, char **out);

/**
 * @brief Frees a report and every string borrowed from it.
 * @param report the report, or NULL (nothing happens).
 * Thread-safety: must not run while another thread uses @p report.
 */
ERM_EXTERN(void) erm_report_free(erm_report *report);

/* ---- configuration ------------------------------------------------------------ */

/**
 * @brief A validation configuration, as read from an `.eduroadmap.yaml`
 * (docs/config.md): rule severities, language, catalog, required stages,
 * fail level, input limits. Opaque, immutable; free with erm_config_free().
 */
typedef struct erm_config erm_config;

/**
 * @brief Reads a configuration file.
 * @param path the file's path; not NULL
 * @param out  the new configuration, owned by the caller (erm_config_free()); NULL on failure
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_LOAD (the file cannot
 *         be read or has a problem — a syntax error, an unknown key or rule
 *         id, a value out of range: a configuration with a problem is never
 *         used; erm_last_error_detail() gives the rule, file, line and column
 *         of the first), ::ERM_E_NO_MEMORY.
 * Thread-safety: safe from any thread.
 */
ERM_EXTERN(erm_status) erm_config_load(const char *path, erm_config **out);

/**
 * @brief Reads a configuration from YAML text (see erm_config_load()); an
 * empty text is the defaults.
 * @param data the UTF-8 text (need not be NUL-terminated); not NULL; copied, not kept
 * @param len  its length in bytes
 * @param name the file name locations use (`<string>` when NULL); a
 *             relative `catalog:` path is resolved against its directory
 * @param out  the new configuration, owned by the caller; NULL on failure
 * @return as erm_config_load().
 * Thread-safety: safe from any thread.
 */
ERM_EXTERN(erm_status) erm_config_load_string(const char *data, size_t len, const char *name, erm_config **out);

/**
 * @brief The configuration file that governs @p path, as the command-line
 * tool finds it: the first `.eduroadmap.yaml` in the directory of @p path
 * (or in @p path itself when it is a directory), then in each parent up to
 * the root.
 * @param path a roadmap file or a directory; not NULL
 * @param out  the configuration file's absolute path, owned by the caller
 *             (erm_string_free()); NULL when there is none (still ::ERM_OK)
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_NO_MEMORY.
 * Thread-safety: safe from any thread.
 */
ERM_EXTERN(erm_status) erm_config_find(const char *path, char **out);

/** @brief What a configuration sets, beyond the rules. Strings borrowed from the configuration. */
typedef struct erm_config_info {
    unsigned int version;    /**< set by ::ERM_CONFIG_INFO_INIT */
    const char *file;        /**< the file it was read from (the name given to erm_config_load_string()) */
    int has_language;        /**< 1 when it sets `language:` */
    erm_language language;   /**< that language; ::ERM_LANGUAGE_RU when it sets none */
    int has_fail_level;      /**< 1 when it sets `fail_level:` */
    erm_severity fail_level; /**< the lowest severity that fails a run; ::ERM_SEVERITY_ERROR when it sets none */
    const char *catalog;     /**< the catalog: a built-in id or a path (relative ones resolved); "" when it names none */
} erm_config_info;
/** Version of ::erm_config_info this header describes. */
#define ERM_CONFIG_INFO_VERSION 1
/** Initialiser of ::erm_config_info. */
#define ERM_CONFIG_INFO_INIT { ERM_CONFIG_INFO_VERSION, NULL, 0, ERM_LANGUAGE_RU, 0, ERM_SEVERITY_ERROR, NULL }

/**
 * @brief What the configuration sets.
 * @param out filled; strings borrowed from @p config
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_VERSION.
 * Thread-safety: safe concurrently on the same configuration.
 */
ERM_EXTERN(erm_status) erm_config_describe(const erm_config *config, erm_config_info *out);

/**
 * @brief Validates a loaded roadmap as the configuration says: its rule
 * severities, catalog, required stages and window limit (erm_validate() with
 * the configuration in place of ::erm_options).
 * @param roadmap  the roadmap; not NULL
 * @param config   the configuration; not NULL
 * @param language the language of messages and hints; NULL for the
 *                 configuration's, else Russian
 * @param out      the new report, owned by the caller (erm_report_free()); NULL on failure
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_NO_MEMORY.
 * Thread-safety: safe concurrently on the same roadmap and configuration.
 */
ERM_EXTERN(erm_status) erm_validate_with_config(const erm_roadmap *roadmap, const erm_config *config,
                                                const erm_language *language, erm_report **out);

/**
 * @brief Loads and validates a file as the configuration says, its input
 * limits included (erm_validate_file() with the configuration). Content
 * problems, a missing file included, are findings of the report.
 * @param path     the file's path; not NULL
 * @param config   the configuration; not NULL
 * @param language as erm_validate_with_config()
 * @param out      the new report, owned by the caller (erm_report_free()); NULL on failure
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_NO_MEMORY.
 * Thread-safety: safe from any thread.
 */
ERM_EXTERN(erm_status) erm_validate_file_with_config(const char *path, const erm_config *config,
                                                     const erm_language *language, erm_report **out);

/**
 * @brief Frees a configuration and every string borrowed from it.
 * @param config the configuration, or NULL (nothing happens).
 * Thread-safety: must not run while another thread uses @p config.
 */
ERM_EXTERN(void) erm_config_free(erm_config *config);

/* ---- queries ---------------------------------------------------------------- */

/**
 * @brief Runs a query over a roadmap: the filters of `eduroadmap query`, as JSON.
 * @param roadmap    the roadmap; not NULL
 * @param query_json a JSON object of filters (`{}` selects every measure):
 *                   `direction`, `responsible`, `stage`, `status`, `text`,
 *                   `due_between`, `active_between` (`START..END`, `YYYY`,
 *                   `YYYY-MM`, `YYYY-Qn`), `overdue_as_of` (a date),
 *                   `group_by` (`responsible`, `direction`, `month`); not NULL
 *                   (docs/query.md)
 * @param out        the result as JSON, owned by the caller (erm_string_free()); NULL on failure:
 *                   `{"roadmap":…,"query":{…},"count":N,"measures":[{"id":…,"path":…,
 *                   "windows":[…],…},…],"groups":[…]}` (what `eduroadmap query --format json` prints)
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_QUERY (malformed query,
 *         unknown filter, bad value; erm_last_error() says what), ::ERM_E_NO_MEMORY.
 * Thread-safety: safe concurrently on the same roadmap.
 */
ERM_EXTERN(erm_status) erm_query_json(const erm_roadmap *roadmap, const char *query_json, char **out);

/**
 * @brief The windows of the measures a query matches, as an RFC 5545
 * iCalendar object: what `eduroadmap calendar` writes (docs/query.md,
 * "Calendar"). One all-day VEVENT per matching window — SUMMARY the
 * measure's title, DESCRIPTION its direction, responsibles, expected result
 * and deadline as printed, UIDs stable across runs — in a VCALENDAR, empty
 * when nothing matched. Lines end in CRLF and are folded at 75 octets.
 * @param roadmap    the roadmap; not NULL
 * @param query_json the filters of erm_query_json() as a JSON object; NULL
 *                   or `{}` for every measure (`group_by` is ignored)
 * @param language   the language of the labels in DESCRIPTION; NULL for the
 *                   roadmap's own (`language:`, Russian unless it says `en`)
 * @param out        the iCalendar text, UTF-8, owned by the caller (erm_string_free()); NULL on failure
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT (also for a @p language outside
 *         the enum), ::ERM_E_QUERY (as erm_query_json()), ::ERM_E_NO_MEMORY.
 * Thread-safety: safe concurrently on the same roadmap.
 */
ERM_EXTERN(erm_status) erm_calendar_ics(const erm_roadmap *roadmap, const char *query_json,
                                        const erm_language *language, char **out);

/* ---- the corpus index ------------------------------------------------------- */

/** An index over many loaded roadmaps, built once, that answers the queries
 * of erm_query_json() over all of them at once (docs/query.md, "Many
 * roadmaps: the index"). It borrows the roadmaps: free it before them. */
typedef struct erm_index erm_index;

/**
 * @brief Builds an index over @p count roadmaps, in this order (the order of
 * its results).
 * @param roadmaps the roadmaps, each not NULL; may be NULL when @p count is 0.
 *                 Borrowed: each must outlive the index and stay loaded.
 * @param count    how many; 0 makes an empty index (every query matches nothing)
 * @param out      the new index, freed with erm_index_free(); NULL on failure
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT (NULL @p out, NULL @p roadmaps
 *         with @p count above 0, a NULL or non-roadmap handle among them),
 *         ::ERM_E_NO_MEMORY.
 * Thread-safety: safe concurrently with any read of the same roadmaps.
 */
ERM_EXTERN(erm_status) erm_index_new(const erm_roadmap *const *roadmaps, size_t count, erm_index **out);

/**
 * @brief Runs a query over every roadmap of an index: for each roadmap with a
 * match, exactly what erm_query_json() returns for it.
 * @param index      the index; not NULL
 * @param query_json the filters of erm_query_json(); not NULL
 * @param out        the result as JSON, owned by the caller (erm_string_free()); NULL on failure:
 *                   `{"query":{…},"count":N,"roadmaps":R,"results":[…]}`, `count` the
 *                   matches of every roadmap, `results` the erm_query_json() object of
 *                   each of the R roadmaps with a match, in the index's order
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_QUERY (as erm_query_json()),
 *         ::ERM_E_NO_MEMORY.
 * Thread-safety: safe concurrently on the same index.
 */
ERM_EXTERN(erm_status) erm_index_query_json(const erm_index *index, const char *query_json, char **out);

/**
 * @brief Frees an index (not the roadmaps it borrows).
 * @param index the index, or NULL (nothing happens).
 * Thread-safety: must not run while another thread uses @p index.
 */
ERM_EXTERN(void) erm_index_free(erm_index *index);

/* ---- the management-cycle scorecard ------------------------------------------ */

/**
 * @brief The plan's management-cycle scorecard as JSON (docs/score.md): per
 * catalog direction, each component of the cycle (goals, indicators,
 * data-collection methods, monitoring, analysis, targeted recommendations,
 * measures, management decisions, effectiveness review) scored 0, 1 or 2,
 * with the evidence and the reason. A self-assessment, not an official score.
 * @param roadmap    the roadmap; not NULL
 * @param model_path the scoring model: NULL for the default (`fioko-2020`),
 *                   a built-in model's id, or the path of a model file (YAML,
 *                   `schema: eduroadmap-score/1`)
 * @param out        the scorecard, owned by the caller (erm_string_free()); NULL on failure:
 *                   `{"roadmap":…,"title":…,"catalog":…,"model":{"id","title"},
 *                   "components":[{"component":"goals","name":{"ru","en"},"weight","max"},…],
 *                   "directions":[{"direction":"1.1","slug","title","sections":[…],"total","max","share",
 *                   "components":[{"component","points","weight","weighted","max",
 *                   "reason":{"id","ru","en"},"evidence":[{"kind","id","number","path","section","text",
 *                   "sound"},…]},…]},…],"total","max","share"}`
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_LOAD (the model file
 *         cannot be read or has errors; erm_last_error_detail() gives the
 *         rule, file, line and column of the first), ::ERM_E_NO_MEMORY.
 * Thread-safety: safe concurrently on the same roadmap.
 */
ERM_EXTERN(erm_status) erm_score_json(const erm_roadmap *roadmap, const char *model_path, char **out);

/* ---- plans over time: versions compared, execution on a date ------------------ */

/**
 * @brief What changed between two versions of a roadmap, as JSON
 * (docs/diff.md): measures matched by content (the folded words of their
 * titles, with section, number, deadline and responsibles as tie-breakers),
 * then reported as added, removed, moved, changed or only renumbered; the
 * plan's metadata, registry and indicators compared too.
 * @param before the earlier version; not NULL
 * @param after  the later version; not NULL
 * @param out    the difference, owned by the caller (erm_string_free()); NULL on failure:
 *               `{"before":{"roadmap","title","measures"},"after":{…},"equal":bool,
 *               "summary":{"added","removed","moved","changed","renumbered","unchanged"},
 *               "metadata":[{"field","before","after"},…],"sections":[{"before","after",
 *               "before_title","after_title"},…],"registry":[{"kind","id","title","changes"},…],
 *               "indicators":[…],"directions":[{"direction","title","measures_before",
 *               "measures_after","stages_before","stages_after","score_before","score_after",
 *               "score_max"},…],"added":[measure],"removed":[measure],"moved":[pair],
 *               "changed":[pair],"renumbered":[pair]}` — a measure is `{"id","number","path",
 *               "section","section_title","direction","title"}`, a pair `{"before","after",
 *               "similarity","renumbered","changes":[{"field","before","after"},…]}` (a
 *               deadline change adds `kind_before`, `kind_after`, `windows_before`, `windows_after`)
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_NO_MEMORY.
 * Thread-safety: safe concurrently on the same roadmaps.
 */
ERM_EXTERN(erm_status) erm_diff_json(const erm_roadmap *before, const erm_roadmap *after, char **out);

/**
 * @brief The execution of the plan on a date, as JSON (docs/status.md): each
 * measure, and each occurrence of a recurring one, done, in progress,
 * overdue, upcoming, cancelled or without a date, from its `status`, its
 * `progress` entries and its windows; counted per direction and per
 * responsible with the share done of what was due.
 * @param roadmap the roadmap; not NULL
 * @param as_of   the date; not NULL, a valid date
 * @param due_in  NULL for every occurrence; else only occurrences whose
 *                window ends in this range (a quarter: the quarterly report);
 *                valid dates, start <= end
 * @param out     the report, owned by the caller (erm_string_free()); NULL on failure:
 *                `{"roadmap","as_of","due_in":{"start","end"}|null,"total":tally,
 *                "directions":[tally],"responsibles":[tally],"measures":[{"id","number","path",
 *                "title","direction","responsibles","deadline","kind","execution","due","due_done",
 *                "done","overdue","in_progress","upcoming","cancelled","occurrences":[{"start","end",
 *                "execution","mark":{"date","status","note","occurrence","evidence"}|null},…]},…]}` —
 *                a tally is `{"key","label","measures","due","due_done","share_done","done",
 *                "overdue","in_progress","upcoming","cancelled","no_date"}`
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT (also for an invalid date or range), ::ERM_E_NO_MEMORY.
 * Thread-safety: safe concurrently on the same roadmap.
 */
ERM_EXTERN(erm_status) erm_status_json(const erm_roadmap *roadmap, const erm_date *as_of, const erm_window *due_in,
                                       char **out);

/* ---- deadlines -------------------------------------------------------------- */

/** @brief A resolved deadline: opaque, immutable; free with erm_deadline_free(). */
typedef struct erm_deadline erm_deadline;

/** @brief What a deadline text resolved to. Strings borrowed from the deadline. */
typedef struct erm_deadline_info {
    unsigned int version;   /**< set by ::ERM_DEADLINE_INFO_INIT */
    const char *text;       /**< the original text */
    erm_deadline_kind kind; /**< what the text states */
    size_t window_count;    /**< number of windows (erm_deadline_window()) */
    int count;              /**< times per window («2 раза в год» → 2) */
    int ambiguous;          /**< 1 when a date without a year occurs more than once in the period */
    const char *note;       /**< text kept beside the date expression */
    const char *rendered;   /**< a canonical Russian rendering («ежегодно, сентябрь») */
    const char *rrule;      /**< the rule of a recurring deadline as an RRULE; "" for other kinds */
} erm_deadline_info;
/** Version of ::erm_deadline_info this header describes. */
#define ERM_DEADLINE_INFO_VERSION 1
/** Initialiser of ::erm_deadline_info. */
#define ERM_DEADLINE_INFO_INIT { ERM_DEADLINE_INFO_VERSION, NULL, ERM_DEADLINE_UNSPECIFIED, 0, 1, 0, NULL, NULL, NULL }

/**
 * @brief Resolves a free Russian deadline text against a plan period
 * (docs/deadlines.md). An unreadable text is not a failure: its kind is
 * ::ERM_DEADLINE_UNRECOGNIZED.
 * @param text   the deadline text, UTF-8; not NULL
 * @param period the plan period; not NULL; start <= end and valid dates
 * @param out    the new deadline, owned by the caller (erm_deadline_free()); NULL on failure
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT (also for an invalid period), ::ERM_E_NO_MEMORY.
 * Thread-safety: safe from any thread.
 */
ERM_EXTERN(erm_status) erm_deadline_resolve(const char *text, const erm_window *period, erm_deadline **out);

/**
 * @brief What the deadline resolved to.
 * @param out filled; strings borrowed from @p deadline
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_VERSION.
 * Thread-safety: safe concurrently on the same deadline.
 */
ERM_EXTERN(erm_status) erm_deadline_describe(const erm_deadline *deadline, erm_deadline_info *out);

/**
 * @brief Window @p index of the deadline (sorted by start).
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_OUT_OF_RANGE.
 * Thread-safety: safe concurrently on the same deadline.
 */
ERM_EXTERN(erm_status) erm_deadline_window(const erm_deadline *deadline, size_t index, erm_window *out);

/**
 * @brief The deadline as the JSON line of `eduroadmap deadline`:
 * `{"text":…,"kind":…,"windows":[{"start":"YYYY-MM-DD","end":"YYYY-MM-DD"},…],"count":N,"ambiguous":bool,"note":…}`.
 * @param out the JSON, owned by the caller (erm_string_free()); NULL on failure
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_NO_MEMORY.
 * Thread-safety: safe concurrently on the same deadline.
 */
ERM_EXTERN(erm_status) erm_deadline_to_json(const erm_deadline *deadline, char **out);

/**
 * @brief Frees a deadline and every string borrowed from it.
 * @param deadline the deadline, or NULL (nothing happens).
 * Thread-safety: must not run while another thread uses @p deadline.
 */
ERM_EXTERN(void) erm_deadline_free(erm_deadline *deadline);

/* ---- importing plans ---------------------------------------------------------- */

/** @brief What an import produced: the roadmap as YAML, the notes, the
 *  messages. Opaque, immutable; free with erm_import_result_free(). */
typedef struct erm_import_result erm_import_result;

/** @brief Options of an import (docs/import.md). */
typedef struct erm_import_options {
    unsigned int version;  /**< set by ::ERM_IMPORT_OPTIONS_INIT */
    const char *id;        /**< the roadmap's id; NULL or "": from the file name (`imported` without one) */
    const char *period;    /**< the plan period (`2021`, `2020-2022`, `2023/2024`, `START..END`); NULL or "": from the document */
    const char *file;      /**< erm_import_buffer(): the name the input goes by (default id); NULL: none. Ignored by erm_import_file() */
    erm_language language; /**< language of the messages and the summary */
} erm_import_options;
/** Version of ::erm_import_options this header describes. */
#define ERM_IMPORT_OPTIONS_VERSION 1
/** Initialiser of ::erm_import_options: everything from the document, messages in Russian. */
#define ERM_IMPORT_OPTIONS_INIT { ERM_IMPORT_OPTIONS_VERSION, NULL, NULL, NULL, ERM_LANGUAGE_RU }

/**
 * @brief Imports the plan in the file at @p path: a Word (.docx) or
 * OpenDocument (.odt) file, or a text export (UTF-8, UTF-16, Windows-1251,
 * KOI8-R), recognised by content. A document that cannot be imported — no
 * plan table, no period and none given, an old .doc, RTF or PDF, a damaged
 * or oversized archive, a file that cannot be read — is not a failure of the
 * call: the result says so (erm_import_info::ok is 0) with its messages.
 * @param path    the file; not NULL
 * @param options NULL for the defaults (::ERM_IMPORT_OPTIONS_INIT)
 * @param out     the new result, owned by the caller (erm_import_result_free()); NULL on failure
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT (NULL, an unknown language),
 *         ::ERM_E_VERSION, ::ERM_E_NO_MEMORY.
 * Thread-safety: safe from any thread.
 */
ERM_EXTERN(erm_status) erm_import_file(const char *path, const erm_import_options *options, erm_import_result **out);

/**
 * @brief Imports a plan from memory (see erm_import_file()).
 * @param data    the bytes; may be NULL when @p len is 0
 * @param len     their number
 * @param options NULL for the defaults; `file` names the input
 * @param out     the new result, owned by the caller (erm_import_result_free()); NULL on failure
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_VERSION, ::ERM_E_NO_MEMORY.
 * Thread-safety: safe from any thread.
 */
ERM_EXTERN(erm_status) erm_import_buffer(const void *data, size_t len, const erm_import_options *options,
                                         erm_import_result **out);

/** @brief What an import produced. Strings borrowed from the result. */
typedef struct erm_import_info {
    unsigned int version;      /**< set by ::ERM_IMPORT_INFO_INIT */
    int ok;                    /**< 1 when imported: @ref yaml is a roadmap that loads; 0 when not (see the messages) */
    const char *yaml;          /**< the roadmap in the format (docs/format.md), notes under `import_notes`; "" unless ok */
    const char *format;        /**< `text`, `docx`, `odt`; `legacy-word`, `rtf`, `pdf` when refused for that; "" when nothing was read */
    const char *encoding;      /**< a text export's encoding: `utf-8`, `utf-16le`, `utf-16be`, `windows-1251`, `koi8-r`; "" otherwise */
    const char *layout;        /**< `none`, `tab-separated`, `cell-per-line`, `mixed`, `word` */
    const char *period_source; /**< `stated`, `guessed`, `given`; "" when no period was found */
    const char *summary;       /**< one line, as `eduroadmap import` prints it, in the options' language */
    size_t tables;             /**< plan tables found */
    size_t rows;               /**< rows of the plan tables read */
    size_t measures;           /**< measures imported */
    size_t sections;           /**< sections imported */
    size_t note_count;         /**< what could not be placed (erm_import_note_at()) */
    size_t message_count;      /**< remarks (erm_import_message_at()) */
} erm_import_info;
/** Version of ::erm_import_info this header describes. */
#define ERM_IMPORT_INFO_VERSION 1
/** Initialiser of ::erm_import_info. */
#define ERM_IMPORT_INFO_INIT { ERM_IMPORT_INFO_VERSION, 0, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, 0, 0, 0, 0 }

/**
 * @brief What the import produced.
 * @param out filled; strings borrowed from @p result
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_VERSION.
 * Thread-safety: safe concurrently on the same result.
 */
ERM_EXTERN(erm_status) erm_import_describe(const erm_import_result *result, erm_import_info *out);

/** @brief Where a note or message stands: a text export's line, or a Word
 *  file's table, row, column and paragraph (all 1-based; 0 when not given). */
typedef struct erm_import_note {
    unsigned int version; /**< set by ::ERM_IMPORT_NOTE_INIT */
    int line;             /**< 1-based line of a text export; 0 for a Word file */
    int table;            /**< 1-based table of a Word file; 0 outside tables */
    int row;              /**< 1-based row of that table */
    int column;           /**< 1-based grid column of the cell */
    int paragraph;        /**< 1-based paragraph of the body (outside tables) or of the cell */
    const char *text;     /**< what could not be placed, as printed */
} erm_import_note;
/** Version of ::erm_import_note this header describes. */
#define ERM_IMPORT_NOTE_VERSION 1
/** Initialiser of ::erm_import_note. */
#define ERM_IMPORT_NOTE_INIT { ERM_IMPORT_NOTE_VERSION, 0, 0, 0, 0, 0, NULL }

/**
 * @brief Note @p index: a paragraph, row, cell or line that could not be
 * placed (the roadmap's `import_notes`, in document order).
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_VERSION, ::ERM_E_OUT_OF_RANGE.
 * Thread-safety: safe concurrently on the same result.
 */
ERM_EXTERN(erm_status) erm_import_note_at(const erm_import_result *result, size_t index, erm_import_note *out);

/** @brief What a remark of the import is about. */
typedef enum erm_import_message_kind {
    ERM_IMPORT_UNPLACED = 0, /**< text kept in the notes */
    ERM_IMPORT_GUESS = 1,    /**< a reading the user should check */
    ERM_IMPORT_ERROR = 2     /**< why the document could not be imported */
} erm_import_message_kind;

/** @brief A remark of the import. Strings borrowed from the result. */
typedef struct erm_import_message {
    unsigned int version;         /**< set by ::ERM_IMPORT_MESSAGE_INIT */
    erm_import_message_kind kind; /**< what it is about */
    int line;                     /**< as in ::erm_import_note */
    int table;                    /**< as in ::erm_import_note */
    int row;                      /**< as in ::erm_import_note */
    int column;                   /**< as in ::erm_import_note */
    int paragraph;                /**< as in ::erm_import_note */
    const char *where;            /**< «12», «table 2, row 5, column 3» («таблица 2, строка 5, столбец 3»); "" for the document */
    const char *message;          /**< in the options' language */
} erm_import_message;
/** Version of ::erm_import_message this header describes. */
#define ERM_IMPORT_MESSAGE_VERSION 1
/** Initialiser of ::erm_import_message. */
#define ERM_IMPORT_MESSAGE_INIT { ERM_IMPORT_MESSAGE_VERSION, ERM_IMPORT_GUESS, 0, 0, 0, 0, 0, NULL, NULL }

/**
 * @brief Remark @p index, in document order (remarks on the document as a whole first).
 * @return ::ERM_OK, ::ERM_E_INVALID_ARGUMENT, ::ERM_E_VERSION, ::ERM_E_OUT_OF_RANGE.
 * Thread-safety: safe concurrently on the same result.
 */
ERM_EXTERN(erm_status) erm_import_message_at(const erm_import_result *result, size_t index, erm_import_message *out);

/**
 * @brief Frees an import result and every string borrowed from it.
 * @param result the result, or NULL (nothing happens).
 * Thread-safety: must not run while another thread uses @p result.
 */
ERM_EXTERN(void) erm_import_result_free(erm_import_result *result);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* EDUROADMAP_EDUROADMAP_H */
