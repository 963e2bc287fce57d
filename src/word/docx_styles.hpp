// What a .docx says about paragraphs outside document.xml: the paragraph
// styles (styles.xml: names, basedOn chains, numbering and outline levels)
// and the list definitions with their counters (numbering.xml), which run
// through the whole document as Word runs them.
#ifndef EDUROADMAP_SRC_WORD_DOCX_STYLES_HPP
#define EDUROADMAP_SRC_WORD_DOCX_STYLES_HPP

#include "word/xml.hpp"

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>

namespace eduroadmap::detail::word {

// w:numPr: either part may be absent.
struct NumberingRef {
    std::optional<int> num_id;
    std::optional<int> level; // ilvl, 0-based
};

// w:numPr of a pPr.
NumberingRef numbering_ref(pugi::xml_node ppr, const Namespace &w);

class DocxStyles {
public:
    void load(const XmlPart &part, const Namespace &w);
    // The style of a paragraph with no w:pStyle.
    const std::string &default_paragraph_style() const noexcept { return default_paragraph_; }
    // The name Word lists (`heading 1`), or "" for an unknown id.
    std::string name_of(const std::string &id) const;
    // The numbering the style gives, along its basedOn chain.
    NumberingRef numbering_of(const std::string &id) const;
    // The outline level 0..8 the style gives along its chain (9, body text,
    // is nothing), or the level its name implies («heading 2»).
    std::optional<int> outline_of(const std::string &id) const;
    // The numId a numbering style (w:type="numbering") applies, for
    // w:numStyleLink.
    std::optional<int> numbering_style_num(const std::string &id) const;

private:
    struct Style {
        std::string name, based_on;
        NumberingRef numbering;
        std::optional<int> outline;
    };
    // The style and its ancestors, nearest first; cycles and runaway chains cut.
    std::vector<const Style *> chain(const std::string &id) const;
    std::unordered_map<std::string, Style> styles_;
    std::string default_paragraph_;
};

class DocxNumbering {
public:
    void load(const XmlPart &part, const Namespace &w, const DocxStyles &styles);
    // The label of the next paragraph in list @p num_id at @p level, the
    // counters advanced as Word advances them; nothing when the list or its
    // level is not defined (Word shows no number then).
    std::optional<std::string> next(int num_id, int level);
    // The level of list @p num_id whose w:pStyle is @p style: the level a
    // paragraph of that style takes when neither it nor its style says.
    std::optional<int> level_for_style(int num_id, const std::string &style) const;

private:
    struct Level {
        bool defined = false;
        int start = 1;
        std::string format = "decimal";
        std::string text;
        bool legal = false;
        std::optional<int> restart; // w:lvlRestart: 0 never, n after level n-1 (1-based n)
        std::string style;
    };
    struct Abstract {
        std::array<Level, 9> levels;
        std::string num_style_link;
    };
    struct Num {
        int abstract_id = -1;
        std::array<std::optional<int>, 9> start_override;
        std::array<std::optional<Level>, 9> level_override;
    };
    struct Counters {
        std::array<int, 9> value{};
        std::array<bool, 9> started{};
    };
    // The definition the counters belong to, numStyleLink followed.
    std::optional<int> abstract_of(int num_id) const;
    const Level *level_of(const Num &num, int abstract_id, int level) const;
    int start_of(const Num &num, int abstract_id, int level) const;

    std::map<int, Abstract> abstracts_;
    std::map<int, Num> nums_;
    std::map<int, Counters> counters_; // by abstract definition: numIds sharing one continue each other
    std::set<int> used_;               // numIds already met: a startOverride restarts at the first
    const DocxStyles *styles_ = nullptr;
};

// A w:val on/off property: absent value means on.
bool on_off(pugi::xml_node property, const Namespace &w);

} // namespace eduroadmap::detail::word

#endif
