#pragma once
// The letter a family sends to ask the local authority for an EHC needs
// assessment (`apdr letter request-assessment`): dated, with the date the
// authority must answer by, the family's own answers as the reasons, and
// spaces for what apdr does not know (names, the authority's address).
// Every sentence is apdr's own wording of CFA 2014 s36 and SEND Regulations
// 2014 reg 5, as DOMAIN.md sets them out.
#include <optional>
#include <string>
#include <vector>

#include "core/area.hpp"
#include "core/date.hpp"

namespace apdr::render {

// What the support for one area of need has been.
struct LetterArea {
  Area area;
  std::size_t rounds = 0;                 // rounds of SEN support recorded
  std::optional<std::string> last_outcome;  // met | partly_met | not_met, of the latest reviewed round
  bool specialist_advice = false;
};

struct LetterFacts {
  Date date;                    // the letter's date
  Date reply_by;                // the decision is due by this date if the letter arrives on `date`
  bool young_person = false;    // written by a young person for themselves (s36(1), s83(2))
  std::optional<long long> year_group;
  std::vector<LetterArea> areas;          // needs, in area order
  std::vector<std::string> not_in_place;  // titles of support known not to be in place
};

enum class LetterFormat { text, markdown, html };

std::string render_letter(const LetterFacts& facts, LetterFormat format);

// "Nursery", "Reception", "Year 4".
std::string year_group_words(long long year_group);

}  // namespace apdr::render
