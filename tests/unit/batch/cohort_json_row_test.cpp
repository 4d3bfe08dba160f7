// The JSON Lines fast path (simdjson, engine/profile/cohort_json_row.cpp)
// against the exact path (yaml::read_yaml, then profile_from_tree): for
// every row, the fast path either gives exactly the exact path's Profile,
// field for field and position for position, with the exact path finding
// nothing to say, or gives up; and read into the profile every row before
// it was read into (as `apdr batch` reuses one), it gives the same. And it must not give up on a valid row, or
// it would be no faster.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "batch_fixture.hpp"
#include "core/area.hpp"
#include "core/limits.hpp"
#include "exact_row.hpp"
#include "profile/profile_keys.hpp"
#include "profile_dump.hpp"

using namespace apdr;
using namespace apdr::profile;

namespace {

const Schema& schema() { return batch_test::toolkit().schema; }

enum class Path { fast, fell_back };

// Both paths on one row. Fails the test when the fast path reads a row the
// exact path reports on, or reads it differently.
Path compare(const std::string& line, std::uint32_t at_line = 7) {
  INFO("row: " << line.substr(0, 400));
  auto fast = exact_row::fast(line, at_line, "cohort.jsonl", schema());
  // Read again into the profile the rows before this one were read into.
  auto reused = exact_row::fast_reused(line, at_line, "cohort.jsonl", schema());
  REQUIRE(reused.has_value() == fast.has_value());
  if (!fast) return Path::fell_back;
  REQUIRE(profile_dump::dump(*reused) == profile_dump::dump(*fast));
  Diagnostics found;
  auto exact = exact_row::exact(line, at_line, "cohort.jsonl", schema(), found);
  REQUIRE(exact);
  CHECK(render_diagnostics(found, SourceStore{}) == "");
  REQUIRE(profile_dump::dump(*fast) == profile_dump::dump(*exact));
  return Path::fast;
}

// Whether the exact path reports anything (an error or a warning) on the row.
bool exact_reports(const std::string& line) {
  Diagnostics found;
  auto exact = exact_row::exact(line, 7, "cohort.jsonl", schema(), found);
  return !exact || !found.empty();
}

std::vector<std::string> lines_of(const std::string& path) {
  std::ifstream in(batch_test::source(path));
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Valid rows of every shape the schema allows, from a seeded generator.
class RowMaker {
 public:
  explicit RowMaker(unsigned seed) : random_(seed) {}

  std::string row() {
    std::vector<std::string> parts;
    if (chance(2)) parts.push_back(R"("apdr-profile": 1)");
    if (chance(5)) parts.push_back(R"("id": "pupil-)" + std::to_string(pick(100000)) + "\"");
    bool dated = chance(4);
    if (dated) parts.push_back(R"("as_of": "2026-11-22")");
    if (chance(5)) parts.push_back(R"("pupil": )" + pupil());
    if (chance(5)) parts.push_back(R"("needs": )" + needs());
    if (chance(3)) parts.push_back(R"("cycles": )" + cycles());
    if (chance(4)) parts.push_back(R"("in_place": )" + in_place());
    if (chance(2)) parts.push_back(R"("ehc": )" + ehc());
    if (chance(3)) parts.push_back(R"("inputs": )" + inputs());
    shuffle(parts);
    return "{" + join(parts, chance(2) ? ", " : ",") + "}";
  }

 private:
  bool chance(int in_five) { return pick(5) < static_cast<std::size_t>(in_five); }
  std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random_); }
  template <typename T>
  void shuffle(std::vector<T>& items) { std::shuffle(items.begin(), items.end(), random_); }

  static std::string join(const std::vector<std::string>& parts, const std::string& between) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? between : "") + parts[i];
    return out;
  }
  static std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

  // A day up to `last_year`-10-28, so that it is never after the as_of date.
  std::string day(int first_year, int last_year) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", first_year + static_cast<int>(pick(last_year - first_year + 1)),
                  1 + static_cast<int>(pick(10)), 1 + static_cast<int>(pick(28)));
    return quoted(text);
  }
  std::string maybe_null(std::string value) { return pick(10) == 0 ? "null" : value; }

  std::string pupil() {
    std::vector<std::string> parts;
    if (chance(4)) parts.push_back(R"("date_of_birth": )" + maybe_null(day(2008, 2020)));
    if (chance(4)) {
      std::string year = std::to_string(static_cast<int>(pick(16)) - 1);
      parts.push_back(R"("year_group": )" + maybe_null(chance(3) ? year : quoted(year)));
    }
    if (chance(3)) parts.push_back(R"("phase": )" + maybe_null(quoted(phases[pick(phases.size())].id)));
    if (chance(3)) parts.push_back(R"("setting": )" + maybe_null(quoted(settings[pick(settings.size())].id)));
    shuffle(parts);
    return "{" + join(parts, ", ") + "}";
  }

  std::string level() {
    const auto& levels = schema().level_ids;
    if (!schema().census_levels.empty() && chance(1)) {
      auto it = schema().census_levels.begin();
      std::advance(it, pick(schema().census_levels.size()));
      return quoted(it->first);
    }
    return quoted(levels[pick(levels.size())]);
  }

  std::string ids(std::size_t most) {
    std::vector<std::string> items;
    for (std::size_t i = pick(most + 1); i > 0; --i) items.push_back(quoted("id-" + std::to_string(pick(4))));
    return "[" + join(items, ", ") + "]";
  }

  std::string needs() {
    std::vector<Area> areas(all_areas.begin(), all_areas.end());
    shuffle(areas);
    std::vector<std::string> items;
    for (std::size_t n = pick(areas.size() + 1); n > 0; --n) {
      Area area = areas[n - 1];
      std::vector<std::string> parts = {R"("area": )" + quoted(area_id(area))};
      if (chance(3)) parts.push_back(R"("level": )" + maybe_null(level()));
      if (chance(3)) {
        std::vector<std::string> codes;
        for (const auto& code : census_codes()) {
          if ((!code.area || *code.area == area) && chance(2)) codes.push_back(quoted(code.code));
        }
        if (!codes.empty() && chance(1)) codes.push_back(codes.front());  // a repeated code is kept once
        parts.push_back(R"("codes": )" + ("[" + join(codes, ", ") + "]"));
      }
      if (chance(2)) parts.push_back(R"("awaiting_assessment": )" + ids(3));
      shuffle(parts);
      items.push_back("{" + join(parts, ", ") + "}");
    }
    return "[" + join(items, ", ") + "]";
  }

  std::string cycles() {
    std::vector<std::string> items;
    for (std::size_t n = pick(4); n > 0; --n) {
      std::vector<std::string> parts = {R"("area": )" + quoted(area_id(all_areas[pick(all_areas.size())]))};
      bool started = chance(4);
      if (started) parts.push_back(R"("started": )" + day(2023, 2025));
      if (chance(2)) parts.push_back(R"("reviewed": )" + (started ? day(2026, 2026) : maybe_null(day(2026, 2026))));
      if (chance(2)) parts.push_back(R"("review_due": )" + day(2026, 2028));
      if (chance(2)) parts.push_back(R"("level": )" + level());
      if (chance(2)) parts.push_back(R"("outcome": )" + maybe_null(quoted(outcomes[pick(outcomes.size())].id)));
      if (chance(2)) parts.push_back(R"("advice_from": )" + ids(2));
      shuffle(parts);
      items.push_back("{" + join(parts, ", ") + "}");
    }
    return "[" + join(items, ", ") + "]";
  }

  std::string in_place() {
    if (pick(10) == 0) return "null";
    const auto& known = schema().provision_ids;
    std::vector<std::string> items;
    for (std::size_t n = pick(8); n > 0; --n) items.push_back(quoted(known[pick(known.size())]));
    return "[" + join(items, ", ") + "]";
  }

  std::string ehc() {
    std::vector<std::string> parts;
    for (const auto& key : profile_keys::ehc) {
      if (!chance(2)) continue;
      std::string value;
      if (key == "requested_by") value = quoted(requesters[pick(requesters.size())].id);
      else if (key == "decision") value = quoted(decisions[pick(decisions.size())].id);
      else if (key == "review_outcome") value = quoted(review_outcomes[pick(review_outcomes.size())].id);
      else value = day(2015, 2026);
      parts.push_back(quoted(key) + ": " + maybe_null(value));
    }
    shuffle(parts);
    return "{" + join(parts, ", ") + "}";
  }

  std::string value_of(const std::string& type, const InputSpec& spec) {
    if (type == "number") return std::vector<std::string>{"12.5", "-3", "1e3", "0", "\"7.25\""}[pick(5)];
    if (type == "integer") return std::vector<std::string>{"3", "-12", "0", "\"41\""}[pick(4)];
    if (type == "percent") return std::vector<std::string>{"82", "97.3", "100", "\"82%\"", "0"}[pick(5)];
    if (type == "bool") return std::vector<std::string>{"true", "false", "\"True\"", "\"FALSE\""}[pick(4)];
    if (type == "date") return day(2020, 2026);
    if (type == "duration") return std::vector<std::string>{"\"6 weeks\"", "\"1 year 6 months\"", "\"15 days\""}[pick(3)];
    if (type == "one_of" && !spec.values.empty()) return quoted(spec.values[pick(spec.values.size())]);
    return quoted("some words " + std::to_string(pick(100)));
  }

  std::string inputs() {
    std::vector<std::string> parts;
    for (const auto& [name, spec] : schema().inputs) {
      if (!chance(2)) continue;
      std::string value;
      if (spec.type == "list") {
        std::vector<std::string> items;
        for (std::size_t n = pick(4); n > 0; --n) items.push_back(value_of(spec.item_type, spec));
        value = "[" + join(items, ", ") + "]";
      } else {
        value = value_of(spec.type, spec);
      }
      parts.push_back(quoted(name) + ": " + maybe_null(value));
    }
    shuffle(parts);
    return "{" + join(parts, ", ") + "}";
  }

  std::mt19937 random_;
};

// `line` with `from` (which must be in it) replaced, once, by `to`.
std::string replaced(std::string line, const std::string& from, const std::string& to) {
  auto at = line.find(from);
  REQUIRE(at != std::string::npos);
  return line.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("every row of the example cohort is read the fast way, as the exact path reads it") {
  auto lines = lines_of("examples/cohorts/cohort.jsonl");
  REQUIRE(lines.size() == 240);
  for (std::size_t i = 0; i < lines.size(); ++i) CHECK(compare(lines[i], static_cast<std::uint32_t>(i + 1)) == Path::fast);
}

TEST_CASE("the rows of the errors cohort are read as the exact path reads them, or fall back") {
  auto lines = lines_of("examples/cohorts/cohort-with-errors.jsonl");
  std::size_t fast = 0;
  std::size_t clean = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].find_first_not_of(" \t") == std::string::npos) continue;
    bool reported = exact_reports(lines[i]);
    Path outcome = compare(lines[i], static_cast<std::uint32_t>(i + 1));
    if (reported) CHECK(outcome == Path::fell_back);  // every message comes from the exact path
    if (!reported) ++clean;
    if (outcome == Path::fast) ++fast;
  }
  CHECK(fast == clean);  // and every clean row is read the fast way
  CHECK(clean > 0);
  CHECK(clean < lines.size());
}

TEST_CASE("generated valid rows are all read the fast way, each as the exact path reads it") {
  RowMaker maker(20261202);
  for (int i = 0; i < 2000; ++i) {
    std::string line = maker.row();
    REQUIRE(compare(line, static_cast<std::uint32_t>(i + 1)) == Path::fast);
  }
}

TEST_CASE("long lists of ids with repeats are read as the exact path reads them, each id kept once") {
  // The fast path looks for a repeat among the ids before it up to 32 ids,
  // then in a set: repeats on both sides of that, and across it.
  for (std::size_t length : {5u, 31u, 32u, 33u, 64u, 300u}) {
    std::string ids;
    for (std::size_t i = 0; i < length; ++i) {
      if (!ids.empty()) ids += ", ";
      ids += "\"adviser-" + std::to_string(i % (length / 2 + 1)) + "\"";  // each id about twice
    }
    std::string line = R"({"id": "pupil-1", "cycles": [{"area": "semh", "advice_from": [)" + ids + "]}]}";
    INFO("ids: " << length);
    REQUIRE(compare(line) == Path::fast);
    auto read = exact_row::fast(line, 7, "cohort.jsonl", schema());
    CHECK(read->cycles.at(0).advice_from.size() == length / 2 + 1);
  }
}

TEST_CASE("a row with any kind of problem falls back, so its messages are the exact path's") {
  RowMaker maker(7);
  const std::string base = R"({"id": "pupil-1", "as_of": "2026-11-22", "pupil": {"year_group": 6, "phase": "primary"}, )"
                           R"("needs": [{"area": "semh", "level": "sen_support", "codes": ["SEMH"]}], )"
                           R"("cycles": [{"area": "semh", "started": "2026-01-12", "reviewed": "2026-04-01"}], )"
                           R"("in_place": [], "inputs": {"attendance": 82}})";
  REQUIRE(compare(base) == Path::fast);
  // Each problem, and whether the exact path reports it (some, such as a
  // `\u` escape, are valid but not read the fast way).
  struct Problem {
    std::string what;
    std::string line;
    bool reported;
  };
  std::vector<Problem> problems = {
      {"cut off", base.substr(0, base.size() - 3), true},
      {"no colon", replaced(base, R"("id": )", R"("id" )"), true},
      // YAML's flow lists allow a trailing comma, JSON's do not: the exact path reads it.
      {"a trailing comma", replaced(base, R"(["SEMH"]}])", R"(["SEMH"]},])"), false},
      {"text after the object", base + " x", true},
      // simdjson skips an unread scalar without checking what follows it (found by fuzz_json_row).
      {"a colon after a value", replaced(base, R"("id": "pupil-1", )", R"("id": "pupil-1": )"), true},
      {"a second object", base + base, true},
      {"an unknown key", replaced(base, R"({"id")", R"({"nickname": "x", "id")"), true},
      {"an unknown key in a need", replaced(base, R"("level": "sen_support")", R"("lvl": "sen_support")"), true},
      {"an undeclared input", replaced(base, R"("attendance")", R"("attendence")"), true},
      {"a list for a date", replaced(base, R"("2026-11-22")", R"(["2026-11-22"])"), true},
      {"a number for a list", replaced(base, R"("in_place": [])", R"("in_place": 3)"), true},
      {"a mapping for a need's area", replaced(base, R"("area": "semh", "level")", R"("area": {}, "level")"), true},
      {"a null need", replaced(base, R"("needs": [)", R"("needs": [null, )"), true},
      {"a text for a percentage", replaced(base, "82}", R"("most"})"), true},
      {"a date that is not a day", replaced(base, "2026-11-22", "2026-02-30"), true},
      {"a word outside the closed set", replaced(base, "primary", "middle"), true},
      {"a level off the ladder", replaced(base, "sen_support", "range9"), true},
      {"a code of another area", replaced(base, R"("SEMH")", R"("SLCN")"), true},
      {"a year group out of range", replaced(base, R"("year_group": 6)", R"("year_group": 15)"), true},
      {"a whole number written with a point", replaced(base, R"("year_group": 6)", R"("year_group": 6.0)"), true},
      {"a review before the start", replaced(base, "2026-04-01", "2025-04-01"), true},
      {"a start after as_of", replaced(base, "2026-01-12", "2026-12-12"), true},
      {"a second need for one area", replaced(base, R"("needs": [)", R"("needs": [{"area": "semh"}, )"), true},
      {"a need without its area", replaced(base, R"("needs": [)", R"("needs": [{"level": "sen_support"}, )"), true},
      {"an empty id", replaced(base, "pupil-1", ""), true},
      {"an unknown provision id (a warning)", replaced(base, R"("in_place": [])", R"("in_place": ["elsa"])"), true},
      {"version 2", replaced(base, R"({"id")", R"({"apdr-profile": 2, "id")"), true},
      {"a repeated key", replaced(base, R"({"id")", R"({"as_of": "2026-11-22", "id")"), true},
      {"a repeated input", replaced(base, "82}", "82, \"attendance\": 90}"), true},
      {"text outside ASCII", replaced(base, "pupil-1", "pupil-\xc3\xa9"), false},
      {"a \\u escape", replaced(base, "pupil-1", "pupil-\\u0031"), false},
      {"a \\n escape", replaced(base, "pupil-1", "pupil\\n1"), true},
      {"a tab between tokens", replaced(base, R"("id": )", "\"id\":\t"), false},
      {"a raw tab in a text", replaced(base, "pupil-1", "pupil\t1"), true},
      {"a NUL byte", replaced(base, "pupil-1", std::string("pupil\0001", 7)), true},
      {"nesting past the limit", replaced(base, "82}", std::string(70, '[') + std::string(70, ']') + "}"), true},
  };
  // More nodes than the fast path reads, fewer than the YAML reader's limit:
  // a valid row, left to the exact path.
  std::string known = "\"" + schema().provision_ids.front() + "\"";
  std::string many = "[" + known;
  for (std::size_t i = 0; i < limits::max_yaml_nodes / 2; ++i) many += "," + known;
  problems.push_back({"more nodes than the fast path reads", replaced(base, R"("in_place": [])",
                                                                      R"("in_place": )" + many + "]"),
                      false});
  for (const auto& problem : problems) {
    INFO(problem.what);
    CHECK(compare(problem.line) == Path::fell_back);
    CHECK(exact_reports(problem.line) == problem.reported);
  }
}

TEST_CASE("random edits of valid rows are read as the exact path reads them, or fall back") {
  RowMaker maker(42);
  std::mt19937 random(99);
  const std::string alphabet = "{}[]\":, 0123456789-.eEtrufalsn\\/\t\x7f\xc3\xa9" "abc";
  std::size_t fast = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string line = maker.row();
    for (int edits = 1 + static_cast<int>(random() % 3); edits > 0; --edits) {
      std::size_t at = random() % (line.size() + 1);
      char c = alphabet[random() % alphabet.size()];
      switch (random() % 3) {
        case 0: line.insert(at, 1, c); break;
        case 1: if (at < line.size()) line.erase(at, 1); break;
        default: if (at < line.size()) line[at] = c; break;
      }
    }
    if (compare(line, static_cast<std::uint32_t>(i + 1)) == Path::fast) ++fast;
  }
  // Some edits leave a valid row (a space, a digit in a value): those are still read the fast way.
  CHECK(fast > 0);
}
