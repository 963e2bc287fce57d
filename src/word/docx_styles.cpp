#include "word/docx_styles.hpp"

#include "word/list_labels.hpp"

#include <algorithm>
#include <cctype>

namespace eduroadmap::detail::word {

namespace {

std::optional<int> int_val(pugi::xml_node property, const Namespace &w) {
    if (!property) return std::nullopt;
    const int value = to_int(w.attr(property, "val"), -1);
    if (value < 0) return std::nullopt;
    return value;
}

int clamp_level(int level) { return std::clamp(level, 0, 8); }

} // namespace

bool on_off(pugi::xml_node property, const Namespace &w) {
    if (!property) return false;
    const std::string_view v = w.attr(property, "val");
    return !(v == "0" || v == "false" || v == "off");
}

NumberingRef numbering_ref(pugi::xml_node ppr, const Namespace &w) {
    NumberingRef ref;
    const pugi::xml_node num_pr = w.child(ppr, "numPr");
    if (!num_pr) return ref;
    ref.num_id = int_val(w.child(num_pr, "numId"), w);
    if (auto level = int_val(w.child(num_pr, "ilvl"), w)) ref.level = clamp_level(*level);
    return ref;
}

void DocxStyles::load(const XmlPart &part, const Namespace &w) {
    const pugi::xml_node root = part.tree.document_element();
    for (pugi::xml_node node = root.first_child(); node; node = node.next_sibling()) {
        if (!w.is(node, "style")) continue;
        const std::string id(w.attr(node, "styleId"));
        if (id.empty()) continue;
        Style style;
        style.name = w.attr(w.child(node, "name"), "val");
        style.based_on = w.attr(w.child(node, "basedOn"), "val");
        const pugi::xml_node ppr = w.child(node, "pPr");
        style.numbering = numbering_ref(ppr, w);
        style.outline = int_val(w.child(ppr, "outlineLvl"), w);
        if (w.attr(node, "type") == "paragraph") {
            const std::string_view is_default = w.attr(node, "default");
            if (is_default == "1" || is_default == "true" || is_default == "on") default_paragraph_ = id;
        }
        styles_.emplace(id, std::move(style));
    }
}

std::vector<const DocxStyles::Style *> DocxStyles::chain(const std::string &id) const {
    std::vector<const Style *> out;
    std::string at = id;
    while (!at.empty() && out.size() < max_style_chain) {
        const auto it = styles_.find(at);
        if (it == styles_.end() || std::find(out.begin(), out.end(), &it->second) != out.end()) break;
        out.push_back(&it->second);
        at = it->second.based_on;
    }
    return out;
}

std::string DocxStyles::name_of(const std::string &id) const {
    const auto it = styles_.find(id);
    return it == styles_.end() ? std::string() : it->second.name;
}

NumberingRef DocxStyles::numbering_of(const std::string &id) const {
    NumberingRef ref;
    for (const Style *style : chain(id)) {
        if (!ref.num_id && style->numbering.num_id) ref.num_id = style->numbering.num_id;
        if (!ref.level && style->numbering.level) ref.level = style->numbering.level;
    }
    return ref;
}

std::optional<int> DocxStyles::outline_of(const std::string &id) const {
    for (const Style *style : chain(id))
        if (style->outline) return *style->outline < 9 ? style->outline : std::nullopt;
    // Word's built-in headings carry their level in the name.
    for (const Style *style : chain(id)) {
        std::string name = style->name;
        std::transform(name.begin(), name.end(), name.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (name.size() == 9 && name.compare(0, 8, "heading ") == 0 && name[8] >= '1' && name[8] <= '9')
            return name[8] - '1';
    }
    return std::nullopt;
}

std::optional<int> DocxStyles::numbering_style_num(const std::string &id) const {
    const auto it = styles_.find(id);
    if (it == styles_.end()) return std::nullopt;
    return it->second.numbering.num_id;
}

void DocxNumbering::load(const XmlPart &part, const Namespace &w, const DocxStyles &styles) {
    styles_ = &styles;
    const Namespace mc(namespace_prefix(part.tree.document_element(),
                                        {"http://schemas.openxmlformats.org/markup-compatibility/2006"}, "mc:"));
    const auto read_level = [&](pugi::xml_node lvl) {
        Level level;
        level.defined = true;
        if (auto start = int_val(w.child(lvl, "start"), w)) level.start = *start;
        pugi::xml_node fmt = w.child(lvl, "numFmt");
        if (!fmt) // Word 2010 puts newer formats in a choice with a plain fallback
            fmt = w.child(mc.child(mc.child(lvl, "AlternateContent"), "Fallback"), "numFmt");
        if (fmt) level.format = w.attr(fmt, "val");
        level.text = w.attr(w.child(lvl, "lvlText"), "val");
        if (w.child(lvl, "lvlPicBulletId")) { // a picture: printed here as the usual bullet
            level.format = "bullet";
            level.text = "•";
        }
        level.legal = on_off(w.child(lvl, "isLgl"), w);
        if (const pugi::xml_node restart = w.child(lvl, "lvlRestart"))
            level.restart = to_int(w.attr(restart, "val"), 1);
        level.style = w.attr(w.child(lvl, "pStyle"), "val");
        return level;
    };
    const pugi::xml_node root = part.tree.document_element();
    for (pugi::xml_node node = root.first_child(); node; node = node.next_sibling()) {
        if (w.is(node, "abstractNum")) {
            const int id = to_int(w.attr(node, "abstractNumId"), -1);
            if (id < 0) continue;
            Abstract abstract;
            abstract.num_style_link = w.attr(w.child(node, "numStyleLink"), "val");
            for (pugi::xml_node lvl = node.first_child(); lvl; lvl = lvl.next_sibling()) {
                if (!w.is(lvl, "lvl")) continue;
                const int level = to_int(w.attr(lvl, "ilvl"), -1);
                if (level >= 0 && level < 9) abstract.levels[static_cast<std::size_t>(level)] = read_level(lvl);
            }
            abstracts_[id] = std::move(abstract);
        } else if (w.is(node, "num")) {
            const int id = to_int(w.attr(node, "numId"), -1);
            if (id < 0) continue;
            Num num;
            num.abstract_id = to_int(w.attr(w.child(node, "abstractNumId"), "val"), -1);
            for (pugi::xml_node o = node.first_child(); o; o = o.next_sibling()) {
                if (!w.is(o, "lvlOverride")) continue;
                const int level = to_int(w.attr(o, "ilvl"), -1);
                if (level < 0 || level >= 9) continue;
                const auto at = static_cast<std::size_t>(level);
                if (auto start = int_val(w.child(o, "startOverride"), w)) num.start_override[at] = start;
                if (const pugi::xml_node lvl = w.child(o, "lvl")) num.level_override[at] = read_level(lvl);
            }
            nums_[id] = std::move(num);
        }
    }
}

std::optional<int> DocxNumbering::abstract_of(int num_id) const {
    auto num = nums_.find(num_id);
    for (std::size_t hops = 0; num != nums_.end() && hops < max_style_chain; ++hops) {
        const auto abstract = abstracts_.find(num->second.abstract_id);
        if (abstract == abstracts_.end()) return std::nullopt;
        if (abstract->second.num_style_link.empty() || !styles_) return abstract->first;
        // A list that borrows its definition from a numbering style.
        const auto linked = styles_->numbering_style_num(abstract->second.num_style_link);
        if (!linked) return abstract->first;
        const auto next = nums_.find(*linked);
        if (next == num) return abstract->first;
        num = next;
    }
    return std::nullopt;
}

const DocxNumbering::Level *DocxNumbering::level_of(const Num &num, int abstract_id, int level) const {
    const auto at = static_cast<std::size_t>(level);
    if (num.level_override[at]) return &*num.level_override[at];
    const Level &defined = abstracts_.at(abstract_id).levels[at];
    return defined.defined ? &defined : nullptr;
}

int DocxNumbering::start_of(const Num &num, int abstract_id, int level) const {
    const auto at = static_cast<std::size_t>(level);
    if (num.start_override[at]) return *num.start_override[at];
    const Level *def = level_of(num, abstract_id, level);
    return def ? def->start : 1;
}

std::optional<int> DocxNumbering::level_for_style(int num_id, const std::string &style) const {
    const auto abstract = abstract_of(num_id);
    if (!abstract || style.empty()) return std::nullopt;
    const auto &levels = abstracts_.at(*abstract).levels;
    for (std::size_t i = 0; i < levels.size(); ++i)
        if (levels[i].defined && levels[i].style == style) return static_cast<int>(i);
    return std::nullopt;
}

std::optional<std::string> DocxNumbering::next(int num_id, int level) {
    level = clamp_level(level);
    const auto num_it = nums_.find(num_id);
    const auto abstract = abstract_of(num_id);
    if (num_it == nums_.end() || !abstract) return std::nullopt;
    const Num &num = num_it->second;
    const Level *def = level_of(num, *abstract, level);
    if (!def) return std::nullopt;

    // Counters belong to the abstract definition, so a list continues across
    // tables and across numIds; a numId with a startOverride restarts the
    // overridden levels where it is first used.
    Counters &counters = counters_[*abstract];
    if (used_.insert(num_id).second)
        for (std::size_t i = 0; i < 9; ++i)
            if (num.start_override[i]) counters.started[i] = false;
    const auto at = static_cast<std::size_t>(level);
    if (counters.started[at]) {
        ++counters.value[at];
    } else {
        counters.value[at] = start_of(num, *abstract, level);
        counters.started[at] = true;
    }
    // Deeper levels restart when this level is used, unless their
    // w:lvlRestart says otherwise (0: never; n: only after level n or above).
    for (int deeper = level + 1; deeper < 9; ++deeper) {
        const Level *d = level_of(num, *abstract, deeper);
        const std::optional<int> restart = d ? d->restart : std::nullopt;
        if (!restart || (*restart != 0 && level < *restart)) counters.started[static_cast<std::size_t>(deeper)] = false;
    }

    if (def->format == "bullet") return bullet_text(def->text.empty() ? std::string("•") : def->text);
    std::string label;
    const std::string &text = def->text;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%' || i + 1 >= text.size() || text[i + 1] < '1' || text[i + 1] > '9') {
            label += text[i];
            continue;
        }
        const int shown = text[++i] - '1';
        const auto s = static_cast<std::size_t>(shown);
        const Level *shown_def = level_of(num, *abstract, shown);
        const int value = counters.started[s] ? counters.value[s] : start_of(num, *abstract, shown);
        const NumberStyle style =
            def->legal ? NumberStyle::decimal : docx_number_style(shown_def ? shown_def->format : "decimal");
        label += format_number(value, style);
    }
    return label;
}

} // namespace eduroadmap::detail::word
