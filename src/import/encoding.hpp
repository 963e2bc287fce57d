// The encodings Word saves plain text in («Кодировка» in the save dialog):
// UTF-8, Unicode (UTF-16, either byte order, with or without a byte-order
// mark), Windows-1251 (Cyrillic Windows) and KOI8-R. Recognised by content
// and converted to UTF-8 with glibc's iconv.
#ifndef EDUROADMAP_SRC_IMPORT_ENCODING_HPP
#define EDUROADMAP_SRC_IMPORT_ENCODING_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace eduroadmap::detail::importer {

enum class Encoding { utf8, utf16le, utf16be, windows1251, koi8r };

// `utf-8`, `utf-16le`, `utf-16be`, `windows-1251`, `koi8-r`.
std::string_view to_string(Encoding encoding) noexcept;

// How the encoding was told.
enum class Evidence {
    bom,       // a byte-order mark
    nul_bytes, // UTF-16 without a mark: the pattern of zero bytes (ASCII) and 0x04 bytes (Cyrillic)
    valid,     // well-formed UTF-8 (or plain ASCII)
    letters,   // Windows-1251 or KOI8-R: which of the two reads as Russian (letter frequencies)
};

struct Decoded {
    std::string text; // UTF-8, without a byte-order mark
    Encoding encoding = Encoding::utf8;
    Evidence evidence = Evidence::valid;
    // Bytes that do not belong to the encoding found (an odd last byte of
    // UTF-16, an unpaired surrogate, 0x98 in Windows-1251), each replaced by
    // U+FFFD. Ill-formed UTF-8 is passed on as it is (split_lines reports it).
    std::size_t replaced = 0;
};

// Recognises the encoding of @p bytes — by a byte-order mark; else UTF-16 by
// its zero bytes; else UTF-8 when it is well-formed; else Windows-1251 or
// KOI8-R, whichever reads as more Russian text — and converts to UTF-8.
Decoded decode_text(std::string_view bytes);

} // namespace eduroadmap::detail::importer

#endif
