// Loads libzip on first use (libzip.hpp).
#include "word/libzip.hpp"

#include <dlfcn.h>

namespace eduroadmap::detail::word {

namespace {

struct Loaded {
    LibZip functions{};
    bool ok = false;
    std::string error;
};

// Every symbol or none: a libzip without one of them is not used.
template <class F> bool bind(void *handle, const char *name, F &to, std::string &error) {
    void *symbol = dlsym(handle, name);
    if (!symbol) {
        error = std::string(ERM_LIBZIP_SONAME " has no ") + name;
        return false;
    }
    to = reinterpret_cast<F>(symbol);
    return true;
}

Loaded load() {
    Loaded out;
    // Never closed: the functions stay valid for the life of the process.
    void *handle = dlopen(ERM_LIBZIP_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char *reason = dlerror();
        out.error = reason ? reason : ERM_LIBZIP_SONAME " cannot be loaded";
        return out;
    }
    LibZip &f = out.functions;
    out.ok = bind(handle, "zip_error_init", f.error_init, out.error) &&
             bind(handle, "zip_error_fini", f.error_fini, out.error) &&
             bind(handle, "zip_error_strerror", f.error_strerror, out.error) &&
             bind(handle, "zip_source_buffer_create", f.source_buffer_create, out.error) &&
             bind(handle, "zip_source_free", f.source_free, out.error) &&
             bind(handle, "zip_open_from_source", f.open_from_source, out.error) &&
             bind(handle, "zip_get_num_entries", f.get_num_entries, out.error) &&
             bind(handle, "zip_discard", f.discard, out.error) &&
             bind(handle, "zip_name_locate", f.name_locate, out.error) &&
             bind(handle, "zip_stat_init", f.stat_init, out.error) &&
             bind(handle, "zip_stat_index", f.stat_index, out.error) &&
             bind(handle, "zip_strerror", f.strerror, out.error) &&
             bind(handle, "zip_fopen_index", f.fopen_index, out.error) &&
             bind(handle, "zip_fread", f.fread, out.error) &&
             bind(handle, "zip_file_strerror", f.file_strerror, out.error) &&
             bind(handle, "zip_fclose", f.fclose, out.error);
    return out;
}

} // namespace

const LibZip *libzip(std::string *why) noexcept {
    static const Loaded loaded = [] {
        try {
            return load();
        } catch (...) { // std::bad_alloc building a message: not loaded
            return Loaded{};
        }
    }();
    if (!loaded.ok && why) {
        try {
            *why = loaded.error;
        } catch (...) {
        }
    }
    return loaded.ok ? &loaded.functions : nullptr;
}

} // namespace eduroadmap::detail::word
