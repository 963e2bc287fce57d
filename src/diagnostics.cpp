#include "placeholders.hpp"

#include <eduroadmap/diagnostics.hpp>

#include "rules/rule.hpp"

namespace eduroadmap {

std::string_view to_string(Severity s) noexcept {
    switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "info";
    }
    return "error";
}

std::optional<Severity> parse_severity(std::string_view n) noexcept {
    if (n == "error") return Severity::error;
    if (n == "warning") return Severity::warning;
    if (n == "info") return Severity::info;
    return std::nullopt;
}

std::string_view to_string(Language l) noexcept { return l == Language::ru ? "ru" : "en"; }

std::optional<Language> parse_language(std::string_view n) noexcept {
    if (n == "ru") return Language::ru;
    if (n == "en") return Language::en;
    return std::nullopt;
}

std::string_view to_string(Severity s, Language language) noexcept {
    if (language == Language::en) return to_string(s);
    switch (s) {
    case Severity::error: return "ошибка";
    case Severity::warning: return "предупреждение";
    case Severity::info: return "замечание";
    }
    return "ошибка";
}

std::string_view to_string(RuleCategory c) noexcept {
    switch (c) {
    case RuleCategory::file: return "file";
    case RuleCategory::structure: return "structure";
    case RuleCategory::cycle: return "cycle";
    case RuleCategory::dates: return "dates";
    case RuleCategory::cells: return "cells";
    case RuleCategory::information: return "information";
    }
    return "structure";
}

namespace {
std::string value_of(const std::vector<MessageArg> &args, std::string_view name) {
    for (const auto &[k, v] : args)
        if (k == name) return v;
    return {};
}
} // namespace

std::string Diagnostic::arg(std::string_view name) const { return value_of(args, name); }

std::string DiagnosticGroup::arg(std::string_view name) const { return value_of(args, name); }

std::string detail::fill_placeholders(std::string_view tpl, const std::vector<MessageArg> &args,
                                      bool all_or_nothing) {
    std::string out;
    out.reserve(tpl.size() + 32);
    for (std::size_t i = 0; i < tpl.size();) {
        if (tpl[i] == '{') {
            std::size_t close = tpl.find('}', i);
            if (close != std::string_view::npos) {
                std::string_view name = tpl.substr(i + 1, close - i - 1);
                bool found = false;
                for (const auto &[k, v] : args)
                    if (k == name) out += v, found = true;
                if (!found) {
                    if (all_or_nothing) return {};
                    out += tpl.substr(i, close - i + 1);
                }
                i = close + 1;
                continue;
            }
        }
        out += tpl[i++];
    }
    return out;
}

std::string message(const Diagnostic &d, Language language) {
    const RuleInfo *r = find_rule(d.rule);
    if (!r) return d.rule;
    return detail::fill_placeholders(language == Language::ru ? r->message_ru : r->message_en, d.args, false);
}

std::string hint(const Diagnostic &d, Language language) {
    const RuleInfo *r = find_rule(d.rule);
    if (!r) return {};
    return detail::fill_placeholders(language == Language::ru ? r->hint_ru : r->hint_en, d.args, true);
}

namespace {
// The rule's text for the group, or nullptr when it has none (its first finding speaks for it).
const detail::GroupText *group_text(const DiagnosticGroup &g) {
    if (g.text.empty()) return nullptr;
    const detail::Rule *rule = detail::find_rule_object(g.rule);
    if (!rule) return nullptr;
    for (const detail::GroupText &t : rule->group_texts)
        if (t.key == g.text) return &t;
    return nullptr;
}
} // namespace

std::string message(const DiagnosticGroup &g, const std::vector<Diagnostic> &diagnostics, Language language) {
    if (const detail::GroupText *t = group_text(g))
        return detail::fill_placeholders(language == Language::ru ? t->message_ru : t->message_en, g.args, false);
    if (g.members.empty() || g.members.front() >= diagnostics.size()) return g.rule;
    return message(diagnostics[g.members.front()], language);
}

std::string hint(const DiagnosticGroup &g, const std::vector<Diagnostic> &diagnostics, Language language) {
    // A group text without a hint of its own leaves the hint to its first finding.
    if (const detail::GroupText *t = group_text(g); t && !t->hint_en.empty())
        return detail::fill_placeholders(language == Language::ru ? t->hint_ru : t->hint_en, g.args, true);
    if (g.members.empty() || g.members.front() >= diagnostics.size()) return {};
    return hint(diagnostics[g.members.front()], language);
}

void Tally::add(Severity s) noexcept {
    switch (s) {
    case Severity::error: ++errors; break;
    case Severity::warning: ++warnings; break;
    case Severity::info: ++infos; break;
    }
}

Tally tally(const std::vector<Diagnostic> &diagnostics) noexcept {
    Tally t;
    for (const Diagnostic &d : diagnostics) t.add(d.severity);
    return t;
}

} // namespace eduroadmap
