#include "load/rule_file_keys.hpp"

#include "core/diagnostic_code.hpp"
#include "core/rule_set_warnings.hpp"

namespace apdr::load::rule_file {

const PlaceKeys main_file = {
    {"apdr", "id", "title", "description", "jurisdiction", "status", "version", "extends", "include",
     "effective", "sources", "levels", "calendar", "parameters", "inputs", "derive", "provision", "steps",
     "information", "rules", "remove", "lint"},
    {"apdr", "id"}};
const PlaceKeys included_file = {
    {"apdr", "include", "sources", "levels", "calendar", "parameters", "inputs", "derive", "provision", "steps",
     "information", "rules", "remove"},
    {}};
const PlaceKeys calendar = {{"weekend", "holidays", "listed_through"}, {}};
const PlaceKeys holiday = {{"date", "title", "source"}, {"date", "title", "source"}};
const PlaceKeys source = {{"title", "published", "url", "publisher", "note", "section_url", "section_name"}, {"title"}};
const PlaceKeys level = {{"id", "title", "national", "census", "plain", "description"}, {"id"}};
const PlaceKeys input = {{"type", "values", "of", "question", "plain", "source"}, {"type"}};
const PlaceKeys provision = {{"area", "level", "title", "plain", "description", "when", "source", "kind",
                              "effective", "override"},
                             {"area", "title"}};
const PlaceKeys step = {{"title", "who", "plain", "description", "source", "kind", "effective", "override"},
                        {"title"}};
const PlaceKeys information = {
    {"title", "text", "plain", "description", "source", "kind", "effective", "override"}, {}};
const PlaceKeys rule = {{"id", "kind", "area", "title", "when", "then", "because", "plain", "source",
                         "effective", "override"},
                        {"id", "then"}};
const PlaceKeys action = {{"level", "provide", "escalate", "inform"}, {}};
const PlaceKeys escalation = {{"step", "due"}, {"step"}};
const PlaceKeys removal = {{"rules", "provision", "steps", "information"}, {}};
const PlaceKeys window = {{"from", "to"}, {}};
const PlaceKeys lint = {{"allow"}, {}};

const std::vector<std::string> weekdays = {"monday", "tuesday", "wednesday", "thursday",
                                           "friday", "saturday", "sunday"};
const std::vector<std::string> statuses = {"in-force", "proposed", "draft"};
const std::vector<std::string> kinds = {"statute", "guidance", "local-policy"};
const std::vector<std::string> input_types = {"number", "integer", "percent", "bool", "date",
                                              "duration", "text", "one_of", "list"};

// Every warning code a check of a rule set can give, read off the catalogue
// so that a new warning can be allowed as soon as it exists.
const std::vector<std::string> warning_codes = [] {
  std::vector<std::string> codes;
  for (Code code : rule_set_warnings()) codes.push_back(code_name(code));
  return codes;
}();

}  // namespace apdr::load::rule_file
