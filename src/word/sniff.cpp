#include "word/sniff.hpp"

namespace eduroadmap::detail::word {

Signature sniff(std::string_view bytes) noexcept {
    using namespace std::string_view_literals;
    const auto starts = [&](std::string_view magic) { return bytes.substr(0, magic.size()) == magic; };
    // A local file header, or the end record of an empty archive.
    if (starts("PK\x03\x04"sv) || starts("PK\x05\x06"sv)) return Signature::zip;
    if (starts("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv)) return Signature::ole2;
    if (starts("{\\rtf"sv)) return Signature::rtf;
    // Readers accept a PDF header anywhere in the first kilobyte.
    if (bytes.substr(0, 1024).find("%PDF-"sv) != std::string_view::npos) return Signature::pdf;
    return Signature::other;
}

} // namespace eduroadmap::detail::word
