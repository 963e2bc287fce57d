// read_word_document(): the input recognised by content, the archive opened
// under the limits, the matching reader run, every failure turned into a
// result.
#include "word/archive.hpp"
#include "word/failure.hpp"
#include "word/readers.hpp"
#include "word/sniff.hpp"
#include "word/xml.hpp"

#include <eduroadmap/word.hpp>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <system_error>

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
    WordResult result;
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
        result.status = WordStatus::unreadable;
        result.detail = std::make_error_code(std::errc::is_a_directory).message();
        return result;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        result.status = WordStatus::unreadable;
        result.detail = std::error_code(errno, std::generic_category()).message();
        return result;
    }
    // At most one byte past the limit: a huge file is refused unread.
    std::string data;
    const std::uint64_t cap = limits.max_input_bytes + 1;
    char chunk[64 * 1024];
    while (in && data.size() < cap) {
        in.read(chunk, static_cast<std::streamsize>(std::min<std::uint64_t>(sizeof chunk, cap - data.size())));
        data.append(chunk, static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) {
        result.status = WordStatus::unreadable;
        result.detail = "read error";
        return result;
    }
    if (data.size() > limits.max_input_bytes) {
        in.seekg(0, std::ios::end);
        const auto end = in.tellg();
        result.status = WordStatus::input_too_large;
        result.limit = limits.max_input_bytes;
        result.found = end > 0 ? static_cast<std::uint64_t>(end) : data.size();
        return result;
    }
    return read_word_document(data.data(), data.size(), limits);
}

} // namespace eduroadmap
