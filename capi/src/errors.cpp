#include "errors.hpp"

#include <cstdlib>
#include <cstring>

namespace erm::detail {

LastError &last_error() noexcept {
    thread_local LastError error;
    return error;
}

const char *&current_function() noexcept {
    thread_local const char *name = "erm";
    return name;
}

erm_status fail(erm_status status, const std::string &message) noexcept {
    LastError &e = last_error();
    e.status = status;
    e.rule.clear(), e.file.clear();
    e.line = e.column = 0;
    try {
        e.message = std::string(current_function()) + ": " + message;
    } catch (...) {
        e.message.clear(); // out of memory while reporting: the status still tells
    }
    return status;
}

erm_status fail_load(const eduroadmap::Diagnostic &first, const std::string &message) noexcept {
    fail(ERM_E_LOAD, message);
    LastError &e = last_error();
    try {
        e.rule = first.rule;
        e.file = first.location.file;
    } catch (...) {
    }
    e.line = first.location.line;
    e.column = first.location.column;
    return ERM_E_LOAD;
}

erm_status fail_load_first(const std::vector<eduroadmap::Diagnostic> &diagnostics, const std::string &file,
                           const std::string &what) {
    for (const eduroadmap::Diagnostic &d : diagnostics)
        if (d.severity == eduroadmap::Severity::error) {
            const eduroadmap::Location &at = d.location;
            return fail_load(d, "cannot load " + at.file + ":" + std::to_string(at.line) + ":" +
                                    std::to_string(at.column) + ": " + eduroadmap::message(d, eduroadmap::Language::en) +
                                    " [" + d.rule + "]");
        }
    eduroadmap::Diagnostic none; // the reader read nothing and said nothing
    none.location.file = file;
    return fail_load(none, "cannot load " + file + ": not " + what);
}

erm_status check_version(unsigned int given, unsigned int known, const char *type) {
    if (given >= 1 && given <= known) return ERM_OK;
    return fail(ERM_E_VERSION, std::string(type) + ".version is " + std::to_string(given) +
                                   "; this library knows 1.." + std::to_string(known) +
                                   " (initialise the struct with its _INIT macro)");
}

erm_status check_index(std::size_t index, std::size_t size, const char *what) {
    if (index < size) return ERM_OK;
    return fail(ERM_E_OUT_OF_RANGE,
                std::string(what) + " index " + std::to_string(index) + " is out of range (size " + std::to_string(size) + ")");
}

char *copy_string(const std::string &s) {
    char *p = static_cast<char *>(std::malloc(s.size() + 1));
    if (!p) throw std::bad_alloc();
    std::memcpy(p, s.c_str(), s.size() + 1);
    return p;
}

} // namespace erm::detail
