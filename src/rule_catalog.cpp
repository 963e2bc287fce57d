// The catalog of rule ids with their default severities and message
// templates. Ids are a public contract (docs/rules.md and README): extend, never rename.
// Templates use {name} placeholders filled from Diagnostic::args.
#include <eduroadmap/diagnostics.hpp>

namespace eduroadmap {

const std::vector<RuleInfo> &rule_catalog() {
    static const std::vector<RuleInfo> rules{
        // ---- the file and its structure (loader) ----
        {"yaml-syntax", Severity::error, "The file is not readable YAML (or not UTF-8).",
         "файл не читается как YAML: {detail}", "the file is not readable YAML: {detail}",
         "исправьте синтаксис в указанном месте", "fix the syntax at the position shown"},
        {"input-limit", Severity::error, "The input exceeds a configured limit (size, nesting depth, nodes).",
         "превышен предел входных данных ({limit}: {value}): {detail}",
         "input limit exceeded ({limit}: {value}): {detail}",
         "уменьшите файл или поднимите предел в настройках (limits)",
         "shrink the file or raise the limit in the configuration (limits)"},
        {"duplicate-key", Severity::error, "A mapping repeats a key; YAML would silently keep only one value.",
         "ключ «{key}» повторяется (первый раз — в строке {first_line})",
         "key '{key}' is repeated (first at line {first_line})",
         "оставьте один ключ и объедините значения", "keep one key and merge the values"},
        {"unknown-field", Severity::error, "A key that the format does not define (often a typo).",
         "неизвестное поле «{field}» в {context}", "unknown field '{field}' in {context}",
         "возможно, имелось в виду «{suggestion}»", "did you mean '{suggestion}'?"},
        {"missing-field", Severity::error, "A required field is absent.",
         "нет обязательного поля «{field}» в {context}", "required field '{field}' is missing in {context}",
         "добавьте поле «{field}» (см. docs/format.md)", "add the field '{field}' (see docs/format.md)"},
        {"wrong-type", Severity::error, "A value has the wrong type or is not one of the allowed values.",
         "поле «{field}»: ожидается {expected}, записано {actual}",
         "field '{field}': expected {expected}, found {actual}", "", ""},
        {"period-invalid", Severity::error, "The plan period cannot be read or is inverted.",
         "период плана «{text}» не читается: {reason}", "plan period '{text}' is invalid: {reason}",
         "запишите период как 2020-2022, 2023/2024 или {start: …, end: …}",
         "write the period as 2020-2022, 2023/2024 or {start: …, end: …}"},
        // ---- identity and numbering ----
        {"duplicate-id", Severity::error, "Two nodes of the same kind share an id.",
         "идентификатор «{id}» повторяется (первый раз — {first})", "id '{id}' is used twice (first at {first})",
         "дайте элементам разные id", "give the items distinct ids"},
        {"numbering-gap", Severity::warning, "Printed numbers of measures or headings jump or go backwards.",
         "нумерация прерывается: после {previous} идёт {number}", "numbering jumps from {previous} to {number}",
         "проверьте, не пропущены ли мероприятия или разделы", "check whether measures or sections were lost"},
        // ---- directions ----
        {"unknown-direction", Severity::warning, "A section matches no direction of the catalog.",
         "{what_ru} «{title}» не соответствует ни одному направлению каталога {catalog}",
         "{what_en} '{title}' matches no direction of catalog {catalog}",
         "ближе всего: {suggestion}; укажите direction: или extra: true",
         "closest: {suggestion}; set direction: or extra: true"},
        {"duplicate-direction", Severity::warning, "Two sections map to the same direction.",
         "направление {direction} повторяется; впервые — «{first}» ({where})",
         "direction {direction} is repeated; first as '{first}' ({where})",
         "объедините разделы или укажите direction: там, где имелось в виду другое направление",
         "merge the sections, or set direction: where another direction was meant"},
        {"direction-missing", Severity::warning, "A catalog direction has no section.",
         "нет раздела для направления {direction} «{title}»", "no section for direction {direction} '{title}'",
         "по содержанию к нему относятся мероприятия других разделов: {related}",
         "by their titles, measures of other sections belong to it: {related}"},
        {"direction-empty", Severity::warning, "A direction's section has no measures.",
         "в разделе «{title}» нет мероприятий", "section '{title}' has no measures", "", ""},
        {"extra-section", Severity::info, "A section outside the catalog.",
         "раздел «{title}» вне каталога направлений", "section '{title}' is outside the direction catalog", "", ""},
        {"cycle-stage-missing", Severity::warning, "A direction leaves a stage of the management cycle uncovered.",
         "направление {direction}: нет этапа управленческого цикла «{stage_ru}» ({stage})",
         "direction {direction}: no measure or passport block covers the stage '{stage}'",
         "добавьте мероприятие этого этапа или укажите stage: у существующего",
         "add a measure for this stage, or declare stage: on an existing one"},
        {"catalog-invalid", Severity::error, "The direction catalog cannot be found or read.",
         "каталог направлений «{catalog}» не загружен: {reason}",
         "direction catalog '{catalog}' cannot be used: {reason}",
         "укажите встроенный каталог (fioko-2020, lenobl-2021) или путь к файлу каталога",
         "name a built-in catalog (fioko-2020, lenobl-2021) or the path of a catalog file"},
        // ---- deadlines ----
        {"deadline-missing", Severity::warning, "A measure has no deadline.", "у мероприятия {number} не указан срок",
         "measure {number} has no deadline", "", ""},
        {"deadline-unrecognized", Severity::warning, "A deadline text that the library cannot read as a date.",
         "срок «{text}» не распознан", "deadline '{text}' is not recognized", "", ""},
        {"deadline-outside-period", Severity::warning, "A fixed deadline lies wholly outside the plan period.",
         "срок «{text}» ({window}) вне периода плана {period}",
         "deadline '{text}' ({window}) lies outside the plan period {period}", "", ""},
        {"deadline-ambiguous", Severity::info, "A deadline without a year that occurs more than once in the period.",
         "срок «{text}» без года неоднозначен в периоде {period}",
         "deadline '{text}' has no year and is ambiguous in the period {period}", "", ""},
        // ---- responsibles and results ----
        {"responsible-missing", Severity::warning, "A measure names no responsible.",
         "у мероприятия {number} не указан ответственный", "measure {number} has no responsible", "", ""},
        {"responsible-unknown", Severity::warning, "A responsible that is not in the registry.",
         "ответственный «{name}» не найден в реестре", "responsible '{name}' is not in the registry",
         "возможно, имелось в виду «{suggestion}»", "did you mean '{suggestion}'?"},
        {"result-missing", Severity::warning, "A measure has no expected result.",
         "у мероприятия {number} не указан ожидаемый результат", "measure {number} has no expected result", "", ""},
        {"title-missing", Severity::warning, "A measure whose title is empty.",
         "у мероприятия {number} пустое название", "measure {number} has an empty title",
         "впишите мероприятие или удалите пустую строку", "write the measure or delete the empty row"},
        // ---- indicators ----
        {"indicator-unknown", Severity::error, "A reference to an indicator that is not defined.",
         "показатель «{id}» не определён", "indicator '{id}' is not defined",
         "возможно, имелось в виду «{suggestion}»", "did you mean '{suggestion}'?"},
        {"indicator-unused", Severity::info, "An indicator that no measure or passport refers to.",
         "показатель «{id}» нигде не используется", "indicator '{id}' is never used", "", ""},
        {"indicator-target-invalid", Severity::warning, "An indicator target that cannot be right.",
         "цель показателя «{id}» некорректна: {reason_ru}", "target of indicator '{id}' is invalid: {reason_en}", "", ""},
        {"indicator-missing-for-direction", Severity::info, "A direction without any indicator.",
         "у направления {direction} нет показателей", "direction {direction} has no indicators", "", ""},
        // ---- dependencies ----
        {"dependency-unknown", Severity::error, "depends_on names a measure that does not exist.",
         "мероприятие {measure}: в depends_on указано «{id}», такого мероприятия нет",
         "measure {measure}: depends_on names '{id}', which is not a measure of the roadmap",
         "возможно, имелось в виду «{suggestion}»", "did you mean '{suggestion}'?"},
        {"dependency-cycle", Severity::error, "Measures depend on each other in a cycle.",
         "зависимости образуют цикл: {cycle}", "dependencies form a cycle: {cycle}",
         "уберите из depends_on одну из зависимостей цикла", "remove one dependency of the cycle from depends_on"},
        {"dependency-order", Severity::warning, "A measure is due before the measure it depends on.",
         "мероприятие {measure} завершается ({due}) раньше, чем {prerequisite} ({prerequisite_due}), от которого оно зависит",
         "measure {measure} is due ({due}) before its prerequisite {prerequisite} ({prerequisite_due})", "", ""},
    };
    return rules;
}

const RuleInfo *find_rule(std::string_view id) noexcept {
    for (const RuleInfo &r : rule_catalog())
        if (r.id == id) return &r;
    return nullptr;
}

} // namespace eduroadmap
