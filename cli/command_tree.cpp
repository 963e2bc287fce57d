// The walk of the CLI11 tree behind command_tree.hpp.
#include "command_tree.hpp"

#include <eduroadmap/diagnostics.hpp>

namespace eduroadmap::cli {
namespace {

// The members of an IsMember check, which CLI11 describes as «{a,b,c}» in
// the option's type name («TEXT:{a,b,c}»).
std::vector<std::string> tree_member_choices(const std::string &type_name) {
    std::vector<std::string> choices;
    const std::size_t open = type_name.find(":{");
    const std::size_t close = type_name.find('}', open);
    if (open == std::string::npos || close == std::string::npos) return choices;
    std::string current;
    for (std::size_t i = open + 2; i < close; ++i) {
        if (type_name[i] == ',') {
            choices.push_back(current);
            current.clear();
        } else {
            current += type_name[i];
        }
    }
    choices.push_back(current);
    return choices;
}

ValueKind tree_value_kind(const CLI::Option &option, const std::vector<std::string> &choices) {
    if (option.get_type_size() == 0 || option.get_items_expected_max() == 0) return ValueKind::none;
    if (!choices.empty()) return ValueKind::choice;
    const std::string type = option.get_type_name();
    const std::string base = type.substr(0, type.find(':'));
    if (base == rule_type_name) return ValueKind::rule;
    if (base == "INT" || base == "UINT" || base == "FLOAT") return ValueKind::number;
    return ValueKind::path;
}

OptionSpec tree_option(const CLI::Option &option) {
    OptionSpec spec;
    spec.long_names = option.get_lnames();
    spec.short_names = option.get_snames();
    if (option.get_positional()) spec.positional = option.get_name(true, false);
    spec.description = option.get_description();
    spec.choices = tree_member_choices(option.get_type_name());
    spec.kind = tree_value_kind(option, spec.choices);
    spec.repeats = option.get_expected_max() > 1 || option.get_multi_option_policy() == CLI::MultiOptionPolicy::TakeAll;
    spec.required = option.get_required();
    return spec;
}

void tree_options(const CLI::App &app, std::vector<OptionSpec> &named, std::vector<OptionSpec> *positionals) {
    for (const CLI::Option *o : app.get_options()) {
        if (o->nonpositional())
            named.push_back(tree_option(*o));
        else if (positionals != nullptr)
            positionals->push_back(tree_option(*o));
    }
}

} // namespace

ToolSpec describe_tool(const CLI::App &app, const std::string &name) {
    ToolSpec tool;
    tool.name = name;
    tool.description = app.get_description();
    tree_options(app, tool.options, nullptr);
    for (const CLI::App *sub : app.get_subcommands({})) {
        if (sub->get_group().empty()) continue; // hidden
        CommandSpec command;
        command.name = sub->get_name();
        command.description = sub->get_description();
        tree_options(*sub, command.options, &command.positionals);
        tool.commands.push_back(std::move(command));
    }
    for (const RuleInfo &r : rule_catalog()) tool.rule_ids.emplace_back(r.id);
    return tool;
}

std::string help_summary(const std::string &text) {
    std::string line = text.substr(0, text.find('\n'));
    if (!line.empty() && line.back() == ':') line.pop_back();
    return line;
}

const std::vector<std::string> &value_words(const ToolSpec &tool, const OptionSpec &option) {
    static const std::vector<std::string> none;
    if (option.kind == ValueKind::choice) return option.choices;
    if (option.kind == ValueKind::rule) return tool.rule_ids;
    return none;
}

std::vector<std::string> dashed_names(const OptionSpec &option) {
    std::vector<std::string> names;
    for (const std::string &n : option.long_names) names.push_back("--" + n);
    for (const std::string &n : option.short_names) names.push_back("-" + n);
    return names;
}

std::string join_words(const std::vector<std::string> &words, const std::string &separator) {
    std::string joined;
    for (std::size_t i = 0; i < words.size(); ++i) joined += (i == 0 ? "" : separator) + words[i];
    return joined;
}

} // namespace eduroadmap::cli
