#include "evaluate/result.hpp"

namespace apdr::eval {

std::string_view Result::text(std::string_view text) {
  List<char> kept = texts_.copy(std::span<const char>(text.data(), text.size()));
  return {kept.begin(), kept.size()};
}

void Result::clear() {
  profile = {};
  as_of = {};
  rule_set = rule_set_title = status = {};
  chain = {};
  levels.clear();
  provision.clear();
  gaps = {};
  in_place_recorded = true;
  escalations.clear();
  information.clear();
  undetermined.clear();
  sources.clear();
  notices.clear();
  model = nullptr;
  keep_alive.reset();
  names_.reset();
  assumptions_.reset();
  deadlines_.reset();
  citations_.reset();
  texts_.reset();
}

}  // namespace apdr::eval
