#include "word/odt_styles.hpp"

#include <algorithm>

namespace eduroadmap::detail::word {

namespace {

OdfListStyle read_list_style(pugi::xml_node node, const OdfNames &ns) {
    OdfListStyle levels;
    for (pugi::xml_node l = node.first_child(); l; l = l.next_sibling()) {
        const std::string_view kind = ns.text.local(l);
        if (kind != "list-level-style-number" && kind != "list-level-style-bullet" &&
            kind != "list-level-style-image" && kind != "outline-level-style")
            continue;
        const int at = to_int(ns.text.attr(l, "level"), 0);
        if (at < 1 || at > 10) continue;
        OdfListLevel level;
        level.defined = true;
        level.bullet = kind == "list-level-style-bullet" || kind == "list-level-style-image";
        level.bullet_char = kind == "list-level-style-image" ? "•" : std::string(ns.text.attr(l, "bullet-char"));
        level.number = odf_number_style(ns.style.attr(l, "num-format"));
        level.letters = ns.style.attr(l, "num-letter-sync") == "true" ? Letters::repeat : Letters::bijective;
        level.prefix = ns.style.attr(l, "num-prefix");
        level.suffix = ns.style.attr(l, "num-suffix");
        level.display_levels = std::clamp(to_int(ns.text.attr(l, "display-levels"), 1), 1, at);
        level.start = to_int(ns.text.attr(l, "start-value"), 1);
        levels[static_cast<std::size_t>(at - 1)] = std::move(level);
    }
    return levels;
}

} // namespace

OdfNames::OdfNames(pugi::xml_node root)
    : office(namespace_prefix(root, {"urn:oasis:names:tc:opendocument:xmlns:office:1.0"}, "office:")),
      text(namespace_prefix(root, {"urn:oasis:names:tc:opendocument:xmlns:text:1.0"}, "text:")),
      table(namespace_prefix(root, {"urn:oasis:names:tc:opendocument:xmlns:table:1.0"}, "table:")),
      style(namespace_prefix(root, {"urn:oasis:names:tc:opendocument:xmlns:style:1.0"}, "style:")),
      draw(namespace_prefix(root, {"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"}, "draw:")), xml("xml:") {}

void OdtStyles::load(pugi::xml_node container, const OdfNames &ns, bool automatic) {
    auto &paragraphs = automatic ? automatic_ : common_;
    auto &lists = automatic ? automatic_lists_ : common_lists_;
    for (pugi::xml_node node = container.first_child(); node; node = node.next_sibling()) {
        if (ns.style.is(node, "style") && ns.style.attr(node, "family") == "paragraph") {
            ParagraphStyle s;
            s.display_name = ns.style.attr(node, "display-name");
            s.parent = ns.style.attr(node, "parent-style-name");
            s.has_list_style = ns.style.has_attr(node, "list-style-name");
            s.list_style = ns.style.attr(node, "list-style-name");
            s.automatic = automatic;
            paragraphs[std::string(ns.style.attr(node, "name"))] = std::move(s);
        } else if (ns.text.is(node, "list-style")) {
            lists[std::string(ns.style.attr(node, "name"))] = read_list_style(node, ns);
        } else if (ns.text.is(node, "outline-style")) {
            outline_ = read_list_style(node, ns);
        }
    }
}

void OdtStyles::load_common(const XmlPart &styles) {
    const pugi::xml_node root = styles.tree.document_element();
    const OdfNames ns(root);
    load(ns.office.child(root, "styles"), ns, false);
}

void OdtStyles::load_automatic(const XmlPart &content) {
    const pugi::xml_node root = content.tree.document_element();
    const OdfNames ns(root);
    load(ns.office.child(root, "automatic-styles"), ns, true);
    // Some writers keep common styles in content.xml too.
    load(ns.office.child(root, "styles"), ns, false);
}

const OdtStyles::ParagraphStyle *OdtStyles::find(const std::string &name) const {
    if (const auto it = automatic_.find(name); it != automatic_.end()) return &it->second;
    if (const auto it = common_.find(name); it != common_.end()) return &it->second;
    return nullptr;
}

std::pair<std::string, std::string> OdtStyles::shown(const std::string &name) const {
    std::string at = name;
    for (std::size_t hops = 0; !at.empty() && hops < max_style_chain; ++hops) {
        const ParagraphStyle *s = find(at);
        if (!s) break;
        if (!s->automatic) return {at, s->display_name.empty() ? at : s->display_name};
        at = s->parent;
    }
    return {name, name};
}

std::string OdtStyles::list_style_of(const std::string &name) const {
    std::string at = name;
    for (std::size_t hops = 0; !at.empty() && hops < max_style_chain; ++hops) {
        const ParagraphStyle *s = find(at);
        if (!s) break;
        if (s->has_list_style) return s->list_style;
        at = s->parent;
    }
    return {};
}

const OdfListStyle *OdtStyles::list_style(const std::string &name) const {
    if (const auto it = automatic_lists_.find(name); it != automatic_lists_.end()) return &it->second;
    if (const auto it = common_lists_.find(name); it != common_lists_.end()) return &it->second;
    return nullptr;
}

} // namespace eduroadmap::detail::word
