// The Word and OpenDocument table model and the importer on fuzzed XML:
// the input is the XML of a document's parts, wrapped here into a real
// archive (libzip) so that mutations reach the XML instead of breaking the
// compressed container. The first byte picks .docx (even) or .odt (odd);
// the parts are separated by the line «<!--part-->»: document.xml (or
// content.xml), then numbering.xml and styles.xml (or styles.xml).
#include "fuzz_check.hpp"

#include <eduroadmap/import.hpp>
#include <eduroadmap/word.hpp>

#include <zip.h>

#include <string>
#include <utility>
#include <vector>

using namespace eduroadmap;

namespace {

std::vector<std::string_view> split_parts(std::string_view text) {
    static constexpr std::string_view separator = "\n<!--part-->\n";
    std::vector<std::string_view> parts;
    for (;;) {
        const std::size_t at = text.find(separator);
        parts.push_back(text.substr(0, at));
        if (at == std::string_view::npos) return parts;
        text.remove_prefix(at + separator.size());
    }
}

// Writes the named parts into a ZIP archive in memory, stored uncompressed.
std::string make_archive(const std::vector<std::pair<std::string, std::string_view>> &parts) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    erm_fuzz::require(buffer != nullptr, "libzip makes a buffer");
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    erm_fuzz::require(archive != nullptr, "libzip opens the buffer");
    zip_source_keep(buffer);
    for (const auto &[name, content] : parts) {
        zip_source_t *source = zip_source_buffer(archive, content.data(), content.size(), 0);
        const zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
        erm_fuzz::require(index >= 0, "libzip adds a part");
        zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
    }
    erm_fuzz::require(zip_close(archive) == 0, "libzip writes the archive");
    std::string bytes;
    zip_stat_t stat;
    if (zip_source_open(buffer) == 0) {
        if (zip_source_stat(buffer, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) != 0) {
            bytes.resize(stat.size);
            const zip_int64_t got = zip_source_read(buffer, bytes.data(), stat.size);
            bytes.resize(got < 0 ? 0 : static_cast<std::size_t>(got));
        }
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    zip_error_fini(&error);
    return bytes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    if (size == 0) return 0;
    const bool odt = (data[0] & 1u) != 0;
    const std::vector<std::string_view> xml = split_parts(erm_fuzz::text(data + 1, size - 1));
    std::vector<std::pair<std::string, std::string_view>> parts;
    if (odt) {
        parts = {{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", xml[0]}};
        if (xml.size() > 1) parts.emplace_back("styles.xml", xml[1]);
    } else {
        parts = {{"[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
                 {"word/document.xml", xml[0]}};
        if (xml.size() > 1) parts.emplace_back("word/numbering.xml", xml[1]);
        if (xml.size() > 2) parts.emplace_back("word/styles.xml", xml[2]);
    }
    const std::string archive = make_archive(parts);
    const WordResult read = read_word_document(archive.data(), archive.size());
    erm_fuzz::require(read.ok() == read.message().empty(), "a message exactly when the document was refused");
    if (!read.ok()) return 0;
    ImportOptions options;
    options.period = "2021";
    const ImportResult imported = import_word(read.document, options);
    (void)import_summary(imported, Language::en);
    return 0;
}
