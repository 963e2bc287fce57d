// The two readers behind read_word_document(): each takes the opened
// archive and builds the WordDocument, throwing ReadFailure on the way out.
#ifndef EDUROADMAP_SRC_WORD_READERS_HPP
#define EDUROADMAP_SRC_WORD_READERS_HPP

#include "word/archive.hpp"

#include <eduroadmap/word.hpp>

#include <optional>
#include <string>

namespace eduroadmap::detail::word {

// Reads the archive's part @p name as XML under the limits; nothing when the
// archive has no such part.
struct XmlPart;
bool read_part(Archive &archive, const std::string &name, const WordLimits &limits, XmlPart &out);

// The .docx main document part, when the archive is a WordprocessingML
// package (its relationships name one, or word/document.xml is there).
std::optional<std::string> docx_main_part(Archive &archive, const WordLimits &limits);
WordDocument read_docx(Archive &archive, const std::string &main_part, const WordLimits &limits);

// The ODF package's media type (the `mimetype` entry), "" when there is none.
std::string odf_media_type(Archive &archive);
WordDocument read_odt(Archive &archive, const WordLimits &limits);

} // namespace eduroadmap::detail::word

#endif
