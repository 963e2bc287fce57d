// read_word_document(): the input recognised by content, the archive opened
// under the limits, the matching reader run, every failure turned into a
// result.
#include "word/archive.hpp"
#include "word/failure.hpp"
#include "word/readers.hpp"
#include "word/sniff.hpp"
#include "word/xml.hpp"

#include <eduroadmap/file.hpp>
#include <eduroadmap/word.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>

namespace eduroadmap {

namespace detail::word {

bool read_part(Archive &archive, const std::string &name, const WordLimits &limits, XmlPart &out) {
    auto text = archive.read(name);
    if (!text) return false;
    parse_part(out, name, std::move(*text), limits);
    return true;
}

namespace {

constexpr std::string_view odt_media_types[] = {"application/vnd.oasis.opendocument.text",
                                                "application/vnd.oasis.opendocument.text-template"};

WordDocument read_archive(const char *data, std::size_t size, const WordLimits &limits) {
    Archive archive(data, size, limits);
    if (auto main = docx_main_part(archive, limits)) return read_docx(archive, *main, limits);
    const std::string media = odf_media_type(archive);
    for (std::string_view type : odt_media_types)
        if (media == type) return read_odt(archive, limits);
    // A spreadsheet, a presentation, or any other ZIP: not text either.
    throw ReadFailure(WordStatus::other_archive, {}, 0, 0, media);
}

WordResult failed(WordStatus status) {
    WordResult result;
    result.status = status;
    return result;
}

} // namespace
} // namespace detail::word

WordResult read_word_document(const char *data, std::size_t size, const WordLimits &limits) {
    using namespace detail::word;
    WordResult result;
    if (size > limits.max_input_bytes) {
        result.status = WordStatus::input_too_large;
        result.limit = limits.max_input_bytes;
        result.found = size;
        return result;
    }
    const std::string_view bytes(data ? data : "", data ? size : 0);
    switch (sniff(bytes)) {
    case Signature::ole2: return failed(WordStatus::legacy_word);
    case Signature::rtf: return failed(WordStatus::rtf);
    case Signature::pdf: return failed(WordStatus::pdf);
    case Signature::other: return failed(WordStatus::not_word);
    case Signature::zip: break;
    }
    try {
        result.document = read_archive(bytes.data(), bytes.size(), limits);
    } catch (const ReadFailure &failure) {
        result.status = failure.status;
        result.part = failure.part;
        result.limit = failure.limit;
        result.found = failure.found;
        result.detail = failure.detail;
    }
    return result;
}

WordResult read_word_document(const std::string &path, const WordLimits &limits) {
    const auto max_bytes = static_cast<std::size_t>(
        std::min<std::uint64_t>(limits.max_input_bytes, std::numeric_limits<std::size_t>::max()));
    ReadResult in = read_file_limited(path, max_bytes);
    if (in.ok()) return read_word_document(in.bytes.data(), in.bytes.size(), limits);
    WordResult result;
    if (in.error->kind == ReadError::Kind::too_large) {
        result.status = WordStatus::input_too_large;
        result.limit = limits.max_input_bytes;
        result.found = in.error->size ? in.error->size : in.error->limit + 1; // a growing file: at least one past
    } else {
        result.status = WordStatus::unreadable;
        result.detail = in.error->reason;
    }
    return result;
}

} // namespace eduroadmap
