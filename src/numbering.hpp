// Printed measure and heading numbers («12.», «3.1», «II.4», «2..») read as
// sequences of components, and the order in which such numbers follow one
// another in a document. Used by the numbering-gap rule.
#ifndef EDUROADMAP_SRC_NUMBERING_HPP
#define EDUROADMAP_SRC_NUMBERING_HPP

#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap::detail {

// The components of a printed number: «12.» → {12}, «3.1» → {3, 1},
// «II.4» → {2, 4}, «2..» → {2}, «1)» → {1}. Components are Arabic or Roman
// numerals (Latin I V X L C, or the Cyrillic І and Х Word sometimes leaves),
// separated by dots. Empty when the text is not a number: empty, letters,
// «3а», a component above 100000.
std::vector<unsigned> parse_number(std::string_view printed);

// The value of a Roman numeral (upper or lower case, canonical or not:
// «IIII» is 4); 0 when the text is not one.
unsigned parse_roman(std::string_view text);

// True when @p next may directly follow @p previous in a numbered list: the
// same prefix with one component incremented and everything after it 1
// (3 → 4, 3.2 → 3.3, 3.2 → 4, 11.3 → 12.1), or one level deeper starting at
// 1 (3 → 3.1, 3 → 3.1.1). Both must be non-empty.
bool follows(const std::vector<unsigned> &previous, const std::vector<unsigned> &next);

// The number as printed without surrounding spaces and trailing dots or
// brackets («40.» → «40», « II. » → «II»): how messages show it.
std::string display_number(std::string_view printed);

} // namespace eduroadmap::detail

#endif
