// libzip, loaded when the first .docx or .odt is opened rather than when the
// program starts: libzip pulls in libcrypto (for encrypted archives, which
// a plan never is), and loading and relocating it at start-up was a third
// of the start-up time of every eduroadmap process and of every program
// that links the library, Word file or not (docs/performance.md).
#ifndef EDUROADMAP_SRC_WORD_LIBZIP_HPP
#define EDUROADMAP_SRC_WORD_LIBZIP_HPP

#include <zip.h>

#include <string>

namespace eduroadmap::detail::word {

// The libzip functions the Archive calls.
struct LibZip {
    decltype(&::zip_error_init) error_init;
    decltype(&::zip_error_fini) error_fini;
    decltype(&::zip_error_strerror) error_strerror;
    decltype(&::zip_source_buffer_create) source_buffer_create;
    decltype(&::zip_source_free) source_free;
    decltype(&::zip_open_from_source) open_from_source;
    decltype(&::zip_get_num_entries) get_num_entries;
    decltype(&::zip_discard) discard;
    decltype(&::zip_name_locate) name_locate;
    decltype(&::zip_stat_init) stat_init;
    decltype(&::zip_stat_index) stat_index;
    decltype(&::zip_strerror) strerror;
    decltype(&::zip_fopen_index) fopen_index;
    decltype(&::zip_fread) fread;
    decltype(&::zip_file_strerror) file_strerror;
    decltype(&::zip_fclose) fclose;
};

// libzip's functions, loaded once for the whole process (thread-safe); null
// when the library cannot be loaded, and then @p why (if given) says why.
const LibZip *libzip(std::string *why = nullptr) noexcept;

} // namespace eduroadmap::detail::word

#endif
