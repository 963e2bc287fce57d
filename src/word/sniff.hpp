// What a file is, by its first bytes: the word processor's formats are
// recognised by content, never by the file name.
#ifndef EDUROADMAP_SRC_WORD_SNIFF_HPP
#define EDUROADMAP_SRC_WORD_SNIFF_HPP

#include <string_view>

namespace eduroadmap::detail::word {

enum class Signature {
    zip,   // a ZIP archive: .docx, .odt, or something else packed
    ole2,  // an OLE2 compound file: Word 97–2003 .doc (or .xls, .ppt)
    rtf,   // {\rtf
    pdf,   // %PDF
    other, // anything else
};

Signature sniff(std::string_view bytes) noexcept;

} // namespace eduroadmap::detail::word

#endif
