// The entry points: the input recognised (a Word or OpenDocument file, or
// text in one of the encodings Word saves), read into blocks, interpreted.
#include "import/blocks.hpp"
#include "import/encoding.hpp"
#include "import/interpret.hpp"
#include "import/source.hpp"
#include "load/input.hpp"

#include <eduroadmap/file.hpp>
#include <eduroadmap/import.hpp>

#include <algorithm>

namespace eduroadmap {

std::string_view to_string(TableLayout layout) noexcept {
    switch (layout) {
    case TableLayout::none: return "none";
    case TableLayout::tab_separated: return "tab-separated";
    case TableLayout::cell_per_line: return "cell-per-line";
    case TableLayout::mixed: return "mixed";
    case TableLayout::word: return "word";
    }
    return "none";
}

std::string_view to_string(ImportMessage::Kind kind) noexcept {
    switch (kind) {
    case ImportMessage::Kind::unplaced: return "unplaced";
    case ImportMessage::Kind::guess: return "guess";
    case ImportMessage::Kind::error: return "error";
    }
    return "guess";
}

std::string ImportMessage::where(Language language) const {
    if (line > 0) return std::to_string(line);
    WordLocation l;
    l.table = table;
    l.row = row;
    l.column = column;
    l.paragraph = paragraph;
    return table > 0 || paragraph > 0 ? l.describe(language) : std::string();
}

bool ImportResult::ok() const noexcept {
    if (tables == 0 || !roadmap.period.known) return false;
    return std::none_of(messages.begin(), messages.end(),
                        [](const ImportMessage &m) { return m.kind == ImportMessage::Kind::error; });
}

namespace {

ImportResult refused(std::string en, std::string ru) {
    ImportResult result;
    ImportMessage m;
    m.kind = ImportMessage::Kind::error;
    m.text = std::move(en);
    m.text_ru = std::move(ru);
    result.messages.push_back(std::move(m));
    return result;
}

std::string counted(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

// Russian plural: 1 раздел, 2 раздела, 5 разделов.
std::string counted_ru(std::size_t n, std::string_view one, std::string_view few, std::string_view many) {
    const std::size_t tens = n % 100, units = n % 10;
    std::string_view form = tens >= 11 && tens <= 14 ? many : units == 1 ? one : units >= 2 && units <= 4 ? few : many;
    return std::to_string(n) + " " + std::string(form);
}

} // namespace

ImportResult import_text(std::string_view text, const ImportOptions &options) {
    namespace im = detail::importer;
    if (text.size() > options.limits.max_file_bytes)
        return refused(detail::too_large(text.size(), options.limits.max_file_bytes, "text").message,
                       "текст больше предела: " + std::to_string(text.size()) + " байт, предел " +
                           std::to_string(options.limits.max_file_bytes) + " байт");
    ImportResult result;
    result.format = "text";
    im::Decoded decoded = im::decode_text(text);
    result.encoding = std::string(im::to_string(decoded.encoding));
    std::vector<ImportMessage> read;
    std::vector<im::SourceLine> lines = im::split_lines(decoded.text, read);
    im::Blocks blocks = im::text_blocks(lines);
    for (ImportMessage &m : read) blocks.remarks.push_back({m.line, std::move(m)});
    const std::string name(im::to_string(decoded.encoding));
    if (decoded.evidence == im::Evidence::letters || decoded.evidence == im::Evidence::nul_bytes) {
        ImportMessage m;
        m.text = "the text was read as " + name +
                 (decoded.evidence == im::Evidence::letters ? " (it is not UTF-8; Windows-1251 and KOI8-R were told apart by its letters)"
                                                            : " without a byte-order mark");
        m.text_ru = "текст прочитан в кодировке " + name +
                    (decoded.evidence == im::Evidence::letters ? " (это не UTF-8; Windows-1251 и KOI8-R различены по буквам)"
                                                               : " без метки порядка байтов");
        blocks.remarks.push_back({0, std::move(m)});
    }
    if (decoded.replaced > 0) {
        ImportMessage m;
        m.text = std::to_string(decoded.replaced) + " bytes are not " + name + "; they were replaced by U+FFFD";
        m.text_ru = std::to_string(decoded.replaced) + " байт не в кодировке " + name + "; они заменены на U+FFFD";
        blocks.remarks.push_back({0, std::move(m)});
    }
    std::stable_sort(blocks.remarks.begin(), blocks.remarks.end(),
                     [](const im::Remark &a, const im::Remark &b) { return a.order < b.order; });
    im::interpret(blocks, options, result);
    return result;
}

ImportResult import_word(const WordDocument &document, const ImportOptions &options) {
    namespace im = detail::importer;
    ImportResult result;
    result.format = std::string(to_string(document.format));
    im::interpret(im::word_blocks(document), options, result);
    return result;
}

ImportResult import_document(const char *data, std::size_t size, const ImportOptions &options) {
    WordResult word = read_word_document(data, size, options.word_limits);
    if (word.ok()) return import_word(word.document, options);
    if (word.status == WordStatus::not_word) return import_text(std::string_view(data ? data : "", data ? size : 0), options);
    ImportResult result = refused(word.message(Language::en), word.message(Language::ru));
    if (word.status == WordStatus::legacy_word || word.status == WordStatus::rtf || word.status == WordStatus::pdf)
        result.format = std::string(to_string(word.status));
    return result;
}

std::size_t import_input_limit(const ImportOptions &options) noexcept {
    return static_cast<std::size_t>(std::max<std::uint64_t>(options.limits.max_file_bytes, options.word_limits.max_input_bytes));
}

ImportResult import_document(const std::string &path, ImportOptions options) {
    if (options.file.empty()) options.file = path;
    // The larger of the two limits bounds what is read; each reader then checks its own.
    ReadResult in = read_file_limited(path, import_input_limit(options));
    if (!in.ok())
        return refused("cannot read " + path + ": " + in.error->message,
                       "не удаётся прочитать " + path + (in.error->reason.empty() ? "" : ": " + in.error->reason));
    return import_document(in.bytes.data(), in.bytes.size(), options);
}

ImportResult import_file(const std::string &path, ImportOptions options) { return import_document(path, std::move(options)); }

std::string import_summary(const ImportResult &r, Language language) {
    const Roadmap &rm = r.roadmap;
    const std::string period = rm.period.text.empty() ? to_iso(rm.period.window) : rm.period.text;
    const std::string source = r.format == "text" ? std::string(to_string(r.layout)) + ", " + r.encoding : r.format;
    const bool text = r.format == "text";
    const std::size_t notes = rm.import_notes.size();
    if (language == Language::ru) {
        std::string s = counted_ru(measure_count(rm), "мероприятие", "мероприятия", "мероприятий") + " в " +
                        counted_ru(rm.sections.size(), "разделе", "разделах", "разделах") + " из " +
                        counted_ru(r.tables, "таблицы", "таблиц", "таблиц") + " (" + source + "), " +
                        counted_ru(r.rows, "строка", "строки", "строк") + " прочитано, " +
                        counted_ru(rm.responsibles.size(), "ответственный", "ответственных", "ответственных") +
                        ", период " + period;
        if (rm.period_source) s += " (" + std::string(rm.period_source == PeriodSource::stated   ? "указан в документе"
                                                      : rm.period_source == PeriodSource::given ? "задан"
                                                                                                : "угадан") + ")";
        s += "; " + (text ? counted_ru(notes, "строка не размещена", "строки не размещены", "строк не размещено")
                          : counted_ru(notes, "фрагмент не размещён", "фрагмента не размещены", "фрагментов не размещено"));
        if (notes > 0) s += " (сохранены в import_notes)";
        return s;
    }
    std::string s = counted(measure_count(rm), "measure", "measures") + " in " +
                    counted(rm.sections.size(), "section", "sections") + " from " +
                    counted(r.tables, "table", "tables") + " (" + source + "), " + counted(r.rows, "row", "rows") +
                    " read, " + counted(rm.responsibles.size(), "responsible", "responsibles") + ", period " + period;
    if (rm.period_source) s += " (" + std::string(to_string(*rm.period_source)) + ")";
    s += "; " + (text ? counted(notes, "line", "lines") : counted(notes, "paragraph or cell", "paragraphs or cells")) +
         " not placed";
    if (notes > 0) s += " (kept under import_notes)";
    return s;
}

} // namespace eduroadmap
