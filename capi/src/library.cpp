// Library-wide functions: version, errors, strings, options, the rule catalog.
#include "errors.hpp"

#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/version.hpp>

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

// The C header repeats the version so that it stays a C header; keep them equal.
static_assert(ERM_VERSION_MAJOR == EDUROADMAP_VERSION_MAJOR && ERM_VERSION_MINOR == EDUROADMAP_VERSION_MINOR &&
                  ERM_VERSION_PATCH == EDUROADMAP_VERSION_PATCH,
              "eduroadmap.h and version.hpp disagree on the version");

namespace {
// The rule catalog with NUL-terminated strings, built once.
struct CRule {
    std::string id, summary;
    erm_severity severity;
};
const std::vector<CRule> &c_rules() {
    static const std::vector<CRule> rules = [] {
        std::vector<CRule> out;
        for (const eduroadmap::RuleInfo &r : eduroadmap::rule_catalog())
            out.push_back({std::string(r.id), std::string(r.summary_en), static_cast<erm_severity>(r.default_severity)});
        return out;
    }();
    return rules;
}
} // namespace

using erm::detail::guard;

extern "C" {

const char *erm_last_error(void) { return erm::detail::last_error().message.c_str(); }

erm_status erm_last_error_detail(erm_error_detail *out) {
    // Not through guard(): a failure here must not replace the failure being asked about.
    if (!out || out->version < 1 || out->version > ERM_ERROR_DETAIL_VERSION)
        return out ? ERM_E_VERSION : ERM_E_INVALID_ARGUMENT;
    const erm::detail::LastError &e = erm::detail::last_error();
    out->status = e.status;
    out->message = e.message.c_str();
    out->rule = e.rule.c_str();
    out->file = e.file.c_str();
    out->line = e.line;
    out->column = e.column;
    return ERM_OK;
}

void erm_error_clear(void) {
    erm::detail::LastError &e = erm::detail::last_error();
    e.status = ERM_OK;
    e.message.clear(), e.rule.clear(), e.file.clear();
    e.line = e.column = 0;
}

const char *erm_status_name(erm_status status) {
    // A C caller may pass any int; reading it as the C++ enum would be undefined
    // outside the enumerators' range, so the bytes are read as an integer.
    static_assert(sizeof(int) == sizeof(erm_status), "erm_status is int-sized");
    int value;
    std::memcpy(&value, &status, sizeof value);
    switch (value) {
    case ERM_OK: return "ERM_OK";
    case ERM_E_INVALID_ARGUMENT: return "ERM_E_INVALID_ARGUMENT";
    case ERM_E_VERSION: return "ERM_E_VERSION";
    case ERM_E_OUT_OF_RANGE: return "ERM_E_OUT_OF_RANGE";
    case ERM_E_LOAD: return "ERM_E_LOAD";
    case ERM_E_QUERY: return "ERM_E_QUERY";
    case ERM_E_UNSUPPORTED: return "ERM_E_UNSUPPORTED";
    case ERM_E_NO_MEMORY: return "ERM_E_NO_MEMORY";
    case ERM_E_INTERNAL: return "ERM_E_INTERNAL";
    }
    return "unknown status";
}

const char *erm_version(void) { return eduroadmap::version(); }

erm_status erm_version_numbers(int *major, int *minor, int *patch) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(major != nullptr);
        ERM_ASSERT_ARG(minor != nullptr);
        ERM_ASSERT_ARG(patch != nullptr);
        *major = EDUROADMAP_VERSION_MAJOR;
        *minor = EDUROADMAP_VERSION_MINOR;
        *patch = EDUROADMAP_VERSION_PATCH;
        return ERM_OK;
    });
}

void erm_string_free(char *str) { std::free(str); }

erm_status erm_options_init(erm_options *out, unsigned int version) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(out != nullptr);
        ERM_TRY(erm::detail::check_version(version, ERM_OPTIONS_VERSION, "erm_options"));
        const erm_options defaults = ERM_OPTIONS_INIT;
        // Only the fields of the caller's version: an older struct is shorter.
        std::memcpy(out, &defaults, version >= 2 ? sizeof defaults : offsetof(erm_options, max_windows));
        out->version = version;
        return ERM_OK;
    });
}

size_t erm_rule_count(void) {
    std::size_t n = 0;
    guard(__func__, [&]() -> erm_status {
        n = c_rules().size();
        return ERM_OK;
    });
    return n;
}

erm_status erm_rule_at(size_t index, erm_rule_info *out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(out != nullptr);
        ERM_TRY(erm::detail::check_version(out->version, ERM_RULE_INFO_VERSION, "erm_rule_info"));
        const auto &rules = c_rules();
        ERM_TRY(erm::detail::check_index(index, rules.size(), "rule"));
        out->id = rules[index].id.c_str();
        out->default_severity = rules[index].severity;
        out->summary = rules[index].summary.c_str();
        return ERM_OK;
    });
}

} // extern "C"
