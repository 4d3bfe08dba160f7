#include "profile/cohort_json_row.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <unordered_set>

#include <simdjson.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/limits.hpp"
#include "profile/history_dates.hpp"
#include "profile/input_values.hpp"
#include "profile/profile_values.hpp"
#include "profile/text_values.hpp"

namespace apdr::profile {
namespace {

namespace od = simdjson::ondemand;

static_assert(json_row_padding >= simdjson::SIMDJSON_PADDING, "a row's buffer must hold simdjson's padding");

// The row goes the exact way. Thrown only for rows that are not read here,
// which are few, so the common case pays nothing for it.
struct Bail {};

// Far below limits::max_yaml_nodes, so that the fast path never has to
// count nodes exactly as the YAML reader does to agree with it at the limit.
constexpr std::size_t max_fast_nodes = limits::max_yaml_nodes / 2;

// Every byte a printable ASCII character, with no `\`: then a string's text
// is exactly the bytes between its quotes (no escape, no UTF-8, no control
// character, no tab), and the only space between tokens is ` `, which both
// readers skip alike. Anything else is rare in a cohort and goes the exact
// way. Checked sixteen bytes at a time (SSE2, which every x86-64 has): the
// byte-by-byte loop was not vectorised by the compiler and was a quarter
// of reading a row.
bool plain_ascii(std::string_view text) {
  const char* p = text.data();
  std::size_t n = text.size(), i = 0;
#if defined(__SSE2__)
  __m128i bad = _mm_setzero_si128();
  for (; i + 16 <= n; i += 16) {
    __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    // Below a space taken as signed catches the bytes from 0x80 too.
    bad = _mm_or_si128(bad, _mm_or_si128(_mm_cmplt_epi8(block, _mm_set1_epi8(0x20)),
                                         _mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8(0x7f)),
                                                      _mm_cmpeq_epi8(block, _mm_set1_epi8('\\')))));
  }
  if (_mm_movemask_epi8(bad) != 0) return false;
#endif
  bool bad_byte = false;
  for (; i < n; ++i) {
    auto c = static_cast<unsigned char>(p[i]);
    bad_byte |= (c < 0x20) | (c > 0x7e) | (c == '\\');
  }
  return !bad_byte;
}

// JSON's number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?.
// simdjson leaves a number it is not asked to convert unchecked, and the
// exact path keeps a number's text as written, so the text is what counts.
bool is_json_number(std::string_view s) {
  std::size_t i = 0;
  auto digits = [&] {
    std::size_t from = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    return i > from;
  };
  if (i < s.size() && s[i] == '-') ++i;
  if (i < s.size() && s[i] == '0') ++i;
  else if (!digits()) return false;
  if (i < s.size() && s[i] == '.') {
    ++i;
    if (!digits()) return false;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (!digits()) return false;
  }
  return i == s.size();
}

class FastRow {
 public:
  FastRow(std::string_view text, std::uint32_t line, const std::string& file, const Schema& schema)
      : text_(text), line_(line), file_(file), schema_(schema) {}

  // Reads the row into `profile`, reusing what an earlier row left there.
  void read(od::parser& parser, std::size_t capacity, std::string_view default_id, Profile& profile) {
    start(profile, default_id);
    od::document doc;
    if (parser.iterate(simdjson::padded_string_view(text_.data(), text_.size(), capacity)).get(doc)) throw Bail{};
    od::object root;
    if (doc.get_object().get(root)) throw Bail{};
    count();
    read_root(root, profile);
    // Text after the object: the document is not at its end.
    const char* rest = nullptr;
    if (doc.current_location().get(rest) != simdjson::OUT_OF_BOUNDS) throw Bail{};
  }

 private:
  enum class Shape { null, scalar, object, array };

  // Empties `profile` for this row, keeping the storage of its strings and
  // lists: a row's needs, cycles and ids are written over the last row's,
  // so a warm reader allocates for a row only what is longer than before.
  void start(Profile& profile, std::string_view default_id) const {
    profile.id.assign(default_id);
    profile.as_of.reset();
    profile.pupil = Pupil{};
    profile.ehc = Ehc{};
    profile.inputs.clear();
    profile.kept.clear();
    profile.file.assign(file_);
    // needs, cycles and in_place keep their items, to be written over
    // (refill()); read_root() drops what this row did not fill.
  }

  // The next item of a list being refilled, `used` so far: the one an
  // earlier row left there, or a new one.
  template <typename T>
  static T& refill(std::vector<T>& list, std::size_t& used) {
    if (used == list.size()) list.emplace_back();
    return list[used++];
  }

  // One value as the exact path's tree would hold it: its shape, a scalar's
  // text as written (a string's without its quotes), and where it starts.
  struct Look {
    Shape shape;
    std::string_view text;
    const char* at;
  };

  void count() {
    if (++nodes_ > max_fast_nodes) throw Bail{};
  }

  // Counts the value towards the node limit, as the exact path's tree would.
  Look look(od::value& value) {
    count();
    return classify(value);
  }

  Look classify(od::value& value) const {
    std::string_view raw = value.raw_json_token();  // the token and the spaces after it
    if (raw.empty()) throw Bail{};
    if (raw.front() == '{') return {Shape::object, {}, raw.data()};
    if (raw.front() == '[') return {Shape::array, {}, raw.data()};
    // A scalar is not consumed but skipped, and simdjson's skipping does not
    // check what follows it (`"id": "a": {…}` passed, the fuzzer found): the
    // next token must continue or close its container, or the row goes the
    // exact way.
    std::size_t after = static_cast<std::size_t>(raw.data() - text_.data()) + raw.size();
    if (after >= text_.size() || (text_[after] != ',' && text_[after] != '}' && text_[after] != ']')) throw Bail{};
    while (!raw.empty() && raw.back() == ' ') raw.remove_suffix(1);
    switch (raw.front()) {
      case '"': {
        std::string_view inner = raw.substr(1, raw.size() >= 2 ? raw.size() - 2 : 0);
        if (raw.size() < 2 || raw.back() != '"' || inner.find('"') != std::string_view::npos) throw Bail{};
        return {Shape::scalar, inner, raw.data()};
      }
      default: break;
    }
    if (raw == "null") return {Shape::null, {}, raw.data()};
    if (raw == "true" || raw == "false" || is_json_number(raw)) return {Shape::scalar, raw, raw.data()};
    throw Bail{};
  }

  // A scalar's text, or nullopt for null; any other shape is an error there.
  std::optional<std::string_view> scalar(od::value& value) {
    Look seen = look(value);
    if (seen.shape == Shape::null) return std::nullopt;
    if (seen.shape != Shape::scalar) throw Bail{};
    return seen.text;
  }

  std::string_view required_scalar(od::value& value) {
    auto text = scalar(value);
    if (!text) throw Bail{};
    return *text;
  }

  // Calls `handle(key, value)` for each entry of the object, which must
  // name only `allowed` keys, each once (a repeated key is an error in YAML).
  template <typename Handler>
  void entries(od::value& value, const std::vector<std::string>& allowed, Handler handle) {
    od::object object;
    if (value.get_object().get(object)) throw Bail{};
    entries(object, allowed, handle);
  }

  template <typename Handler>
  void entries(od::object& object, const std::vector<std::string>& allowed, Handler handle) {
    std::uint32_t seen = 0;
    for (auto entry : object) {
      od::field field;
      std::string_view key;
      if (std::move(entry).get(field) || field.unescaped_key().get(key)) throw Bail{};
      count();
      auto known = std::find(allowed.begin(), allowed.end(), key);
      if (known == allowed.end()) throw Bail{};
      std::uint32_t bit = 1u << (known - allowed.begin());
      if (seen & bit) throw Bail{};
      seen |= bit;
      od::value item = field.value();
      handle(key, item);
    }
  }

  // Calls `handle(item)` for each item of the list.
  template <typename Handler>
  void items(od::value& value, Handler handle) {
    od::array array;
    if (value.get_array().get(array)) throw Bail{};
    for (auto entry : array) {
      od::value item;
      if (std::move(entry).get(item)) throw Bail{};
      handle(item);
    }
  }

  // Whether the value is a mapping (or a list); null is absent; any other shape an error.
  bool present(od::value& value, Shape shape) {
    Look seen = look(value);
    if (seen.shape == Shape::null) return false;
    if (seen.shape != shape) throw Bail{};
    return true;
  }

  // Where a need or cycle starts, written over an earlier row's.
  void place(SourceLocation& where, const char* at) const {
    where.file.assign(file_);
    where.line = line_;
    where.column = static_cast<std::uint32_t>(at - text_.data() + 1);
  }

  std::optional<Date> date(od::value& value) {
    auto text = scalar(value);
    if (!text) return std::nullopt;
    auto parsed = parse_profile_date(*text);
    if (!std::holds_alternative<Date>(parsed)) throw Bail{};
    return std::get<Date>(parsed);
  }

  template <typename E, std::size_t N>
  std::optional<E> enumeration(od::value& value, const std::array<EnumValue<E>, N>& allowed) {
    auto text = scalar(value);
    if (!text) return std::nullopt;
    auto found = enum_value(*text, allowed);
    if (!found) throw Bail{};
    return found;
  }

  std::optional<std::string> level(od::value& value) {
    auto text = scalar(value);
    if (!text) return std::nullopt;
    auto found = schema_level(std::string(*text), schema_);
    if (!found) throw Bail{};
    return found;
  }

  Area area(od::value& value) {
    auto found = parse_area(required_scalar(value));
    if (!found) throw Bail{};
    return *found;
  }

  // A list of free ids, each a non-empty scalar, into `ids` (its strings
  // written over); a repeated id is kept once. Lists are short, so an id
  // is looked for among those before it, until a long list (a hostile row)
  // makes that quadratic and a set takes over.
  void id_list(od::value& value, std::vector<std::string>& ids) {
    std::size_t used = 0;
    if (present(value, Shape::array)) {
      constexpr std::size_t scan_up_to = 32;
      // The ids so far, as views into the row's text: first a few, then a set.
      std::array<std::string_view, scan_up_to> first;
      std::unordered_set<std::string_view> seen;
      items(value, [&](od::value& item) {
        std::string_view id = required_scalar(item);
        if (id.empty()) throw Bail{};
        if (used < scan_up_to) {
          for (std::size_t i = 0; i < used; ++i) {
            if (first[i] == id) return;
          }
          first[used] = id;
          if (used + 1 == scan_up_to) seen.insert(first.begin(), first.end());
        } else if (!seen.insert(id).second) {
          return;
        }
        refill(ids, used).assign(id);
      });
    }
    ids.resize(used);
  }

  void read_root(od::object& root, Profile& profile) {
    std::size_t needs = 0, cycles = 0;
    bool in_place = false;
    entries(root, profile_keys::top, [&](std::string_view key, od::value& value) {
      if (key == "apdr-profile") {
        if (required_scalar(value) != "1") throw Bail{};
      } else if (key == "id") {
        std::string_view id = required_scalar(value);
        if (id_problem(id) != IdProblem::none) throw Bail{};
        profile.id.assign(id);
      } else if (key == "as_of") {
        profile.as_of = date(value);
      } else if (key == "pupil") {
        read_pupil(value, profile.pupil);
      } else if (key == "needs") {
        needs = read_needs(value, profile.needs);
      } else if (key == "cycles") {
        cycles = read_cycles(value, profile.cycles);
      } else if (key == "in_place") {
        in_place = read_in_place(value, profile.in_place);
      } else if (key == "ehc") {
        read_ehc(value, profile.ehc);
      } else if (key == "inputs") {
        read_inputs(value, profile.inputs);
      }
    });
    // What this row did not fill is an earlier row's.
    profile.needs.resize(needs);
    profile.cycles.resize(cycles);
    if (!in_place) profile.in_place.reset();
    if (profile.as_of && profile.pupil.date_of_birth && *profile.pupil.date_of_birth > *profile.as_of) throw Bail{};
    if (profile.as_of) {
      Diagnostics found;
      check_history_dates(profile, *profile.as_of, "the profile's as_of date", found);
      if (!found.empty()) throw Bail{};
    }
  }

  void read_pupil(od::value& value, Pupil& pupil) {
    if (!present(value, Shape::object)) return;
    entries(value, profile_keys::pupil, [&](std::string_view key, od::value& field) {
      if (key == "date_of_birth") {
        pupil.date_of_birth = date(field);
      } else if (key == "year_group") {
        auto text = scalar(field);
        if (!text) return;
        pupil.year_group = year_group_value(*text);
        if (!pupil.year_group) throw Bail{};
      } else if (key == "phase") {
        pupil.phase = enumeration(field, phases);
      } else if (key == "setting") {
        pupil.setting = enumeration(field, settings);
      }
    });
  }

  // Reads the needs into `needs`, written over from the start, and says how many there are.
  std::size_t read_needs(od::value& value, std::vector<Need>& needs) {
    std::size_t used = 0;
    if (!present(value, Shape::array)) return used;
    items(value, [&](od::value& item) {
      Look seen = look(item);
      if (seen.shape != Shape::object) throw Bail{};  // null included: a need must be a mapping
      Need& need = refill(needs, used);
      need.area = Area::semh;
      need.level.reset();
      need.codes.clear();
      need.awaiting_assessment.clear();
      place(need.where, seen.at);
      bool has_area = false;
      entries(item, profile_keys::need, [&](std::string_view key, od::value& field) {
        if (key == "area") {
          need.area = area(field);
          has_area = true;
        } else if (key == "level") {
          need.level = level(field);
        } else if (key == "codes") {
          if (!present(field, Shape::array)) return;
          // Only census codes are kept, so the list stays short; each is
          // checked against the need's area once that is read, below.
          items(field, [&](od::value& item) {
            std::string_view text = required_scalar(item);
            if (!find_census_code(text)) throw Bail{};
            if (std::find(need.codes.begin(), need.codes.end(), text) == need.codes.end()) {
              need.codes.emplace_back(text);
            }
          });
        } else if (key == "awaiting_assessment") {
          id_list(field, need.awaiting_assessment);
        }
      });
      if (!has_area) throw Bail{};
      for (const std::string& text : need.codes) {
        if (!code_fits_area(*find_census_code(text), need.area)) throw Bail{};
      }
      for (std::size_t i = 0; i + 1 < used; ++i) {
        if (needs[i].area == need.area) throw Bail{};  // a second need for one area
      }
    });
    return used;
  }

  // Reads the cycles into `cycles`, as read_needs() the needs, and sorts them.
  std::size_t read_cycles(od::value& value, std::vector<Cycle>& cycles) {
    std::size_t used = 0;
    if (!present(value, Shape::array)) return used;
    items(value, [&](od::value& item) {
      Look seen = look(item);
      if (seen.shape != Shape::object) throw Bail{};
      Cycle& cycle = refill(cycles, used);
      cycle.area = Area::semh;
      cycle.level.reset();
      cycle.started.reset();
      cycle.reviewed.reset();
      cycle.review_due.reset();
      cycle.outcome.reset();
      cycle.advice_from.clear();
      place(cycle.where, seen.at);
      bool has_area = false;
      entries(item, profile_keys::cycle, [&](std::string_view key, od::value& field) {
        if (key == "area") {
          cycle.area = area(field);
          has_area = true;
        } else if (key == "level") {
          cycle.level = level(field);
        } else if (key == "started") {
          cycle.started = date(field);
        } else if (key == "reviewed") {
          cycle.reviewed = date(field);
        } else if (key == "review_due") {
          cycle.review_due = date(field);
        } else if (key == "outcome") {
          cycle.outcome = enumeration(field, outcomes);
        } else if (key == "advice_from") {
          id_list(field, cycle.advice_from);
        }
      });
      if (!has_area) throw Bail{};
      if (cycle.started && cycle.reviewed && *cycle.reviewed < *cycle.started) throw Bail{};
      if (cycle.started && cycle.review_due && *cycle.review_due < *cycle.started) throw Bail{};
    });
    cycles.resize(used);
    sort_cycles(cycles);
    return used;
  }

  // Whether the row records what is in place; if it does, into `in_place`.
  bool read_in_place(od::value& value, std::optional<std::vector<std::string>>& in_place) {
    // Null records nothing, like leaving it out; a list is read as ids.
    if (classify(value).shape == Shape::null) return false;
    if (!in_place) in_place.emplace();
    id_list(value, *in_place);
    // An id the rule set does not list gives a warning: the exact path says it.
    const auto& known = schema_.provision_ids;
    if (known.empty()) return true;
    for (const auto& id : *in_place) {
      if (std::find(known.begin(), known.end(), id) == known.end()) throw Bail{};
    }
    return true;
  }

  void read_ehc(od::value& value, Ehc& ehc) {
    if (!present(value, Shape::object)) return;
    entries(value, profile_keys::ehc, [&](std::string_view key, od::value& field) {
      if (key == "requested") ehc.requested = date(field);
      else if (key == "requested_by") ehc.requested_by = enumeration(field, requesters);
      else if (key == "decided") ehc.decided = date(field);
      else if (key == "decision") ehc.decision = enumeration(field, decisions);
      else if (key == "draft_issued") ehc.draft_issued = date(field);
      else if (key == "plan_issued") ehc.plan_issued = date(field);
      else if (key == "last_review") ehc.last_review = date(field);
      else if (key == "review_notice") ehc.review_notice = date(field);
      else if (key == "review_outcome") ehc.review_outcome = enumeration(field, review_outcomes);
      else if (key == "amendment_notice") ehc.amendment_notice = date(field);
      else if (key == "amended") ehc.amended = date(field);
      else if (key == "mediation_certificate") ehc.mediation_certificate = date(field);
    });
  }

  void read_inputs(od::value& value, std::map<std::string, InputValue>& inputs) {
    if (!present(value, Shape::object)) return;
    od::object object;
    if (value.get_object().get(object)) throw Bail{};
    for (auto entry : object) {
      od::field field;
      std::string_view name;
      if (std::move(entry).get(field) || field.unescaped_key().get(name)) throw Bail{};
      count();
      std::string key(name);
      auto spec = schema_.inputs.find(key);
      if (spec == schema_.inputs.end() || inputs.count(key)) throw Bail{};  // undeclared, or given twice
      od::value item = field.value();
      if (auto parsed = input(item, spec->second)) inputs.emplace(std::move(key), std::move(*parsed));
    }
  }

  // An input's value as read_input_value reads it, or nullopt for null.
  std::optional<InputValue> input(od::value& value, const InputSpec& spec) {
    if (spec.type == "list") {
      if (!present(value, Shape::array)) return std::nullopt;
      std::vector<std::string> list;
      items(value, [&](od::value& item) {
        std::string text(required_scalar(item));
        auto parsed = input_from_text(text, spec, spec.item_type);
        if (!parsed) throw Bail{};
        list.push_back(input_list_item(*parsed, text));
      });
      return list;
    }
    auto text = scalar(value);
    if (!text) return std::nullopt;
    auto parsed = input_from_text(std::string(*text), spec, spec.type);
    if (!parsed) throw Bail{};
    return parsed;
  }

  std::string_view text_;
  std::uint32_t line_;
  const std::string& file_;
  const Schema& schema_;
  std::size_t nodes_ = 0;
};

}  // namespace

bool read_json_row_fast(std::string_view text, std::size_t capacity, std::uint32_t line, const std::string& file,
                        std::string_view default_id, const Schema& schema, Profile& into) {
  if (capacity < text.size() + json_row_padding || !plain_ascii(text)) return false;
  // One parser a thread: a parser is not shared between threads, and
  // `apdr batch` parses rows on several; each keeps its buffers for the next row.
  thread_local od::parser parser;
  try {
    FastRow(text, line, file, schema).read(parser, capacity, default_id, into);
    return true;
  } catch (const Bail&) {
    return false;
  }
}

std::optional<Profile> read_json_row_fast(std::string_view text, std::size_t capacity, std::uint32_t line,
                                          const std::string& file, std::string_view default_id,
                                          const Schema& schema) {
  std::optional<Profile> profile(std::in_place);
  if (!read_json_row_fast(text, capacity, line, file, default_id, schema, *profile)) profile.reset();
  return profile;
}

}  // namespace apdr::profile
