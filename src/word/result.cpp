// WordStatus names and the reader's messages, in Russian and English.
#include <eduroadmap/word.hpp>

#include <utility>

namespace eduroadmap {

std::string_view to_string(WordStatus status) noexcept {
    switch (status) {
    case WordStatus::ok: return "ok";
    case WordStatus::not_word: return "not-word";
    case WordStatus::other_archive: return "other-archive";
    case WordStatus::legacy_word: return "legacy-word";
    case WordStatus::rtf: return "rtf";
    case WordStatus::pdf: return "pdf";
    case WordStatus::unreadable: return "unreadable";
    case WordStatus::input_too_large: return "input-too-large";
    case WordStatus::too_many_entries: return "too-many-entries";
    case WordStatus::part_too_large: return "part-too-large";
    case WordStatus::total_too_large: return "total-too-large";
    case WordStatus::too_many_nodes: return "too-many-nodes";
    case WordStatus::too_deep: return "too-deep";
    case WordStatus::doctype: return "doctype";
    case WordStatus::too_many_rows: return "too-many-rows";
    case WordStatus::too_many_cells: return "too-many-cells";
    case WordStatus::too_many_paragraphs: return "too-many-paragraphs";
    case WordStatus::too_much_text: return "too-much-text";
    case WordStatus::damaged_archive: return "damaged-archive";
    case WordStatus::missing_part: return "missing-part";
    case WordStatus::malformed_xml: return "malformed-xml";
    }
    return "not-word";
}

namespace {

// Message templates: {part}, {limit}, {found} and {detail} are filled in.
std::pair<const char *, const char *> templates(WordStatus status) {
    switch (status) {
    case WordStatus::ok: return {"", ""};
    case WordStatus::not_word:
        return {"not a Word (.docx) or OpenDocument (.odt) document",
                "не документ Word (.docx) и не документ OpenDocument (.odt)"};
    case WordStatus::other_archive:
        return {
            "a ZIP archive that holds no Word or OpenDocument text document{detail}; save the plan in Word as .docx",
            "ZIP-архив без текстового документа Word или OpenDocument{detail}; сохраните план в Word как .docx"};
    case WordStatus::legacy_word:
        return {"an old binary Word document (.doc, Word 97-2003) that is not read: open it in Word and save it as "
                ".docx (File > Save As > Word Document)",
                "документ Word старого формата (.doc, Word 97-2003) не читается: откройте его в Word и сохраните "
                "как .docx (Файл > Сохранить как > Документ Word)"};
    case WordStatus::rtf:
        return {"an RTF document, which is not read: open it in Word and save it as .docx (File > Save As > Word "
                "Document)",
                "документ RTF не читается: откройте его в Word и сохраните как .docx (Файл > Сохранить как > "
                "Документ Word)"};
    case WordStatus::pdf:
        return {"a PDF document, from which tables cannot be read reliably: save the original document as .docx",
                "документ PDF: таблицы из него надёжно не прочитать; сохраните исходный документ как .docx"};
    case WordStatus::unreadable: return {"the file cannot be read: {detail}", "файл не удаётся прочитать: {detail}"};
    case WordStatus::input_too_large:
        return {"the file has {found} bytes, more than the limit of {limit}",
                "в файле {found} байт, больше предела {limit}"};
    case WordStatus::too_many_entries:
        return {"the archive has {found} entries, more than the limit of {limit}",
                "в архиве {found} файлов, больше предела {limit}"};
    case WordStatus::part_too_large:
        return {"part {part} unpacks to more than the limit of {limit} bytes ({found} or more): refused as a "
                "possible ZIP bomb",
                "часть {part} распаковывается больше чем в {limit} байт ({found} или больше): отвергнута как "
                "возможная ZIP-бомба"};
    case WordStatus::total_too_large:
        return {"the parts read unpack to more than the limit of {limit} bytes together ({found} or more, at part "
                "{part}): refused as a possible ZIP bomb",
                "прочитанные части распаковываются больше чем в {limit} байт вместе ({found} или больше, на части "
                "{part}): отвергнуто как возможная ZIP-бомба"};
    case WordStatus::too_many_nodes:
        return {"part {part} holds more than the limit of {limit} XML elements and attributes (up to {found})",
                "в части {part} больше {limit} XML-элементов и атрибутов (до {found})"};
    case WordStatus::too_deep:
        return {"part {part} nests XML elements {found} levels deep, more than the limit of {limit}",
                "в части {part} XML-элементы вложены на {found} уровней, больше предела {limit}"};
    case WordStatus::doctype:
        return {"part {part} declares a DOCTYPE or entities, which Word and OpenDocument files never do: refused "
                "(entity expansion)",
                "часть {part} объявляет DOCTYPE или сущности, чего в файлах Word и OpenDocument не бывает: "
                "отвергнуто (раскрытие сущностей)"};
    case WordStatus::too_many_rows:
        return {"the document has more than the limit of {limit} table rows",
                "в документе больше {limit} строк таблиц"};
    case WordStatus::too_many_cells:
        return {"the document has more than the limit of {limit} table cells (merged cells counted in every row)",
                "в документе больше {limit} ячеек таблиц (объединённые ячейки считаются в каждой строке)"};
    case WordStatus::too_many_paragraphs:
        return {"the document has more than the limit of {limit} paragraphs (merged cells counted in every row)",
                "в документе больше {limit} абзацев (объединённые ячейки считаются в каждой строке)"};
    case WordStatus::too_much_text:
        return {"the document has more than the limit of {limit} bytes of text (merged cells counted in every row)",
                "в документе больше {limit} байт текста (объединённые ячейки считаются в каждой строке)"};
    case WordStatus::damaged_archive:
        return {"the ZIP archive is damaged or incomplete{part}: {detail}",
                "ZIP-архив повреждён или неполон{part}: {detail}"};
    case WordStatus::missing_part:
        return {"the archive lacks part {part}, which the document needs",
                "в архиве нет части {part}, нужной документу"};
    case WordStatus::malformed_xml:
        return {"part {part} is not well-formed XML at byte {found}: {detail}",
                "часть {part} — неправильный XML на байте {found}: {detail}"};
    }
    return {"", ""};
}

void replace(std::string &text, std::string_view name, const std::string &value) {
    for (std::size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + value.size()))
        text.replace(at, name.size(), value);
}

} // namespace

std::string WordResult::message(Language language) const {
    const auto [en, ru] = templates(status);
    std::string text = language == Language::ru ? ru : en;
    // In the damaged-archive message the part is optional: «, part x».
    if (status == WordStatus::damaged_archive)
        replace(text, "{part}",
                part.empty() ? std::string() : (language == Language::ru ? " (часть " : " (part ") + part + ")");
    if (status == WordStatus::other_archive)
        replace(text, "{detail}", detail.empty() ? std::string() : " (" + detail + ")");
    replace(text, "{part}", part);
    replace(text, "{limit}", std::to_string(limit));
    replace(text, "{found}", std::to_string(found));
    replace(text, "{detail}",
            detail.empty() ? std::string(language == Language::ru ? "причина неизвестна" : "no reason given") : detail);
    return text;
}

} // namespace eduroadmap
