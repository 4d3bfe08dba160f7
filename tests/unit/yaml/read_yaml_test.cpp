// The YAML reader every file format goes through: the tree it builds, the
// positions it keeps, and every way a document can be refused.
#include <catch2/catch.hpp>

#include <string>

#include <fmt/format.h>

#include "core/limits.hpp"
#include "yaml/read_yaml.hpp"

using namespace apdr;
using yaml::Node;

namespace {

struct Read {
  yaml::NodePtr root;
  Diagnostics found;
  const Diagnostic* first() const { return found.all().empty() ? nullptr : &found.all().front(); }
};

Read read(const std::string& text, yaml::Origin origin = {"f.yaml"}) {
  Read out;
  out.root = yaml::read_yaml(text, origin, out.found);
  return out;
}

}  // namespace

TEST_CASE("scalars keep their text, whether they were quoted, and their place in bytes") {
  Read r = read("a: plain\nb: \"quoted\"\nc: 'single'\nd: '7'\n\"é\": x\n");
  REQUIRE(r.root);
  REQUIRE(r.root->is_mapping());
  REQUIRE(r.root->entries.size() == 5);
  CHECK(r.root->find("a")->text == "plain");
  CHECK_FALSE(r.root->find("a")->quoted);
  CHECK(r.root->find("b")->quoted);
  CHECK(r.root->find("c")->text == "single");
  CHECK(r.root->find("c")->quoted);
  CHECK(r.root->find("d")->quoted);
  const Node& value = *r.root->find("b");
  CHECK(value.where.file == "f.yaml");
  CHECK(value.where.line == 2);
  CHECK(value.where.column == 4);
  CHECK(value.offset == 12);
  // `é` is two bytes, so the value after `"é": ` starts at byte column 7.
  CHECK(r.root->find("é")->where.column == 7);
}

TEST_CASE("empty values, ~ and unquoted null are nothing, quoted null is text") {
  Read r = read("a:\nb: ~\nc: null\nd: 'null'\ne: NULL\n");
  REQUIRE(r.root);
  CHECK(r.root->find("a")->is_null());
  CHECK(r.root->find("b")->is_null());
  CHECK(r.root->find("c")->is_null());
  CHECK(r.root->find("d")->is_scalar());
  CHECK(r.root->find("d")->text == "null");
  CHECK(r.root->find("e")->is_null());
}

TEST_CASE("lists and nested mappings, block and flow, in order") {
  Read r = read("list: [a, b, c]\nnest:\n  - x: 1\n    y: [2, 3]\n  - z\n");
  REQUIRE(r.root);
  const Node& list = *r.root->find("list");
  REQUIRE(list.is_sequence());
  REQUIRE(list.items.size() == 3);
  CHECK(list.items[2]->text == "c");
  CHECK(list.items[2]->where.column == 14);
  const Node& nest = *r.root->find("nest");
  REQUIRE(nest.items.size() == 2);
  CHECK(nest.items[0]->find("y")->items[1]->text == "3");
  CHECK(nest.items[1]->text == "z");
  CHECK(r.root->height == 5);
}

TEST_CASE("a text that starts at a later line of its file is placed there") {
  Read r = read("{\"a\": [1, ]", {"cohort.jsonl", 40});
  CHECK_FALSE(r.root);
  REQUIRE(r.first() != nullptr);
  CHECK(r.first()->where.file == "cohort.jsonl");
  CHECK(r.first()->where.line == 40);
  Read fine = read("{\"a\": 1}", {"cohort.jsonl", 7});
  REQUIRE(fine.root);
  CHECK(fine.root->find("a")->where.line == 7);
  CHECK(fine.root->find("a")->where.column == 7);
}

TEST_CASE("a byte order mark is skipped, and columns still count it") {
  Read r = read("\xEF\xBB\xBFkey: value\n");
  REQUIRE(r.root);
  REQUIRE(r.root->find("key") != nullptr);
  CHECK(r.root->find("key")->where.column == 9);  // 3 bytes of mark, then `key: `
}

TEST_CASE("an empty document is a null node at its start") {
  Read r = read("# only a comment\n", {"p.yaml", 3});
  REQUIRE(r.root);
  CHECK(r.root->is_null());
  CHECK(r.root->where.line == 3);
  CHECK(r.found.empty());
}

TEST_CASE("a key given twice is E013 at the second, which is dropped, unless the reader keeps it") {
  Read r = read("a: 1\nb: 2\na: 3\n");
  REQUIRE(r.root);
  CHECK(r.root->entries.size() == 2);
  CHECK(r.root->find("a")->text == "1");
  REQUIRE(r.first() != nullptr);
  CHECK(r.first()->code == Code::DuplicateKey);
  CHECK(r.first()->where.line == 3);
  REQUIRE(r.first()->notes.size() == 1);
  CHECK(r.first()->notes[0] == "first given at 1:1");

  yaml::Origin keeping{"rules.yaml"};
  keeping.keep_repeated_keys = true;
  Read kept = read("a: 1\na: 3\n", keeping);
  REQUIRE(kept.root);
  CHECK(kept.root->entries.size() == 2);
  CHECK(kept.found.empty());
}

TEST_CASE("aliases share their anchor's node and count as expanded") {
  Read r = read("base: &b {x: 1, y: 2}\ncopy: *b\n");
  REQUIRE(r.root);
  CHECK(r.root->find("copy") == r.root->find("base"));
  CHECK(r.root->expanded_size == 1 + 2 * (1 + 4) + 2);

  Read unknown = read("a: *nowhere\n");
  CHECK_FALSE(unknown.root);
  REQUIRE(unknown.first() != nullptr);
  CHECK(unknown.first()->code == Code::YamlSyntax);
  CHECK(unknown.first()->where.line == 1);
  CHECK(unknown.first()->where.column == 4);
}

TEST_CASE("a billion laughs stops at max_yaml_nodes, counting each use of an alias") {
  std::string text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  char previous = 'a';
  for (char name = 'b'; name <= 'i'; ++name) {
    text += fmt::format("{0}: &{0} [*{1}, *{1}, *{1}, *{1}, *{1}, *{1}, *{1}, *{1}, *{1}, *{1}]\n", name, previous);
    previous = name;
  }
  yaml::Origin origin{"laughs.yaml"};
  origin.too_many_nodes_advice = "split it up";
  Read r = read(text, origin);
  CHECK_FALSE(r.root);
  REQUIRE(r.first() != nullptr);
  CHECK(r.first()->code == Code::LimitExceeded);
  CHECK(r.first()->message.find("max_yaml_nodes") != std::string::npos);
  CHECK(r.first()->message.ends_with("; split it up"));
}

TEST_CASE("nesting past max_yaml_depth is E011 at the node too deep, flow or block") {
  std::string flow = std::string(10000, '[') + std::string(10000, ']');
  Read r = read(flow);
  CHECK_FALSE(r.root);
  REQUIRE(r.first() != nullptr);
  CHECK(r.first()->code == Code::LimitExceeded);
  CHECK(r.first()->where.column == limits::max_yaml_depth + 1);

  std::string within = std::string(limits::max_yaml_depth, '[') + std::string(limits::max_yaml_depth, ']');
  CHECK(read(within).root);

  std::string block;
  for (std::size_t i = 0; i <= limits::max_yaml_depth; ++i) block += "- ";
  Read deep = read(block + "x\n");
  CHECK_FALSE(deep.root);
  REQUIRE(deep.first() != nullptr);
  CHECK(deep.first()->code == Code::LimitExceeded);
}

TEST_CASE("a second document is E002 at its `---`, with the reader's advice") {
  yaml::Origin origin{"rules.yaml"};
  origin.one_document_advice = "put each rule set in its own file";
  Read r = read("a: 1\n---\nb: 2\n", origin);
  CHECK_FALSE(r.root);
  REQUIRE(r.first() != nullptr);
  CHECK(r.first()->code == Code::YamlSyntax);
  CHECK(r.first()->where.line == 2);
  CHECK(r.first()->where.column == 1);
  CHECK(r.first()->message == "a second YAML document starts here; put each rule set in its own file");
}

TEST_CASE("broken YAML is E002 where the parser stopped, in plain words") {
  auto first = [](const std::string& text) {
    Read r = read(text);
    CHECK_FALSE(r.root);
    REQUIRE(r.first() != nullptr);
    CHECK(r.first()->code == Code::YamlSyntax);
    return *r.first();
  };
  Diagnostic tab = first("a:\n\t- x\n");
  CHECK(tab.message == "malformed YAML: a tab in the indentation (YAML indents with spaces only)");
  CHECK(tab.where.line == 2);
  Diagnostic stray = first("steps: [a, b]]\n");
  CHECK(stray.message == "malformed YAML: a `]` that closes nothing");
  CHECK(stray.where.line == 1);
  CHECK(stray.where.column == 14);
  Diagnostic unclosed = first("a: [1, 2\nb: 3\n");
  CHECK(unclosed.message.starts_with("malformed YAML: a `[` is never closed by `]`"));
  Diagnostic escape = first("a: \"x\\q\"\n");
  CHECK(escape.message.starts_with("malformed YAML: an unknown escape after `\\`"));
  // A quoted text never closed is placed at its opening quote.
  Diagnostic open_quote = first("a: 'abc\n");
  CHECK(open_quote.message == "malformed YAML: a quoted text is never closed");
  CHECK(open_quote.where.column == 4);
  // The column counts bytes even when the parser counts characters.
  Diagnostic after_accent = first("é: [a]]\n");
  CHECK(after_accent.where.column == 8);
}

TEST_CASE("a block scalar is placed at its indicator, even with blank lines and a comment before its text") {
  Read r = read("a: |-  # why\n\n  text\nb: >\n  folded\n  lines\n");
  REQUIRE(r.root);
  CHECK(r.root->find("a")->text == "\ntext");
  CHECK(r.root->find("a")->where.line == 1);
  CHECK(r.root->find("a")->where.column == 4);
  CHECK(r.root->find("b")->text == "folded lines\n");
  CHECK(r.root->find("b")->where.line == 4);
  CHECK(r.root->find("b")->where.column == 4);
}

TEST_CASE("a scalar with an anchor is placed at the anchor") {
  Read r = read("a: &name value\nb: *name\n");
  REQUIRE(r.root);
  CHECK(r.root->find("a")->where.column == 4);
  CHECK(r.root->find("a")->offset == 3);
}

TEST_CASE("a repeat among twenty thousand keys is found and placed") {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += fmt::format("key{}: {}\n", i, i);
  text += "key123: again\n";
  Read r = read(text);
  REQUIRE(r.root);
  CHECK(r.root->entries.size() == 20000);
  REQUIRE(r.found.all().size() == 1);
  CHECK(r.first()->code == Code::DuplicateKey);
  CHECK(r.first()->where.line == 20001);
  CHECK(r.first()->notes[0] == "first given at 124:1");
}

TEST_CASE("text that is not UTF-8 is E002 at the byte, naming only the byte") {
  // Found by fuzzing the libfyaml version, which never returned on a
  // directive line holding such a byte: refused before any parser sees it.
  Read hang = read("%#abc\xFF" "ti: 1\nid: x", {"pupil.yaml", 1});
  CHECK_FALSE(hang.root);
  REQUIRE(hang.first() != nullptr);
  CHECK(hang.first()->code == Code::YamlSyntax);
  CHECK(hang.first()->where.column == 6);
  CHECK(hang.first()->message ==
        "the text is not UTF-8: byte 0xFF cannot start or continue a character here; save the file as UTF-8");

  Read latin1 = read("title: Budget \xA3" "10\n", {"rules.yaml", 5});
  REQUIRE(latin1.first() != nullptr);
  CHECK(latin1.first()->where.line == 5);
  CHECK(latin1.first()->where.column == 15);

  Read utf16 = read(std::string("\xFF\xFEk\0e\0y\0", 8));
  REQUIRE(utf16.first() != nullptr);
  CHECK(utf16.first()->message.starts_with("the text is UTF-16"));
}

TEST_CASE("a NUL byte is an error at its place, never a silent end of the text") {
  // A parser may stop at a NUL: without the check, `b` could vanish unseen.
  Read yaml_text = read(std::string("a: 1\nb: x\0y\nc: 3\n", 17), {"rules.yaml"});
  CHECK_FALSE(yaml_text.root);
  REQUIRE(yaml_text.first() != nullptr);
  CHECK(yaml_text.first()->code == Code::YamlSyntax);
  CHECK(yaml_text.first()->where.file == "rules.yaml");
  CHECK(yaml_text.first()->where.line == 2);
  CHECK(yaml_text.first()->where.column == 5);
  CHECK(yaml_text.first()->message.find("NUL byte") != std::string::npos);

  Read json_text = read(std::string("{\"a\": 1,\n \"b\": 2}\0{\"c\": 3}", 26), {"p.json"});
  CHECK_FALSE(json_text.root);
  REQUIRE(json_text.first() != nullptr);
  CHECK(json_text.first()->where.line == 2);
  CHECK(json_text.first()->where.column == 9);

  Read row = read(std::string("{\"id\": \"p1\0\"}", 13), {"cohort.jsonl", 7});
  REQUIRE(row.first() != nullptr);
  CHECK(row.first()->where.line == 7);
  CHECK(row.first()->where.column == 11);
}

TEST_CASE("a YAML tag is refused at its place, on a value, a mapping or a list") {
  struct Case { std::string text; std::uint32_t line, column; std::string shown; };
  for (const Case& c : {Case{"a: 1\nd: !!str 007\n", 2, 4, "!!str"}, Case{"a: !!binary aGVsbG8=\n", 1, 4, "!!binary"},
                        Case{"a:\n  b: !!map { c: 1 }\n", 2, 6, "!!map"}, Case{"a: !!seq [1]\n", 1, 4, "!!seq"},
                        Case{"a: !custom x\n", 1, 4, "!custom"},
                        Case{"{\"id\": !!int \"7\"}", 1, 8, "!!int"}}) {
    Read r = read(c.text);
    INFO(c.text);
    CHECK_FALSE(r.root);
    REQUIRE(r.first() != nullptr);
    CHECK(r.first()->code == Code::YamlSyntax);
    CHECK(r.first()->where.line == c.line);
    CHECK(r.first()->where.column == c.column);
    CHECK(r.first()->message.find("`" + c.shown + "`") != std::string::npos);
  }
}

TEST_CASE("nesting far past the limit is E011 before yaml-cpp reads it, which would recurse per level") {
  // yaml-cpp's parser calls itself once per level: 100,000 levels would
  // overflow the stack. Each shape of nesting is refused at the first node
  // too deep.
  struct Case { std::string text; std::uint32_t column; };
  for (const Case& c : {Case{std::string(100000, '['), limits::max_yaml_depth + 1},
                        Case{[] { std::string s; for (int i = 0; i < 100000; ++i) s += "{a: "; return s; }(),
                             4 * limits::max_yaml_depth + 1},
                        Case{[] { std::string s; for (int i = 0; i < 100000; ++i) s += "- "; return s + "x"; }(),
                             2 * limits::max_yaml_depth + 1},
                        Case{[] { std::string s; for (int i = 0; i < 100000; ++i) s += "? "; return s + "x"; }(),
                             2 * limits::max_yaml_depth + 1}}) {
    Read r = read(c.text);
    INFO(c.text.substr(0, 8));
    CHECK_FALSE(r.root);
    REQUIRE(r.first() != nullptr);
    CHECK(r.first()->code == Code::LimitExceeded);
    CHECK(r.first()->where.line == 1);
    CHECK(r.first()->where.column == c.column);
  }
  // Block mappings indented one level a line.
  std::string indented;
  for (std::size_t i = 0; i < 2000; ++i) indented += std::string(i, ' ') + fmt::format("k{}:\n", i);
  Read deep = read(indented);
  REQUIRE(deep.first() != nullptr);
  CHECK(deep.first()->code == Code::LimitExceeded);
  CHECK(deep.first()->where.line == limits::max_yaml_depth + 1);
}

TEST_CASE("brackets and dashes inside text are not nesting") {
  std::string many(200, '[');
  std::string dashes;
  for (int i = 0; i < 200; ++i) dashes += "- ";
  std::string text = "a: '" + many + "'\n" + "b: \"" + many + "\\\"\"\n" + "c: x " + many + "\n" + "d: |\n  " + many +
                     "\n  " + dashes + "\n" + "e: x\n  " + dashes + "\n" + "# " + many + "\n" + "f: it's " + many + "\n" +
                     "g: [\"" + many + "\", '" + many + "']\n";
  Read r = read(text);
  INFO(text);
  REQUIRE(r.root);
  CHECK(r.found.empty());
  CHECK(r.root->find("a")->text == many);
  CHECK(r.root->find("d")->text == many + "\n" + dashes + "\n");
  CHECK(r.root->find("e")->text == "x " + dashes.substr(0, dashes.size() - 1));
  CHECK(r.root->find("g")->items.size() == 2);
}

TEST_CASE("text yaml-cpp cannot place in the document is E002 there, never an endless run of empty documents") {
  // Found by fuzzing the yaml-cpp version (tests/fuzz/regressions/
  // fuzz_rule_set): yaml-cpp ends the document at a `,` it cannot place,
  // and then starts empty document after empty document there.
  // a `,` outside brackets, reduced from it, is enough.
  Read r = read("# a comment\n,   then:\n");
  CHECK_FALSE(r.root);
  REQUIRE(r.first() != nullptr);
  CHECK(r.first()->code == Code::YamlSyntax);
  CHECK(r.first()->where.line == 2);
  CHECK(r.first()->where.column == 1);
  CHECK(r.first()->message.starts_with("malformed YAML: text after the end of the document"));

  // After `...`, the next text starts a second document: refused as one.
  Read after_end = read("a: 1\n...\n# next\nb: 2\n");
  REQUIRE(after_end.first() != nullptr);
  CHECK(after_end.first()->where.line == 4);
  CHECK(after_end.first()->message.starts_with("a second YAML document starts here"));
}

TEST_CASE("a quoted text left open at the end is refused, though yaml-cpp would close it there") {
  for (const std::string& text : {std::string("a: 'abc\n"), std::string("a: [x, 'y\n"), std::string("a: \"abc\n")}) {
    Read r = read(text);
    INFO(text);
    CHECK_FALSE(r.root);
    REQUIRE(r.first() != nullptr);
    CHECK(r.first()->message == "malformed YAML: a quoted text is never closed");
    CHECK(r.first()->where.column == text.find_first_of("'\"") + 1);
  }
}

TEST_CASE("yaml-cpp's messages in plain words, at the character to fix") {
  auto first = [](const std::string& text) {
    Read r = read(text);
    CHECK_FALSE(r.root);
    REQUIRE(r.first() != nullptr);
    return *r.first();
  };
  Diagnostic two_colons = first("a: b: c\n");
  CHECK(two_colons.message == "malformed YAML: a second `: ` on one line (put text that holds `: ` in quotes)");
  CHECK(two_colons.where.column == 5);
  Diagnostic brace = first("a: {b: 1}}\n");
  CHECK(brace.message == "malformed YAML: a `}` that closes nothing");
  Diagnostic escape = first("a: \"x\\q\"\n");
  CHECK(escape.where.column == 6);  // the `\`, not the character after it
  Diagnostic at_sign = first("a: @x\n");
  CHECK(at_sign.message == "malformed YAML: a value starting with `@` or a backquote needs quotes");
  CHECK(at_sign.where.column == 4);
}

TEST_CASE("an anchored mapping or list is placed at its own start, an empty value at the start of the text") {
  Read r = read("a: &x { b: 1 }\nc: &y # why\n  - 1\nd:\n");
  REQUIRE(r.root);
  CHECK(r.root->find("a")->where.column == 7);
  CHECK(r.root->find("c")->where.line == 3);
  CHECK(r.root->find("c")->where.column == 3);
  CHECK(r.root->find("d")->is_null());
  CHECK(r.root->find("d")->where.line == 1);
  CHECK(r.root->find("d")->where.column == 1);
}

TEST_CASE("a `?` inside plain text within brackets is text, as YAML says (yaml-cpp 0.7 alone refuses it)") {
  Read r = read("q: { question: Is it? , b: a?b, c: a ? b }\nl: [x?, \"y?\", ? k : v]\n");
  INFO((r.first() ? r.first()->message : std::string("no diagnostic")));
  REQUIRE(r.root);
  const Node* q = r.root->find("q");
  REQUIRE(q);
  CHECK(q->find("question")->text == "Is it?");
  CHECK(q->find("b")->text == "a?b");
  CHECK(q->find("c")->text == "a ? b");
  // Positions are those of the text as written.
  CHECK(q->find("b")->where.column == 28);
  const Node* l = r.root->find("l");
  REQUIRE(l);
  REQUIRE(l->items.size() == 3);
  CHECK(l->items[0]->text == "x?");
  CHECK(l->items[1]->text == "y?");
  // `? ` at the start of an entry is still the mark of an explicit key.
  REQUIRE(l->items[2]->is_mapping());
  CHECK(l->items[2]->find("k")->text == "v");
}

TEST_CASE("a JSON Lines row's broken syntax is worded as JSON, at the row's line") {
  yaml::Origin row{"cohort.jsonl", 7};
  row.syntax = "JSON";
  Read broken = read("{\"id\": \"p1\", \"needs\": [}", row);
  CHECK_FALSE(broken.root);
  REQUIRE(broken.first() != nullptr);
  CHECK(broken.first()->message.starts_with("malformed JSON: "));
  CHECK(broken.first()->where.line == 7);
  Read open = read("{\"id\": \"p1}", row);
  REQUIRE(open.first() != nullptr);
  CHECK(open.first()->message == "malformed JSON: a quoted text is never closed");
}
