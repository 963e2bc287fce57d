// What an .odt says about paragraphs outside the body: paragraph styles
// (automatic ones in content.xml over common ones in styles.xml), list
// styles and the outline (heading numbering) style.
#ifndef EDUROADMAP_SRC_WORD_ODT_STYLES_HPP
#define EDUROADMAP_SRC_WORD_ODT_STYLES_HPP

#include "word/list_labels.hpp"
#include "word/xml.hpp"

#include <array>
#include <optional>
#include <string>
#include <unordered_map>

namespace eduroadmap::detail::word {

// The ODF namespaces of one part, by its own prefixes.
struct OdfNames {
    explicit OdfNames(pugi::xml_node root);
    Namespace office, text, table, style, draw, xml;
};

// One level of a list style: how its label is printed.
struct OdfListLevel {
    bool defined = false;
    bool bullet = false;
    std::string bullet_char;
    NumberStyle number = NumberStyle::decimal;
    Letters letters = Letters::bijective;
    std::string prefix, suffix;
    int display_levels = 1;
    int start = 1;
};
using OdfListStyle = std::array<OdfListLevel, 10>;

class OdtStyles {
public:
    // Common styles first (styles.xml), then content.xml's automatic styles.
    void load_common(const XmlPart &styles);
    void load_automatic(const XmlPart &content);
    // The style a paragraph shows: the nearest named (non-automatic) style
    // along the parent chain; its name and the name the user sees.
    std::pair<std::string, std::string> shown(const std::string &name) const;
    // The list style a paragraph style gives, along its chain ("" for none).
    std::string list_style_of(const std::string &name) const;
    const OdfListStyle *list_style(const std::string &name) const;
    const OdfListStyle &outline() const noexcept { return outline_; }

private:
    struct ParagraphStyle {
        std::string display_name, parent, list_style;
        bool has_list_style = false;
        bool automatic = false;
    };
    void load(pugi::xml_node container, const OdfNames &ns, bool automatic);
    const ParagraphStyle *find(const std::string &name) const;
    std::unordered_map<std::string, ParagraphStyle> automatic_, common_;
    std::unordered_map<std::string, OdfListStyle> automatic_lists_, common_lists_;
    OdfListStyle outline_;
};

} // namespace eduroadmap::detail::word

#endif
