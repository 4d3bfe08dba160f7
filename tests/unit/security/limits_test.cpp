// Every limit in engine/core/limits.hpp, just under and just over, through
// the stage that enforces it: under the limit nothing says E011; one past
// it is E011 with a message naming the limit. docs/limits.md describes
// each. (tests/unit/expression/limits_test.cpp and tests/unit/load cover the
// parser and some loader cases in more detail; these tests are the one
// place that walks the whole list.)
#include <sstream>

#include <catch2/catch.hpp>

#include "apdr/engine.hpp"
#include "core/limits.hpp"
#include "load/load.hpp"
#include "profile/cohort.hpp"
#include "profile/load_profile.hpp"
#include "temp_folder.hpp"

using namespace apdr;
using apdr::testing::TempFolder;

namespace {

struct Outcome {
  Diagnostics diagnostics;
  SourceStore sources;
  bool loaded = false;

  const Diagnostic* limit() const {
    for (const auto& d : diagnostics.all()) {
      if (d.code == Code::LimitExceeded) return &d;
    }
    return nullptr;
  }
  std::string rendered() const { return render_diagnostics(diagnostics, sources); }
};

Outcome load_rules(const std::string& path) {
  Outcome out;
  out.loaded = load::load_chain(path, out.sources, out.diagnostics).has_value();
  return out;
}

Outcome load_rules_text(const std::string& text) {
  TempFolder folder;
  return load_rules(folder.write("rules.yaml", text));
}

// A profile read against the national schema.
Outcome load_profile(const std::string& text) {
  static auto program = [] {
    SourceStore sources;
    Diagnostics diagnostics;
    return build_program("apdr:national", sources, diagnostics);
  }();
  REQUIRE(program);
  Outcome out;
  out.loaded = profile::load_profile_text("p.yaml", text, profile_schema(*program), out.sources, out.diagnostics)
                   .has_value();
  return out;
}

std::string repeated(const std::string& piece, std::size_t times) {
  std::string text;
  text.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) text += piece;
  return text;
}

// Nested flow lists: `[[...[]...]]`, `lists` deep.
std::string nested_lists(std::size_t lists) { return std::string(lists, '[') + std::string(lists, ']'); }

void require_limit(const Outcome& out, const std::string& name) {
  INFO(out.rendered());
  const Diagnostic* found = out.limit();
  REQUIRE(found);
  CHECK_FALSE(found->where.file.empty());
  CHECK(found->message.find(name) != std::string::npos);
}

void require_no_limit(const Outcome& out) {
  INFO(out.rendered());
  CHECK(out.limit() == nullptr);
}

}  // namespace

TEST_CASE("max_file_bytes: a rule file of exactly the limit loads, one byte more is E011") {
  const std::string head = "apdr: 1\nid: big\n# ";
  std::string at_limit = head + std::string(limits::max_file_bytes - head.size() - 1, 'x') + "\n";
  REQUIRE(at_limit.size() == limits::max_file_bytes);
  Outcome under = load_rules_text(at_limit);
  require_no_limit(under);
  CHECK(under.loaded);

  Outcome over = load_rules_text(head + std::string(limits::max_file_bytes - head.size(), 'x') + "\n");
  require_limit(over, "max_file_bytes");
  CHECK_FALSE(over.loaded);
}

TEST_CASE("max_file_bytes: a profile of exactly the limit is read, one byte more is E011") {
  const std::string head = "apdr-profile: 1\nid: big\n# ";
  std::string at_limit = head + std::string(limits::max_file_bytes - head.size() - 1, 'x') + "\n";
  REQUIRE(at_limit.size() == limits::max_file_bytes);
  Outcome under = load_profile(at_limit);
  require_no_limit(under);
  CHECK(under.loaded);

  Outcome over = load_profile(at_limit + "#");
  require_limit(over, "max_file_bytes");
  CHECK_FALSE(over.loaded);

  // From a file, the size is checked before reading.
  TempFolder folder;
  Outcome from_file;
  static auto program = [] {
    SourceStore sources;
    Diagnostics diagnostics;
    return build_program("apdr:national", sources, diagnostics);
  }();
  CHECK_FALSE(profile::load_profile_file(folder.write("big.yaml", at_limit + "#"), profile_schema(*program),
                                         from_file.sources, from_file.diagnostics));
  require_limit(from_file, "max_file_bytes");
}

// Depth counts the document's root as 1 and every nested collection, so a
// top-level key's value is at depth 2. `[]` nested n deep under a key is
// depth n + 1.
TEST_CASE("max_yaml_depth: a rule file nested exactly to the limit loads, one more level is E011") {
  Outcome under = load_rules_text("apdr: 1\nid: deep\nx: " + nested_lists(limits::max_yaml_depth - 1) + "\n");
  require_no_limit(under);
  Outcome over = load_rules_text("apdr: 1\nid: deep\nx: " + nested_lists(limits::max_yaml_depth) + "\n");
  require_limit(over, "max_yaml_depth");
  CHECK_FALSE(over.loaded);
}

TEST_CASE("max_yaml_depth: a profile nested exactly to the limit reads, one more level is E011") {
  Outcome under = load_profile("apdr-profile: 1\nx: " + nested_lists(limits::max_yaml_depth - 1) + "\n");
  require_no_limit(under);
  Outcome over = load_profile("apdr-profile: 1\nx: " + nested_lists(limits::max_yaml_depth) + "\n");
  require_limit(over, "max_yaml_depth");
  CHECK_FALSE(over.loaded);
}

// Nodes count every key, value, list and item, aliases as often as they are
// used. `x: [1, 1, ...]` under the root holds 1 (root) + 2 (key `x` and its
// list) + n items; each `apdr: 1`-style pair adds 2.
TEST_CASE("max_yaml_nodes: a rule file with exactly the limit of nodes loads, one more is E011") {
  const std::size_t fixed = 1 + 2 + 2 + 2;  // root, apdr: 1, id: n, x: [...]
  auto rules = [&](std::size_t items) { return "apdr: 1\nid: n\nx: [" + repeated("1,", items) + "]\n"; };
  require_no_limit(load_rules_text(rules(limits::max_yaml_nodes - fixed)));
  require_limit(load_rules_text(rules(limits::max_yaml_nodes - fixed + 1)), "max_yaml_nodes");
}

TEST_CASE("max_yaml_nodes: aliases count as expanded in rule files and profiles") {
  // a: 10 items; b: 100 uses of *a, each worth 10 nodes.
  const std::size_t fixed = 1 + 2 + 2 + 2 + 2;  // root, apdr, id, a: [...], b: [...]
  auto with_aliases = [&](std::size_t uses) {
    return "apdr: 1\nid: n\na: &a [" + repeated("1,", 10) + "]\nb: [" + repeated("*a,", uses) + "]\n";
  };
  // Each use of *a counts its list and its 10 items.
  const std::size_t per_use = 11;
  const std::size_t budget = limits::max_yaml_nodes - fixed - 10;
  require_no_limit(load_rules_text(with_aliases(budget / per_use)));
  Outcome over = load_rules_text(with_aliases(budget / per_use + 1));
  require_limit(over, "max_yaml_nodes");
}

TEST_CASE("max_yaml_nodes: a profile with exactly the limit of nodes reads, one more is E011") {
  const std::size_t fixed = 1 + 2 + 2;  // root, apdr-profile: 1, x: [...]
  auto text = [&](std::size_t items) { return "apdr-profile: 1\nx: [" + repeated("1,", items) + "]\n"; };
  require_no_limit(load_profile(text(limits::max_yaml_nodes - fixed)));
  require_limit(load_profile(text(limits::max_yaml_nodes - fixed + 1)), "max_yaml_nodes");
}

TEST_CASE("max_expression_bytes, max_expression_depth and max_expression_tree_depth hold inside a rule file too") {
  auto with_when = [](const std::string& when) {
    return "apdr: 1\nid: e\nextends: apdr:national\nrules:\n  - id: r\n    kind: guidance\n    when: " + when +
           "\n    then: { inform: [] }\n";
  };
  std::string long_text = "true" + std::string(limits::max_expression_bytes - 4, ' ');
  Outcome under = load_rules_text(with_when("'" + long_text + "'"));
  require_no_limit(under);
  CHECK(under.diagnostics.error_count() == 0);
  Outcome over = load_rules_text(with_when("'" + long_text + " '"));
  INFO(over.rendered());
  CHECK(over.rendered().find("max_expression_bytes") != std::string::npos);

  auto nested = [](std::size_t depth) { return std::string(depth, '(') + "true" + std::string(depth, ')'); };
  // Each parenthesis opens one level; the expression itself is level 0.
  Outcome deep_ok = load_rules_text(with_when(nested(limits::max_expression_depth)));
  CHECK(deep_ok.diagnostics.error_count() == 0);
  Outcome too_deep = load_rules_text(with_when(nested(limits::max_expression_depth + 1)));
  INFO(too_deep.rendered());
  CHECK(too_deep.rendered().find("nested more than") != std::string::npos);

  // A chain is a tree as deep as it is long: `1 + … + 1 > 0` with 256
  // operations in all is the deepest allowed; one more addition is E020.
  auto chain = [](std::size_t additions) {
    std::string sum = "1";
    for (std::size_t i = 0; i < additions; ++i) sum += " + 1";
    return sum + " > 0";
  };
  Outcome chain_ok = load_rules_text(with_when(chain(limits::max_expression_tree_depth - 1)));
  INFO(chain_ok.rendered());
  CHECK(chain_ok.diagnostics.error_count() == 0);
  Outcome chain_over = load_rules_text(with_when(chain(limits::max_expression_tree_depth)));
  INFO(chain_over.rendered());
  CHECK(chain_over.rendered().find("error[E020]") != std::string::npos);
  CHECK(chain_over.rendered().find("max_expression_tree_depth") != std::string::npos);
}

TEST_CASE("max_include_depth: includes nested exactly to the limit load, one deeper is E011") {
  for (std::size_t depth : {limits::max_include_depth, limits::max_include_depth + 1}) {
    CAPTURE(depth);
    TempFolder folder;
    for (std::size_t i = 1; i < depth; ++i) {
      folder.write("part" + std::to_string(i) + ".yaml", "include: part" + std::to_string(i + 1) + ".yaml\n");
    }
    folder.write("part" + std::to_string(depth) + ".yaml", "rules: []\n");
    Outcome out = load_rules(folder.write("main.yaml", "apdr: 1\nid: x\ninclude: part1.yaml\n"));
    if (depth == limits::max_include_depth) {
      require_no_limit(out);
      CHECK(out.diagnostics.error_count() == 0);
    } else {
      require_limit(out, "max_include_depth");
    }
  }
}

TEST_CASE("max_files_per_rule_set: the limit of files, main file included, loads, one more is E011") {
  for (std::size_t files : {limits::max_files_per_rule_set, limits::max_files_per_rule_set + 1}) {
    CAPTURE(files);
    TempFolder folder;
    std::string main = "apdr: 1\nid: x\ninclude:\n";
    for (std::size_t i = 1; i < files; ++i) {
      std::string name = "part" + std::to_string(i) + ".yaml";
      folder.write(name, "rules: []\n");
      main += "  - " + name + "\n";
    }
    Outcome out = load_rules(folder.write("main.yaml", main));
    if (files == limits::max_files_per_rule_set) {
      require_no_limit(out);
      CHECK(out.diagnostics.error_count() == 0);
    } else {
      require_limit(out, "max_files_per_rule_set");
    }
  }
}

TEST_CASE("max_extends_depth: a chain of exactly the limit of rule sets loads, one more is E011") {
  for (std::size_t length : {limits::max_extends_depth, limits::max_extends_depth + 1}) {
    CAPTURE(length);
    TempFolder folder;
    // set1 extends set2 ... up to set<length>, the root.
    for (std::size_t i = 1; i <= length; ++i) {
      std::string text = "apdr: 1\nid: set" + std::to_string(i) + "\n";
      if (i < length) text += "extends: set" + std::to_string(i + 1) + ".yaml\n";
      folder.write("set" + std::to_string(i) + ".yaml", text);
    }
    Outcome out = load_rules((folder.path() / "set1.yaml").string());
    if (length == limits::max_extends_depth) {
      require_no_limit(out);
      CHECK(out.loaded);
    } else {
      require_limit(out, "max_extends_depth");
      CHECK_FALSE(out.loaded);
    }
  }
}

namespace {

std::vector<profile::CohortRow> read_cohort(const std::string& text, profile::CohortFormat format) {
  profile::Schema schema;
  schema.inputs["notes"] = profile::InputSpec{"text", {}, "text"};
  std::istringstream in(text);
  profile::CohortReader reader(in, format, "cohort", schema);
  std::vector<profile::CohortRow> rows;
  for (auto row = reader.next(); row.status != profile::CohortRow::Status::end; row = reader.next()) {
    rows.push_back(std::move(row));
  }
  return rows;
}

bool over_limit(const profile::CohortRow& row) {
  for (const auto& d : row.diagnostics.all()) {
    if (d.code == Code::LimitExceeded) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("max_cohort_row_bytes: a JSON Lines row of exactly the limit is read, one byte more is E011") {
  const std::string head = "{\"id\": \"a\", \"inputs\": {\"notes\": \"";
  const std::string tail = "\"}}";
  std::string at_limit = head + std::string(limits::max_cohort_row_bytes - head.size() - tail.size(), 'x') + tail;
  REQUIRE(at_limit.size() == limits::max_cohort_row_bytes);
  std::string over = head + std::string(limits::max_cohort_row_bytes - head.size() - tail.size() + 1, 'x') + tail;
  auto rows = read_cohort(at_limit + "\n" + over + "\n{\"id\": \"c\"}\n", profile::CohortFormat::jsonl);
  REQUIRE(rows.size() == 3);
  CHECK_FALSE(over_limit(rows[0]));
  CHECK(rows[0].status == profile::CohortRow::Status::profile);
  CHECK(over_limit(rows[1]));
  CHECK(rows[1].status == profile::CohortRow::Status::rejected);
  CHECK(rows[2].status == profile::CohortRow::Status::profile);
}

TEST_CASE("max_cohort_row_bytes: a CRLF line break does not count toward the limit") {
  const std::string head = "{\"id\": \"a\", \"inputs\": {\"notes\": \"";
  const std::string tail = "\"}}";
  std::string at_limit = head + std::string(limits::max_cohort_row_bytes - head.size() - tail.size(), 'x') + tail;
  // A row at the limit ending in CRLF, then one byte over the limit ending in
  // CRLF, then `\r` and more text past the limit (not a line break).
  std::string over = at_limit;
  over.insert(head.size(), "x");
  auto rows = read_cohort(at_limit + "\r\n" + over + "\r\n" + at_limit + "\rx\n{\"id\": \"c\"}\r\n",
                          profile::CohortFormat::jsonl);
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].status == profile::CohortRow::Status::profile);
  CHECK(over_limit(rows[1]));
  CHECK(rows[1].diagnostics.all().front().message ==
        "the row is longer than 1048576 bytes (the limit max_cohort_row_bytes)");
  CHECK(over_limit(rows[2]));
  CHECK(rows[3].status == profile::CohortRow::Status::profile);
}

TEST_CASE("max_cohort_row_bytes: a CSV row whose fields hold exactly the limit is read, one byte more is E011") {
  // The limit counts the bytes of a record's field values; separators and
  // quotes are not counted.
  const std::size_t room = limits::max_cohort_row_bytes - 1;  // after the id `a`
  auto rows = read_cohort("id,input_notes\na," + std::string(room, 'x') + "\nb," + std::string(room + 1, 'x') +
                              "\nc,short\n",
                          profile::CohortFormat::csv);
  REQUIRE(rows.size() == 3);
  CHECK_FALSE(over_limit(rows[0]));
  CHECK(rows[0].status == profile::CohortRow::Status::profile);
  CHECK(over_limit(rows[1]));
  CHECK(rows[1].status == profile::CohortRow::Status::rejected);
  CHECK(rows[2].status == profile::CohortRow::Status::profile);
}

TEST_CASE("max_rule_set_bytes: files that together hold exactly the limit load, one byte more is E011") {
  for (std::size_t extra : {std::size_t{0}, std::size_t{1}}) {
    CAPTURE(extra);
    TempFolder folder;
    const std::string main = "apdr: 1\nid: x\ninclude: [a.yaml, b.yaml, c.yaml, d.yaml]\n";
    const std::size_t rest = limits::max_rule_set_bytes - main.size();
    // A file of `size` bytes: entries, then a comment filling it out.
    auto file_of = [](std::size_t size) {
      std::string text = "rules: []\n#";
      text.append(size - text.size() - 1, 'x');
      text += '\n';
      return text;
    };
    const char* names[] = {"a.yaml", "b.yaml", "c.yaml", "d.yaml"};
    for (std::size_t i = 0; i < 4; ++i) {
      std::size_t size = rest / 4 + (i == 3 ? rest % 4 + extra : 0);
      REQUIRE(size <= limits::max_file_bytes);
      folder.write(names[i], file_of(size));
    }
    Outcome out = load_rules(folder.write("main.yaml", main));
    if (extra == 0) {
      require_no_limit(out);
      CHECK(out.diagnostics.error_count() == 0);
    } else {
      require_limit(out, "max_rule_set_bytes");
      CHECK(out.limit()->where.file.find("main.yaml") != std::string::npos);  // at the include that passed it
    }
  }
}

TEST_CASE("max_rule_set_entries: entries spread over two files, exactly the limit, load, one more is E011") {
  for (std::size_t extra : {std::size_t{0}, std::size_t{1}}) {
    CAPTURE(extra);
    TempFolder folder;
    const std::size_t half = limits::max_rule_set_entries / 2;
    auto sources = [](std::size_t from, std::size_t count) {
      std::string text = "sources:\n";
      for (std::size_t i = from; i < from + count; ++i) text += "  s" + std::to_string(i) + ": { title: T }\n";
      return text;
    };
    folder.write("more.yaml", sources(half, limits::max_rule_set_entries - half + extra));
    Outcome out = load_rules(folder.write("main.yaml", "apdr: 1\nid: x\ninclude: [more.yaml]\n" + sources(0, half)));
    if (extra == 0) {
      require_no_limit(out);
      CHECK(out.diagnostics.error_count() == 0);
    } else {
      require_limit(out, "max_rule_set_entries");
    }
  }
}
